using System.Net.Http.Headers;
using System.Net.Http.Json;
using FamilyFirst.Web.Api;
using FamilyFirst.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace FamilyFirst.Web.Tests.Api;

public class ApiTokenTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private async Task<(HttpClient Staff, string Secret)> CreateTokenAsync(string email, string name = "Nightly import", params string[] roles)
    {
        await factory.CreateUserAsync(email, roles.Length == 0 ? [Roles.Analyst] : roles);
        var staff = factory.CreateBrowserlessClient();
        await staff.SignInAsync(email);
        var form = await staff.GetPageAsync("/account/api-tokens/new");
        var created = await (await staff.PostFormAsync("/account/api-tokens/new", form, ("Name", name), ("ValidForDays", "90"))).ReadPageAsync();
        Assert.Equal("Token created", created.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        return (staff, created.QuerySelector("[data-testid=api-token]")!.TextContent.Trim());
    }

    private HttpClient ApiClient(string? secret)
    {
        var client = factory.CreateBrowserlessClient();
        if (secret is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        }

        return client;
    }

    [Fact]
    public async Task ATokenCreatedOnThePage_SignsAnApiCallInAsItsOwner_AndIsStoredOnlyAsAHash()
    {
        var (_, secret) = await CreateTokenAsync("token.owner@example.gov.uk", "Nightly attendance import");

        var response = await ApiClient(secret).GetAsync("/api/tokens/current");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var current = await response.Content.ReadFromJsonAsync<ApiEndpoints.CurrentToken>();
        Assert.Equal("Nightly attendance import", current!.Name);
        Assert.Equal("token.owner@example.gov.uk", current.OwnerEmail);
        Assert.Equal([Roles.Analyst], current.Roles);
        Assert.StartsWith(ApiToken.Prefix, secret);

        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ApiTokens.SingleAsync(t => t.Name == "Nightly attendance import");
        Assert.NotEqual(secret, stored.TokenHash);
        Assert.DoesNotContain(secret[ApiToken.Prefix.Length..], stored.TokenHash + stored.Hint);
        Assert.NotNull(stored.LastUsedAtUtc);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ffpat_not-a-real-token")]
    [InlineData("some-other-kind-of-token")]
    public async Task WithoutAValidToken_TheApiAnswers401_NotASignInPage(string? secret)
    {
        var response = await ApiClient(secret).GetAsync("/api/tokens/current");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AStaffCookie_DoesNotOpenTheApi()
    {
        var (staff, _) = await CreateTokenAsync("cookie.caller@example.gov.uk");

        var response = await staff.GetAsync("/api/tokens/current");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ARevokedToken_StopsWorkingAtOnce()
    {
        var (staff, secret) = await CreateTokenAsync("revoker@example.gov.uk", "Token to revoke");
        var list = await staff.GetPageAsync("/account/api-tokens");
        var form = list.QuerySelector("form[action*=Revoke]")!;

        var revoked = await staff.PostFormAsync(form.GetAttribute("action")!, list, [], "form[action*=Revoke]");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var after = await staff.GetPageAsync("/account/api-tokens");

        Assert.Equal("Token ‘Token to revoke’ revoked. Anything using it can no longer call the API.", after.SuccessBanner());
        Assert.Contains("Revoked", after.QuerySelector("tbody")!.TextContent);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient(secret).GetAsync("/api/tokens/current")).StatusCode);
    }

    [Fact]
    public async Task AnExpiredToken_IsRefused()
    {
        await factory.CreateUserAsync("expired.owner@example.gov.uk", Roles.Manager);
        string secret;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var owner = await db.Users.SingleAsync(u => u.Email == "expired.owner@example.gov.uk");
            (secret, var token) = ApiToken.Issue(owner.Id, "Old token", DateTime.UtcNow.AddDays(-31), 30);
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient(secret).GetAsync("/api/tokens/current")).StatusCode);
    }

    [Fact]
    public async Task ADeactivatedOwner_TokensStopWorking()
    {
        var (_, secret) = await CreateTokenAsync("leaver@example.gov.uk");
        Assert.Equal(HttpStatusCode.OK, (await ApiClient(secret).GetAsync("/api/tokens/current")).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var leaver = (await users.FindByEmailAsync("leaver@example.gov.uk"))!;
            leaver.IsActive = false;
            await users.UpdateAsync(leaver);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient(secret).GetAsync("/api/tokens/current")).StatusCode);
    }

    [Fact]
    public async Task CreatingAToken_WithoutAnswers_ShowsGovUkErrors_AndCreatesNothing()
    {
        await factory.CreateUserAsync("forgetful@example.gov.uk", Roles.Analyst);
        var staff = factory.CreateBrowserlessClient();
        await staff.SignInAsync("forgetful@example.gov.uk");
        var form = await staff.GetPageAsync("/account/api-tokens/new");

        var page = await (await staff.PostFormAsync("/account/api-tokens/new", form, ("Name", " "), ("ValidForDays", "7"))).ReadPageAsync();

        page.AssertFieldError("Name", "Enter what the token is for");
        page.AssertFieldError("ValidForDays", "Select how long the token should last");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.ApiTokens.AnyAsync(t => t.User!.Email == "forgetful@example.gov.uk"));
    }

    [Fact]
    public async Task APractitioner_CannotHoldTokens()
    {
        await factory.CreateUserAsync("no.tokens@example.gov.uk", Roles.Practitioner);
        var staff = factory.CreateBrowserlessClient();
        await staff.SignInAsync("no.tokens@example.gov.uk");

        var response = await staff.GetAsync("/account/api-tokens/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/access-denied", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RevokingSomeoneElsesToken_IsNotFound()
    {
        await CreateTokenAsync("first.owner@example.gov.uk", "First owner's token");
        var (other, _) = await CreateTokenAsync("second.owner@example.gov.uk");
        Guid firstTokenId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            firstTokenId = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().ApiTokens.SingleAsync(t => t.Name == "First owner's token")).Id;
        }

        var list = await other.GetPageAsync("/account/api-tokens");
        var response = await other.PostFormAsync($"/account/api-tokens?handler=Revoke&id={firstTokenId}", list, [], "form[action*=Revoke]");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesTheApi()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/api/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/api/tokens/current", await response.Content.ReadAsStringAsync());
    }
}
