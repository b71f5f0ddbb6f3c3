namespace FamilyFirst.Web.Tests.Notifications;

/// <summary>The app sending email through an SMTP server on a free loopback port, with its own dispatcher off.</summary>
public sealed class NotificationsFactory : FamilyFirstFactory
{
    public const int MaxAttempts = 3;

    public NotificationsFactory()
    {
        SmtpPort = TestSmtpServer.FreePort();
        WithSetting("Notifications:Sender", "Smtp");
        WithSetting("Notifications:DispatcherEnabled", "false");
        WithSetting("Notifications:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        WithSetting("Notifications:Smtp:Host", "127.0.0.1");
        WithSetting("Notifications:Smtp:Port", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        WithSetting("Notifications:Smtp:From", "family.first@example.gov.uk");
        WithSetting("Notifications:Smtp:UseTls", "false");
    }

    public int SmtpPort { get; }
}
