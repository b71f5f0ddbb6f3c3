using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Impact;
using FamilyFirst.Web.Tests.Families;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Tests.Impact;

/// <summary>Taking snapshots in tests the way the app does: a request, then a snapshot worker's pass (the app's own worker is off in tests).</summary>
public static class SnapshotTestData
{
    /// <summary>A snapshot worker of the app behind <paramref name="services"/>, named <paramref name="node"/>, on <paramref name="clock"/> or the app's clock.</summary>
    public static ImpactSnapshotWorker SnapshotWorker(this IServiceProvider services, string node, TimeProvider? clock = null) => new(
        services.GetRequiredService<IServiceScopeFactory>(),
        services.GetRequiredService<IOptions<ImpactSnapshotOptions>>(),
        clock ?? services.GetRequiredService<TimeProvider>(),
        services.GetRequiredService<ILogger<ImpactSnapshotWorker>>(),
        node);

    /// <summary>One pass of a snapshot worker: returns how many snapshots it stored.</summary>
    public static Task<int> RunSnapshotWorkerAsync(this FamilyFirstFactory factory, string node = "test-node") =>
        factory.Services.SnapshotWorker(node).RunDueAsync(CancellationToken.None);

    public static async Task<SnapshotRequest> RequestSnapshotAsync(this IServiceProvider services, ImpactCohort cohort, Actor by)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImpactSnapshots>().RequestAsync(cohort, by, CancellationToken.None);
    }

    public static Task<ImpactSnapshotJob> JobAsync(this FamilyFirstFactory factory, Guid id) =>
        factory.WithDbAsync(db => db.ImpactSnapshotJobs.AsNoTracking().SingleAsync(j => j.Id == id));

    /// <summary>Asks for a snapshot of <paramref name="cohort"/> and runs the worker until it is stored, as a node would; returns it.</summary>
    public static async Task<ImpactSnapshot> TakeSnapshotAsync(this FamilyFirstFactory factory, ImpactCohort cohort, Actor by)
    {
        var request = await factory.Services.RequestSnapshotAsync(cohort, by);
        Assert.False(request.Refused);
        Assert.Equal(1, await factory.RunSnapshotWorkerAsync());
        var job = await factory.JobAsync(request.Job.Id);
        Assert.True(job.Status == ImpactSnapshotJobStatus.Completed, job.LastError);
        return await factory.WithDbAsync(db => db.ImpactSnapshots.AsNoTracking().SingleAsync(s => s.Id == job.SnapshotId));
    }
}
