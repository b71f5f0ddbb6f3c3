using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>
/// A member of staff's passkeys: the list (name and when added), adding one with the browser's passkey dialog (the
/// page's script asks for the options, the browser creates the passkey, the form posts it back), and a link to remove
/// each. Passkeys need JavaScript and a browser that supports them; without, the list and removal still work.
/// </summary>
[ForAction(StaffAction.LookAfterOwnSignIn)]
public sealed class PasskeysModel(StaffSignInManager signInManager, SignInEvents events, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Display(Name = "Name this passkey")]
    [Required(ErrorMessage = "Enter a name for the passkey, such as the device it is on")]
    [StringLength(StaffPasskeys.LongestName, ErrorMessage = "The name must be 50 characters or fewer")]
    public string? Name { get; set; }

    /// <summary>The new passkey, as the browser created it (JSON), filled in by the page's script.</summary>
    [BindProperty]
    public string? Credential { get; set; }

    /// <summary>Why the browser did not create a passkey (the error's name), filled in by the page's script.</summary>
    [BindProperty]
    public string? Failure { get; set; }

    public IReadOnlyList<UserPasskeyInfo> Existing { get; private set; } = [];

    public bool RequiredSecondFactor { get; private set; }

    public string Added(UserPasskeyInfo passkey) => clock.DateAndTime(passkey.CreatedAt);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signInManager.UserManager.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        await LoadAsync(account);
        return Page();
    }

    /// <summary>The options for the browser's passkey dialog (WebAuthn creation options, JSON), asked for by the page's script.</summary>
    public async Task<IActionResult> OnPostOptionsAsync()
    {
        if (await signInManager.UserManager.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        var json = await signInManager.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = account.Id,
            Name = account.Email ?? account.UserName ?? account.Id,
            DisplayName = account.DisplayName,
        });
        return Content(json, "application/json");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var users = signInManager.UserManager;
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        await LoadAsync(account);
        if (Existing.Count >= StaffPasskeys.MostPerAccount)
        {
            ModelState.AddModelError(nameof(Name), $"You already have {StaffPasskeys.MostPerAccount} passkeys. Remove one you no longer use before adding another");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Credential))
        {
            ModelState.AddModelError(nameof(Name), Failure == "NotAllowedError"
                ? "The passkey was not added: it was cancelled, or your device did not respond in time. Try again"
                : "Your browser or device did not create a passkey. Try again, or use a device that supports passkeys");
            return Page();
        }

        PasskeyAttestationResult attestation;
        try
        {
            attestation = await signInManager.PerformPasskeyAttestationAsync(Credential);
        }
        catch (Exception e) when (e is InvalidOperationException or PasskeyException or System.Text.Json.JsonException)
        {
            // No passkey creation was under way in this browser (the options were never asked for, or used already).
            attestation = PasskeyAttestationResult.Fail(new PasskeyException("No passkey creation under way"));
        }

        if (!attestation.Succeeded)
        {
            ModelState.AddModelError(nameof(Name), "The passkey could not be added. Try again");
            return Page();
        }

        var passkey = attestation.Passkey;
        passkey.Name = Name!.Trim();
        var added = await users.AddOrUpdatePasskeyAsync(account, passkey);
        if (!added.Succeeded)
        {
            ModelState.AddModelError(nameof(Name), "The passkey could not be added. Try again");
            return Page();
        }

        await events.RecordAsync(SignInEvent.PasskeyAdded, account.Id, $"\"{passkey.Name}\"");

        // The device and its PIN, fingerprint or face were just checked, as at a passkey sign-in: this session counts
        // as a passkey session, like a session that has just set up an authenticator app (docs/adr/0020).
        await signInManager.RefreshSignInAsync(account, withPasskey: true);
        TempData.Success($"Passkey \"{passkey.Name}\" added. You can now sign in with it.");
        return Redirect(this.Links().Passkeys());
    }

    private async Task LoadAsync(ApplicationUser account)
    {
        Existing = [.. (await signInManager.UserManager.GetPasskeysAsync(account)).OrderBy(p => p.CreatedAt)];
        RequiredSecondFactor = HttpContext.RequestServices.GetRequiredService<SecondFactorPolicy>().Required;
    }
}
