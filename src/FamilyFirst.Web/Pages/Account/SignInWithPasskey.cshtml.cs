using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>
/// Staff sign in with a passkey: the sign-in page's script asks for the options, the browser's passkey dialog finds a
/// passkey for this service (no email address needed), and the form posts it here. A passkey sign-in counts as a second
/// factor (docs/adr/0020). Failures are audited and throttled by client address, like password sign-ins.
/// </summary>
public sealed class SignInWithPasskeyModel(StaffSignInManager signInManager, SignInEvents events, SignInThrottle throttle) : PageModel
{
    [BindProperty]
    public string? Credential { get; set; }

    [BindProperty]
    public string? Failure { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl()) : Page();

    /// <summary>The options for the browser's passkey dialog (WebAuthn request options, JSON), asked for by the sign-in page's script.</summary>
    public async Task<IActionResult> OnPostOptionsAsync() =>
        Content(await signInManager.MakePasskeyRequestOptionsAsync(null), "application/json");

    public async Task<IActionResult> OnPostAsync()
    {
        if (throttle.IsThrottled(HttpContext, null))
        {
            await events.RecordAsync(SignInEvent.SignInThrottled, null, "passkey");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(nameof(Credential), $"You have tried to sign in too many times. Wait {(int)throttle.Window.TotalMinutes} minutes, then try again");
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Credential))
        {
            ModelState.AddModelError(nameof(Credential), Failure == "NotAllowedError"
                ? "Signing in with a passkey was cancelled, or your device did not respond in time. Try again, or sign in with your email address and password"
                : "Your browser or device did not give a passkey. Try again, or sign in with your email address and password");
            return Page();
        }

        PasskeySignIn outcome;
        try
        {
            outcome = await signInManager.SignInWithPasskeyAsync(Credential);
        }
        catch (Exception e) when (e is InvalidOperationException or PasskeyException or System.Text.Json.JsonException)
        {
            // No passkey sign-in was under way in this browser (the options were never asked for, or used already).
            outcome = new PasskeySignIn(Microsoft.AspNetCore.Identity.SignInResult.Failed, null, null, "no passkey sign-in under way");
        }

        if (outcome.Result.Succeeded)
        {
            await events.RecordAsync(SignInEvent.SignedIn, outcome.Account!.Id, $"with a passkey (\"{StaffPasskeys.NameOf(outcome.Passkey!)}\")");
            return LocalRedirect(SafeReturnUrl());
        }

        throttle.CountFailure(HttpContext, outcome.Account?.Email);
        await events.RecordAsync(outcome.Result.IsLockedOut ? SignInEvent.LockedOut : SignInEvent.PasskeySignInFailed, outcome.Account?.Id, outcome.Failure);
        ModelState.AddModelError(nameof(Credential), outcome.Result.IsLockedOut
            ? "Your account is locked because of too many failed attempts. Try again in 15 minutes, or ask an administrator to unlock it"
            : "That passkey does not sign in to this service. Try another passkey, or sign in with your email address and password");
        return Page();
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : this.Links().StaffHome();
}
