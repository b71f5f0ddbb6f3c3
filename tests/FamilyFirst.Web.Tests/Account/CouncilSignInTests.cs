using System.Security.Cryptography;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FamilyFirst.Domain.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.IdentityModel.Tokens;

namespace FamilyFirst.Web.Tests.Account;

/// <summary>
/// Staff sign-in through the council's identity provider: the full authorisation code flow (with PKCE, the answer
/// posted back as a form) through a real, OpenID-certified provider started for these tests.
/// </summary>
public class CouncilSignInTests(CouncilSignInTests.App app) : IClassFixture<CouncilSignInTests.App>
{
    [Fact]
    public async Task FirstSignIn_CreatesTheAccount_WithTheRoleAndTeamThatTheProvidersGroupsGive()
    {
        var client = app.CreateClientThroughTheProvider();

        var home = await SignInAsync(client, "pat.practitioner");

        Assert.Equal("Hello, Pat Practitioner", (await home.ReadPageAsync()).Heading());
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByLoginAsync("council", "pat.practitioner"))!;
        Assert.Equal("pat.practitioner@northmoor.example.gov.uk", user.Email);
        Assert.Equal([Roles.Practitioner], await users.GetRolesAsync(user));
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(["North team"], await db.TeamMemberships.Where(m => m.UserId == user.Id).Select(m => m.Team.Name).ToListAsync());
        var audited = await db.AuditEntries.Where(e => e.RecordId == user.Id).Select(e => e.RecordType + " " + e.Action).ToListAsync();
        Assert.Contains("StaffAccount Create", audited);
        Assert.Contains("Staff account Administration", audited);
        Assert.Contains("Staff sign-in Authentication", audited);
    }

    [Fact]
    public async Task ASecondFactorRequiredOfLocalAccounts_IsNotAskedAgainOfCouncilSignIns()
    {
        var client = app.CreateClientThroughTheProvider();

        var home = await SignInAsync(client, "pat.practitioner");

        Assert.Equal("Hello, Pat Practitioner", (await home.ReadPageAsync()).Heading());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/families")).StatusCode);
    }

    [Fact]
    public async Task AnAppRole_GivesTheAdministratorRole()
    {
        var client = app.CreateClientThroughTheProvider();

        await SignInAsync(client, "ada.administrator");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task APersonWithNoMappedRole_IsRefusedWithAClearPage_AndNoAccountIsCreated()
    {
        var client = app.CreateClientThroughTheProvider();

        var refused = await SignInAsync(client, "nia.noaccess");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("You do not have access to Family First", (await refused.ReadPageAsync()).Heading());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "nia.noaccess@northmoor.example.gov.uk"));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.RecordType == "Staff sign-in" && e.RecordId == "nia.noaccess" && e.Action == AuditAction.Authentication && e.Detail!.StartsWith("Council sign-in refused")));
    }

    [Fact]
    public async Task AnExistingLocalAccount_IsLinkedByEmail_AndItsRolesAndTeamsFollowTheProvider()
    {
        var local = await app.CreateUserAsync("max.manager@northmoor.example.gov.uk", Roles.Practitioner);
        var client = app.CreateClientThroughTheProvider();

        await SignInAsync(client, "max.manager");

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var linked = (await users.FindByLoginAsync("council", "max.manager"))!;
        Assert.Equal(local.Id, linked.Id);
        Assert.Equal([Roles.Manager], await users.GetRolesAsync(linked));
        Assert.Equal("Max Manager", linked.DisplayName);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(["North team"], await db.TeamMemberships.Where(m => m.UserId == linked.Id).Select(m => m.Team.Name).ToListAsync());
        Assert.True(await db.AuditEntries.AnyAsync(e => e.RecordType == "StaffAccount" && e.RecordId == local.Id && e.Action == AuditAction.Change));
        // The roles and teams the provider's claims changed are an administration change, with before and after.
        var change = await db.AuditEntries.SingleAsync(e => e.RecordType == "Staff account" && e.RecordId == local.Id && e.Action == AuditAction.Administration);
        Assert.EndsWith("roles and teams changed by the council's identity provider at sign-in: roles Practitioner → Manager; teams none → North team", change.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeactivatedAccount_IsRefused_ThoughTheProviderSignedThePersonIn()
    {
        var local = await app.CreateUserAsync("dee.deactivated@northmoor.example.gov.uk", Roles.Practitioner);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var stored = (await users.FindByIdAsync(local.Id))!;
            stored.IsActive = false;
            await users.UpdateAsync(stored);
        }

        var client = app.CreateClientThroughTheProvider();
        var refused = await SignInAsync(client, "dee.deactivated");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("Your account is not active", (await refused.ReadPageAsync()).Heading());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public void AMappingToARoleTheServiceDoesNotHave_StopsTheAppStarting()
    {
        using var wrong = new FamilyFirstFactory()
            .WithSetting("Authentication:Oidc:Authority", "https://login.example.gov.uk/tenant/v2.0")
            .WithSetting("Authentication:Oidc:ClientId", "familyfirst")
            .WithSetting("Authentication:Oidc:ClientSecret", "a secret")
            .WithSetting("Authentication:Oidc:Roles:Social worker:0", "social-workers");

        var error = Assert.ThrowsAny<Exception>(() => wrong.Services);

        Assert.Contains("'Social worker', which is not one of the service's roles", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSignInPage_OffersTheCouncilAccountAndTheEmailAndPasswordForm()
    {
        var page = await app.CreateBrowserlessClient().GetPageAsync("/sign-in");

        Assert.NotNull(page.QuerySelector("a.govuk-button[href^='/sign-in/council']"));
        Assert.NotNull(page.QuerySelector("main form input[name=Password]"));
    }

    [Fact]
    public async Task WhenOnlyTheCouncilsSignInIsAllowed_ThePasswordFormSendsPeopleToIt()
    {
        using var councilOnly = new FamilyFirstFactory()
            .WithSetting("Authentication:Oidc:Authority", "https://login.example.gov.uk/tenant/v2.0")
            .WithSetting("Authentication:Oidc:ClientId", "familyfirst")
            .WithSetting("Authentication:Oidc:ClientSecret", "a secret")
            .WithSetting("Authentication:Oidc:Roles:Practitioner:0", "practitioners")
            .WithSetting("Authentication:Oidc:Only", "true");
        await councilOnly.CreateUserAsync("only.local@example.gov.uk", Roles.Practitioner);
        var client = councilOnly.CreateBrowserlessClient();

        var page = await client.GetAsync("/sign-in?ReturnUrl=%2Fstaff");
        var post = await client.PostAsync("/sign-in", new FormUrlEncodedContent([new("Email", "only.local@example.gov.uk"), new("Password", FamilyFirstFactory.Password)]));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/sign-in/council?returnUrl=%2Fstaff", page.Headers.Location!.OriginalString);
        Assert.NotEqual("/staff", post.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task SigningOutAtTheCouncil_EndsEveryOneOfThePersonsSessionsHereAtOnce_AndIsAudited()
    {
        var office = app.CreateClientThroughTheProvider();
        var laptop = app.CreateClientThroughTheProvider();
        await SignInAsync(office, "lou.logout");
        await SignInAsync(laptop, "lou.logout");
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/staff")).StatusCode);

        // Lou signs out at the council's identity provider on the office computer; the provider posts a logout token to the service.
        var endSession = await office.GetAsync(app.ProviderIssuer + "/session/end");
        var confirm = (await endSession.ReadPageAsync()).QuerySelector<IHtmlFormElement>("form")!;
        var xsrf = confirm.QuerySelector<IHtmlInputElement>("input[name=xsrf]")!.Value;
        await office.PostAsync(new Uri(endSession.RequestMessage!.RequestUri!, confirm.GetAttribute("action")), new FormUrlEncodedContent([new("xsrf", xsrf), new("logout", "yes")]));

        var afterwards = await office.GetAsync("/staff");
        Assert.True(afterwards.StatusCode == HttpStatusCode.Redirect, "The session carried on. The provider said: " + app.ProviderErrors + " The audit says: " + string.Join("; ", await app.SignInAuditAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/staff")).StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var lou = (await users.FindByLoginAsync("council", "lou.logout"))!;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.RecordType == "Staff sign-in" && e.RecordId == lou.Id && e.Detail == "Signed out at the council's identity provider (every session ended)"));

        // Signing in again works as before.
        Assert.Equal("Hello, Lou Logout", (await (await SignInAsync(office, "lou.logout")).ReadPageAsync()).Heading());
    }

    [Fact]
    public async Task ALogoutTokenNotSignedByTheProvider_IsRefused_EndsNoSession_AndIsAudited()
    {
        var client = app.CreateClientThroughTheProvider();
        await SignInAsync(client, "lou.logout");
        using var forger = RSA.Create(2048);
        var forged = CouncilSignOutTokenTests.LogoutToken(app.ProviderIssuer, new RsaSecurityKey(forger) { KeyId = "forged" }, "lou.logout");

        foreach (var token in new[] { forged, "not a token", string.Empty })
        {
            var answer = await client.PostAsync(CouncilSignOut.BackChannelPath, new FormUrlEncodedContent([new("logout_token", token)]));
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Contains("invalid_request", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await db.AuditEntries.CountAsync(e => e.RecordType == "Staff sign-in" && e.Detail!.StartsWith("A sign-out message from the council's identity provider was refused")) >= 3);
    }

    /// <summary>Signs in as <paramref name="login"/> at the provider, following every redirect; the last answer.</summary>
    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string login)
    {
        var signIn = await FollowAsync(client, await client.GetAsync("/sign-in/council?returnUrl=%2Fstaff"));
        var providerForm = (await signIn.ReadPageAsync()).QuerySelector<IHtmlFormElement>("form")!;
        var submit = new Uri(signIn.RequestMessage!.RequestUri!, providerForm.GetAttribute("action"));
        Assert.NotEqual("localhost", submit.Host);
        var answer = await FollowAsync(client, await client.PostAsync(submit, new FormUrlEncodedContent([new("prompt", "login"), new("login", login), new("password", "the council password")])));

        // response_mode=form_post: the provider's page posts the code back to the service.
        var callback = (await answer.ReadPageAsync()).QuerySelector<IHtmlFormElement>("form")!;
        Assert.Equal(App.ServiceUrl + "/signin-oidc", callback.GetAttribute("action"));
        var fields = callback.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        Assert.Contains(fields, f => f.Key == "code");
        return await FollowAsync(client, await client.PostAsync(callback.GetAttribute("action"), new FormUrlEncodedContent(fields)));
    }

    private static async Task<HttpResponseMessage> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        for (var hops = 0; hops < 10 && (int)response.StatusCode is >= 300 and < 400; hops++)
        {
            response = await client.GetAsync(new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!));
        }

        return response;
    }

    /// <summary>The app at https://localhost, configured for the test provider, with the team its groups map to.</summary>
    public sealed class App : FamilyFirstFactory
    {
        public const string ServiceUrl = "https://localhost";

        private readonly ServiceRelay _relay;
        private readonly CouncilIdentityProvider _provider;

        public App()
        {
            // The provider posts its logout tokens to the app, server to server, through a real address.
            _relay = new ServiceRelay(ServiceUrl, () => Server.CreateHandler());
            _provider = new CouncilIdentityProvider(ServiceUrl, _relay.Url + CouncilSignOut.BackChannelPath);

            WithSetting("Council:ServiceUrl", ServiceUrl);
            WithSetting("Authentication:Oidc:Authority", _provider.Issuer);
            WithSetting("Authentication:Oidc:ClientId", CouncilIdentityProvider.ClientId);
            WithSetting("Authentication:Oidc:ClientSecret", CouncilIdentityProvider.ClientSecret);
            WithSetting("Authentication:Oidc:RequireHttpsMetadata", "false");
            WithSetting("Authentication:Oidc:Roles:Practitioner:0", "0b1c5c1e-practitioners");
            WithSetting("Authentication:Oidc:Roles:Manager:0", "5a6b7c8d-managers");
            WithSetting("Authentication:Oidc:Roles:Administrator:0", "FamilyFirst.Administrator");
            WithSetting("Authentication:Oidc:Teams:North team:0", "7d2e9f40-north-team");

            // Local accounts need an authenticator app here; council sign-ins rely on the provider's own second factor.
            WithSetting("Security:RequireSecondFactor", "true");
        }

        public string ProviderIssuer => _provider.Issuer;

        public string ProviderErrors => _provider.ErrorOutput + " The relay said: " + _relay.Errors;

        public async Task<List<string>> SignInAuditAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            return await db.AuditEntries.Where(e => e.RecordType == "Staff sign-in").OrderBy(e => e.Sequence).Select(e => e.Detail!).ToListAsync();
        }

        /// <summary>
        /// A client whose requests to the service go to the test server and the rest to the provider over the network,
        /// with one cookie jar for both, like a browser.
        /// </summary>
        public HttpClient CreateClientThroughTheProvider()
        {
            EnsureTeam();
            var routing = new Routing(Server.CreateHandler(), new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
            return new HttpClient(new CookieContainerHandler(new CookieContainer()) { InnerHandler = routing }) { BaseAddress = new Uri(ServiceUrl) };
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                _provider.Dispose();
                _relay.Dispose();
            }
        }

        private void EnsureTeam()
        {
            using var scope = Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!db.Teams.Any(t => t.Name == "North team"))
            {
                db.Teams.Add(new Team { Id = Guid.NewGuid(), Name = "North team" });
                db.SaveChanges();
            }
        }

        private sealed class Routing(HttpMessageHandler service, HttpMessageHandler network) : HttpMessageHandler
        {
            private readonly HttpMessageInvoker _service = new(service);
            private readonly HttpMessageInvoker _network = new(network);

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                (request.RequestUri!.Host == "localhost" ? _service : _network).SendAsync(request, cancellationToken);

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    _service.Dispose();
                    _network.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
}
