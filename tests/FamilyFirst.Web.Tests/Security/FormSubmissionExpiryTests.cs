using FamilyFirst.Web.Imports;
using FamilyFirst.Web.Infrastructure.Security;
using FamilyFirst.Web.Tests.Families;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Tests.Security;

/// <summary>Sent forms kept for resubmissions (ADR 0026) are forgotten by the hourly sweep once a day old, or as configured.</summary>
public class FormSubmissionExpiryTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task TheSweep_ForgetsSentFormsOlderThanADay_AndKeepsTheRest()
    {
        Assert.Equal(TimeSpan.FromDays(1), factory.Services.GetRequiredService<IOptions<RepeatSubmissionOptions>>().Value.KeepFor);
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var user = await factory.CreateUserAsync("expiry.sender@example.gov.uk", Roles.Practitioner);
        var old = Sent(user.Id, now - TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1));
        var almostADay = Sent(user.Id, now - TimeSpan.FromDays(1) + TimeSpan.FromMinutes(5));
        var recent = Sent(user.Id, now - TimeSpan.FromMinutes(1));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.FormSubmissions.AddRange(old, almostADay, recent);
            await db.SaveChangesAsync();
        }

        Assert.NotNull(await factory.Services.GetRequiredService<UploadSweeper>().SweepAsync(CancellationToken.None));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var kept = await db.FormSubmissions.Where(s => s.UserId == user.Id).Select(s => s.Id).ToListAsync();
            Assert.DoesNotContain(old.Id, kept);
            Assert.Contains(almostADay.Id, kept);
            Assert.Contains(recent.Id, kept);
            var run = await db.ScheduledJobRuns.SingleAsync(j => j.JobName == UploadSweeper.JobName);
            Assert.Contains("sent forms forgotten", run.LastOutcome, StringComparison.Ordinal);
        }
    }

    private static FormSubmission Sent(string userId, DateTime at) =>
        new() { Id = Guid.NewGuid(), UserId = userId, SubmittedAtUtc = at, Location = "/staff", Message = "Saved" };
}

/// <summary>The app with sent forms kept for two hours.</summary>
public sealed class ShortSubmissionMemoryFactory : FamilyFirstFactory
{
    public ShortSubmissionMemoryFactory() => WithSetting("Security:RepeatSubmissions:KeepFor", "02:00:00");
}

public class ConfiguredFormSubmissionExpiryTests(ShortSubmissionMemoryFactory factory) : IClassFixture<ShortSubmissionMemoryFactory>
{
    [Fact]
    public async Task HowLongSentFormsAreKept_ComesFromConfiguration()
    {
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var user = await factory.CreateUserAsync("expiry.configured@example.gov.uk", Roles.Practitioner);
        var threeHours = new FormSubmission { Id = Guid.NewGuid(), UserId = user.Id, SubmittedAtUtc = now - TimeSpan.FromHours(3) };
        var oneHour = new FormSubmission { Id = Guid.NewGuid(), UserId = user.Id, SubmittedAtUtc = now - TimeSpan.FromHours(1) };
        await factory.WithDbAsync(async db =>
        {
            db.FormSubmissions.AddRange(threeHours, oneHour);
            await db.SaveChangesAsync();
            return true;
        });

        await factory.Services.GetRequiredService<UploadSweeper>().SweepAsync(CancellationToken.None);

        var kept = await factory.WithDbAsync(db => db.FormSubmissions.Where(s => s.UserId == user.Id).Select(s => s.Id).ToListAsync());
        Assert.Equal([oneHour.Id], kept);
    }
}
