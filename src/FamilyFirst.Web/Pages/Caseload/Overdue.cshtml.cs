using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Pages.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Caseload;

/// <summary>
/// What is overdue in the teams a manager manages: plan reviews past their date, and conferences not held within the
/// target number of days from referral. Only the open families of the manager's own teams, within need to know.
/// </summary>
public sealed class OverdueModel(AppDbContext db, FamilyAccess access, OverduePlanItems overduePlanItems, StaffDirectory directory, TimeProvider time) : PageModel
{
    public int TargetDays => ConferenceRules.Default.TargetDaysToConference;

    public IReadOnlyList<ReviewRow> Reviews { get; private set; } = [];

    public IReadOnlyList<ConferenceRow> Conferences { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var staff = await access.CurrentStaffAsync();
        var teams = staff.TeamIds.ToList();
        var today = time.Today;
        var families = await (await access.VisibleCasesAsync())
            .Where(f => f.Status != FamilyCaseStatus.Closed && f.TeamId != null && teams.Contains(f.TeamId.Value))
            .Select(f => new { f.Id, f.FamilyName, f.Reference, f.LeadPractitionerId })
            .ToListAsync();
        var byId = families.ToDictionary(f => f.Id);
        var ids = byId.Keys.ToList();

        var reviews = (await overduePlanItems.ForAsync(ids, today)).Where(i => i.Kind == OverduePlanItemKind.Review).ToList();
        var cutoff = today.AddDays(-TargetDays);
        var conferences = await db.FamilyGroupConferences.AsNoTracking()
            .Where(c => ids.Contains(c.FamilyId) && c.ConferenceHeldOn == null && c.ReferredOn < cutoff
                && c.Stage != ConferenceStage.Closed && c.Stage != ConferenceStage.Withdrawn)
            .Select(c => new { c.Id, c.FamilyId, c.Stage, c.ReferredOn })
            .ToListAsync();

        var names = await directory.NamesAsync(families.Where(f => f.LeadPractitionerId != null).Select(f => f.LeadPractitionerId!.Value));
        string Lead(Guid familyId) => byId[familyId].LeadPractitionerId is { } lead ? names[lead] : "Not allocated";
        Reviews = reviews
            .Select(r => new ReviewRow(r.FamilyCaseId, byId[r.FamilyCaseId].FamilyName, byId[r.FamilyCaseId].Reference, Lead(r.FamilyCaseId), r.DueOn, today.DayNumber - r.DueOn.DayNumber))
            .OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.FamilyName, StringComparer.Ordinal)
            .ToList();
        Conferences = conferences
            .Select(c => new ConferenceRow(c.FamilyId, c.Id, byId[c.FamilyId].FamilyName, byId[c.FamilyId].Reference, Lead(c.FamilyId), c.Stage, c.ReferredOn, today.DayNumber - c.ReferredOn.DayNumber))
            .OrderByDescending(c => c.DaysSinceReferral).ThenBy(c => c.FamilyName, StringComparer.Ordinal)
            .ToList();
    }

    public sealed record ReviewRow(Guid FamilyId, string FamilyName, string Reference, string LeadPractitioner, DateOnly DueOn, int DaysOverdue);

    public sealed record ConferenceRow(Guid FamilyId, Guid ConferenceId, string FamilyName, string Reference, string LeadPractitioner, ConferenceStage Stage, DateOnly ReferredOn, int DaysSinceReferral);
}
