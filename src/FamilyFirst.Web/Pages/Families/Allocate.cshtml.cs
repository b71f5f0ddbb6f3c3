using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>A team manager allocates (or transfers) the family to a lead practitioner in one of their teams; every allocation stays in the history.</summary>
[ShowsTheRecord]
public sealed class AllocateModel(AppDbContext db, FamilyAccess access, StaffDirectory directory, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Lead practitioner")]
    [Required(ErrorMessage = "Select the lead practitioner")]
    public string? LeadPractitioner { get; set; }

    public IReadOnlyList<AllocationChoice> Choices { get; private set; } = [];

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    public bool MayAllocate { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForChangeFormAsync(id))
        {
            return NotFound();
        }

        await LoadAsync();
        return Page();
    }

    [ForAction(StaffAction.AllocateFamily)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        await LoadAsync();
        if (!MayAllocate)
        {
            return Forbid();
        }

        var choice = Choices.FirstOrDefault(c => c.Value == LeadPractitioner);
        if (LeadPractitioner is not null && choice is null)
        {
            ModelState.AddModelError(nameof(LeadPractitioner), "Select the lead practitioner");
        }

        if (!ModelState.IsValid || !await Access.CanAllocateAsync(Family, choice!.TeamId))
        {
            return ModelState.IsValid ? Forbid() : Page();
        }

        if (Refused(Family.Allocate(choice.PractitionerId, choice.TeamId, UserId, UtcNow), nameof(LeadPractitioner)))
        {
            return Page();
        }

        Chronology.Add(db, Family.Id, ChronologyEventType.Allocation, Today, $"Allocated to {choice.Name} ({choice.TeamName})", UserId, UtcNow, nameof(FamilyCase), Family.Id);
        audit.Record(AuditAction.Change, FamilyAccess.FamilyCaseRecord, Family.Id.ToString(), Family.Id, "Allocated");
        await db.SaveChangesAsync();
        TempData.Success($"{Family.FamilyName} has been allocated to {choice.Name}");
        return BackToFamily();
    }

    private async Task LoadAsync()
    {
        MayAllocate = await Access.CanAllocateAnywhereAsync(Family);
        var staff = await Access.CurrentStaffAsync();
        var choices = await directory.PractitionersInAsync(staff.TeamIds);
        var allowed = new List<AllocationChoice>();
        foreach (var choice in choices)
        {
            if (await Access.CanAllocateAsync(Family, choice.TeamId))
            {
                allowed.Add(choice);
            }
        }

        Choices = allowed;
        var names = await directory.NamesAsync(Family.Allocations.SelectMany(a => new[] { a.PractitionerId, a.AllocatedBy }));
        var teams = await directory.TeamNamesAsync(Family.Allocations.Select(a => a.TeamId));
        History = Family.Allocations
            .OrderByDescending(a => a.AllocatedAt)
            .Select(a => new HistoryRow(names[a.PractitionerId], teams.GetValueOrDefault(a.TeamId, "Unknown team"), names[a.AllocatedBy], a.AllocatedAt, a.EndedAt))
            .ToList();
    }

    public sealed record HistoryRow(string Practitioner, string Team, string AllocatedBy, DateTimeOffset From, DateTimeOffset? To);
}
