using System.Security.Cryptography;
using System.Text;

namespace FamilyFirst.Web.Data;

/// <summary>
/// A personal access token: how an integration (a scheduled import, a reporting tool) calls the API
/// as a named member of staff, with that person's roles and teams. Only the token's SHA-256 is stored;
/// the token itself is shown once, when it is created.
/// </summary>
public sealed class ApiToken
{
    /// <summary>Every token starts with this, so one that leaks into a log or a repository is recognisable.</summary>
    public const string Prefix = "ffpat_";

    public Guid Id { get; init; } = Guid.NewGuid();

    public required string UserId { get; init; }

    public ApplicationUser? User { get; init; }

    /// <summary>What the token is for, in its owner's words: "Nightly attendance import".</summary>
    public required string Name { get; init; }

    /// <summary>The first characters of the token, enough to recognise it in a list.</summary>
    public required string Hint { get; init; }

    public required string TokenHash { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime ExpiresAtUtc { get; init; }

    public DateTime? LastUsedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public bool IsUsableAt(DateTime nowUtc) => RevokedAtUtc is null && nowUtc < ExpiresAtUtc;

    public void Revoke(DateTime nowUtc) => RevokedAtUtc ??= nowUtc;

    /// <summary>Makes a new token: the secret to show once, and the row that remembers only its hash.</summary>
    public static (string Secret, ApiToken Token) Issue(string userId, string name, DateTime nowUtc, int validForDays)
    {
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new ApiToken
        {
            UserId = userId,
            Name = name,
            Hint = secret[..(Prefix.Length + 4)] + "…",
            TokenHash = Hash(secret),
            CreatedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc.AddDays(validForDays),
        };
        return (secret, token);
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
