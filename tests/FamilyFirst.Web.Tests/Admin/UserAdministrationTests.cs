using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Admin;

public class UserAdministrationTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task Administrator_InvitesAUser_WhoSetsAPasswordAndSignsIn()
    {
        await factory.CreateUserAsync("admin.invite@example.gov.uk", Roles.Administrator);
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin.invite@example.gov.uk");
        var teams = await admin.GetPageAsync("/admin/teams");
        await admin.PostFormAsync("/admin/teams", teams, ("Name", "Invite Team"));

        var form = await admin.GetPageAsync("/admin/users/invite");
        var teamId = form.QuerySelector("input[name=SelectedTeams]")!.GetAttribute("value")!;
        var invited = await (await admin.PostFormAsync("/admin/users/invite", form, ("DisplayName", "Nia New"), ("Email", "nia.new@example.gov.uk"), ("SelectedRoles", Roles.Practitioner), ("SelectedTeams", teamId))).ReadPageAsync();
        Assert.Equal("User invited", invited.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Empty(invited.QuerySelectorAll("a[href*='invitation'], code"));
        var sent = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Recipient == "nia.new@example.gov.uk"));
        var link = new Uri(factory.Services.GetRequiredService<OutboxSecrets>().Reveal(sent)["link"]);

        var newcomer = factory.CreateBrowserlessClient();
        var accept = await newcomer.GetPageAsync(link.PathAndQuery);
        Assert.Equal("Create your password", accept.Heading());
        var mismatched = await (await newcomer.PostFormAsync(link.PathAndQuery, accept, ("Password", "a long enough password"), ("ConfirmPassword", "something else"))).ReadPageAsync();
        mismatched.AssertFieldError("ConfirmPassword", "Passwords must match");
        var saved = await newcomer.PostFormAsync(link.PathAndQuery, accept, ("Password", "a long enough password"), ("ConfirmPassword", "a long enough password"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await newcomer.SignInAsync("nia.new@example.gov.uk", "a long enough password");
        Assert.Equal("Hello, Nia New", (await newcomer.GetPageAsync("/staff")).Heading());

        var reused = await newcomer.GetPageAsync(link.PathAndQuery);
        Assert.Equal("This invitation link cannot be used", reused.Heading());

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.Include(u => u.Teams).ThenInclude(t => t.Team).SingleAsync(u => u.Email == "nia.new@example.gov.uk");
        Assert.Equal("Invite Team", Assert.Single(user.Teams).Team.Name);
        var invitation = await db.OutboxMessages.SingleAsync(m => m.Recipient == "nia.new@example.gov.uk");
        Assert.Equal("staff-invitation", invitation.Template);
        Assert.Contains(link.PathAndQuery, factory.Services.GetRequiredService<OutboxSecrets>().RenderForSending(invitation).Body);
        Assert.DoesNotContain(link.PathAndQuery, invitation.Personalisation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_WithoutRolesOrName_ShowsErrorsAndCreatesNobody()
    {
        await factory.CreateUserAsync("admin.errors@example.gov.uk", Roles.Administrator);
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin.errors@example.gov.uk");
        var form = await admin.GetPageAsync("/admin/users/invite");

        var page = await (await admin.PostFormAsync("/admin/users/invite", form, ("DisplayName", ""), ("Email", "not-an-email"))).ReadPageAsync();

        page.AssertFieldError("DisplayName", "Enter the person's full name");
        page.AssertFieldError("Email", "Enter an email address in the correct format, like name@example.com");
        page.AssertFieldError("SelectedRoles", "Select at least one role");
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Email == "not-an-email"));
    }

    [Fact]
    public async Task Administrator_DeactivatesAUser_WhoseSessionEnds()
    {
        await factory.CreateUserAsync("admin.deactivate@example.gov.uk", Roles.Administrator);
        var target = await factory.CreateUserAsync("to.deactivate@example.gov.uk", Roles.Practitioner);
        var targetClient = factory.CreateBrowserlessClient();
        await targetClient.SignInAsync("to.deactivate@example.gov.uk");
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin.deactivate@example.gov.uk");
        var edit = await admin.GetPageAsync($"/admin/users/{target.Id}");

        await admin.PostFormAsync($"/admin/users/{target.Id}?handler=Deactivate", edit, [], "form[action*='Deactivate']");

        var after = await admin.GetPageAsync($"/admin/users/{target.Id}");
        Assert.Equal($"to.deactivate has been deactivated and signed out", after.SuccessBanner());
        Assert.Equal(HttpStatusCode.Redirect, (await targetClient.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task Administrator_CannotChangeTheirOwnRolesOrTeams()
    {
        var self = await factory.CreateUserAsync("admin.self@example.gov.uk", Roles.Administrator);
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin.self@example.gov.uk");
        var edit = await admin.GetPageAsync($"/admin/users/{self.Id}");

        var refused = await (await admin.PostFormAsync($"/admin/users/{self.Id}", edit, ("SelectedRoles", Roles.Administrator), ("SelectedRoles", Roles.Manager), ("SelectedRoles", Roles.Practitioner))).ReadPageAsync();

        refused.AssertFieldError("SelectedRoles", "You cannot change your own roles or teams. Ask another administrator");
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
        Assert.Equal([Roles.Administrator], await users.GetRolesAsync((await users.FindByIdAsync(self.Id))!));
    }

    [Fact]
    public async Task NonAdministrator_CannotReachAdministration()
    {
        await factory.CreateUserAsync("manager.noadmin@example.gov.uk", Roles.Manager);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("manager.noadmin@example.gov.uk");

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Teams_DuplicateName_IsRefused()
    {
        await factory.CreateUserAsync("admin.teams@example.gov.uk", Roles.Administrator);
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin.teams@example.gov.uk");
        var page = await admin.GetPageAsync("/admin/teams");
        await admin.PostFormAsync("/admin/teams", page, ("Name", "Duplicate Team"));

        var again = await (await admin.PostFormAsync("/admin/teams", page, ("Name", "Duplicate Team"))).ReadPageAsync();

        again.AssertFieldError("Name", "A team with this name already exists");
    }

    [Fact]
    public async Task UsersList_SecondPage_ShowsTheNextUsers_NotTheFirstPageAgain()
    {
        await factory.CreateUserAsync("admin.pages@example.gov.uk", Roles.Administrator);
        for (var i = 0; i < 27; i++)
        {
            await factory.CreateUserAsync($"pages.user{i:00}@example.gov.uk", Roles.Practitioner);
        }

        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin.pages@example.gov.uk");
        static List<string> Emails(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();

        var first = await admin.GetPageAsync("/admin/users");
        var next = first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        Assert.Equal("/admin/users?page=2", next);
        var second = await admin.GetPageAsync(next);

        Assert.Equal("2", second.QuerySelector(".govuk-pagination__item--current")!.TextContent.Trim());
        Assert.Equal(25, Emails(first).Count);
        Assert.NotEmpty(Emails(second));
        Assert.Empty(Emails(first).Intersect(Emails(second)));
        var total = await factory.WithDbAsync(db => db.Users.CountAsync());
        Assert.InRange(total, 28, 50);
        Assert.Equal(total, Emails(first).Count + Emails(second).Count);
    }
}
