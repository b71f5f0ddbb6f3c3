using FamilyFirst.Domain.Impact;

namespace FamilyFirst.Domain.Tests.Impact;

/// <summary>A request for a snapshot: queued, running under a lease, then completed or (after its attempts) failed.</summary>
public class ImpactSnapshotJobTests
{
    private static readonly DateTime Requested = new(2014, 9, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly ImpactCohort Cohort = new(new DateOnly(2014, 9, 1), new DateOnly(2013, 4, 1), null, null, null);

    private static ImpactSnapshotJob Queued() => ImpactSnapshotJob.Request(Cohort, "user-1", "Ash Analyst", Requested);

    [Fact]
    public void ARequest_IsQueued_DueAtOnce_AndHoldsItsCohort()
    {
        var job = Queued();

        Assert.Equal(ImpactSnapshotJobStatus.Queued, job.Status);
        Assert.Equal(0, job.Attempts);
        Assert.Equal(Requested, job.NextAttemptAtUtc);
        Assert.Equal(Cohort, job.Cohort);
        Assert.Equal("2014-09-01|2013-04-01|-|-", job.ActiveCohortKey);
        Assert.True(job.IsActive);
        Assert.True(job.IsClaimableAt(Requested));
        Assert.False(job.IsClaimableAt(Requested.AddSeconds(-1)));
    }

    [Fact]
    public void TheCohortKey_IsTheSameForTheSameCohort_AndDiffersByTeamAndDates()
    {
        var team = Guid.Parse("7f1a0e52-5d0b-4d47-9a43-9c6f1b2a3c4d");

        Assert.Equal(ImpactSnapshotJob.KeyOf(Cohort), ImpactSnapshotJob.KeyOf(Cohort with { TeamName = "ignored" }));
        Assert.NotEqual(ImpactSnapshotJob.KeyOf(Cohort), ImpactSnapshotJob.KeyOf(Cohort with { TeamId = team }));
        Assert.NotEqual(ImpactSnapshotJob.KeyOf(Cohort), ImpactSnapshotJob.KeyOf(Cohort with { AttachedTo = new DateOnly(2014, 3, 31) }));
        Assert.NotEqual(ImpactSnapshotJob.KeyOf(Cohort), ImpactSnapshotJob.KeyOf(Cohort with { AsAt = new DateOnly(2014, 10, 1) }));
    }

    [Fact]
    public void Starting_RunsItUnderTheLease_CountingTheAttempt_AndNoOtherWorkerMayTakeIt()
    {
        var job = Queued();
        var now = Requested.AddMinutes(1);

        Assert.True(job.Start("node-a/1", now, now.AddMinutes(5), maxAttempts: 3).Succeeded);

        Assert.Equal(ImpactSnapshotJobStatus.Running, job.Status);
        Assert.Equal(1, job.Attempts);
        Assert.Equal("node-a/1", job.LeaseOwner);
        Assert.Equal(now.AddMinutes(5), job.LeaseExpiresAtUtc);
        Assert.Equal(now, job.StartedAtUtc);
        Assert.False(job.IsClaimableAt(now.AddMinutes(4)));
        var refused = job.Start("node-b/1", now.AddMinutes(4), now.AddMinutes(9), maxAttempts: 3);
        Assert.Equal("Another server is taking this snapshot", refused.Error);
        Assert.Equal("node-a/1", job.LeaseOwner);
    }

    [Fact]
    public void ARunningJobWhoseLeaseLapsed_IsTakenAgain_AsTheNextAttempt()
    {
        var job = Queued();
        var now = Requested.AddMinutes(1);
        job.Start("node-a/1", now, now.AddMinutes(5), maxAttempts: 3);
        Assert.True(job.Progress(400, 1000).Succeeded);

        var later = now.AddMinutes(6);
        Assert.True(job.IsClaimableAt(later));
        Assert.True(job.Start("node-b/1", later, later.AddMinutes(5), maxAttempts: 3).Succeeded);

        Assert.Equal(2, job.Attempts);
        Assert.Equal("node-b/1", job.LeaseOwner);
        Assert.Equal(0, job.FamiliesDone);
        Assert.Null(job.FamiliesTotal);
    }

    [Fact]
    public void Progress_IsKeptWhileRunning_AndMustBeWithinTheFamilies()
    {
        var job = Queued();
        Assert.False(job.Progress(0, 10).Succeeded);
        job.Start("node-a/1", Requested, Requested.AddMinutes(5), maxAttempts: 3);

        Assert.True(job.Progress(4000, 10000).Succeeded);
        Assert.Equal(4000, job.FamiliesDone);
        Assert.Equal(10000, job.FamiliesTotal);
        Assert.False(job.Progress(11, 10).Succeeded);
        Assert.False(job.Progress(-1, 10).Succeeded);
    }

    [Fact]
    public void Completing_StoresTheSnapshot_ReleasesTheLease_AndFreesTheCohort()
    {
        var job = Queued();
        job.Start("node-a/1", Requested, Requested.AddMinutes(5), maxAttempts: 3);
        var snapshot = Guid.Parse("0d7c6f5e-1111-4a2b-8c3d-2e4f5a6b7c8d");

        Assert.True(job.Complete(snapshot, 250, Requested.AddMinutes(2)).Succeeded);

        Assert.Equal(ImpactSnapshotJobStatus.Completed, job.Status);
        Assert.Equal(snapshot, job.SnapshotId);
        Assert.Equal(250, job.FamiliesDone);
        Assert.Equal(250, job.FamiliesTotal);
        Assert.Equal(Requested.AddMinutes(2), job.FinishedAtUtc);
        Assert.Null(job.LeaseOwner);
        Assert.Null(job.ActiveCohortKey);
        Assert.False(job.IsActive);
        Assert.False(job.IsClaimableAt(Requested.AddDays(1)));
        Assert.False(job.Complete(snapshot, 250, Requested.AddMinutes(3)).Succeeded);
        Assert.False(job.Start("node-b/1", Requested.AddDays(1), Requested.AddDays(1).AddMinutes(5), maxAttempts: 3).Succeeded);
    }

    [Fact]
    public void OnlyARunningJob_Completes()
    {
        Assert.Equal("Only a running snapshot can be completed", Queued().Complete(Guid.NewGuid(), 1, Requested).Error);
    }

    [Fact]
    public void AFailedAttempt_IsRetriedLater_UntilTheLastAttempt_ThenTheJobFailsWithTheReason()
    {
        var job = Queued();
        var now = Requested;
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            Assert.True(job.Start($"node-a/{attempt}", now, now.AddMinutes(5), maxAttempts: 3).Succeeded);
            Assert.True(job.AttemptFailed("IOException: the reporting database is down", now.AddMinutes(1), maxAttempts: 3, TimeSpan.FromMinutes(1)).Succeeded);
            Assert.Equal(ImpactSnapshotJobStatus.Queued, job.Status);
            Assert.Equal(attempt, job.Attempts);
            Assert.Equal(now.AddMinutes(2), job.NextAttemptAtUtc);
            Assert.False(job.IsClaimableAt(now.AddMinutes(1)));
            Assert.Equal("IOException: the reporting database is down", job.LastError);
            Assert.NotNull(job.ActiveCohortKey);
            now = now.AddMinutes(2);
        }

        Assert.True(job.Start("node-a/3", now, now.AddMinutes(5), maxAttempts: 3).Succeeded);
        job.AttemptFailed("IOException: the reporting database is down", now.AddMinutes(1), maxAttempts: 3, TimeSpan.FromMinutes(1));

        Assert.Equal(ImpactSnapshotJobStatus.Failed, job.Status);
        Assert.Equal(3, job.Attempts);
        Assert.Equal("Stopped after 3 attempts: IOException: the reporting database is down", job.LastError);
        Assert.Equal(now.AddMinutes(1), job.FinishedAtUtc);
        Assert.Null(job.ActiveCohortKey);
        Assert.False(job.IsClaimableAt(now.AddDays(1)));
    }

    [Fact]
    public void AJobWhoseNodesKeptStopping_FailsWhenTakenAfterItsLastAttempt()
    {
        var job = Queued();
        var now = Requested;
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            Assert.True(job.Start($"node-{attempt}/1", now, now.AddMinutes(5), maxAttempts: 2).Succeeded);
            now = now.AddMinutes(6);
        }

        var refused = job.Start("node-3/1", now, now.AddMinutes(5), maxAttempts: 2);

        Assert.False(refused.Succeeded);
        Assert.Equal(ImpactSnapshotJobStatus.Failed, job.Status);
        Assert.Equal(2, job.Attempts);
        Assert.Equal("Stopped after 2 attempts: the server taking the snapshot stopped before it finished", job.LastError);
        Assert.Null(job.LeaseOwner);
        Assert.Null(job.ActiveCohortKey);
    }

    [Fact]
    public void AnInterruptedAttempt_DoesNotCount_AndTheJobWaitsForTheNextWorker()
    {
        var job = Queued();
        job.Start("node-a/1", Requested, Requested.AddMinutes(5), maxAttempts: 3);

        Assert.True(job.Interrupted(Requested.AddMinutes(1)).Succeeded);

        Assert.Equal(ImpactSnapshotJobStatus.Queued, job.Status);
        Assert.Equal(0, job.Attempts);
        Assert.Null(job.LeaseOwner);
        Assert.True(job.IsClaimableAt(Requested.AddMinutes(1)));
    }
}
