using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Pages.Enquiries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Staff;

/// <summary>The page staff land on after signing in: what they can do, by role. A coordinator-only user lands on "My conferences".</summary>
public sealed class IndexModel(AppDbContext db, FamilyAccess access) : PageModel
{
    public IReadOnlyList<string> MyRoles { get; private set; } = [];

    /// <summary>For administrators: messages the outbox could not send, which need someone to look at them.</summary>
    public int FailedMessages { get; private set; }

    /// <summary>New enquiries in this person's queue, if they have one.</summary>
    public int NewEnquiries { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Roles.StartsFromMyConferences(User))
        {
            // A coordinator's home is the list of the conferences they coordinate.
            return Redirect(this.Links().MyConferences());
        }

        if (Roles.StartsFromDataAndResults(User))
        {
            // An analyst's home is their worklist of partner data and results.
            return Redirect(this.Links().DataAndResults());
        }

        MyRoles = Roles.All.Where(User.IsInRole).ToList();
        if (User.IsInRole(Roles.Administrator))
        {
            FailedMessages = await OutboxAlerts.CountFailedAsync(db);
        }

        if (EnquiryAccess.HasQueue(User))
        {
            NewEnquiries = await db.Enquiries.VisibleTo(User, await access.CurrentStaffAsync()).CountAsync(e => e.Status == EnquiryStatus.New);
        }

        return Page();
    }
}
