using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>Step 2: allocating the coordinator, whose independence from the case the domain enforces.</summary>
public sealed class CoordinatorModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time)
    : ConferencePage(db, access, audit, time)
{
    [BindProperty]
    [Display(Name = "Who will coordinate the conference?")]
    [Required(ErrorMessage = "Select a coordinator")]
    public string? CoordinatorId { get; set; }

    public IReadOnlyList<(string Value, string Name)> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid conferenceId)
    {
        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        CoordinatorId = Conference.CoordinatorUserId;
        await LoadChoicesAsync();
        return Page();
    }

    [ForAction(StaffAction.ReferToConference)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid conferenceId)
    {
        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        await LoadChoicesAsync();
        if (CoordinatorId is not null && Choices.All(c => c.Value != CoordinatorId))
        {
            ModelState.AddModelError(nameof(CoordinatorId), "Select a coordinator");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Everyone on the case: the lead practitioner, every practitioner ever allocated, and the people named on a restricted family.
        var others = Family.Allocations.Select(a => a.PractitionerId).Concat(Family.NamedUserIds).Select(StaffIds.ToUserKey).ToList();
        var lead = Family.LeadPractitionerId is { } l ? StaffIds.ToUserKey(l) : string.Empty;
        if (Refused(Conference.AllocateCoordinator(CoordinatorId!, new CaseInvolvement(lead, others), CouncilNow, UserKey), nameof(CoordinatorId)))
        {
            return Page();
        }

        var name = Choices.First(c => c.Value == CoordinatorId).Name;
        return await SavedAsync($"{name} is the coordinator", $"Family Group Conference coordinator allocated: {name}");
    }

    private async Task LoadChoicesAsync()
    {
        var roleId = await Db.Roles.Where(r => r.Name == Roles.Coordinator).Select(r => r.Id).FirstOrDefaultAsync();
        var users = await Db.Users.Where(u => u.IsActive && Db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        Choices = users.Select(u => (u.Id, u.DisplayName)).ToList();
    }
}
