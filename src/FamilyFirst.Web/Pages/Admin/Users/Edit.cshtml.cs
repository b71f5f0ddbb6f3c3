using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Admin.Users;

/// <summary>An administrator changes a user's roles and teams, unlocks them, or deactivates them.</summary>
[ForAction(StaffAction.ManageUsers)]
public sealed class EditModel(AppDbContext db, UserManager<ApplicationUser> users, IServiceProvider services, TimeProvider time) : PageModel
{
    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    [BindProperty]
    public List<Guid> SelectedTeams { get; set; } = [];

    public ApplicationUser Account { get; private set; } = default!;

    public IReadOnlyList<Team> Teams { get; private set; } = [];

    public bool IsLockedOut { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        SelectedRoles = (await users.GetRolesAsync(Account)).ToList();
        SelectedTeams = await db.TeamMemberships.Where(m => m.UserId == id).Select(m => m.TeamId).ToListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (UserForm.ValidateRoles(SelectedRoles) is { } roleError)
        {
            ModelState.AddModelError(nameof(SelectedRoles), roleError);
        }

        if (SelectedTeams.Any(t => Teams.All(team => team.Id != t)))
        {
            ModelState.AddModelError(nameof(SelectedTeams), "Select a team from the list");
        }

        // Nobody gives themselves access: another administrator changes an administrator's own roles and teams.
        if (Account.Id == users.GetUserId(User))
        {
            ModelState.AddModelError(nameof(SelectedRoles), "You cannot change your own roles or teams. Ask another administrator");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await StaffAccounts.SetRolesAndTeamsAsync(services, Account, SelectedRoles, SelectedTeams);
        TempData.Success($"{Account.DisplayName}'s roles and teams have been updated");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeactivateAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Account.Id == users.GetUserId(User))
        {
            ModelState.AddModelError(string.Empty, "You cannot deactivate your own account");
            SelectedRoles = (await users.GetRolesAsync(Account)).ToList();
            return Page();
        }

        Account.IsActive = false;
        Account.DeactivatedAtUtc = time.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(Account);
        // A new security stamp ends every session the user has open.
        await users.UpdateSecurityStampAsync(Account);
        TempData.Success($"{Account.DisplayName} has been deactivated and signed out");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReactivateAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Account.IsActive = true;
        Account.DeactivatedAtUtc = null;
        await users.UpdateAsync(Account);
        TempData.Success($"{Account.DisplayName} has been reactivated");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        TempData.Success($"{Account.DisplayName}'s account has been unlocked");
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        var account = await users.FindByIdAsync(id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Teams = await UserForm.TeamsAsync(db);
        IsLockedOut = await users.IsLockedOutAsync(account);
        return true;
    }
}
