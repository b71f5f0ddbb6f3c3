namespace FamilyFirst.Domain.Access;

/// <summary>How a staff session was signed in.</summary>
public enum SignInMethod
{
    /// <summary>A password alone.</summary>
    Password,

    /// <summary>A password, then a code from an authenticator app or a recovery code.</summary>
    PasswordAndCode,

    /// <summary>A passkey: the device holding it plus its PIN, fingerprint or face (user verification), bound to the service's address.</summary>
    Passkey,

    /// <summary>The council's identity provider, which applies the council's own second factor.</summary>
    CouncilIdentityProvider,
}

/// <summary>What happens after a member of staff has given the right password.</summary>
public enum AfterPassword
{
    /// <summary>The password is enough: signed in.</summary>
    SignedIn,

    /// <summary>A code from the authenticator app (or a recovery code) comes next.</summary>
    AskForCode,

    /// <summary>The account's second factor is its passkey, so a password alone does not sign in: use the passkey.</summary>
    UseThePasskey,
}

/// <summary>
/// When a second factor is required (<c>Security:RequireSecondFactor</c>), which sign-ins count (docs/adr/0020). A passkey
/// is multi-factor on its own (something the person has, unlocked by something they know or are) and phishing-resistant,
/// so it counts as both factors; an authenticator app counts after the password; the council's identity provider
/// applies its own.
/// </summary>
public static class SecondFactorRule
{
    /// <summary>What follows a correct password, for an account with an authenticator app and a number of passkeys.</summary>
    public static AfterPassword AfterCorrectPassword(bool required, bool hasAuthenticatorApp, int passkeys)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(passkeys);
        if (hasAuthenticatorApp)
        {
            // Identity asks for the code whenever the app is set up, whether or not it is required.
            return AfterPassword.AskForCode;
        }

        return required && passkeys > 0 ? AfterPassword.UseThePasskey : AfterPassword.SignedIn;
    }

    /// <summary>
    /// Whether a session may use the service, or must first set up a second factor: always when none is required;
    /// otherwise when it was signed in with a passkey or through the council, or the account has an authenticator app
    /// (then its password sign-in asked for a code).
    /// </summary>
    public static bool SessionMayCarryOn(bool required, SignInMethod method, bool hasAuthenticatorApp) =>
        !required
        || hasAuthenticatorApp
        || method is SignInMethod.PasswordAndCode or SignInMethod.Passkey or SignInMethod.CouncilIdentityProvider;
}
