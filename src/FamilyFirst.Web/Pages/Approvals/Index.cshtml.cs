using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Approvals;

/// <summary>
/// A manager's approvals inbox: everything waiting for them to approve or return, oldest first, with who asked and how
/// long it has waited. Requests to close a case and draft bottom lines of their teams' families (need to know applies;
/// a bottom line returned with comments waits for its author instead, until its words change),
/// requests to contact someone in their teams' families who must not be contacted, and impact snapshots waiting to be
/// published. Nobody is shown their own request: someone else must decide it.
/// </summary>
public sealed class IndexModel(AppDbContext db, FamilyAccess access, StaffDirectory directory, TimeProvider time) : PageModel
{
    public IReadOnlyList<Approval> Closures { get; private set; } = [];

    public IReadOnlyList<Approval> BottomLines { get; private set; } = [];

    public IReadOnlyList<Approval> Snapshots { get; private set; } = [];

    /// <summary>Possible matches a duplicate check found in the manager's teams' families, for someone who could not see them.</summary>
    public IReadOnlyList<Approval> PossibleMatches { get; private set; } = [];

    /// <summary>Requests to contact someone in the manager's teams' families who must not be contacted.</summary>
    public IReadOnlyList<Approval> ContactOverrides { get; private set; } = [];

    public int Count => Closures.Count + BottomLines.Count + Snapshots.Count + PossibleMatches.Count + ContactOverrides.Count;

    public async Task OnGetAsync()
    {
        var staff = await access.CurrentStaffAsync();
        var me = staff.UserId;
        var teamIds = staff.TeamIds.ToList();
        var links = this.Links();
        var teamFamilies = (await access.VisibleCasesAsync()).Where(f => f.TeamId != null && teamIds.Contains(f.TeamId.Value));
        var families = await teamFamilies.Select(f => new { f.Id, f.FamilyName, f.Reference }).ToDictionaryAsync(f => f.Id);
        var familyIds = families.Keys.ToList();

        var closures = await db.CaseClosureRequests.AsNoTracking()
            .Where(r => r.Status == ClosureRequestStatus.Waiting && r.RequestedBy != me && familyIds.Contains(r.FamilyId))
            .ToListAsync();
        var lines = (await db.BottomLines.AsNoTracking()
                .Where(b => b.Status == BottomLineStatus.Draft && familyIds.Contains(b.FamilyId))
                .ToListAsync())
            .Where(b => !b.IsWordedBy(me) && !b.IsReturned)
            .ToList();
        var myKey = StaffIds.ToUserKey(me);
        var snapshots = await db.ImpactSnapshots.AsNoTracking()
            .Where(s => s.ApprovedAtUtc == null && s.CreatedByUserId != myKey)
            .Select(s => new { s.Id, s.AsAt, s.CreatedAtUtc, s.CreatedByName })
            .ToListAsync();
        var contacts = await db.ContactOverrideRequests.AsNoTracking()
            .Where(r => r.Status == ContactOverrideRequestStatus.Waiting && r.RequestedBy != me && familyIds.Contains(r.FamilyId))
            .ToListAsync();
        var names = await directory.NamesAsync(closures.Select(c => c.RequestedBy).Concat(lines.Select(l => l.WrittenById)).Concat(contacts.Select(c => c.RequestedBy)));
        string Name(Guid id) => names.TryGetValue(id, out var name) ? name : "Someone who has left";
        string Family(Guid id) => $"{families[id].FamilyName} ({families[id].Reference})";

        Closures = closures
            .Select(c => new Approval($"Close the case: {c.Reason}", Family(c.FamilyId), Name(c.RequestedBy), c.RequestedAt, Age(c.RequestedAt), links.FamilyStatus(c.FamilyId)))
            .OrderBy(a => a.AskedAt).ToList();
        BottomLines = lines
            .Select(l => new Approval(l.Text, Family(l.FamilyId), Name(l.WrittenById), l.WrittenAt, Age(l.WrittenAt), links.ApproveBottomLine(l.FamilyId, l.Id)))
            .OrderBy(a => a.AskedAt).ToList();
        Snapshots = snapshots
            .Select(s => new Approval($"Impact report as at {FamilyFirst.Domain.Impact.ImpactCohort.Long(s.AsAt)}", "The public evidence of impact page", s.CreatedByName, new DateTimeOffset(s.CreatedAtUtc, TimeSpan.Zero), Age(new DateTimeOffset(s.CreatedAtUtc, TimeSpan.Zero)), links.ImpactSnapshot(s.Id)))
            .OrderBy(a => a.AskedAt).ToList();
        ContactOverrides = contacts
            .Select(c => new Approval($"Contact {c.PersonName}, who must not be contacted ({c.Restriction}). Why: {c.Reason}", Family(c.FamilyId), Name(c.RequestedBy), c.RequestedAt, Age(c.RequestedAt), links.ContactOverrideRequest(c.Id)))
            .OrderBy(a => a.AskedAt).ToList();
        PossibleMatches = await PossibleMatchesAsync(familyIds, Family);
    }

    private async Task<IReadOnlyList<Approval>> PossibleMatchesAsync(List<Guid> familyIds, Func<Guid, string> family)
    {
        var links = this.Links();
        var checks = await db.PossibleMatchChecks.AsNoTracking()
            .Where(c => c.CheckedAtUtc == null && familyIds.Contains(c.MatchedFamilyId))
            .Join(db.People.AsNoTracking(), c => c.MatchedPersonId, p => p.Id, (c, p) => new { c.Id, c.MatchedFamilyId, c.RaisedByUserId, c.RaisedAtUtc, p.Reference })
            .ToListAsync();
        var names = await directory.NamesAsync(checks.Select(c => StaffIds.FromUserKey(c.RaisedByUserId)));
        return checks
            .Select(c =>
            {
                var at = new DateTimeOffset(DateTime.SpecifyKind(c.RaisedAtUtc, DateTimeKind.Utc));
                var raisedBy = names.TryGetValue(StaffIds.FromUserKey(c.RaisedByUserId), out var name) ? name : "Someone who has left";
                return new Approval($"Possible match with person {c.Reference}, found while adding a person to a family", family(c.MatchedFamilyId), raisedBy, at, Age(at), links.PossibleMatch(c.Id));
            })
            .OrderBy(a => a.AskedAt).ToList();
    }

    /// <summary>Whole days waiting, by the council's calendar.</summary>
    private int Age(DateTimeOffset askedAt) => time.Today.DayNumber - time.DateOf(askedAt).DayNumber;

    /// <summary>One thing waiting: what it is, what it is about, who asked, when, how many days it has waited, and where to decide it.</summary>
    public sealed record Approval(string What, string About, string AskedBy, DateTimeOffset AskedAt, int AgeDays, string Href)
    {
        public string Age => AgeDays switch { 0 => "Today", 1 => "1 day", _ => $"{AgeDays} days" };
    }
}
