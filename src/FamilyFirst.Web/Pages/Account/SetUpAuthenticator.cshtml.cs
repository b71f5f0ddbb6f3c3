using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>
/// A member of staff sets up an authenticator app: the app is given the key, the person proves it works with a code,
/// and is shown 10 single-use recovery codes once. Sent here first when a second factor is required and they have none.
/// </summary>
[ForAction(StaffAction.LookAfterOwnSignIn)]
public sealed class SetUpAuthenticatorModel(SignInManager<ApplicationUser> signInManager, SecondFactorPolicy policy, SignInEvents events, IOptions<CouncilOptions> council) : PageModel
{
    [BindProperty]
    [Display(Name = "Enter the 6-digit code your app shows")]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Required => policy.Required;

    public bool AlreadySetUp { get; private set; }

    public string Key { get; private set; } = string.Empty;

    /// <summary>The key as a QR code for the app to scan (a <c>data:</c> PNG), beside the key as text for those who type it.</summary>
    public string QrCode { get; private set; } = string.Empty;

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string ContinueTo => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : this.Links().StaffHome();

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await signInManager.UserManager.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        AlreadySetUp = account.TwoFactorEnabled;
        if (!AlreadySetUp)
        {
            Key = await KeyAsync(account);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var users = signInManager.UserManager;
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        if (account.TwoFactorEnabled)
        {
            AlreadySetUp = true;
            return Page();
        }

        Key = await KeyAsync(account);
        var code = SecondFactorPolicy.Normalise(Code ?? string.Empty);
        if (ModelState.IsValid && (code.Length != 6 || !code.All(char.IsAsciiDigit)))
        {
            ModelState.AddModelError(nameof(Code), "The code must be 6 numbers");
        }
        else if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "The code is not correct. Check the key you entered in the app, then enter the code it shows now");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(account, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 10) ?? []];
        await events.RecordAsync(SignInEvent.SecondFactorSetUp, account.Id);

        // Turning the second factor on gives the account a new security stamp, ending its other sessions; this one carries on.
        await signInManager.RefreshSignInAsync(account);
        return Page();
    }

    private async Task<string> KeyAsync(ApplicationUser account)
    {
        var users = signInManager.UserManager;
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account);

            // A new key changes the security stamp; this session carries on with the new one.
            await signInManager.RefreshSignInAsync(account);
        }

        QrCode = SecondFactorPolicy.QrCodeImage(SecondFactorPolicy.AuthenticatorUri(council.Value.ServiceName, account.Email ?? account.UserName ?? string.Empty, key!));
        return key!;
    }
}
