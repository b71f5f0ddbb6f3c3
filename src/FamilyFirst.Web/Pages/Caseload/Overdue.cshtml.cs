using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.GovUk;
using FamilyFirst.Web.Pages.Enquiries;
using FamilyFirst.Web.Pages.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Caseload;

/// <summary>
/// What is overdue in the teams a manager manages: plan reviews past their date, conferences not held within the
/// target number of days from referral (only the open families of the manager's own teams, within need to know), and
/// enquiries in the manager's queue still waiting for a decision after their response date (routed to their teams, or
/// not yet routed). Each list is the most overdue first and paged on its own.
/// </summary>
public sealed class OverdueModel(AppDbContext db, FamilyAccess access, OverduePlanItems overduePlanItems, StaffDirectory directory, TimeProvider time, IOptions<CouncilOptions> council) : PageModel
{
    public const int PageSize = 25;

    public int TargetDays => ConferenceRules.Default.TargetDaysToConference;

    /// <summary>The full lists' sizes, for the headings; the lists below hold one page each.</summary>
    public int ReviewCount { get; private set; }

    public int ConferenceCount { get; private set; }

    public int EnquiryCount { get; private set; }

    public IReadOnlyList<ReviewRow> Reviews { get; private set; } = [];

    public IReadOnlyList<ConferenceRow> Conferences { get; private set; } = [];

    public IReadOnlyList<EnquiryRow> Enquiries { get; private set; } = [];

    [PageNumber("reviews-page")]
    public int ReviewsPage { get; set; } = 1;

    [PageNumber("conferences-page")]
    public int ConferencesPage { get; set; } = 1;

    [PageNumber("enquiries-page")]
    public int EnquiriesPage { get; set; } = 1;

    public static int Pages(int count) => Math.Max(1, (count + PageSize - 1) / PageSize);

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
        var allReviews = reviews
            .Select(r => new ReviewRow(r.FamilyCaseId, byId[r.FamilyCaseId].FamilyName, byId[r.FamilyCaseId].Reference, Lead(r.FamilyCaseId), r.DueOn, today.DayNumber - r.DueOn.DayNumber))
            .OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.FamilyName, StringComparer.Ordinal)
            .ToList();
        var allConferences = conferences
            .Select(c => new ConferenceRow(c.FamilyId, c.Id, byId[c.FamilyId].FamilyName, byId[c.FamilyId].Reference, Lead(c.FamilyId), c.Stage, c.ReferredOn, today.DayNumber - c.ReferredOn.DayNumber))
            .OrderByDescending(c => c.DaysSinceReferral).ThenBy(c => c.FamilyName, StringComparer.Ordinal)
            .ToList();
        var allEnquiries = await OverdueEnquiriesAsync(staff, today);

        (ReviewCount, ReviewsPage, Reviews) = PageOf(allReviews, ReviewsPage);
        (ConferenceCount, ConferencesPage, Conferences) = PageOf(allConferences, ConferencesPage);
        (EnquiryCount, EnquiriesPage, Enquiries) = PageOf(allEnquiries, EnquiriesPage);
    }

    /// <summary>
    /// Enquiries in the manager's queue (<see cref="EnquiryQueue.VisibleTo"/>) still New or In triage after the day their
    /// reply was due (<see cref="ResponseTarget.IsOverdue"/>, in working days). An enquiry can only be overdue once more
    /// calendar days than the target's working days have passed, so only those are read.
    /// </summary>
    private async Task<List<EnquiryRow>> OverdueEnquiriesAsync(FamilyFirst.Domain.Access.StaffMember staff, DateOnly today)
    {
        var target = council.Value.EnquiryResponseTarget();
        var receivedBefore = time.ToInstant(today.AddDays(-target.WorkingDays), TimeOnly.MinValue).UtcDateTime;
        var open = await db.Enquiries.AsNoTracking().VisibleTo(User, staff)
            .Where(e => (e.Status == EnquiryStatus.New || e.Status == EnquiryStatus.InTriage) && e.ReceivedAtUtc < receivedBefore)
            .Select(e => new { e.Id, e.Reference, e.Type, e.Status, e.ReceivedAtUtc, Who = e.FamilyNames ?? e.OrganisationName ?? e.ContactName, e.TeamName, e.AssignedToName })
            .ToListAsync();
        return open
            .Select(e => (Enquiry: e, Received: time.DateOf(e.ReceivedAtUtc)))
            .Where(e => target.IsOverdue(e.Received, e.Enquiry.Status, today))
            .Select(e => new EnquiryRow(e.Enquiry.Id, e.Enquiry.Reference, e.Enquiry.Type, e.Enquiry.Status, e.Enquiry.Who, e.Enquiry.TeamName, e.Enquiry.AssignedToName, target.DueBy(e.Received), today.DayNumber - target.DueBy(e.Received).DayNumber))
            .OrderByDescending(e => e.DaysOverdue).ThenBy(e => e.Reference, StringComparer.Ordinal)
            .ToList();
    }

    private static (int Count, int Page, IReadOnlyList<T> Rows) PageOf<T>(List<T> all, int page)
    {
        var clamped = Math.Clamp(page, 1, Pages(all.Count));
        return (all.Count, clamped, all.Skip((clamped - 1) * PageSize).Take(PageSize).ToList());
    }

    public sealed record EnquiryRow(Guid Id, string Reference, EnquiryType Type, EnquiryStatus Status, string Who, string? TeamName, string? AssignedToName, DateOnly DueBy, int DaysOverdue);

    public sealed record ReviewRow(Guid FamilyId, string FamilyName, string Reference, string LeadPractitioner, DateOnly DueOn, int DaysOverdue);

    public sealed record ConferenceRow(Guid FamilyId, Guid ConferenceId, string FamilyName, string Reference, string LeadPractitioner, ConferenceStage Stage, DateOnly ReferredOn, int DaysSinceReferral);
}
