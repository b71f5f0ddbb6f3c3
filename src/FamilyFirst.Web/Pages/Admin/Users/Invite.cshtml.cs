using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Admin.Users;

/// <summary>An administrator creates an account for a member of staff and gets the link that lets them set a password.</summary>
[ForAction(StaffAction.ManageUsers)]
public sealed class InviteModel(AppDbContext db, UserManager<ApplicationUser> users, IServiceProvider services, NotificationOutbox outbox, IOptions<CouncilOptions> council) : PageModel
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
        if (UserForm.ValidateRoles(SelectedRoles) is { } roleError)
        {
            ModelState.AddModelError(nameof(SelectedRoles), roleError);
        }

        if (SelectedTeams.Any(t => Teams.All(team => team.Id != t)))
        {
            ModelState.AddModelError(nameof(SelectedTeams), "Select a team from the list");
        }

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
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var links = this.Links();
        var invitationLink = links.Absolute(links.AcceptInvitation(user.Id, token));
        await outbox.QueueAsync(
            user.Email!,
            NotificationChannel.Email,
            NotificationTemplates.StaffInvitation,
            new Dictionary<string, string> { ["name"] = user.DisplayName, ["serviceName"] = council.Value.ServiceName, ["link"] = invitationLink },
            regardingType: "StaffUser",
            regardingId: user.Id);
        await db.SaveChangesAsync();
        Invited = true;
        return Page();
    }
}
