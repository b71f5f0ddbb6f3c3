using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.GovUk;
using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilyFirst.Web.Pages.Admin.Outbox;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    private const int PageSize = 25;

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Status")]
    public OutboxStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Sent by")]
    public NotificationChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Template")]
    public string? Template { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Queued from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Queued to")]
    public DateOnly? To { get; set; }

    public int TotalPages { get; private set; }

    public int Total { get; private set; }

    public int FailedCount { get; private set; }

    public bool Filtered => Status is not null || Channel is not null || !string.IsNullOrEmpty(Template) || From is not null || To is not null;

    public IReadOnlyList<MessageRow> Messages { get; private set; } = [];

    public IEnumerable<SelectListItem> StatusItems =>
        new[] { new SelectListItem("All statuses", string.Empty) }.Concat(Enum.GetValues<OutboxStatus>().Select(s => new SelectListItem(s.ToString(), s.ToString())));

    public IEnumerable<SelectListItem> ChannelItems =>
        new[] { new SelectListItem("Email or text message", string.Empty) }.Concat(Enum.GetValues<NotificationChannel>().Select(c => new SelectListItem(ChannelName(c), c.ToString())));

    public IEnumerable<SelectListItem> TemplateItems =>
        new[] { new SelectListItem("All templates", string.Empty) }.Concat(NotificationTemplates.Names.Order(StringComparer.Ordinal).Select(t => new SelectListItem(t, t)));

    public async Task OnGetAsync()
    {
        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), "Queued to must be the same as or after queued from");
        }

        var query = db.OutboxMessages.AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        if (Channel is { } channel)
        {
            query = query.Where(m => m.Channel == channel);
        }

        if (!string.IsNullOrEmpty(Template))
        {
            query = query.Where(m => m.Template == Template);
        }

        // Dates the administrator typed wrongly are shown with their error and not applied.
        if (ModelState.GetFieldValidationState(nameof(From)) != ModelValidationState.Invalid && From is { } start)
        {
            var fromUtc = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(m => m.CreatedAtUtc >= fromUtc);
        }

        if (ModelState.GetFieldValidationState(nameof(To)) != ModelValidationState.Invalid && To is { } end)
        {
            var beforeUtc = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(m => m.CreatedAtUtc < beforeUtc);
        }

        FailedCount = await OutboxAlerts.CountFailedAsync(db);
        Total = await query.CountAsync();
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        Messages = await query
            .OrderByDescending(m => m.CreatedAtUtc).ThenBy(m => m.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(m => new MessageRow(m.Id, m.Recipient, m.Channel, m.Template, m.Status, m.Attempts, m.CreatedAtUtc))
            .ToListAsync();
    }

    public static string Colour(OutboxStatus status) => status switch
    {
        OutboxStatus.Sent => "green",
        OutboxStatus.Failed => "red",
        OutboxStatus.Sending => "blue",
        _ => "grey",
    };

    public static string ChannelName(NotificationChannel channel) => channel == NotificationChannel.Email ? "Email" : "Text message";

    public sealed record MessageRow(Guid Id, string Recipient, NotificationChannel Channel, string Template, OutboxStatus Status, int Attempts, DateTime CreatedAtUtc);
}
