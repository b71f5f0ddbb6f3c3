using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Account;

public sealed class SignInModel(SignInManager<ApplicationUser> signInManager, IOptions<StaffSessionOptions> sessions, SignInEvents events) : PageModel
{
    [BindProperty]
    [Display(Name = "Email address")]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string? Email { get; set; }

    [BindProperty]
    [Display(Name = "Password")]
    [Required(ErrorMessage = "Enter your password")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last session ended, when the session's time limits ended it (<see cref="StaffSessions"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    public string? SessionEndedMessage => Reason switch
    {
        StaffSessions.IdleReason => $"You have been signed out because you had not used the service for {(int)sessions.Value.IdleTimeout.TotalMinutes} minutes. Sign in again to carry on.",
        StaffSessions.LifetimeReason => $"You have been signed out because you signed in more than {(int)sessions.Value.AbsoluteLifetime.TotalHours} hours ago. Sign in again to carry on.",
        _ => null,
    };

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await signInManager.UserManager.FindByEmailAsync(Email!.Trim());
        var result = await signInManager.PasswordSignInAsync(Email!.Trim(), Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await events.RecordAsync(SignInEvent.SignedIn, account?.Id, "with a password");
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect(this.Links().SignInCode(SafeReturnUrl()));
        }

        await events.RecordAsync(result.IsLockedOut ? SignInEvent.LockedOut : SignInEvent.SignInFailed, account?.Id);

        // The same message for an unknown email and a wrong password, so accounts cannot be discovered.
        var message = result.IsLockedOut
            ? "Your account is locked because of too many failed attempts. Try again in 15 minutes, or ask an administrator to unlock it"
            : result.IsNotAllowed
                ? "Your account is not active. Ask an administrator if you still need access"
                : "Enter a correct email address and password";
        ModelState.AddModelError(nameof(Email), message);
        return Page();
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : this.Links().StaffHome();
}
