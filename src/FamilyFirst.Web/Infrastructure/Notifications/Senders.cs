using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FamilyFirst.Web.Infrastructure.Notifications;

/// <summary>Delivers a rendered message, or throws.</summary>
public interface INotificationSender
{
    /// <summary>False when the sender delivers nothing and messages stay queued in the outbox.</summary>
    bool Delivers { get; }

    Task SendAsync(RenderedNotification message, CancellationToken cancellationToken);
}

/// <summary>A failure that trying again will not fix, such as a channel the sender cannot use.</summary>
public sealed class PermanentNotificationException(string message) : Exception(message);

public sealed class OutboxOnlySender : INotificationSender
{
    public bool Delivers => false;

    public Task SendAsync(RenderedNotification message, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The outbox-only sender sends nothing.");
}

public sealed class SmtpNotificationSender(IOptions<NotificationOptions> options) : INotificationSender
{
    public bool Delivers => true;

    public async Task SendAsync(RenderedNotification message, CancellationToken cancellationToken)
    {
        if (message.Channel != NotificationChannel.Email)
        {
            throw new PermanentNotificationException("The Smtp sender sends emails only, not text messages.");
        }

        var smtp = options.Value.Smtp;
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(smtp.From));
        mime.To.Add(MailboxAddress.Parse(message.Recipient));
        mime.Subject = message.Subject;
        mime.Headers.Add("X-FamilyFirst-Message-Id", message.Id.ToString());
        mime.Body = new TextPart("plain") { Text = message.Body };

        using var client = new SmtpClient();
        client.Timeout = 30_000;
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
