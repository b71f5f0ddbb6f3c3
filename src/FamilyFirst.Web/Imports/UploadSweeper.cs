using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Infrastructure.Jobs;
using FamilyFirst.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Imports;

/// <summary>
/// Removes expired uploads every <see cref="UploadStoreOptions.SweepMinutes"/>. With several app nodes sharing the
/// upload folder, one node at a time sweeps: it claims the <c>upload-sweep</c> row in <c>ScheduledJobRuns</c> first.
/// An upload asked for after its expiry is removed then and there, so the sweep only tidies abandoned ones. The same
/// run removes the sent forms kept for resubmissions once they are older than
/// <see cref="RepeatSubmissionOptions.KeepFor"/> (ADR 0026).
/// </summary>
public sealed partial class UploadSweeper(
    IServiceScopeFactory scopes,
    IUploadStore uploads,
    IOptions<UploadStoreOptions> options,
    IOptions<RepeatSubmissionOptions> submissions,
    TimeProvider clock,
    ILogger<UploadSweeper> logger)
    : BackgroundService
{
    public const string JobName = "upload-sweep";

    private readonly string _node = $"{Environment.MachineName}-{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.SweepMinutes)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                RemovingFailed(logger, ex.GetType().Name);
            }
        }
    }

    /// <summary>Sweeps once if no other node is sweeping; returns how many uploads were removed, or null if another node holds the job.</summary>
    public async Task<int?> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var lease = new ScheduledJobLease(scope.ServiceProvider.GetRequiredService<AppDbContext>(), clock);
        if (!await lease.TryClaimAsync(JobName, _node, TimeSpan.FromMinutes(10), notYetRunOn: null, cancellationToken))
        {
            return null;
        }

        var removed = 0;
        var forgotten = 0;
        try
        {
            removed = await uploads.RemoveExpiredAsync(cancellationToken);
            var cutoff = (clock.GetUtcNow() - submissions.Value.KeepFor).UtcDateTime;
            forgotten = await RepeatSubmissions.ForgetSentBeforeAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cutoff, cancellationToken);
        }
        finally
        {
            await lease.ReleaseAsync(JobName, _node, completedFor: null, $"{removed} expired uploads removed, {forgotten} sent forms forgotten", CancellationToken.None);
        }

        return removed;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Removing expired uploads failed: {Error}")]
    private static partial void RemovingFailed(ILogger logger, string error);
}
