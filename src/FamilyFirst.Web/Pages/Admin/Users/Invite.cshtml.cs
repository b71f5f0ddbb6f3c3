using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Admin.Users;

/// <summary>An administrator creates an account for a member of staff and gets the link that lets them set a password.</summary>
[ForAction(StaffAction.ManageUsers)]
public sealed class InviteModel(AppDbContext db, UserManager<ApplicationUser> users, IServiceProvider services, StaffInvitations invitations) : PageModel
{
    [BindProperty]
    [Display(Name = "Full name")]
    [Required(ErrorMessage = "Enter the person's full name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or less")]
    public string? DisplayName { get; set; }

    [BindProperty]
    [Display(Name = "Email address")]
    [Required(ErrorMessage = "Enter the person's email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string? Email { get; set; }

    [BindProperty]
    [Display(Name = "Roles")]
    public List<string> SelectedRoles { get; set; } = [];

    [BindProperty]
    [Display(Name = "Teams")]
    public List<Guid> SelectedTeams { get; set; } = [];

    public IReadOnlyList<Team> Teams { get; private set; } = [];

    /// <summary>Whether the invitation has been sent (the page then confirms it; the link itself goes only to the person).</summary>
    public bool Invited { get; private set; }

    public async Task OnGetAsync() => Teams = await UserForm.TeamsAsync(db);

    public async Task<IActionResult> OnPostAsync()
    {
        Teams = await UserForm.TeamsAsync(db);
        UserForm.Validate(ModelState, SelectedRoles, SelectedTeams, Teams);

        if (ModelState.IsValid && await users.FindByEmailAsync(Email!.Trim()) is not null)
        {
            ModelState.AddModelError(nameof(Email), "A user with this email address already exists");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await StaffAccounts.CreateAsync(services, Email!.Trim(), DisplayName!.Trim(), SelectedRoles, SelectedTeams, password: null);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        var user = (await users.FindByEmailAsync(Email.Trim()))!;
        var teamNames = Teams.Where(t => SelectedTeams.Contains(t.Id)).Select(t => t.Name);
        await invitations.InviteAsync(user, $"roles {AdministrationAudit.List(SelectedRoles.Distinct())}; teams {AdministrationAudit.List(teamNames)}");
        Invited = true;
        return Page();
    }
}
