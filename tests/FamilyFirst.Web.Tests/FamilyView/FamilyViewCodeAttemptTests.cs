using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.FamilyView;

/// <summary>
/// Wrong codes sent at the same moment are each counted (one conditional update per attempt), so no burst of
/// parallel guesses gets more than five tries at a code. An app of its own: the sign-in rate limit is per address.
/// </summary>
public class FamilyViewCodeAttemptTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task ParallelWrongCodes_AreAllCounted_AndTheRightCodeIsThenRefused()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Parallel codes");
        var token = await family.InviteAsync(factory, family.Dana, "dana.parallel@example.com");
        var client = factory.CreateBrowserlessClient();
        await client.PostFormAsync($"/family/invitation/{token}", await client.GetPageAsync($"/family/invitation/{token}"));
        var code = (await FamilyViewFamily.LatestMessageAsync(factory, "dana.parallel@example.com", Web.Infrastructure.Notifications.NotificationTemplates.FamilyViewCode))["code"];
        var wrong = Enumerable.Range(0, 12).Select(i => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1 + i) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var codePage = await client.GetPageAsync($"/family/invitation/{token}/code");

        var responses = await Task.WhenAll(wrong.Select(w => client.PostFormAsync($"/family/invitation/{token}/code", codePage, ("Code", w))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var access = await factory.WithDbAsync(db => db.FamilyMemberAccesses.AsNoTracking().SingleAsync(a => a.FamilyCaseId == family.FamilyId && a.PersonId == family.Dana));
        Assert.Equal(FamilyMemberAccess.MaximumCodeAttempts, access.CodeAttempts);
        Assert.Equal(12, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.RecordId == access.Id.ToString() && e.Action == AuditAction.AccessDenied)));
        var right = await (await client.PostFormAsync($"/family/invitation/{token}/code", codePage, ("Code", code))).ReadPageAsync();
        right.AssertFieldError("Code", "You have typed the wrong code too many times. Ask for a new code");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/family")).StatusCode);
    }
}
