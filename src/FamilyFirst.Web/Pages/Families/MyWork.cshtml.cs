using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Pages.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>
/// "My work": the open families the practitioner leads, with what is due and overdue on each (see <see cref="WorkDue"/>),
/// including their plans' overdue actions and reviews (see <see cref="OverduePlanItems"/>), and the outcome of what
/// they asked a manager to approve: requests to close a case, requests to contact someone who must not be contacted
/// (allowed, or refused with comments) and bottom lines (approved, or returned with comments).
/// </summary>
public sealed class MyWorkModel(AppDbContext db, FamilyAccess access, OverduePlanItems overduePlanItems, StaffDirectory directory, TimeProvider time) : PageModel
{
    /// <summary>Your requests to close a case: those waiting, and those decided in the last 60 days with the manager's decision.</summary>
    public IReadOnlyList<ClosureOutcome> ClosureRequests { get; private set; } = [];

    public sealed record ClosureOutcome(Guid FamilyId, string FamilyName, CaseClosureRequest Request, string? DecidedBy);

    /// <summary>Your requests to contact someone who must not be contacted: those waiting, and those decided in the last 60 days.</summary>
    public IReadOnlyList<ContactOverrideOutcome> ContactOverrides { get; private set; } = [];

    public sealed record ContactOverrideOutcome(string FamilyName, string PersonHref, ContactOverrideRequest Asked, string? DecidedBy);

    /// <summary>Bottom lines you wrote: waiting for a manager, returned to you with comments, and approved in the last 60 days.</summary>
    public IReadOnlyList<BottomLineOutcome> BottomLines { get; private set; } = [];

    public sealed record BottomLineOutcome(Guid FamilyId, string FamilyName, BottomLine Line, string? DecidedBy);

    public IReadOnlyList<FamilyWork> Families { get; private set; } = [];

    public int OverdueCount => Families.Sum(f => f.Items.Count(i => i.Urgency == Urgency.Overdue));

    public int DueCount => Families.Sum(f => f.Items.Count(i => i.Urgency == Urgency.Due));

    public async Task OnGetAsync()
    {
        var staff = await access.CurrentStaffAsync();
        var today = time.Today;
        var mine = (await access.VisibleCasesAsync()).Where(f => f.LeadPractitionerId == staff.UserId && f.Status != FamilyCaseStatus.Closed);
        var families = await mine.Select(f => new
        {
            f.Id,
            f.FamilyName,
            f.Reference,
            f.OpenedAt,
            PersonIds = f.Members.Where(m => m.LeftOn == null).Select(m => m.PersonId).ToList(),
        }).ToListAsync();
        var ids = families.Select(f => f.Id).ToList();
        var lastContact = await db.CaseNotes.Where(n => ids.Contains(n.FamilyCaseId)).GroupBy(n => n.FamilyCaseId).Select(g => new { g.Key, Last = g.Max(n => n.OccurredOn) }).ToDictionaryAsync(g => g.Key, g => g.Last);
        var consented = (await db.Consents.Where(c => ids.Contains(c.FamilyCaseId) && c.Type == ConsentType.WorkingWithService && c.WithdrawnOn == null).Select(c => c.FamilyCaseId).Distinct().ToListAsync()).ToHashSet();
        var personIds = families.SelectMany(f => f.PersonIds).ToList();
        var changeRequests = (await db.FamilyPlanComments
                .Where(c => ids.Contains(c.FamilyCaseId) && c.Kind == FamilyCommentKind.ChangeRequest && c.DealtWithAt == null)
                .Select(c => c.FamilyCaseId)
                .ToListAsync())
            .CountBy(f => f)
            .ToDictionary(g => g.Key, g => g.Value);
        var overduePlans = (await overduePlanItems.ForAsync(ids, today, HttpContext.RequestAborted)).ToLookup(i => i.FamilyCaseId);
        var unborn = await db.People.Where(p => personIds.Contains(p.Id) && p.DateOfBirth == null && p.ExpectedDateOfBirth != null)
            .Select(p => new { p.Id, Name = p.GivenName + " " + p.FamilyName, Due = p.ExpectedDateOfBirth!.Value }).ToListAsync();

        Families = families
            .Select(f => new FamilyWork(f.Id, f.FamilyName, f.Reference, WorkDue.For(
                new FamilyWorkFacts(
                    time.DateOf(f.OpenedAt),
                    lastContact.TryGetValue(f.Id, out var last) ? last : null,
                    consented.Contains(f.Id),
                    f.PersonIds.Count,
                    unborn.Where(u => f.PersonIds.Contains(u.Id)).Select(u => (u.Name, u.Due)).ToList()),
                today).Concat(overduePlans[f.Id].Select(PlanWork)).Concat(ChangeRequestWork(changeRequests.GetValueOrDefault(f.Id))).ToList()))
            .OrderByDescending(f => f.Items.Count(i => i.Urgency == Urgency.Overdue))
            .ThenByDescending(f => f.Items.Count)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

        var since = time.GetUtcNow().AddDays(-60);
        var visible = await access.VisibleCasesAsync();
        var requests = await db.CaseClosureRequests.AsNoTracking()
            .Where(r => r.RequestedBy == staff.UserId && (r.Status == ClosureRequestStatus.Waiting || r.DecidedAt >= since))
            .Join(visible, r => r.FamilyId, f => f.Id, (r, f) => new { Request = r, f.FamilyName })
            .OrderByDescending(x => x.Request.RequestedAt)
            .Take(20)
            .ToListAsync();
        var lines = await db.BottomLines.AsNoTracking()
            .Where(b => b.WrittenById == staff.UserId && (b.Status == BottomLineStatus.Draft || (b.Status == BottomLineStatus.Approved && b.ApprovedAt >= since)))
            .Join(visible, b => b.FamilyId, f => f.Id, (b, f) => new { Line = b, f.FamilyName })
            .ToListAsync();
        var contacts = (await db.ContactOverrideRequests.AsNoTracking()
                .Where(r => r.RequestedBy == staff.UserId)
                .Join(visible, r => r.FamilyId, f => f.Id, (r, f) => new { Asked = r, f.FamilyName })
                .ToListAsync())
            .Where(x => x.Asked.IsWaiting || x.Asked.DecidedAt >= since)
            .OrderBy(x => x.Asked.IsWaiting ? 1 : 0)
            .ThenByDescending(x => x.Asked.RequestedAt)
            .Take(20)
            .ToList();
        var deciders = await directory.NamesAsync(requests.Where(x => x.Request.DecidedBy != null).Select(x => x.Request.DecidedBy!.Value)
            .Concat(lines.Select(x => x.Line.ApprovedById ?? x.Line.LastReturn?.ById).OfType<Guid>())
            .Concat(contacts.Select(x => x.Asked.DecidedBy).OfType<Guid>()));
        string? Decider(Guid? by) => by is { } id && deciders.TryGetValue(id, out var name) ? name : null;
        ClosureRequests = requests
            .Select(x => new ClosureOutcome(x.Request.FamilyId, x.FamilyName, x.Request, Decider(x.Request.DecidedBy)))
            .ToList();
        // Decided first (news for you), then waiting; newest first within each.
        var links = this.Links();
        ContactOverrides = contacts
            .Select(x => new ContactOverrideOutcome(
                x.FamilyName,
                x.Asked.PersonId is { } personId ? links.PersonContactRestriction(x.Asked.FamilyId, personId) : links.NetworkMember(x.Asked.FamilyId, x.Asked.NetworkMemberId!.Value),
                x.Asked,
                Decider(x.Asked.DecidedBy)))
            .ToList();
        // Returned first (they wait for you), then waiting, then approved; newest first within each.
        BottomLines = lines
            .Select(x => new BottomLineOutcome(x.Line.FamilyId, x.FamilyName, x.Line, Decider(x.Line.IsReturned ? x.Line.LastReturn!.ById : x.Line.ApprovedById)))
            .OrderBy(x => x.Line.IsReturned ? 0 : x.Line.Status == BottomLineStatus.Draft ? 1 : 2)
            .ThenByDescending(x => x.Line.History[^1].At)
            .Take(20)
            .ToList();
    }

    private static WorkItem PlanWork(OverduePlanItem item) => new(
        item.Kind == OverduePlanItemKind.Review ? "Review the family plan" : $"Plan action: {item.Description}",
        Urgency.Overdue,
        item.DueOn);

    /// <summary>Requests to change the plan that family members sent from the family view and nobody has dealt with yet.</summary>
    private static IEnumerable<WorkItem> ChangeRequestWork(int open) =>
        open == 0 ? [] : [new WorkItem(open == 1 ? "Reply to the family's request to change the plan" : $"Reply to {open} requests from the family to change the plan", Urgency.Due, null)];

    public sealed record FamilyWork(Guid Id, string Name, string Reference, IReadOnlyList<WorkItem> Items);
}
