using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace FamilyFirst.Web.BrowserTests.Infrastructure;

/// <summary>
/// The app with the demo data and sign-in through the council's identity provider: the real, OpenID-certified
/// <c>oidc-provider</c> the web tests use (<see cref="FamilyFirst.Web.Tests.Account.CouncilIdentityProvider"/>), on its
/// own port. The app listens on a port chosen first, so the provider knows the addresses it may send people back to
/// and where to post its logout tokens.
/// </summary>
// The provider is disposed in DisposeAsync (xUnit's IAsyncLifetime), after the app.
#pragma warning disable CA1001
public sealed class CouncilSignInBrowserFixture : BrowserFixture
#pragma warning restore CA1001
{
    private readonly int _port = FamilyFirst.Web.Tests.Account.CouncilIdentityProvider.FreePort();
    private FamilyFirst.Web.Tests.Account.CouncilIdentityProvider? _provider;

    public string ServiceUrl => $"http://127.0.0.1:{_port}";

    public string ProviderUrl => _provider!.Issuer;

    protected override int Port => _port;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _provider?.Dispose();
    }

    protected override void Configure(IWebHostBuilder builder)
    {
        _provider = new FamilyFirst.Web.Tests.Account.CouncilIdentityProvider(ServiceUrl, ServiceUrl + "/sign-out/council/back-channel");
        builder.UseSetting("Council:ServiceUrl", ServiceUrl);
        builder.UseSetting("Authentication:Oidc:Authority", _provider.Issuer);
        builder.UseSetting("Authentication:Oidc:ClientId", FamilyFirst.Web.Tests.Account.CouncilIdentityProvider.ClientId);
        builder.UseSetting("Authentication:Oidc:ClientSecret", FamilyFirst.Web.Tests.Account.CouncilIdentityProvider.ClientSecret);
        builder.UseSetting("Authentication:Oidc:RequireHttpsMetadata", "false");
        builder.UseSetting("Authentication:Oidc:Roles:Practitioner:0", "0b1c5c1e-practitioners");
        builder.UseSetting("Authentication:Oidc:Roles:Manager:0", "5a6b7c8d-managers");
        builder.UseSetting("Authentication:Oidc:Roles:Administrator:0", "FamilyFirst.Administrator");
        builder.UseSetting("Authentication:Oidc:Teams:" + FamilyFirst.Web.Infrastructure.Demo.DemoData.NorthTeam + ":0", "7d2e9f40-north-team");

        // Over plain HTTP Chromium drops a SameSite=None cookie that is not Secure, which the sign-in's correlation and
        // nonce cookies are (over HTTPS, as in every real deployment, they are Secure). The provider and the app share
        // a site here (127.0.0.1), so Lax still carries them on the provider's post back to the app.
        builder.ConfigureTestServices(s => s.PostConfigure<OpenIdConnectOptions>(FamilyFirst.Web.Infrastructure.Auth.CouncilSignIn.Scheme, o =>
        {
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
        }));
    }
}
