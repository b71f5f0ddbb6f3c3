using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>
/// What every page of a family's meeting shares: the family is loaded through <see cref="FamilyAccess"/>
/// (404 when the user may not see or change it), then the meeting, which must belong to that family.
/// </summary>
public abstract class MeetingPage(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : PageModel
{
    protected AppDbContext Db => db;

    protected FamilyAccess Access => access;

    protected AuditTrail Audit => audit;

    protected TimeProvider Time => time;

    public FamilyCase Family { get; private set; } = default!;

    public Meeting Meeting { get; private set; } = default!;

    public string MeetingPath => this.Links().Meeting(Family.Id, Meeting.Id);

    protected async Task<IActionResult?> LoadAsync(Guid id, Guid meetingId, bool forChange)
    {
        var family = forChange ? await access.FindForChangeAsync(id) : await access.FindForViewAsync(id);
        if (family is null)
        {
            return NotFound();
        }

        var meeting = await db.Meetings.AsSplitQuery().FirstOrDefaultAsync(m => m.Id == meetingId && m.FamilyId == id);
        if (meeting is null)
        {
            return NotFound();
        }

        Family = family;
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

    protected bool Refused(Result result, string field)
    {
        if (result.Succeeded)
        {
            return false;
        }

        ModelState.AddModelError(field, result.Error!);
        return true;
    }
}
