using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Pages.Families;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>
/// What every page of a family's meeting shares: the family is loaded the one way, by <see cref="Families.FamilyPageModel"/>
/// (404 when the user may not see or change it), then the meeting, which must belong to that family.
/// </summary>
public abstract class MeetingPage(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    protected AppDbContext Db => db;

    protected AuditTrail Audit => audit;

    public Meeting Meeting { get; private set; } = default!;

    public string MeetingPath => this.Links().Meeting(Family.Id, Meeting.Id);

    protected async Task<IActionResult?> LoadAsync(Guid id, Guid meetingId, bool forChange)
    {
        if (!(forChange ? await LoadForChangeAsync(id) : await LoadForViewAsync(id)))
        {
            return NotFound();
        }

        var meeting = await db.Meetings.AsSplitQuery().FirstOrDefaultAsync(m => m.Id == meetingId && m.FamilyId == id);
        if (meeting is null)
        {
            return NotFound();
        }

        Meeting = meeting;
        return null;
    }

    /// <summary>Saves a change the domain accepted: audit, banner, back to the meeting.</summary>
    protected async Task<IActionResult> SavedAsync(string success)
    {
        audit.Record(AuditAction.Change, nameof(Meeting), Meeting.Id.ToString(), Family.Id, success);
        await db.SaveChangesAsync();
        TempData.Success(success);
        return Redirect(MeetingPath);
    }
}
