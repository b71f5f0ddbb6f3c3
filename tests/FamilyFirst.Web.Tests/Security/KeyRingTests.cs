using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;

namespace FamilyFirst.Web.Tests.Security;

/// <summary>Production refuses unsafe settings; the Data Protection key ring is encrypted with the configured certificate.</summary>
public sealed class KeyRingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("familyfirst-keyring-").FullName;

    [Fact]
    public void Production_AcceptingAnyHost_RefusesToStart()
    {
        using var app = new ProductionFactory().WithSetting("DataProtection:AllowUnprotectedKeys", "true");

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("AllowedHosts must name the service's host", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_WithoutAKeyRingCertificate_RefusesToStart()
    {
        using var app = new ProductionFactory().WithSetting("AllowedHosts", "familyfirst.example.gov.uk");

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("DataProtection:Certificate:Path must name the certificate", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithACertificate_KeysAreStoredEncrypted_AndAnotherNodeWithTheCertificateReadsThem()
    {
        var certificate = SelfSignedCertificate("a password for the pfx");
        // Signing in with a password alone (an authenticator app is required by default in Production): this test is about the keys.
        using var first = new ProductionFactory().WithSetting("AllowedHosts", "familyfirst.example.gov.uk").WithSetting("Security:RequireSecondFactor", "false")
            .WithSetting("DataProtection:Certificate:Path", certificate).WithSetting("DataProtection:Certificate:Password", "a password for the pfx");
        await first.CreateUserAsync("keyring.user@example.gov.uk", Roles.Practitioner);
        var (client, jar) = Client(first, new BehindAProxy.CookieJar());
        await client.SignInAsync("keyring.user@example.gov.uk");

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var keys = await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
            });
        }

        // A second node on the same database, with the same certificate, accepts the first node's sign-in cookie.
        using var second = new ProductionFactory().WithSetting("AllowedHosts", "familyfirst.example.gov.uk").WithSetting("Security:RequireSecondFactor", "false")
            .WithSetting("ConnectionStrings:Default", first.Database.ConnectionString)
            .WithSetting("DataProtection:Certificate:Path", certificate).WithSetting("DataProtection:Certificate:Password", "a password for the pfx");
        var (secondClient, _) = Client(second, jar);
        Assert.Equal("Hello, keyring.user", (await secondClient.GetPageAsync("/staff")).Heading());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (HttpClient, BehindAProxy.CookieJar) Client(FamilyFirstFactory app, BehindAProxy.CookieJar jar) =>
        (app.CreateDefaultClient(new Uri("http://familyfirst.example.gov.uk"), new CookieCarrier(jar)), jar);

    private string SelfSignedCertificate(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Family First key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder, "keyring.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    /// <summary>Carries cookies whatever their flags (the test server is plain HTTP; a Secure cookie is still sent back).</summary>
    private sealed class CookieCarrier(BehindAProxy.CookieJar jar) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (jar.Values.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", jar.Values.Select(c => c.Key + "=" + c.Value)));
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                foreach (var pair in cookies.Select(c => c.Split(';')[0]))
                {
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    jar.Values[pair[..equals]] = pair[(equals + 1)..];
                }
            }

            return response;
        }
    }
}
