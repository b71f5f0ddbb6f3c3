using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Pages.Families;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>
/// What every page of a family's conference shares: the family is loaded the one way, by <see cref="FamilyPageModel"/>
/// (404 when the user may not see or change it), then the conference, which must belong to that family.
/// A step calls one domain method; a refusal is shown as an error, a success is audited, added to the
/// chronology where it is a stage, saved, and confirmed in a banner on the conference page.
/// </summary>
public abstract class ConferencePage(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    protected AppDbContext Db => db;

    protected AuditTrail Audit => audit;

    public FamilyGroupConference Conference { get; private set; } = default!;

    public string ConferencePath => this.Links().Conference(Family.Id, Conference.Id);

    /// <summary>Loads the family (for viewing or changing) and its conference; null when found, otherwise the 404 to return.</summary>
    protected async Task<IActionResult?> LoadAsync(Guid id, Guid conferenceId, bool forChange)
    {
        if (!(forChange ? await LoadForChangeAsync(id) : await LoadForViewAsync(id)))
        {
            return NotFound();
        }

        var conference = await db.FamilyGroupConferences.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == conferenceId && c.FamilyId == id);
        if (conference is null)
        {
            return NotFound();
        }

        Conference = conference;
        FamilyBottomLines = await db.BottomLines.AsNoTracking().Where(b => b.FamilyId == id).ToListAsync();
        BottomLines = BottomLinesAtDecision.Applying(id, FamilyBottomLines, conference.RemovedBottomLineIds);
        return null;
    }

    /// <summary>
    /// The bottom lines that apply to the conference, in the order they were written: every approved, current bottom
    /// line of the family except those removed for this conference at referral (the domain's rule).
    /// </summary>
    public IReadOnlyList<BottomLine> BottomLines { get; private set; } = [];

    /// <summary>All the family's bottom lines, whatever their state, for the domain to choose from.</summary>
    public IReadOnlyList<BottomLine> FamilyBottomLines { get; private set; } = [];

    protected string UserKey => StaffIds.ToUserKey(StaffIds.Of(User));

    /// <summary>Now in the council's local time: the conference steps take the day from the offset they are given.</summary>
    protected DateTimeOffset CouncilNow => Time.LocalNow;

    /// <summary>Saves a step the domain accepted: audit, chronology for stage changes, banner, back to the conference.</summary>
    protected async Task<IActionResult> SavedAsync(string success, string? chronology = null)
    {
        audit.Record(AuditAction.Change, nameof(FamilyGroupConference), Conference.Id.ToString(), Family.Id, success);
        if (chronology is not null)
        {
            Chronology.Add(db, Family.Id, ChronologyEventType.Conference, Today, chronology, StaffIds.Of(User), Time.GetUtcNow(), nameof(FamilyGroupConference), Conference.Id);
        }

        await db.SaveChangesAsync();
        TempData.Success(success);
        return Redirect(ConferencePath);
    }
}
