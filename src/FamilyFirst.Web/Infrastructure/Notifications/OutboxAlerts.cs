namespace FamilyFirst.Web.Infrastructure.Notifications;

/// <summary>What administrators are told about the outbox wherever they look: how many messages could not be sent.</summary>
public static class OutboxAlerts
{
    /// <summary>The outbox filter that lists them: <c>FamilyFirstLinks.Outbox(status: FailedStatus)</c>.</summary>
    public const string FailedStatus = nameof(OutboxStatus.Failed);

    public static Task<int> CountFailedAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken);

    /// <summary>"1 message could not be sent", "3 messages could not be sent".</summary>
    public static string Describe(int failed) => $"{failed} message{(failed == 1 ? string.Empty : "s")} could not be sent";
}
