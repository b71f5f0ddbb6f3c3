using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>
/// A member of staff removes one of their passkeys, after confirming: it stops working at once, and every other session
/// of the account ends (a lost device may be signed in somewhere). Audited.
/// </summary>
[ForAction(StaffAction.LookAfterOwnSignIn)]
public sealed class RemovePasskeyModel(StaffSignInManager signInManager, SignInEvents events) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Credential { get; set; }

    public string PasskeyName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signInManager.UserManager.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        return await FindAsync(account) is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var users = signInManager.UserManager;
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (await FindAsync(account) is not { } passkey)
        {
            return NotFound();
        }

        await users.RemovePasskeyAsync(account, passkey.CredentialId);
        await users.UpdateSecurityStampAsync(account);
        await events.RecordAsync(SignInEvent.PasskeyRemoved, account.Id, $"\"{PasskeyName}\"");

        // Every other session has ended; this one carries on, and still counts as a passkey session only while the
        // account has a passkey left (otherwise, where a second factor is required, the person sets one up).
        var left = (await users.GetPasskeysAsync(account)).Count;
        var method = StaffPasskeys.MethodOf((await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties);
        await signInManager.RefreshSignInAsync(account, withPasskey: method == SignInMethod.Passkey && left > 0);
        TempData.Success($"Passkey \"{PasskeyName}\" removed. It no longer signs you in, and you have been signed out everywhere else.");
        return Redirect(this.Links().Passkeys());
    }

    private async Task<UserPasskeyInfo?> FindAsync(ApplicationUser account)
    {
        if (StaffPasskeys.CredentialIdFrom(Credential) is not { } id
            || await signInManager.UserManager.GetPasskeyAsync(account, id) is not { } passkey)
        {
            return null;
        }

        PasskeyName = StaffPasskeys.NameOf(passkey);
        return passkey;
    }
}
