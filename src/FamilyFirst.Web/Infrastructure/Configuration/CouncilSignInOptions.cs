namespace FamilyFirst.Web.Infrastructure.Configuration;

/// <summary>
/// Staff sign-in through the council's identity provider with OpenID Connect (section <c>Authentication:Oidc</c>):
/// Microsoft Entra ID in most councils, or any standards-conformant provider. Off unless an authority and a client
/// are configured; local accounts still sign in with a password unless <see cref="Only"/> is set.
/// </summary>
public sealed class CouncilSignInOptions
{
    public const string Section = "Authentication:Oidc";

    /// <summary>The provider's issuer, whose <c>/.well-known/openid-configuration</c> the app reads (Entra ID: <c>https://login.microsoftonline.com/{tenant id}/v2.0</c>).</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The client secret. Keep it out of files: an environment variable or a secret store.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Only sign-in through the provider: the email and password form is not offered.</summary>
    public bool Only { get; set; }

    /// <summary>The provider's metadata must come over HTTPS; only a test provider on this machine may turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>What the sign-in button calls the council's sign-in, as in "Sign in with your council account".</summary>
    public string ButtonText { get; set; } = "Sign in with your council account";

    /// <summary>The claims whose values are mapped: Entra ID's app roles (<c>roles</c>) and group ids (<c>groups</c>).</summary>
    public List<string> RoleClaims { get; set; } = ["roles", "groups"];

    /// <summary>For each of the service's roles, the provider's values (app role names or group ids) that give it.</summary>
    public Dictionary<string, List<string>> Roles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// For each of the service's teams (by name), the provider's values that put a person in it. When none are
    /// configured, teams are managed in the service (Administration) and sign-in leaves them as they are.
    /// </summary>
    public Dictionary<string, List<string>> Teams { get; set; } = new(StringComparer.Ordinal);

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
