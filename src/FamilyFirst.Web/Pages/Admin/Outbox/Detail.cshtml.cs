using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Admin.Outbox;

[ForAction(StaffAction.ManageSettings)]
public sealed class DetailModel(AppDbContext db, TimeProvider time) : PageModel
{
    public OutboxMessage Message { get; private set; } = null!;

    public string Subject { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    /// <summary>Every try at sending the message, oldest first.</summary>
    public IReadOnlyList<OutboxAttempt> Attempts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var message = await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
        if (message is null)
        {
            return NotFound();
        }

        Message = message;
        Attempts = await db.OutboxAttempts.AsNoTracking().Where(a => a.OutboxMessageId == id).OrderBy(a => a.AttemptedAtUtc).ThenBy(a => a.Id).ToListAsync();
        try
        {
            var rendered = NotificationOutbox.Render(message);
            Subject = rendered.Subject;
            Body = rendered.Body;
        }
        catch (ArgumentException ex)
        {
            Body = ex.Message;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id);
        if (message is null)
        {
            return NotFound();
        }

        if (message.Status == OutboxStatus.Failed)
        {
            message.Status = OutboxStatus.Queued;
            message.Attempts = 0;
            message.NextAttemptAtUtc = time.GetUtcNow().UtcDateTime;
            message.LeaseOwner = null;
            message.LeaseExpiresAtUtc = null;
            await db.SaveChangesAsync();
            TempData.Success($"The message to {message.Recipient} has been queued to send again");
        }

        return RedirectToPage(new { id });
    }
}
