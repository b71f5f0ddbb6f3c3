using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyFirst.Web.Pages.Admin.Outbox;

[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "status")]
    public OutboxStatus? Status { get; set; }

    public int TotalPages { get; private set; }

    public int Total { get; private set; }

    public IReadOnlyList<MessageRow> Messages { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = db.OutboxMessages.AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        Total = await query.CountAsync();
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        Messages = await query
            .OrderByDescending(m => m.CreatedAtUtc).ThenBy(m => m.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(m => new MessageRow(m.Id, m.Recipient, m.Template, m.Status, m.Attempts, m.CreatedAtUtc))
            .ToListAsync();
    }

    public static string Colour(OutboxStatus status) => status switch
    {
        OutboxStatus.Sent => "green",
        OutboxStatus.Failed => "red",
        OutboxStatus.Sending => "blue",
        _ => "grey",
    };

    public sealed record MessageRow(Guid Id, string Recipient, string Template, OutboxStatus Status, int Attempts, DateTime CreatedAtUtc);
}
