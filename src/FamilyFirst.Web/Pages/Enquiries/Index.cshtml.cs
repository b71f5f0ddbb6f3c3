using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Enquiries;

using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>The enquiries queue: filtered by status, type, who it is assigned to and date received, with counts per status.</summary>
public sealed class IndexModel(AppDbContext db, FamilyAccess access, TimeProvider time, IOptions<CouncilOptions> council) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "status")]
    public EnquiryStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public EnquiryType? Type { get; set; }

    /// <summary>"me" or "unassigned"; anything else means everyone's.</summary>
    [BindProperty(SupportsGet = true, Name = "assigned")]
    public string? Assigned { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Received from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Received to")]
    public DateOnly? To { get; set; }

    /// <summary>"oldest" for oldest first; newest first otherwise.</summary>
    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<EnquiryType> VisibleTypes { get; private set; } = [];

    public IReadOnlyDictionary<EnquiryStatus, int> Counts { get; private set; } = new Dictionary<EnquiryStatus, int>();

    public int Total { get; private set; }

    public int TotalPages { get; private set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string Heading => EnquiryAccess.SeesOnlyTraining(User) ? "Training and consultancy enquiries" : "Enquiries";

    public IEnumerable<SelectListItem> StatusItems =>
        Enum.GetValues<EnquiryStatus>().Select(s => new SelectListItem(s.Describe(), s.ToString())).Prepend(new SelectListItem("Any status", string.Empty));

    public IEnumerable<SelectListItem> TypeItems =>
        VisibleTypes.Select(t => new SelectListItem(t.Describe(), t.ToString())).Prepend(new SelectListItem("Any type", string.Empty));

    public IEnumerable<SelectListItem> AssignedItems =>
    [
        new("Anyone or no one", string.Empty),
        new("Me", "me"),
        new("No one yet", "unassigned"),
    ];

    public IEnumerable<SelectListItem> SortItems =>
    [
        new("Newest first", "newest"),
        new("Oldest first", "oldest"),
    ];

    public async Task OnGetAsync()
    {
        VisibleTypes = EnquiryAccess.VisibleTypes(User);
        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), "Received to must be the same as or after received from");
        }

        var query = db.Enquiries.AsNoTracking().VisibleTo(User, await access.CurrentStaffAsync());
        if (Type is { } type)
        {
            query = query.Where(e => e.Type == type);
        }

        if (Assigned == "me")
        {
            var me = EnquiryQueue.Actor(User).Id;
            query = query.Where(e => e.AssignedToId == me);
        }
        else if (Assigned == "unassigned")
        {
            query = query.Where(e => e.AssignedToId == null);
        }

        if (ModelState.IsValid)
        {
            if (From is { } start)
            {
                var startUtc = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                query = query.Where(e => e.ReceivedAtUtc >= startUtc);
            }

            if (To is { } end)
            {
                var endUtc = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                query = query.Where(e => e.ReceivedAtUtc < endUtc);
            }
        }

        Counts = (await query.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .ToDictionary(g => g.Key, g => g.Count);
        if (Status is { } status)
        {
            query = query.Where(e => e.Status == status);
        }

        Total = Status is { } s ? Counts.GetValueOrDefault(s) : Counts.Values.Sum();
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        var ordered = Sort == "oldest"
            ? query.OrderBy(e => e.ReceivedAtUtc).ThenBy(e => e.Reference)
            : query.OrderByDescending(e => e.ReceivedAtUtc).ThenBy(e => e.Reference);
        var today = time.Today;
        Rows = (await ordered
                .Skip((PageNumber - 1) * PageSize).Take(PageSize)
                .Select(e => new { e.Id, e.Reference, e.ReceivedAtUtc, e.Type, e.Status, e.ContactName, e.FamilyNames, e.OrganisationName, e.AssignedToName, e.TeamName })
                .ToListAsync())
            .Select(e => new Row(e.Id, e.Reference, e.ReceivedAtUtc, e.Type, e.Status, e.FamilyNames ?? e.OrganisationName ?? e.ContactName, e.TeamName, e.AssignedToName, EnquiryQueue.IsOverdue(council.Value, time.DateOf(e.ReceivedAtUtc), e.Status, today)))
            .ToList();
    }

    /// <summary>The queue's address with one filter changed (for the status counts' links).</summary>
    public string LinkWithStatus(EnquiryStatus? status)
    {
        var query = Request.Query
            .Where(q => q.Key is not ("status" or "page"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        if (status is not null)
        {
            query = query.Append(new("status", status.ToString()));
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(this.Links().Enquiries(), query);
    }

    public sealed record Row(Guid Id, string Reference, DateTime ReceivedAtUtc, EnquiryType Type, EnquiryStatus Status, string About, string? Team, string? AssignedTo, bool Overdue);
}
