using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Web.Tests.Families;
using Microsoft.Extensions.Time.Testing;

namespace FamilyFirst.Web.Tests.FamilyView;

/// <summary>The app on a clock the test moves, for the family member's 30-minute idle timeout.</summary>
public sealed class ClockedFamilyFirstFactory : FamilyFirstFactory
{
    public ClockedFamilyFirstFactory() => WithClock(Clock);

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
}

public class FamilyViewSessionTests(ClockedFamilyFirstFactory factory) : IClassFixture<ClockedFamilyFirstFactory>
{
    [Fact]
    public async Task Session_StaysOpenWhileTheFamilyMemberIsActive_AndEndsAfter30MinutesIdle()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Idle");
        var token = await family.InviteAsync(factory, family.Dana, "dana.idle@example.com");
        var dana = await FamilyViewFamily.SignInAsync(factory, token, "dana.idle@example.com");

        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await dana.GetAsync("/family")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await dana.GetAsync("/family/meetings")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var timedOut = await dana.GetAsync("/family");
        Assert.Equal(HttpStatusCode.Redirect, timedOut.StatusCode);
        Assert.StartsWith("/family/sign-in", timedOut.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        var signIn = await dana.GetPageAsync(timedOut.Headers.Location!.OriginalString);
        Assert.Contains("we sign you out after 30 minutes without activity", signIn.Body!.TextContent, StringComparison.Ordinal);

        var access = await factory.WithDbAsync(db => db.FamilyMemberAccesses.AsNoTracking().SingleAsync(a => a.FamilyCaseId == family.FamilyId));
        Assert.NotEqual(FamilyMemberAccessStatus.SignedIn, access.Status(factory.Clock.GetUtcNow()));
        Assert.Equal(LinkProblem.AlreadyUsed, access.CheckLink(factory.Clock.GetUtcNow()));
    }
}
