namespace FamilyFirst.Web.Infrastructure.Configuration;

/// <summary>
/// The proxies in front of the app (section <c>ForwardedHeaders</c>): only a request from one of these addresses may
/// say, in <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, who the client is and that it came over HTTPS.
/// Without any, only the machine itself (loopback) is trusted.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>The proxies' own addresses (IPv4 or IPv6), for example <c>10.0.1.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks whose every address is a trusted proxy, in CIDR form, for example <c>10.0.1.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies' entries are read from the end of <c>X-Forwarded-For</c>: one for a single nginx tier.</summary>
    public int ForwardLimit { get; set; } = 1;
}

/// <summary>
/// How the Data Protection key ring (which signs sign-in cookies and antiforgery tokens) is protected at rest
/// (section <c>DataProtection</c>).
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>The certificate (a PFX file with its private key) that encrypts each key before it is stored.</summary>
    public KeyRingCertificate Certificate { get; set; } = new();

    /// <summary>Certificates used before the current one, kept so keys they encrypted can still be read after a change.</summary>
    public List<KeyRingCertificate> PreviousCertificates { get; set; } = [];

    /// <summary>In Production the app refuses to start without a certificate unless this is set, knowingly.</summary>
    public bool AllowUnprotectedKeys { get; set; }
}

/// <summary>A certificate file and the password of its private key.</summary>
public sealed class KeyRingCertificate
{
    public string? Path { get; set; }

    public string? Password { get; set; }
}
