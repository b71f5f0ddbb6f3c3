using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.Time.Testing;

namespace FamilyFirst.Web.Tests.Account;

/// <summary>What makes a back-channel logout token acceptable (OpenID Connect Back-Channel Logout 1.0, section 2.6).</summary>
public sealed class CouncilSignOutTokenTests : IDisposable
{
    private const string Issuer = "https://login.example.gov.uk/tenant/v2.0";
    private readonly RSA _providerKey = RSA.Create(2048);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private RsaSecurityKey Key => new(_providerKey) { KeyId = "provider" };

    [Fact]
    public async Task AValidToken_GivesTheSubject()
    {
        var token = LogoutToken(Issuer, Key, "pat", issuedAt: _time.GetUtcNow());

        Assert.Equal(("pat", null), await CouncilSignOut.ValidateAsync(token, Issuer, CouncilIdentityProvider.ClientId, [Key], _time));
    }

    [Fact]
    public async Task AnIdToken_ATokenForAnotherClient_AnExpiredOne_OrOneWithoutTheEvent_IsRefused()
    {
        var now = _time.GetUtcNow();
        string[] refused =
        [
            LogoutToken(Issuer, Key, "pat", issuedAt: now, nonce: "a-nonce"),
            LogoutToken(Issuer, Key, "pat", issuedAt: now, audience: "another-service"),
            LogoutToken("https://another.example/", Key, "pat", issuedAt: now),
            LogoutToken(Issuer, Key, "pat", issuedAt: now.AddHours(-3)),
            LogoutToken(Issuer, Key, "pat", issuedAt: now, withEvent: false),
            LogoutToken(Issuer, Key, subject: null, issuedAt: now),
        ];

        foreach (var token in refused)
        {
            var (subject, problem) = await CouncilSignOut.ValidateAsync(token, Issuer, CouncilIdentityProvider.ClientId, [Key], _time);
            Assert.Null(subject);
            Assert.NotNull(problem);
        }
    }

    public void Dispose() => _providerKey.Dispose();

    /// <summary>A logout token as a provider makes one, signed with the key given.</summary>
    public static string LogoutToken(string issuer, SecurityKey key, string? subject, DateTimeOffset? issuedAt = null, string audience = CouncilIdentityProvider.ClientId, string? nonce = null, bool withEvent = true)
    {
        var iat = issuedAt ?? TimeProvider.System.GetUtcNow();
        var claims = new Dictionary<string, object> { ["jti"] = Guid.NewGuid().ToString(), ["sid"] = "a-session" };
        if (subject is not null)
        {
            claims["sub"] = subject;
        }

        if (withEvent)
        {
            claims["events"] = new Dictionary<string, object> { [CouncilSignOut.LogoutEvent] = new Dictionary<string, object>() };
        }

        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = iat.UtcDateTime,
            NotBefore = iat.UtcDateTime,
            Expires = iat.UtcDateTime.AddMinutes(10),
            Claims = claims,
            TokenType = "logout+jwt",
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }
}
