using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Impact;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Imports;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace FamilyFirst.Web.Tests.Impact;

/// <summary>
/// Snapshots taken in the background (ADR 0034): the request only queues a job; a worker claims it under a lease, computes
/// the same figures as the live report and stores the snapshot; two workers never take the same job; a job whose node
/// stopped is taken again once its lease lapses; a job that keeps failing stops after its attempts with the reason shown;
/// the same report is not asked for twice at once; only managers and analysts may ask or look.
/// </summary>
public class SnapshotJobTests(SnapshotJobTests.Fixture f) : IClassFixture<SnapshotJobTests.Fixture>
{
    private const string Manager = "jobs.manager@test.gov.uk";
    private const string Analyst = "jobs.analyst@test.gov.uk";
    private const string Practitioner = "jobs.practitioner@test.gov.uk";

    /// <summary>Three families (one attached on 1 September 2014, so not yet eligible then), one with ASB before and none since.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public FamilyFirstFactory Factory { get; } = new FamilyFirstFactory().WithSetting("Impact:Snapshots:RetrySeconds", "0");

        public async Task InitializeAsync()
        {
            var team = await Factory.CreateTeamAsync("Jobs");
            await Factory.CreateStaffAsync(Manager, Roles.Manager, team);
            await Factory.CreateStaffAsync(Analyst, Roles.Analyst);
            await Factory.CreateStaffAsync(Practitioner, Roles.Practitioner, team);
            var reduced = await Factory.ImportFamilyAsync("2013-09-01");
            await Factory.ImportFamilyAsync("2013-10-01");
            await Factory.ImportFamilyAsync("2014-09-01");
            Assert.Equal(2, (await Factory.ImportAsync(ImportKind.Asb,
                $"person_ref,incident_date,incident_type\n{reduced.ChildRef},2013-04-01,Noise\n{reduced.ChildRef},2013-08-31,Vandalism\n")).Added);
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    private static ImpactCohort Cohort(int month, int day = 1) => new(new DateOnly(2014, month, day), null, null, null, null);

    private static string Query(ImpactCohort cohort) => $"AsAt.Day={cohort.AsAt.Day}&AsAt.Month={cohort.AsAt.Month}&AsAt.Year={cohort.AsAt.Year}";

    private static async Task<HttpResponseMessage> PostSnapshotAsync(HttpClient client, ImpactCohort cohort)
    {
        var report = await client.GetPageAsync("/reports/impact?" + Query(cohort));
        var action = report.QuerySelectorAll("form").Single(form => form.GetAttribute("action")?.Contains("handler=Snapshot", StringComparison.Ordinal) == true).GetAttribute("action")!;
        return await client.PostFormAsync(action.Replace("&amp;", "&", StringComparison.Ordinal), report, [], "form[action*='handler=Snapshot']");
    }

    private async Task<ImpactSnapshotJob> JobOfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        return await f.Factory.JobAsync(id);
    }

    private async Task<string> LiveFiguresAsync(ImpactCohort cohort)
    {
        await using var scope = f.Factory.Services.CreateAsyncScope();
        return ImpactServices.Serialise(await scope.ServiceProvider.GetRequiredService<ImpactReportService>().ComputeAsync(cohort, CancellationToken.None));
    }

    private Task<int> SnapshotsAsync() => f.Factory.WithDbAsync(db => db.ImpactSnapshots.CountAsync());

    [Fact]
    public async Task TheRequest_OnlyQueuesTheJob_ThenTheWorkerStoresTheSameFiguresAsTheLiveReport()
    {
        var cohort = Cohort(9);
        var client = await f.Factory.SignedInClientAsync(Analyst);
        var before = await SnapshotsAsync();

        var job = await JobOfAsync(await PostSnapshotAsync(client, cohort));

        // Recorded, audited, and nothing computed in the request.
        Assert.Equal(ImpactSnapshotJobStatus.Queued, job.Status);
        Assert.Equal(0, job.Attempts);
        Assert.Null(job.FamiliesTotal);
        Assert.Null(job.StartedAtUtc);
        Assert.Equal(cohort.AsAt, job.AsAt);
        Assert.Equal(before, await SnapshotsAsync());
        Assert.True(await f.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditAction.Create && a.RecordType == nameof(ImpactSnapshotJob) && a.RecordId == job.Id.ToString() && a.UserId == job.RequestedByUserId)));
        var page = await client.GetPageAsync(f.Factory.Services.GetRequiredService<FamilyFirst.Web.Infrastructure.FamilyFirstLinks>().ImpactSnapshotJob(job.Id));
        Assert.Equal("Waiting to start", page.SummaryValue("Status"));
        Assert.Equal("Not started", page.SummaryValue("Progress"));
        Assert.EndsWith("by Jobs Analyst", page.SummaryValue("Asked for"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-app-refresh-seconds]"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.TextContent == "Check progress now");

        // The snapshots list shows it being taken.
        var list = await client.GetPageAsync("/reports/impact/snapshots");
        Assert.Contains("Waiting to start", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(1, await f.Factory.RunSnapshotWorkerAsync());

        var done = await f.Factory.JobAsync(job.Id);
        Assert.Equal(ImpactSnapshotJobStatus.Completed, done.Status);
        Assert.Equal(1, done.Attempts);
        Assert.Equal(3, done.FamiliesTotal);
        Assert.Equal(3, done.FamiliesDone);
        Assert.Null(done.LeaseOwner);
        var snapshot = await f.Factory.WithDbAsync(db => db.ImpactSnapshots.AsNoTracking().SingleAsync(s => s.Id == done.SnapshotId));
        Assert.Equal(await LiveFiguresAsync(cohort), snapshot.Figures);
        var figures = ImpactServices.Deserialise(snapshot.Figures);
        Assert.Equal(2, figures.Headline.Families);
        Assert.Equal(1, figures.Headline.Offending.Reduced);
        Assert.Equal(job.RequestedByUserId, snapshot.CreatedByUserId);
        Assert.True(await f.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Create && a.RecordType == nameof(ImpactSnapshot) && a.RecordId == snapshot.Id.ToString())));

        var finished = await client.GetPageAsync(f.Factory.Services.GetRequiredService<FamilyFirst.Web.Infrastructure.FamilyFirstLinks>().ImpactSnapshotJob(job.Id));
        Assert.Equal("Done", finished.SummaryValue("Status"));
        Assert.Equal("3 of 3 families", finished.SummaryValue("Progress"));
        Assert.Null(finished.QuerySelector("[data-app-refresh-seconds]"));
        var review = finished.QuerySelectorAll("a").Single(a => a.TextContent == "Review the snapshot").GetAttribute("href")!;
        Assert.Equal("Waiting for approval", (await client.GetPageAsync(review)).SummaryValue("Status"));
    }

    [Fact]
    public async Task ASecondRequestForTheSameReport_WhileTheFirstIsUnderWay_IsRefused_AndShowsTheFirst()
    {
        var cohort = Cohort(8);
        var manager = await f.Factory.SignedInClientAsync(Manager);
        var analyst = await f.Factory.SignedInClientAsync(Analyst);
        var first = await JobOfAsync(await PostSnapshotAsync(manager, cohort));

        var second = await PostSnapshotAsync(analyst, cohort);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await second.ReadPageAsync();
        Assert.Contains(SnapshotRequest.AlreadyUnderWayMessage, page.ErrorSummary());
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == "See the snapshot being taken");
        Assert.EndsWith(first.Id.ToString(), link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(1, await f.Factory.WithDbAsync(db => db.ImpactSnapshotJobs.CountAsync(j => j.AsAt == cohort.AsAt)));

        // Once it is done, the same report may be taken again.
        Assert.Equal(1, await f.Factory.RunSnapshotWorkerAsync());
        var again = await JobOfAsync(await PostSnapshotAsync(analyst, cohort));
        Assert.NotEqual(first.Id, again.Id);
        Assert.Equal(1, await f.Factory.RunSnapshotWorkerAsync());
    }

    [Fact]
    public async Task TwoWorkersRacing_TakeEachJobOnce()
    {
        var jobs = new List<Guid>();
        foreach (var cohort in new[] { Cohort(3), Cohort(4), Cohort(5), Cohort(6) })
        {
            jobs.Add((await f.Factory.Services.RequestSnapshotAsync(cohort, new Actor("racer", "A racer"))).Job.Id);
        }

        var before = await SnapshotsAsync();
        var stored = await Task.WhenAll(
            f.Factory.Services.SnapshotWorker("node-a").RunDueAsync(CancellationToken.None),
            f.Factory.Services.SnapshotWorker("node-b").RunDueAsync(CancellationToken.None));

        Assert.Equal(jobs.Count, stored.Sum());
        Assert.Equal(before + jobs.Count, await SnapshotsAsync());
        var done = await f.Factory.WithDbAsync(db => db.ImpactSnapshotJobs.AsNoTracking().Where(j => jobs.Contains(j.Id)).ToListAsync());
        Assert.All(done, j =>
        {
            Assert.Equal(ImpactSnapshotJobStatus.Completed, j.Status);
            Assert.Equal(1, j.Attempts);
        });
        Assert.Equal(jobs.Count, done.Select(j => j.SnapshotId).Distinct().Count());
        Assert.Equal(0, await f.Factory.RunSnapshotWorkerAsync());
    }

    [Fact]
    public async Task AJobWhoseNodeStopped_IsTakenAgain_OnlyOnceItsLeaseHasLapsed()
    {
        var cohort = Cohort(7);
        await f.Factory.RunSnapshotWorkerAsync();
        var id = (await f.Factory.Services.RequestSnapshotAsync(cohort, new Actor("stopper", "A stopper"))).Job.Id;
        var now = f.Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var lease = TimeSpan.FromSeconds(new ImpactSnapshotOptions().LeaseSeconds);

        // A node claimed it and stopped part way: running, under a lease no one renews.
        await f.Factory.WithDbAsync(async db =>
        {
            var job = await db.ImpactSnapshotJobs.SingleAsync(j => j.Id == id);
            Assert.True(job.Start("stopped-node/1", now.UtcDateTime, (now + lease).UtcDateTime, maxAttempts: 3).Succeeded);
            Assert.True(job.Progress(1, 3).Succeeded);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await f.Factory.Services.SnapshotWorker("node-b", new FakeTimeProvider(now + lease - TimeSpan.FromSeconds(1))).RunDueAsync(CancellationToken.None));
        Assert.Equal("stopped-node/1", (await f.Factory.JobAsync(id)).LeaseOwner);

        Assert.Equal(1, await f.Factory.Services.SnapshotWorker("node-b", new FakeTimeProvider(now + lease + TimeSpan.FromSeconds(1))).RunDueAsync(CancellationToken.None));

        var done = await f.Factory.JobAsync(id);
        Assert.Equal(ImpactSnapshotJobStatus.Completed, done.Status);
        Assert.Equal(2, done.Attempts);
        Assert.Equal(3, done.FamiliesTotal);
        var snapshot = await f.Factory.WithDbAsync(db => db.ImpactSnapshots.AsNoTracking().SingleAsync(s => s.Id == done.SnapshotId));
        Assert.Equal(await LiveFiguresAsync(cohort), snapshot.Figures);
    }

    [Fact]
    public async Task AJobThatKeepsFailing_StopsAfterItsAttempts_WithTheReasonShown_AndCanBeAskedForAgain()
    {
        // The reporting database cannot be opened on this node: every attempt fails for real.
        var missing = Path.Combine(Path.GetTempPath(), "familyfirst-missing-" + Guid.NewGuid().ToString("N"), "reporting.db");
        using var broken = f.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddKeyedSingleton<DbContextOptions<SqliteAppDbContext>>(ReportingDatabase.Key, (sp, _) =>
                new DbContextOptionsBuilder<SqliteAppDbContext>().UseApplicationServiceProvider(sp).UseSqlite($"Data Source={missing};Mode=ReadOnly").Options);
            s.AddKeyedScoped<AppDbContext>(ReportingDatabase.Key, (sp, key) => new SqliteAppDbContext(sp.GetRequiredKeyedService<DbContextOptions<SqliteAppDbContext>>(key)));
        }));
        var cohort = Cohort(2);
        var client = await f.Factory.SignedInClientAsync(Manager);
        var job = await JobOfAsync(await PostSnapshotAsync(client, cohort));
        var maxAttempts = new ImpactSnapshotOptions().MaxAttempts;

        for (var attempt = 1; attempt < maxAttempts; attempt++)
        {
            Assert.Equal(0, await broken.Services.SnapshotWorker("broken-node").RunDueAsync(CancellationToken.None));
            var retrying = await f.Factory.JobAsync(job.Id);
            Assert.Equal(ImpactSnapshotJobStatus.Queued, retrying.Status);
            Assert.Equal(attempt, retrying.Attempts);
            Assert.Contains("SqliteException", retrying.LastError, StringComparison.Ordinal);
        }

        var waiting = await client.GetPageAsync("/reports/impact/snapshots/requests/" + job.Id);
        Assert.Equal("Waiting to try again", waiting.SummaryValue("Status"));
        Assert.Contains("SqliteException", waiting.SummaryValue("Last attempt failed"), StringComparison.Ordinal);

        Assert.Equal(0, await broken.Services.SnapshotWorker("broken-node").RunDueAsync(CancellationToken.None));

        var failed = await f.Factory.JobAsync(job.Id);
        Assert.Equal(ImpactSnapshotJobStatus.Failed, failed.Status);
        Assert.Equal(maxAttempts, failed.Attempts);
        Assert.StartsWith($"Stopped after {maxAttempts} attempts: SqliteException", failed.LastError, StringComparison.Ordinal);
        Assert.Null(failed.ActiveCohortKey);
        Assert.Equal(0, await broken.Services.SnapshotWorker("broken-node").RunDueAsync(CancellationToken.None));
        Assert.True(await f.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.RecordType == nameof(ImpactSnapshotJob) && a.RecordId == job.Id.ToString() && a.Detail!.StartsWith("Impact report snapshot request failed"))));

        var page = await client.GetPageAsync("/reports/impact/snapshots/requests/" + job.Id);
        Assert.Equal("Failed", page.SummaryValue("Status"));
        Assert.StartsWith($"Stopped after {maxAttempts} attempts: SqliteException", page.SummaryValue("Reason"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-app-refresh-seconds]"));
        Assert.Contains("Failed", (await client.GetPageAsync("/reports/impact/snapshots")).QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        // Asked for again (where the reports can be read): a new job, taken and stored.
        var again = await JobOfAsync(await client.PostFormAsync("/reports/impact/snapshots/requests/" + job.Id + "?handler=Again", page, [], "form[action*='handler=Again']"));
        Assert.NotEqual(job.Id, again.Id);
        Assert.Equal(ImpactSnapshotJobStatus.Queued, again.Status);
        Assert.Equal(cohort.AsAt, again.AsAt);
        Assert.Equal(1, await f.Factory.RunSnapshotWorkerAsync());
        Assert.Equal(ImpactSnapshotJobStatus.Completed, (await f.Factory.JobAsync(again.Id)).Status);
    }

    [Fact]
    public async Task OthersThanManagersAndAnalysts_MayNotAskForASnapshot_OrSeeOne()
    {
        var id = (await f.Factory.Services.RequestSnapshotAsync(Cohort(1, 15), new Actor("asker", "An asker"))).Job.Id;
        var practitioner = await f.Factory.SignedInClientAsync(Practitioner);

        var view = await practitioner.GetAsync("/reports/impact/snapshots/requests/" + id);
        var home = await practitioner.GetPageAsync("/");
        var post = await practitioner.PostFormAsync("/reports/impact?handler=Snapshot&" + Query(Cohort(1, 16)), home, [], "form[action='/sign-out']");
        var again = await practitioner.PostFormAsync("/reports/impact/snapshots/requests/" + id + "?handler=Again", home, [], "form[action='/sign-out']");

        Assert.Contains("/access-denied", view.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/access-denied", post.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/access-denied", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(await f.Factory.WithDbAsync(db => db.ImpactSnapshotJobs.AnyAsync(j => j.AsAt == new DateOnly(2014, 1, 16))));
        Assert.Equal(HttpStatusCode.OK, (await (await f.Factory.SignedInClientAsync(Analyst)).GetAsync("/reports/impact/snapshots/requests/" + id)).StatusCode);
        Assert.Equal(1, await f.Factory.RunSnapshotWorkerAsync());
    }
}
