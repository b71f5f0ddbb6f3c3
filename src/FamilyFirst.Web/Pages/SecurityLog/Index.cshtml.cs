using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Log = FamilyFirst.Domain.Audit.SecurityLog;

namespace FamilyFirst.Web.Pages.SecurityLog;

/// <summary>
/// The security log for managers and administrators: sign-in events, refusals, administration changes and exports
/// from the audit trail, newest first, filtered by kind, person and dates, and downloadable as CSV (itself an export
/// in the log).
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditTrail audit, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Kind of event")]
    public SecurityEventKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Person")]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Date from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Date to")]
    public DateOnly? To { get; set; }

    public int Total { get; private set; }

    public int TotalPages { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PersonItems { get; private set; } = [];

    public bool Filtered => Kind is not null || !string.IsNullOrEmpty(Person) || From is not null || To is not null;

    public bool FiltersValid => ModelState.IsValid;

    public IEnumerable<SelectListItem> KindItems =>
        new[] { new SelectListItem("All security events", string.Empty) }
            .Concat(Log.Kinds.Select(k => new SelectListItem(Log.Describe(k), k.ToString())));

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadPeopleAsync();
        var query = Filter();
        if (!FiltersValid)
        {
            return Page();
        }

        Total = await query.CountAsync();
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        Rows = await Project(query.OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Sequence).ThenByDescending(e => e.Chain).Skip((PageNumber - 1) * PageSize).Take(PageSize));
        await audit.RecordAndSaveAsync(AuditAction.View, Log.RecordType, "security-log", detail: Describe($"page {PageNumber} of {TotalPages}"));
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var query = Filter();
        if (!FiltersValid)
        {
            await LoadPeopleAsync();
            return Page();
        }

        var rows = await Project(query.OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Sequence).ThenByDescending(e => e.Chain));
        await audit.RecordAndSaveAsync(AuditAction.Export, Log.RecordType, "security-log", detail: Describe($"{rows.Count} {(rows.Count == 1 ? "event" : "events")} downloaded as CSV"));
        var csv = CsvFormat.Write(
            new[] { (IReadOnlyList<string>)["Time (UTC)", "Kind", "Person", "Record", "Record id", "What happened", "Client address"] }
                .Concat(rows.Select(r => (IReadOnlyList<string>)[
                    r.AtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Log.Describe(r.Kind), r.Who, r.RecordType, r.RecordId, r.Detail ?? string.Empty, r.ClientAddress ?? string.Empty])));
        var today = time.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv", $"security-log-{today}.csv");
    }

    /// <summary>What was asked for, for the audit row of a view or download (the filters, never a name).</summary>
    private string Describe(string what)
    {
        var filters = new List<string>();
        if (Kind is { } kind)
        {
            filters.Add("kind " + Log.Describe(kind));
        }

        if (!string.IsNullOrEmpty(Person))
        {
            filters.Add("person " + Person);
        }

        if (From is { } from)
        {
            filters.Add("from " + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (To is { } to)
        {
            filters.Add("to " + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return filters.Count == 0 ? what : $"{what}; {string.Join(", ", filters)}";
    }

    private IQueryable<AuditEntry> Filter()
    {
        if (ModelState.GetFieldValidationState(nameof(From)) != ModelValidationState.Invalid
            && ModelState.GetFieldValidationState(nameof(To)) != ModelValidationState.Invalid)
        {
            var dates = Log.CheckDates(From, To, time.Today);
            if (!dates.Succeeded)
            {
                ModelState.AddModelError(dates.Field == "to" ? nameof(To) : nameof(From), dates.Error!);
            }
        }

        var actions = Kind is { } kind ? [Log.ActionOf(kind)] : Log.Actions.ToList();
        var query = db.AuditEntries.AsNoTracking().Where(e => actions.Contains(e.Action));
        if (!string.IsNullOrEmpty(Person))
        {
            // Events by the person, and sign-in and administration events about their account.
            var person = Person;
            query = query.Where(e => e.UserId == person || ((e.Action == AuditAction.Authentication || e.Action == AuditAction.Administration) && e.RecordId == person));
        }

        if (From is { } from)
        {
            var fromUtc = time.ToInstant(from, TimeOnly.MinValue).UtcDateTime;
            query = query.Where(e => e.OccurredAtUtc >= fromUtc);
        }

        if (To is { } to)
        {
            var beforeUtc = time.ToInstant(to.AddDays(1), TimeOnly.MinValue).UtcDateTime;
            query = query.Where(e => e.OccurredAtUtc < beforeUtc);
        }

        return query;
    }

    private static async Task<List<Row>> Project(IQueryable<AuditEntry> query) =>
        (await query.Select(e => new { e.OccurredAtUtc, e.Action, e.UserDisplayName, e.UserId, e.RecordType, e.RecordId, e.Detail, e.ClientAddress }).ToListAsync())
            .Select(e => new Row(e.OccurredAtUtc, Log.KindOf(e.Action) ?? SecurityEventKind.Export, e.UserDisplayName ?? (e.UserId is null ? "Not signed in" : "Unknown user"), e.RecordType, e.RecordId, e.Detail, e.ClientAddress))
            .ToList();

    private async Task LoadPeopleAsync()
    {
        var people = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync();
        PersonItems = new[] { new SelectListItem("Everyone", string.Empty) }
            .Concat(people.Select(p => new SelectListItem(string.IsNullOrEmpty(p.DisplayName) ? p.Email : $"{p.DisplayName} ({p.Email})", p.Id)))
            .ToList();
    }

    public sealed record Row(DateTime AtUtc, SecurityEventKind Kind, string Who, string RecordType, string RecordId, string? Detail, string? ClientAddress);
}
