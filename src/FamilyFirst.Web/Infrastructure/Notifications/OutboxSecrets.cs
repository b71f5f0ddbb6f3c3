using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace FamilyFirst.Web.Infrastructure.Notifications;

/// <summary>
/// Keeps the secret parts of a message (a sign-in link, a one-time code) out of readable storage. When a message is
/// queued, its secret placeholders (<see cref="NotificationTemplates.Template.Secrets"/>) are stored as
/// <see cref="Hidden"/>, and their values only encrypted with the app's Data Protection keys under
/// <see cref="SealedKey"/> in the same personalisation. Only the sender opens them, at send time
/// (<see cref="RenderForSending"/>), and they are deleted once the message is sent (<see cref="Redact"/>). The outbox
/// pages render with <see cref="NotificationOutbox.Render"/>, which shows <see cref="Hidden"/> for every secret, so
/// nobody reading the outbox, on screen or in the database, sees a usable link or code.
/// </summary>
public sealed class OutboxSecrets(IDataProtectionProvider dataProtection)
{
    /// <summary>What the outbox shows, and stores in the personalisation, in place of a secret.</summary>
    public const string Hidden = "[hidden: sent to the recipient only]";

    /// <summary>The personalisation entry holding the encrypted secrets until the message is sent.</summary>
    public const string SealedKey = "__sealed";

    private const string Purpose = "FamilyFirst.Outbox.Secrets.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    /// <summary>The personalisation to store: secrets replaced by <see cref="Hidden"/> and sealed under <see cref="SealedKey"/>.</summary>
    public Dictionary<string, string> Seal(string template, IReadOnlyDictionary<string, string> personalisation)
    {
        ArgumentNullException.ThrowIfNull(personalisation);
        var secretNames = NotificationTemplates.Get(template).Secrets;
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in personalisation)
        {
            if (secretNames.Contains(key))
            {
                secrets[key] = value;
                stored[key] = Hidden;
            }
            else
            {
                stored[key] = value;
            }
        }

        if (secrets.Count > 0)
        {
            stored[SealedKey] = _protector.Protect(JsonSerializer.Serialize(secrets));
        }

        return stored;
    }

    /// <summary>The full personalisation, secrets included: for the sender only, at send time.</summary>
    public IReadOnlyDictionary<string, string> Reveal(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var personalisation = new Dictionary<string, string>(NotificationOutbox.ReadPersonalisation(message), StringComparer.Ordinal);
        if (personalisation.Remove(SealedKey, out var sealedSecrets))
        {
            foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(_protector.Unprotect(sealedSecrets)) ?? [])
            {
                personalisation[key] = value;
            }
        }

        return personalisation;
    }

    /// <summary>The message rendered for sending, secrets included.</summary>
    public RenderedNotification RenderForSending(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var personalisation = Reveal(message);
        var (subject, body) = NotificationTemplates.Render(message.Template, personalisation);
        return new RenderedNotification(message.Id, message.Channel, message.Recipient, subject, body, message.Template, personalisation);
    }

    /// <summary>
    /// Forgets the secrets of a message that has been sent, so nothing can send or show them again. Also hides a secret
    /// stored readable by a message queued before secrets were sealed.
    /// </summary>
    public static void Redact(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var personalisation = new Dictionary<string, string>(NotificationOutbox.ReadPersonalisation(message), StringComparer.Ordinal);
        var changed = personalisation.Remove(SealedKey);
        var secrets = NotificationTemplates.Exists(message.Template) ? NotificationTemplates.Get(message.Template).Secrets : new HashSet<string>();
        foreach (var key in secrets.Where(k => personalisation.TryGetValue(k, out var value) && value != Hidden))
        {
            personalisation[key] = Hidden;
            changed = true;
        }

        if (changed)
        {
            message.Personalisation = JsonSerializer.Serialize(personalisation);
        }
    }
}
