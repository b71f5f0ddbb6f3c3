using Microsoft.AspNetCore.Hosting;

namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>
/// The app in the Production environment at an https address, with its own audit key (Production refuses to start
/// without one, docs/adr/0018). Production also refuses any host and an unencrypted key ring (docs/deployment.md):
/// a test about those sets them itself; <see cref="Deployable"/> gives a test about something else the settings a
/// deployment needs.
/// </summary>
public class ProductionFactory : FamilyFirstFactory
{
    public const string ServiceUrl = "https://familyfirst.example.gov.uk";

    public ProductionFactory()
    {
        WithSetting("Council:ServiceUrl", ServiceUrl);
        WithSetting("Audit:Key", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
    }

    /// <summary>
    /// Production with the service's host (and the test client's, localhost) named, the key ring left unencrypted on
    /// purpose, and no authenticator app asked of local accounts (on by default in Production).
    /// </summary>
    public static FamilyFirstFactory Deployable() => new ProductionFactory()
        .WithSetting("AllowedHosts", new Uri(ServiceUrl).Host + ";localhost")
        .WithSetting("DataProtection:AllowUnprotectedKeys", "true")
        .WithSetting("Security:RequireSecondFactor", "false");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}
