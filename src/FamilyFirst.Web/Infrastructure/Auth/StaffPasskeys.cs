using FamilyFirst.Domain.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>
/// Passkeys for local staff accounts with ASP.NET Core Identity's own passkey support (docs/adr/0020): every passkey
/// must be discoverable (so sign-in needs no email address) and must verify the person (PIN, fingerprint or face), which
/// is what makes a passkey sign-in multi-factor on its own.
/// </summary>
public static class StaffPasskeys
{
    /// <summary>The most passkeys one account may hold.</summary>
    public const int MostPerAccount = 10;

    /// <summary>The longest name a person may give a passkey.</summary>
    public const int LongestName = 50;

    /// <summary>Set on a staff session signed in with a passkey (or that has just added one): it counts as a second factor.</summary>
    public const string SessionProperty = ".familyfirst.passkey";

    public static void Configure(IdentityPasskeyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UserVerificationRequirement = "required";
        options.ResidentKeyRequirement = "required";
        options.AuthenticatorTimeout = TimeSpan.FromMinutes(3);
    }

    /// <summary>How a staff session was signed in, from its cookie's properties.</summary>
    public static SignInMethod MethodOf(AuthenticationProperties? properties) =>
        properties?.Items.ContainsKey(SecondFactorPolicy.CouncilSignInProperty) == true ? SignInMethod.CouncilIdentityProvider
        : properties?.Items.ContainsKey(SessionProperty) == true ? SignInMethod.Passkey
        : SignInMethod.Password;

    /// <summary>A passkey's credential id as it travels in a link.</summary>
    public static string IdOf(UserPasskeyInfo passkey)
    {
        ArgumentNullException.ThrowIfNull(passkey);
        return Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(passkey.CredentialId);
    }

    /// <summary>A credential id from a link, or null when it is not one.</summary>
    public static byte[]? CredentialIdFrom(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 2048)
        {
            return null;
        }

        try
        {
            return Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(id);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>What a person sees as the passkey's name.</summary>
    public static string NameOf(UserPasskeyInfo passkey) =>
        string.IsNullOrWhiteSpace(passkey?.Name) ? "Passkey" : passkey.Name;
}
