using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Plans;

namespace FamilyFirst.Web.Tests.FamilyView;

/// <summary>
/// A family (Dana and Lee, parents, and Kai) with consent recorded for both parents, an approved bottom line and an
/// agreed plan with one action for each parent; and the steps of a family member's sign-in, reading the link and the
/// code from the outbox as the family member would read their messages.
/// </summary>
public sealed record FamilyViewFamily(PlanTeam Team, Guid Dana, Guid Lee, Guid Kai, Guid PlanId, Guid DanasAction, Guid LeesAction)
{
    public Guid FamilyId => Team.Family.Id;

    public const string DanasActionText = "Dana will walk Kai to school every morning";
    public const string LeesActionText = "Lee will cook tea on Tuesdays and Thursdays";

    public static async Task<FamilyViewFamily> CreateAsync(FamilyFirstFactory factory, string name)
    {
        var team = await PlanTeam.CreateAsync(factory, name);
        var (dana, lee, kai) = (team.Family.Members[0].PersonId, team.Family.Members[1].PersonId, team.Family.Members[2].PersonId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = DateTimeOffset.UtcNow;
        return await factory.WithDbAsync(async db =>
        {
            foreach (var person in new[] { dana, lee })
            {
                db.Consents.Add(Consent.Record(team.Family.Id, person, ConsentType.WorkingWithService, null, today.AddDays(-10), ConsentMethod.Written, team.PractitionerId, today, now).Value!);
            }

            var bottomLine = BottomLine.Write(team.Family.Id, $"Kai goes to school every day ({name})", team.PractitionerId, now).Value!;
            Assert.True(bottomLine.Approve(team.ManagerId, now).Succeeded);
            db.BottomLines.Add(bottomLine);
            var plan = FamilyPlan.StartDirect(team.Family.Id, team.PractitionerId, now);
            var danas = plan.AddAction(new PlanActionDetails(DanasActionText, new ActionOwner(ActionOwnerKind.FamilyMember, dana, null), today.AddDays(30), new ActionChecker(null, "School nurse"), AddressesBottomLineId: bottomLine.Id)).Value!;
            var lees = plan.AddAction(new PlanActionDetails(LeesActionText, new ActionOwner(ActionOwnerKind.FamilyMember, lee, null), today.AddDays(30), new ActionChecker(dana, null))).Value!;
            Assert.True(plan.UpdateDetails("We will ask Nan to help", "A family hub place", dana, "A meeting at home", today.AddDays(60)).Succeeded);
            Assert.True(plan.Agree([dana, lee], "Agreed: keeps Kai safe", [bottomLine], null, team.PractitionerId, now).Succeeded);
            db.FamilyPlans.Add(plan);
            await db.SaveChangesAsync();
            return new FamilyViewFamily(team, dana, lee, kai, plan.Id, danas.ActionKey, lees.ActionKey);
        });
    }

    /// <summary>The practitioner invites the person by email through the staff page; returns the link's secret as sent.</summary>
    public async Task<string> InviteAsync(FamilyFirstFactory factory, Guid personId, string email)
    {
        var staff = await factory.SignedInClientAsync(Team.Practitioner);
        var path = $"/families/{FamilyId}/family-view/invite";
        var form = await staff.GetPageAsync(path);
        await staff.PostFormAsync(path, form, ("Invitee", $"family:{personId:D}"), ("Contact", email)).Redirected();
        var link = (await LatestMessageAsync(factory, email, NotificationTemplates.FamilyViewInvitation))["link"];
        return link[(link.LastIndexOf('/') + 1)..];
    }

    /// <summary>The latest message's personalisation as the sender sees it, secrets (the link, the code) included.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LatestMessageAsync(FamilyFirstFactory factory, string recipient, string template) =>
        factory.Services.GetRequiredService<OutboxSecrets>().Reveal(await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Recipient == recipient && m.Template == template)
            .OrderByDescending(m => m.CreatedAtUtc)
            .FirstAsync()));

    /// <summary>Opens the link, asks for a code, reads it from the outbox and enters it: a signed-in family member's client.</summary>
    public static async Task<HttpClient> SignInAsync(FamilyFirstFactory factory, string token, string email)
    {
        var client = factory.CreateBrowserlessClient();
        var landing = await client.GetPageAsync($"/family/invitation/{token}");
        var sent = await client.PostFormAsync($"/family/invitation/{token}", landing);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var code = (await LatestMessageAsync(factory, email, NotificationTemplates.FamilyViewCode))["code"];
        var codePage = await client.GetPageAsync($"/family/invitation/{token}/code");
        var signedIn = await client.PostFormAsync($"/family/invitation/{token}/code", codePage, ("Code", code));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/family", signedIn.Headers.Location?.OriginalString);
        return client;
    }
}
