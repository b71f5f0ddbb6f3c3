using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Admin.Users;

/// <summary>
/// An administrator resets a person's second factor when they have lost their phone and recovery codes: the
/// authenticator key, recovery codes and passkeys stop working, every session of the account ends, and the person sets up an
/// app again at their next sign-in (when a second factor is required). Audited; not for the administrator's own account.
/// </summary>
[ForAction(StaffAction.ManageUsers)]
public sealed class ResetSecondFactorModel(UserManager<ApplicationUser> users, SignInEvents events) : PageModel
{
    public ApplicationUser Account { get; private set; } = default!;

    public bool IsOwnAccount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (IsOwnAccount)
        {
            ModelState.AddModelError(string.Empty, "You cannot reset your own second factor. Ask another administrator");
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(Account, false);
        await users.ResetAuthenticatorKeyAsync(Account);

        // New codes nobody sees replace the old ones, so a lost list stops working.
        await users.GenerateNewTwoFactorRecoveryCodesAsync(Account, 10);

        // A lost device may hold a passkey too: they all stop working (docs/adr/0020).
        foreach (var passkey in await users.GetPasskeysAsync(Account))
        {
            await users.RemovePasskeyAsync(Account, passkey.CredentialId);
        }

        await users.UpdateSecurityStampAsync(Account);
        await events.RecordAsync(SignInEvent.SecondFactorReset, Account.Id, "by an administrator");

        TempData.Success($"{Account.DisplayName}'s second factor has been reset and their sessions have ended. They will set up an authenticator app when they next sign in.");
        return Redirect(this.Links().User(Account.Id));
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return false;
        }

        Account = account;
        IsOwnAccount = account.Id == users.GetUserId(User);
        return true;
    }
}
