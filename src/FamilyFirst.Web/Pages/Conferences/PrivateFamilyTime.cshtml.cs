using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>Step 4, part 2: private family time starts, with the family only; its start time is recorded.</summary>
public sealed class PrivateFamilyTimeModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : ConferencePage(db, access, audit, time)
{
    [BindProperty]
    [Display(Name = "Who is present?")]
    public List<Guid> Present { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid conferenceId) =>
        await LoadAsync(id, conferenceId, forChange: true) ?? Page();

    [ForAction(StaffAction.RunConference)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid conferenceId)
    {
        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        if (Refused(Conference.StartPrivateFamilyTime(CouncilNow, Present, UserKey), nameof(Present)))
        {
            return Page();
        }

        return await SavedAsync("Private family time started", "Family Group Conference: private family time");
    }
}
