using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>
/// Closing a case needs two people: the lead practitioner asks, with a reason, and a manager of the family's team
/// (never the person who asked) approves it, which closes the case, or returns it with comments, which the lead
/// practitioner answers with a new request. A closed case is reopened here with a reason. Every request, decision and
/// change of status is kept, in the chronology and the audit.
/// </summary>
public sealed class StatusModel(AppDbContext db, FamilyAccess access, StaffDirectory directory, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    public const string AuditRecord = nameof(CaseClosureRequest);

    [BindProperty]
    [Display(Name = "Reason")]
    [Required(ErrorMessage = "Enter the reason")]
    [StringLength(2000, ErrorMessage = "Reason must be 2,000 characters or less")]
    public string? Reason { get; set; }

    [BindProperty]
    [Display(Name = "Do you approve closing the case?")]
    public string? Decision { get; set; }

    [BindProperty]
    [Display(Name = "Comments")]
    [StringLength(2000, ErrorMessage = "Comments must be 2,000 characters or less")]
    public string? Comments { get; set; }

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Every request to close the case, newest first.</summary>
    public IReadOnlyList<CaseClosureRequest> Requests { get; private set; } = [];

    public CaseClosureRequest? Waiting => Requests.FirstOrDefault(r => r.IsWaiting);

    public bool CanAsk { get; private set; }

    public bool CanDecide { get; private set; }

    public bool CanReopen { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForViewAsync(id))
        {
            return NotFound();
        }

        await ShowAsync();
        return Page();
    }

    /// <summary>The lead practitioner asks to close the case.</summary>
    [ForAction(StaffAction.RequestCaseClosure)]
    public async Task<IActionResult> OnPostAskAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        await ShowAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var asked = CaseClosureRequest.Ask(Family, Waiting is not null, Reason, UserId, UtcNow);
        if (Refused(asked, nameof(Reason)))
        {
            return Page();
        }

        var request = asked.Value!;
        db.CaseClosureRequests.Add(request);
        Chronology.Add(db, Family.Id, ChronologyEventType.CaseStatus, Today, $"Asked to close the case: {request.Reason}", UserId, UtcNow, AuditRecord, request.Id);
        audit.Record(AuditAction.Create, AuditRecord, request.Id.ToString(), Family.Id, "Asked to close the case");
        await db.SaveChangesAsync();
        TempData.Success("You have asked to close the case. A manager of the family's team will approve it or return it with comments");
        return Redirect(this.Links().FamilyStatus(Family.Id));
    }

    /// <summary>A manager approves the waiting request (closing the case) or returns it with comments.</summary>
    [ForAction(StaffAction.DecideCaseClosure)]
    public async Task<IActionResult> OnPostDecideAsync(Guid id)
    {
        ModelState.Remove(nameof(Reason));
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        await ShowAsync();
        if (Decision is not ("approve" or "return"))
        {
            ModelState.AddModelError(nameof(Decision), "Select whether you approve closing the case");
        }

        if (Waiting is null)
        {
            ModelState.AddModelError(string.Empty, "There is no request to close this case waiting for a decision");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Deciding takes the request out of "waiting", so hold on to it.
        var request = Waiting!;
        var approving = Decision == "approve";
        var decided = approving ? request.Approve(Family, UserId, UtcNow, Today) : request.Return(Comments, UserId, UtcNow);
        if (Refused(decided, approving ? nameof(Decision) : nameof(Comments)))
        {
            return Page();
        }

        var requester = Names.TryGetValue(request.RequestedBy, out var name) ? name : "the lead practitioner";
        Chronology.Add(
            db, Family.Id, ChronologyEventType.CaseStatus, Today,
            approving ? $"Case closed: {request.Reason} (asked by {requester}, approved)" : $"Request to close the case returned: {request.Comments}",
            UserId, UtcNow, AuditRecord, request.Id);
        audit.Record(AuditAction.Change, AuditRecord, request.Id.ToString(), Family.Id, approving ? "Closure approved: case closed" : "Closure returned with comments");
        if (approving)
        {
            audit.Record(AuditAction.Change, FamilyAccess.FamilyCaseRecord, Family.Id.ToString(), Family.Id, "Closed");
        }

        await db.SaveChangesAsync();
        TempData.Success(approving ? "The case has been closed" : $"The request has been returned to {requester} with your comments");
        return approving ? BackToFamily() : Redirect(this.Links().Approvals());
    }

    /// <summary>The lead practitioner or a manager reopens a closed case.</summary>
    [ForAction(StaffAction.ReopenCase)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        await ShowAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Refused(Family.Reopen(Reason!, UserId, UtcNow), nameof(Reason)))
        {
            return Page();
        }

        Chronology.Add(db, Family.Id, ChronologyEventType.CaseStatus, Today, $"Case reopened: {Reason!.Trim()}", UserId, UtcNow, nameof(FamilyCase), Family.Id);
        audit.Record(AuditAction.Change, FamilyAccess.FamilyCaseRecord, Family.Id.ToString(), Family.Id, "Reopened");
        await db.SaveChangesAsync();
        TempData.Success("The case has been reopened");
        return BackToFamily();
    }

    public string Name(Guid userId) => Names.TryGetValue(userId, out var name) ? name : "Someone who has left";

    private async Task ShowAsync()
    {
        Requests = await db.CaseClosureRequests.Where(r => r.FamilyId == Family.Id).OrderByDescending(r => r.RequestedAt).ToListAsync();
        Names = await directory.NamesAsync(Family.StatusHistory.Select(s => s.ChangedBy)
            .Concat(Requests.Select(r => r.RequestedBy))
            .Concat(Requests.Where(r => r.DecidedBy is not null).Select(r => r.DecidedBy!.Value))
            .Distinct());
        CanAsk = !Family.IsClosed && Waiting is null && await Access.MayAsync(Family, StaffAction.RequestCaseClosure);
        CanDecide = !Family.IsClosed && Waiting is { } waiting && waiting.RequestedBy != UserId && await Access.MayAsync(Family, StaffAction.DecideCaseClosure);
        CanReopen = Family.IsClosed && await Access.MayAsync(Family, StaffAction.ReopenCase);
    }
}
