using System.Security.Claims;
using FamilyFirst.Domain.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>
/// Whether every staff account must use a second factor (an authenticator app) to sign in:
/// <c>Security:RequireSecondFactor</c>, on by default in Production and off elsewhere unless configured.
/// </summary>
public sealed class SecondFactorPolicy(bool required)
{
    public const string Setting = "Security:RequireSecondFactor";

    /// <summary>The claim a staff session carries once the account has an authenticator app set up.</summary>
    public const string Claim = "second_factor";

    /// <summary>
    /// Set on a staff session the council's identity provider signed in: the provider applies the council's own
    /// second factor (docs/deployment.md), so the service does not ask for its authenticator app as well.
    /// </summary>
    public const string CouncilSignInProperty = ".familyfirst.council-sign-in";

    public bool Required { get; } = required;

    public static SecondFactorPolicy From(IConfiguration configuration, IHostEnvironment environment) =>
        new(configuration.GetValue<bool?>(Setting) ?? environment.IsProduction());

    /// <summary>Whether this staff session's account has an authenticator app set up.</summary>
    public static bool IsSetUp(ClaimsPrincipal user) => user.HasClaim(c => c.Type == Claim);

    /// <summary>Normalises what a person typed as an authenticator code: spaces and hyphens removed.</summary>
    public static string Normalise(string code) => code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    /// <summary>The authenticator key as a person types it: lower case, in groups of four.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));

    /// <summary>
    /// The key as an authenticator app reads it from a QR code (the <c>otpauth://totp/</c> form Google Authenticator
    /// and Microsoft Authenticator understand): labelled with the service's name and the person's email address.
    /// </summary>
    public static string AuthenticatorUri(string serviceName, string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(serviceName)}:{Uri.EscapeDataString(email)}?secret={key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()}&issuer={Uri.EscapeDataString(serviceName)}&digits=6&period=30";

    /// <summary>
    /// The authenticator URI as a QR code, a PNG in a <c>data:</c> address: the page carries it inline (the content
    /// security policy allows <c>data:</c> images), so the key is never served at an address of its own.
    /// </summary>
    public static string QrCodeImage(string authenticatorUri)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var code = generator.CreateQrCode(authenticatorUri, QRCoder.QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new QRCoder.PngByteQRCode(code).GetGraphic(5));
    }
}

/// <summary>
/// While a second factor is required and a staff member has none yet, every page sends them to set one up first,
/// except the few they need on the way (set-up, sign-out, the session warning and the error page).
/// </summary>
public sealed class SecondFactorSetUpFilter(SecondFactorPolicy policy, IOptions<IdentityOptions> identity, FamilyFirstLinks links) : IAsyncPageFilter
{
    private static readonly HashSet<string> AllowedFirst = new(StringComparer.OrdinalIgnoreCase)
    {
        "/Account/SetUpAuthenticator", "/Account/SignOut", "/Account/SignedOut", "/Account/StaySignedIn", "/Account/AccessDenied",
        "/Account/SignIn", "/Account/SignInCode", "/Account/SignInRecoveryCode", "/Error",
        "/Account/Passkeys", "/Account/RemovePasskey", "/Account/SignInWithPasskey",
    };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var isStaff = user.HasClaim(c => c.Type == identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (policy.Required && isStaff && !SecondFactorPolicy.IsSetUp(user) && !AllowedFirst.Contains(context.ActionDescriptor.ViewEnginePath)
            && !SecondFactorRule.SessionMayCarryOn(policy.Required, await MethodAsync(context.HttpContext), hasAuthenticatorApp: false))
        {
            var here = context.HttpContext.Request.Path + context.HttpContext.Request.QueryString;
            context.Result = new RedirectResult(links.SetUpAuthenticator(HttpMethods.IsGet(context.HttpContext.Request.Method) ? here : null));
            return;
        }

        await next();
    }

    /// <summary>How this session signed in: the council's identity provider and a passkey each count as a second factor (docs/adr/0020).</summary>
    private static async Task<SignInMethod> MethodAsync(HttpContext http) =>
        StaffPasskeys.MethodOf((await http.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties);
}
