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

    /// <summary>Sends the message; returns the sender's own reference for it (an email's Message-Id, Notify's id), if any.</summary>
    Task<string?> SendAsync(RenderedNotification message, CancellationToken cancellationToken);
}

/// <summary>A failure that trying again will not fix, such as a channel the sender cannot use.</summary>
public sealed class PermanentNotificationException(string message) : Exception(message);

/// <summary>A failure that may pass, such as the provider being down or slow: the message is tried again later.</summary>
public sealed class RetryableNotificationException(string message, Exception? inner = null) : Exception(message, inner);

public sealed class OutboxOnlySender : INotificationSender
{
    public bool Delivers => false;

    public Task<string?> SendAsync(RenderedNotification message, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The outbox-only sender sends nothing.");
}

public sealed class SmtpNotificationSender(IOptions<NotificationOptions> options) : INotificationSender
{
    public bool Delivers => true;

    public async Task<string?> SendAsync(RenderedNotification message, CancellationToken cancellationToken)
    {
        if (message.Channel != NotificationChannel.Email)
        {
            throw new PermanentNotificationException("Text messages cannot be sent by email (Notifications:Sender is Smtp). Use GOV.UK Notify (Notifications:Sender Notify) to send text messages.");
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
        return mime.MessageId;
    }
}
