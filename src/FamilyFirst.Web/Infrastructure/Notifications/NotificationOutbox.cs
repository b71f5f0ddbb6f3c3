using System.Text.Json;

namespace FamilyFirst.Web.Infrastructure.Notifications;

/// <summary>
/// Queues messages by adding them to the request's <see cref="AppDbContext"/> without saving, so a message
/// is written in the same transaction as the change that caused it, or not at all.
/// </summary>
public sealed class NotificationOutbox(AppDbContext db, TimeProvider time, OutboxSecrets secrets)
{
    /// <summary>
    /// Adds the message to the context. Returns null, adding nothing, when a message with the same
    /// deduplication key is already stored or queued in this context. Throws when the template is
    /// unknown or its personalisation is incomplete.
    /// </summary>
    public async Task<OutboxMessage?> QueueAsync(
        string recipient,
        NotificationChannel channel,
        string template,
        IReadOnlyDictionary<string, string> personalisation,
        string? regardingType = null,
        string? regardingId = null,
        string? deduplicationKey = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        var missing = NotificationTemplates.MissingPersonalisation(template, personalisation);
        if (missing.Count > 0)
        {
            throw new ArgumentException($"The '{template}' template needs personalisation for: {string.Join(", ", missing)}.", nameof(personalisation));
        }

        if (deduplicationKey is not null
            && (db.OutboxMessages.Local.Any(m => m.DeduplicationKey == deduplicationKey)
                || await db.OutboxMessages.AnyAsync(m => m.DeduplicationKey == deduplicationKey, cancellationToken)))
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            Recipient = recipient.Trim(),
            Channel = channel,
            Template = template,
            // Secrets (sign-in links, codes) are sealed, never stored readable.
            Personalisation = JsonSerializer.Serialize(secrets.Seal(template, personalisation)),
            RegardingType = regardingType,
            RegardingId = regardingId,
            DeduplicationKey = deduplicationKey,
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

    public static IReadOnlyDictionary<string, string> ReadPersonalisation(OutboxMessage message) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(message.Personalisation) ?? new Dictionary<string, string>();

    /// <summary>
    /// The message as the outbox pages show it: every secret (a sign-in link, a code) as <see cref="OutboxSecrets.Hidden"/>,
    /// even in a message stored before secrets were sealed, and anything since removed as "(removed)". Only the
    /// dispatcher renders with the secrets (<see cref="OutboxSecrets.RenderForSending"/>).
    /// </summary>
    public static RenderedNotification Render(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var personalisation = new Dictionary<string, string>(ReadPersonalisation(message), StringComparer.Ordinal);
        personalisation.Remove(OutboxSecrets.SealedKey);
        foreach (var secret in NotificationTemplates.Get(message.Template).Secrets)
        {
            personalisation[secret] = OutboxSecrets.Hidden;
        }

        foreach (var missing in NotificationTemplates.MissingPersonalisation(message.Template, personalisation))
        {
            personalisation[missing] = "(removed)";
        }

        var (subject, body) = NotificationTemplates.Render(message.Template, personalisation);
        return new RenderedNotification(message.Id, message.Channel, message.Recipient, subject, body, message.Template, personalisation);
    }
}
