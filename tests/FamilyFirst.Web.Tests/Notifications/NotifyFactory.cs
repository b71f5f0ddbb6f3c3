using FamilyFirst.Web.Infrastructure.Notifications;

namespace FamilyFirst.Web.Tests.Notifications;

/// <summary>The app sending through GOV.UK Notify at a <see cref="TestNotifyServer"/> on a loopback port, with its own dispatcher off.</summary>
public sealed class NotifyFactory : FamilyFirstFactory
{
    public const string EnquiryConfirmationTemplateId = "5c1b7f0e-3a43-4a3c-9d5e-2b7f6a1d0c11";
    public const string PlanActionReminderTemplateId = "a8f2e6c4-0d1b-4b7e-8f3a-6c2d9e1b7a55";

    public NotifyFactory()
    {
        Notify = new TestNotifyServer(TestSmtpServer.FreePort());
        Notify.StartAsync().GetAwaiter().GetResult();
        WithSetting("Notifications:Sender", "Notify");
        WithSetting("Notifications:DispatcherEnabled", "false");
        WithSetting("Notifications:Reminders:Enabled", "false");
        WithSetting("Notifications:MaxAttempts", "3");
        WithSetting("Notifications:Notify:ApiKey", TestNotifyServer.ApiKey);
        WithSetting("Notifications:Notify:BaseUrl", Notify.BaseUrl);
        // Long enough for a loaded CI machine to answer; the hanging server waits longer still.
        WithSetting("Notifications:Notify:TimeoutSeconds", "8");
        WithSetting($"Notifications:Notify:Templates:{NotificationTemplates.EnquiryConfirmation}", EnquiryConfirmationTemplateId);
        WithSetting($"Notifications:Notify:Templates:{NotificationTemplates.PlanActionReminder}", PlanActionReminderTemplateId);
    }

    public TestNotifyServer Notify { get; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Notify.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
