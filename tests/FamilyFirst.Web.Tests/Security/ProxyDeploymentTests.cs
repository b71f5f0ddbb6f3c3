using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Infrastructure.Notifications;

namespace FamilyFirst.Web.Tests.Security;

/// <summary>Behind a TLS-terminating proxy: forwarded headers from a trusted proxy only, Secure cookies, HSTS, links from Council:ServiceUrl.</summary>
public class ProxyDeploymentTests(BehindAProxy app) : IClassFixture<BehindAProxy>
{
    private const string Client = "203.0.113.7";

    [Fact]
    public async Task FromTheTrustedProxy_HttpsAndTheClientsAddressAreUsed_CookiesAreSecureHostCookies_AndHstsLastsAYear()
    {
        await app.CreateUserAsync("proxy.trusted@example.gov.uk", Roles.Practitioner);
        var (client, jar) = app.From(BehindAProxy.TrustedProxy, forwardedFor: Client, forwardedProto: "https");

        var signIn = await client.GetAsync("/sign-in");
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(signIn.Headers.GetValues("Strict-Transport-Security")));
        await client.SignInAsync("proxy.trusted@example.gov.uk");
        await client.GetAsync(app.Services.GetRequiredService<FamilyFirstLinks>().Family(Guid.NewGuid()));

        AssertSecureHostCookie(jar.SetCookie("__Host-familyfirst-antiforgery"));
        AssertSecureHostCookie(jar.SetCookie("__Host-familyfirst-staff"));
        Assert.Equal(Client, await LatestAuditAddressAsync());
    }

    [Fact]
    public async Task FromAnUntrustedAddress_ForwardedHeadersAreIgnored()
    {
        await app.CreateUserAsync("proxy.untrusted@example.gov.uk", Roles.Practitioner);
        var (client, jar) = app.From("198.51.100.9", forwardedFor: Client, forwardedProto: "https");

        var signIn = await client.GetAsync("/sign-in");
        Assert.False(signIn.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("secure", jar.SetCookie("__Host-familyfirst-antiforgery"), StringComparison.OrdinalIgnoreCase);
        await client.SignInAsync("proxy.untrusted@example.gov.uk");
        await client.GetAsync(app.Services.GetRequiredService<FamilyFirstLinks>().Family(Guid.NewGuid()));

        Assert.Equal("198.51.100.9", await LatestAuditAddressAsync());
    }

    [Fact]
    public async Task RateLimits_CountEachClientBehindTheProxySeparately()
    {
        var (first, _) = app.From(BehindAProxy.TrustedProxy, forwardedFor: "203.0.113.20", forwardedProto: "https");
        var (second, _) = app.From(BehindAProxy.TrustedProxy, forwardedFor: "203.0.113.21", forwardedProto: "https");

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await first.PostAsync("/enquiry", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.PostAsync("/enquiry", new FormUrlEncodedContent([]))).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await second.PostAsync("/enquiry", new FormUrlEncodedContent([]))).StatusCode);
    }

    [Fact]
    public async Task AnInvitationPostedWithAForgedHost_LinksToTheServiceUrl()
    {
        await app.CreateUserAsync("proxy.admin@example.gov.uk", Roles.Administrator);
        var (client, _) = app.From(BehindAProxy.TrustedProxy, forwardedFor: Client, forwardedProto: "https");
        await client.SignInAsync("proxy.admin@example.gov.uk");
        var form = await client.GetPageAsync("/admin/users/invite");

        var response = await client.PostFormAsync(
            "http://evil.example.com/admin/users/invite", form, ("DisplayName", "Hal Host"), ("Email", "hal.host@example.gov.uk"), ("SelectedRoles", Roles.Analyst));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var message = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.SingleAsync(m => m.Recipient == "hal.host@example.gov.uk");
        var body = app.Services.GetRequiredService<OutboxSecrets>().RenderForSending(message).Body;
        Assert.Contains(BehindAProxy.ServiceUrl + "/", body, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example.com", body, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertSecureHostCookie(string setCookie)
    {
        var attributes = setCookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    private async Task<string?> LatestAuditAddressAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync()).ClientAddress;
    }
}
