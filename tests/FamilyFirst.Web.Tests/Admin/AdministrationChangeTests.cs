using AngleSharp.Html.Dom;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Tests.Families;
using Microsoft.AspNetCore.Identity;

namespace FamilyFirst.Web.Tests.Admin;

/// <summary>Every administration change is audited; invitations show as "Invited" and can be resent; family roles need a team.</summary>
public class AdministrationChangeTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private async Task<HttpClient> AdministratorAsync(string email)
    {
        await factory.CreateUserAsync(email, Roles.Administrator);
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync(email);
        return admin;
    }

    private Task<List<AuditEntry>> AdministrationRowsAsync(string recordType, string recordId) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.Administration && e.RecordType == recordType && e.RecordId == recordId)
            .OrderBy(e => e.Sequence).ToListAsync());

    private Task<ApplicationUser> AccountAsync(string email) =>
        factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));

    private async Task<Uri> LatestInvitationLinkAsync(string email)
    {
        var sent = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Recipient == email).OrderByDescending(m => m.CreatedAtUtc).ThenByDescending(m => m.Id).ToListAsync());
        return new Uri(factory.Services.GetRequiredService<OutboxSecrets>().Reveal(sent[0])["link"]);
    }

    private static string Status(IHtmlDocument page) => page.QuerySelector(".govuk-summary-list .govuk-tag")!.TextContent.Trim();

    [Fact]
    public async Task AnInvitation_ShowsAsInvited_CanBeResent_AndOnlyTheNewLinkWorks()
    {
        var admin = await AdministratorAsync("admin.resend@example.gov.uk");
        var team = await factory.CreateTeamAsync("Resend Team");
        var form = await admin.GetPageAsync("/admin/users/invite");
        await admin.PostFormAsync("/admin/users/invite", form, ("DisplayName", "Ria Resend"), ("Email", "ria.resend@example.gov.uk"), ("SelectedRoles", Roles.Practitioner), ("SelectedTeams", team.ToString()));
        var account = await AccountAsync("ria.resend@example.gov.uk");
        var firstLink = await LatestInvitationLinkAsync("ria.resend@example.gov.uk");

        var list = await admin.GetPageAsync("/admin/users");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("ria.resend@example.gov.uk", StringComparison.Ordinal));
        Assert.Equal("Invited", row.QuerySelector(".govuk-tag")!.TextContent.Trim());
        var edit = await admin.GetPageAsync($"/admin/users/{account.Id}");
        Assert.Equal("Invited", Status(edit));

        var resent = await admin.PostFormAsync($"/admin/users/{account.Id}?handler=ResendInvitation", edit, [], "form[action*='ResendInvitation']");
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        var after = await admin.GetPageAsync($"/admin/users/{account.Id}");
        Assert.Equal("A new invitation has been sent to ria.resend@example.gov.uk. The link sent before no longer works.", after.SuccessBanner());
        Assert.Equal(2, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Recipient == "ria.resend@example.gov.uk")));
        var secondLink = await LatestInvitationLinkAsync("ria.resend@example.gov.uk");
        Assert.NotEqual(firstLink, secondLink);

        var newcomer = factory.CreateBrowserlessClient();
        Assert.Equal("This invitation link cannot be used", (await newcomer.GetPageAsync(firstLink.PathAndQuery)).Heading());
        var accept = await newcomer.GetPageAsync(secondLink.PathAndQuery);
        Assert.Equal("Create your password", accept.Heading());
        await newcomer.PostFormAsync(secondLink.PathAndQuery, accept, ("Password", "a long enough password"), ("ConfirmPassword", "a long enough password"));

        Assert.Equal("Active", Status(await admin.GetPageAsync($"/admin/users/{account.Id}")));
        Assert.Null((await AccountAsync("ria.resend@example.gov.uk")).InvitationSentAtUtc);
        var rows = await AdministrationRowsAsync(AdministrationAudit.AccountRecord, account.Id);
        Assert.Equal(2, rows.Count);
        Assert.Equal("Ria Resend (ria.resend@example.gov.uk): invited: roles Practitioner; teams Resend Team", rows[0].Detail);
        Assert.Equal("Ria Resend (ria.resend@example.gov.uk): invitation resent (the link sent before no longer works)", rows[1].Detail);
        Assert.All(rows, r => Assert.Equal("admin.resend", r.UserDisplayName));
    }

    [Fact]
    public async Task AnAcceptedInvitation_CannotBeResent()
    {
        var admin = await AdministratorAsync("admin.noresend@example.gov.uk");
        var target = await factory.CreateUserAsync("already.active@example.gov.uk", Roles.Analyst);
        var edit = await admin.GetPageAsync($"/admin/users/{target.Id}");
        Assert.Null(edit.QuerySelector("form[action*='ResendInvitation']"));

        var response = await admin.PostFormAsync($"/admin/users/{target.Id}?handler=ResendInvitation", edit, [], "form[action*='Deactivate']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Recipient == "already.active@example.gov.uk")));
        Assert.Empty(await AdministrationRowsAsync(AdministrationAudit.AccountRecord, target.Id));
    }

    [Theory]
    [InlineData("Practitioner", "Select at least one team for a practitioner")]
    [InlineData("Coordinator", "Select at least one team for a coordinator")]
    [InlineData("Manager", "Select at least one team for a manager")]
    public async Task InvitingARoleThatWorksOnFamilies_WithoutATeam_IsRefused(string role, string error)
    {
        var admin = await AdministratorAsync($"admin.noteam.{role.ToLowerInvariant()}@example.gov.uk");
        await factory.CreateTeamAsync($"Unchosen Team {role}");
        var form = await admin.GetPageAsync("/admin/users/invite");
        var email = $"no.team.{role.ToLowerInvariant()}@example.gov.uk";

        var page = await (await admin.PostFormAsync("/admin/users/invite", form, ("DisplayName", "No Team"), ("Email", email), ("SelectedRoles", role))).ReadPageAsync();

        page.AssertFieldError("SelectedTeams", error);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Recipient == email)));
    }

    [Fact]
    public async Task InvitingAnAnalyst_NeedsNoTeam()
    {
        var admin = await AdministratorAsync("admin.analyst@example.gov.uk");
        var form = await admin.GetPageAsync("/admin/users/invite");

        var page = await (await admin.PostFormAsync("/admin/users/invite", form, ("DisplayName", "Ann Analyst"), ("Email", "ann.analyst@example.gov.uk"), ("SelectedRoles", Roles.Analyst))).ReadPageAsync();

        Assert.Equal("User invited", page.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
    }

    [Fact]
    public async Task ChangingRolesAndTeams_IsAudited_WithBeforeAndAfter()
    {
        var admin = await AdministratorAsync("admin.change@example.gov.uk");
        var north = await factory.CreateTeamAsync("Change North");
        var south = await factory.CreateTeamAsync("Change South");
        await factory.CreateStaffAsync("changed.person@example.gov.uk", Roles.Practitioner, north);
        var target = await AccountAsync("changed.person@example.gov.uk");
        var edit = await admin.GetPageAsync($"/admin/users/{target.Id}");

        var saved = await admin.PostFormAsync($"/admin/users/{target.Id}", edit, ("SelectedRoles", Roles.Practitioner), ("SelectedRoles", Roles.Manager), ("SelectedTeams", north.ToString()), ("SelectedTeams", south.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = Assert.Single(await AdministrationRowsAsync(AdministrationAudit.AccountRecord, target.Id));
        Assert.Equal("Changed Person (changed.person@example.gov.uk): roles Practitioner → Manager, Practitioner; teams Change North → Change North, Change South", row.Detail);
        Assert.Equal("admin.change", row.UserDisplayName);
    }

    [Fact]
    public async Task TakingAwayAFamilyRolesLastTeam_IsRefused_AndChangesNothing()
    {
        var admin = await AdministratorAsync("admin.lastteam@example.gov.uk");
        var team = await factory.CreateTeamAsync("Last Team");
        await factory.CreateStaffAsync("last.team@example.gov.uk", Roles.Coordinator, team);
        var target = await AccountAsync("last.team@example.gov.uk");
        var edit = await admin.GetPageAsync($"/admin/users/{target.Id}");

        var page = await (await admin.PostFormAsync($"/admin/users/{target.Id}", edit, ("SelectedRoles", Roles.Coordinator))).ReadPageAsync();

        page.AssertFieldError("SelectedTeams", "Select at least one team for a coordinator");
        Assert.Equal([team], await factory.WithDbAsync(db => db.TeamMemberships.Where(m => m.UserId == target.Id).Select(m => m.TeamId).ToListAsync()));
        Assert.Empty(await AdministrationRowsAsync(AdministrationAudit.AccountRecord, target.Id));
    }

    [Fact]
    public async Task DeactivatingReactivatingAndUnlocking_AreAudited()
    {
        var admin = await AdministratorAsync("admin.access@example.gov.uk");
        var target = await factory.CreateUserAsync("access.changed@example.gov.uk", Roles.Analyst);
        var edit = await admin.GetPageAsync($"/admin/users/{target.Id}");
        await admin.PostFormAsync($"/admin/users/{target.Id}?handler=Deactivate", edit, [], "form[action*='Deactivate']");
        edit = await admin.GetPageAsync($"/admin/users/{target.Id}");
        await admin.PostFormAsync($"/admin/users/{target.Id}?handler=Reactivate", edit, [], "form[action*='Reactivate']");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(target.Id))!, DateTimeOffset.UtcNow.AddYears(1));
        }

        edit = await admin.GetPageAsync($"/admin/users/{target.Id}");
        Assert.Equal("Locked", Status(edit));
        await admin.PostFormAsync($"/admin/users/{target.Id}?handler=Unlock", edit, [], "form[action*='Unlock']");

        var rows = await AdministrationRowsAsync(AdministrationAudit.AccountRecord, target.Id);
        Assert.Equal(
            [
                "access.changed (access.changed@example.gov.uk): deactivated (could sign in → cannot sign in; every session ended)",
                "access.changed (access.changed@example.gov.uk): reactivated (cannot sign in → can sign in)",
                "access.changed (access.changed@example.gov.uk): unlocked (locked after failed sign-in attempts → can sign in)",
            ],
            rows.Select(r => r.Detail));
        Assert.Equal("Active", Status(await admin.GetPageAsync($"/admin/users/{target.Id}")));
    }

    [Fact]
    public async Task AnAdministrator_CannotDeactivateThemselves_AndNothingIsAudited()
    {
        var self = await factory.CreateUserAsync("admin.selfdeactivate@example.gov.uk", Roles.Administrator);
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin.selfdeactivate@example.gov.uk");
        var edit = await admin.GetPageAsync($"/admin/users/{self.Id}");

        var page = await (await admin.PostFormAsync($"/admin/users/{self.Id}?handler=Deactivate", edit, [], "form[action*='Deactivate']")).ReadPageAsync();

        Assert.Contains("You cannot deactivate your own account", page.ErrorSummary());
        Assert.True((await AccountAsync("admin.selfdeactivate@example.gov.uk")).IsActive);
        Assert.Empty(await AdministrationRowsAsync(AdministrationAudit.AccountRecord, self.Id));
    }

    [Fact]
    public async Task CreatingAndRevokingAnApiToken_AreAudited()
    {
        var owner = await factory.CreateUserAsync("token.audit@example.gov.uk", Roles.Analyst);
        var staff = factory.CreateBrowserlessClient();
        await staff.SignInAsync("token.audit@example.gov.uk");
        var form = await staff.GetPageAsync("/account/api-tokens/new");
        await staff.PostFormAsync("/account/api-tokens/new", form, ("Name", "Audited import"), ("ValidForDays", "30"));
        var list = await staff.GetPageAsync("/account/api-tokens");
        await staff.PostFormAsync(list.QuerySelector("form[action*=Revoke]")!.GetAttribute("action")!, list, [], "form[action*=Revoke]");

        var token = await factory.WithDbAsync(db => db.ApiTokens.AsNoTracking().SingleAsync(t => t.UserId == owner.Id));
        var rows = await AdministrationRowsAsync(AdministrationAudit.TokenRecord, token.Id.ToString("D"));
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("created token ‘Audited import’ (none → active until ", rows[0].Detail, StringComparison.Ordinal);
        Assert.EndsWith($"(account {owner.Id})", rows[0].Detail, StringComparison.Ordinal);
        Assert.Equal($"revoked token ‘Audited import’ (active → revoked) (account {owner.Id})", rows[1].Detail);
        Assert.All(rows, r => Assert.Equal(owner.Id, r.UserId));
    }

    [Fact]
    public async Task AddingATeam_IsAudited()
    {
        var admin = await AdministratorAsync("admin.teamaudit@example.gov.uk");
        var page = await admin.GetPageAsync("/admin/teams");

        await admin.PostFormAsync("/admin/teams", page, ("Name", "Audited Team"));

        var team = await factory.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync(t => t.Name == "Audited Team"));
        Assert.Equal("added team ‘Audited Team’", Assert.Single(await AdministrationRowsAsync(AdministrationAudit.TeamRecord, team.Id.ToString("D"))).Detail);
    }
}
