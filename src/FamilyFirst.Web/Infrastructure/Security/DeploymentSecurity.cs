using System.Net;
using System.Security.Cryptography.X509Certificates;
using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace FamilyFirst.Web.Infrastructure.Security;

/// <summary>
/// Running behind a TLS-terminating proxy: which proxies may forward the client's address and scheme
/// (<see cref="ForwardedHeadersSettings"/>), cookies that are Secure (and <c>__Host-</c>) when the service is served
/// over HTTPS, a year of HSTS, and the checks that refuse an unsafe Production start (any host accepted, a key ring
/// stored unencrypted, trusting every forwarder). Links in messages come from <c>Council:ServiceUrl</c>
/// (<see cref="FamilyFirstLinks.Absolute"/>), never from the request.
/// </summary>
public static class DeploymentSecurity
{
    /// <summary>HSTS for a year: browsers then refuse plain HTTP to the service for that long.</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    /// <summary>Whether the service is served over HTTPS: its own address, <c>Council:ServiceUrl</c>, is https.</summary>
    public static bool ServedOverHttps(IConfiguration configuration) =>
        Uri.TryCreate(configuration[CouncilOptions.Section + ":" + nameof(CouncilOptions.ServiceUrl)], UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps;

    public static WebApplicationBuilder AddDeploymentSecurity(this WebApplicationBuilder builder, IDataProtectionBuilder dataProtection)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var production = builder.Environment.IsProduction();
        var problems = new List<string>();

        var forwarded = configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        var proxies = Parse(forwarded.KnownProxies, "ForwardedHeaders:KnownProxies", (string s, out IPAddress a) => IPAddress.TryParse(s, out a!), problems);
        var networks = Parse(forwarded.KnownNetworks, "ForwardedHeaders:KnownNetworks", (string s, out System.Net.IPNetwork n) => System.Net.IPNetwork.TryParse(s, out n), problems);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // The client's address and scheme only; the Host header is never taken from a forwarder (AllowedHosts checks it).
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = Math.Max(1, forwarded.ForwardLimit);
            if (proxies.Count > 0 || networks.Count > 0)
            {
                // Configured proxies replace the default (this machine only).
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                proxies.ForEach(o.KnownProxies.Add);
                networks.ForEach(o.KnownIPNetworks.Add);
            }
        });

        builder.Services.AddHsts(o =>
        {
            o.MaxAge = HstsMaxAge;
            o.IncludeSubDomains = true;
        });

        var https = ServedOverHttps(configuration);
        builder.Services.PostConfigureAll<CookieAuthenticationOptions>(o => SecureCookie(o.Cookie, https, always: true));
        // The antiforgery cookie follows the request (it refuses to be written over plain HTTP if Always): behind a
        // proxy that forwards the scheme, that is HTTPS, and its __Host- name makes browsers drop it otherwise.
        builder.Services.PostConfigure<AntiforgeryOptions>(o => SecureCookie(o.Cookie, https, always: false));

        ProtectKeyRing(dataProtection, configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions(), production, problems);

        if (production)
        {
            var allowedHosts = configuration["AllowedHosts"];
            if (string.IsNullOrWhiteSpace(allowedHosts) || allowedHosts.Split(';').Any(h => h.Trim() == "*"))
            {
                problems.Add("AllowedHosts must name the service's host (for example familyfirst.council.gov.uk; several separated by ';'), not '*': otherwise any Host header is accepted.");
            }

            if (!https)
            {
                problems.Add("Council:ServiceUrl must be the service's https:// address: it is the address in every emailed link, and it makes the sign-in cookies Secure.");
            }

            if (configuration.GetValue<bool>("FORWARDEDHEADERS_ENABLED"))
            {
                problems.Add("ASPNETCORE_FORWARDEDHEADERS_ENABLED trusts forwarded headers from any address: remove it and list the proxies in ForwardedHeaders:KnownProxies or ForwardedHeaders:KnownNetworks.");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Family First cannot start: " + string.Join(" ", problems) + " See docs/deployment.md.");
        }

        return builder;
    }

    /// <summary>The first middleware: the client's real address and scheme, when a trusted proxy forwarded them.</summary>
    public static IApplicationBuilder UseForwardedClient(this IApplicationBuilder app) => app.UseForwardedHeaders();

    private static void SecureCookie(CookieBuilder cookie, bool https, bool always)
    {
        if (!https)
        {
            // Over plain HTTP (development, tests): Secure whenever the request itself is HTTPS.
            if (cookie.SecurePolicy == CookieSecurePolicy.None)
            {
                cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }

            return;
        }

        cookie.SecurePolicy = always ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        if (cookie.Name is not { } name || name.StartsWith("__", StringComparison.Ordinal))
        {
            return;
        }

        // __Host-: sent only to this exact host, over HTTPS, for the whole site; a cookie for a path gets __Secure-.
        if (cookie.Path is null or "/")
        {
            cookie.Path = "/";
            cookie.Domain = null;
            cookie.Name = "__Host-" + name;
        }
        else
        {
            cookie.Name = "__Secure-" + name;
        }
    }

    private static void ProtectKeyRing(IDataProtectionBuilder dataProtection, KeyRingOptions options, bool production, List<string> problems)
    {
        var previous = options.PreviousCertificates.Where(c => !string.IsNullOrWhiteSpace(c.Path)).Select(c => Load(c, problems)).OfType<X509Certificate2>().ToArray();
        if (string.IsNullOrWhiteSpace(options.Certificate.Path))
        {
            if (production && !options.AllowUnprotectedKeys)
            {
                problems.Add("DataProtection:Certificate:Path must name the certificate (a PFX file with its private key) that encrypts the key ring in the database; without it a database backup is enough to forge a sign-in. Set DataProtection:AllowUnprotectedKeys to true only if the database is otherwise protected.");
            }

            if (previous.Length > 0)
            {
                dataProtection.UnprotectKeysWithAnyCertificate(previous);
            }

            return;
        }

        if (Load(options.Certificate, problems) is { } current)
        {
            dataProtection.ProtectKeysWithCertificate(current);
            dataProtection.UnprotectKeysWithAnyCertificate([current, .. previous]);
        }
    }

    private static X509Certificate2? Load(KeyRingCertificate certificate, List<string> problems)
    {
        try
        {
            var loaded = X509CertificateLoader.LoadPkcs12FromFile(certificate.Path!, certificate.Password, X509KeyStorageFlags.EphemeralKeySet);
            if (!loaded.HasPrivateKey)
            {
                problems.Add($"The key ring certificate {certificate.Path} has no private key: it must be a PFX file with its private key.");
                return null;
            }

            return loaded;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            problems.Add($"The key ring certificate {certificate.Path} could not be read ({e.Message}): check the path and DataProtection:Certificate:Password.");
            return null;
        }
    }

    private delegate bool TryParse<T>(string text, out T value);

    private static List<T> Parse<T>(IEnumerable<string> values, string setting, TryParse<T> tryParse, List<string> problems)
    {
        var parsed = new List<T>();
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            if (tryParse(value.Trim(), out var item))
            {
                parsed.Add(item);
            }
            else
            {
                problems.Add($"{setting} has '{value}', which is not an address or network.");
            }
        }

        return parsed;
    }
}
