using FamilyFirst.Domain.Conferences;
using FamilyFirst.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>
/// "My conferences": the open Family Group Conferences the signed-in coordinator coordinates, the coordinator's place
/// to start the day. Each with its stage, the next step, the date, and days since referral against the target.
/// </summary>
public sealed class MineModel(AppDbContext db, FamilyAccess access, TimeProvider time) : PageModel
{
    public IReadOnlyList<Row> Conferences { get; private set; } = [];

    public int TargetDays => ConferenceRules.Default.TargetDaysToConference;

    public async Task OnGetAsync()
    {
        var staff = await access.CurrentStaffAsync();
        var me = StaffIds.ToUserKey(staff.UserId);
        var families = await access.VisibleCasesAsync();
        var mine = await db.FamilyGroupConferences.AsNoTracking()
            .Where(c => c.CoordinatorUserId == me && c.Stage != ConferenceStage.Closed && c.Stage != ConferenceStage.Withdrawn)
            .Join(families, c => c.FamilyId, f => f.Id, (c, f) => new { c.Id, c.FamilyId, f.FamilyName, f.Reference, c.Stage, c.ReferredOn, c.ScheduledFor, c.ConferenceHeldOn })
            .ToListAsync();
        var today = time.Today;
        Conferences = mine
            .Select(c => new Row(
                c.Id, c.FamilyId, c.FamilyName, c.Reference, c.Stage, ConferenceStageNames.NextStep(c.Stage), c.ScheduledFor,
                (c.ConferenceHeldOn ?? today).DayNumber - c.ReferredOn.DayNumber, c.ConferenceHeldOn is not null))
            .OrderBy(c => c.ScheduledFor is null ? 1 : 0)
            .ThenBy(c => c.ScheduledFor)
            .ThenByDescending(c => c.DaysSinceReferral)
            .ToList();
    }

    /// <summary>One conference: days since referral stop counting when the conference is held.</summary>
    public sealed record Row(Guid Id, Guid FamilyId, string FamilyName, string Reference, ConferenceStage Stage, string NextStep, DateTimeOffset? ScheduledFor, int DaysSinceReferral, bool Held);
}
