using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Admin.Users;

/// <summary>An administrator changes a user's roles and teams, unlocks them, or deactivates them.</summary>
[ForAction(StaffAction.ManageUsers)]
public sealed class EditModel(AppDbContext db, UserManager<ApplicationUser> users, IServiceProvider services, FamilyAccess access, AuditTrail audit, StaffInvitations invitations, TimeProvider time) : PageModel
{
    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    [BindProperty]
    public List<Guid> SelectedTeams { get; set; } = [];

    public ApplicationUser Account { get; private set; } = default!;

    public IReadOnlyList<Team> Teams { get; private set; } = [];

    public bool IsLockedOut { get; private set; }

    /// <summary>"Active", "Invited", "Locked" or "Deactivated".</summary>
    public string Status { get; private set; } = string.Empty;

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

        // Nobody gives themselves access: another administrator changes an administrator's own roles and teams.
        var allowed = RoleModel.MayChangeRolesAndTeams(await access.CurrentStaffAsync(), StaffIds.FromUserKey(Account.Id));
        if (!allowed.Succeeded)
        {
            ModelState.AddModelError(nameof(SelectedRoles), allowed.Error!);
        }
        else
        {
            UserForm.Validate(ModelState, SelectedRoles, SelectedTeams, Teams);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var rolesBefore = await users.GetRolesAsync(Account);
        var teamsBefore = await db.TeamMemberships.Where(m => m.UserId == id).Select(m => m.TeamId).ToListAsync();
        string TeamNames(IEnumerable<Guid> ids) => AdministrationAudit.List(Teams.Where(t => ids.Contains(t.Id)).Select(t => t.Name));
        audit.RecordAccountChange(
            Account,
            $"{AdministrationAudit.BeforeAndAfter("roles", rolesBefore, SelectedRoles.Distinct())}; teams {TeamNames(teamsBefore)} → {TeamNames(SelectedTeams)}");
        await StaffAccounts.SetRolesAndTeamsAsync(services, Account, SelectedRoles.Distinct().ToList(), SelectedTeams.Distinct().ToList());
        TempData.Success($"{Account.DisplayName}'s roles and teams have been updated");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeactivateAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var allowed = RoleModel.MayDeactivate(await access.CurrentStaffAsync(), StaffIds.FromUserKey(Account.Id));
        if (!allowed.Succeeded)
        {
            ModelState.AddModelError(string.Empty, allowed.Error!);
            SelectedRoles = (await users.GetRolesAsync(Account)).ToList();
            SelectedTeams = await db.TeamMemberships.Where(m => m.UserId == id).Select(m => m.TeamId).ToListAsync();
            return Page();
        }

        audit.RecordAccountChange(Account, "deactivated (could sign in → cannot sign in; every session ended)");
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

        if (Account.IsActive)
        {
            TempData.Success($"{Account.DisplayName} is already active");
            return RedirectToPage(new { id });
        }

        audit.RecordAccountChange(Account, "reactivated (cannot sign in → can sign in)");
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

        audit.RecordAccountChange(Account, "unlocked (locked after failed sign-in attempts → can sign in)");
        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        TempData.Success($"{Account.DisplayName}'s account has been unlocked");
        return RedirectToPage(new { id });
    }

    /// <summary>Sends a new invitation link to someone who has not accepted theirs; the old link stops working.</summary>
    public async Task<IActionResult> OnPostResendInvitationAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!Account.IsActive || !Account.IsInvitationPending)
        {
            TempData.Success($"{Account.DisplayName} has already accepted their invitation: there is nothing to resend");
            return RedirectToPage(new { id });
        }

        await invitations.ResendAsync(Account);
        TempData.Success($"A new invitation has been sent to {Account.Email}. The link sent before no longer works.");
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
        Status = UserForm.Status(account, time.GetUtcNow());
        return true;
    }
}
