using FamilyFirst.Domain.Enquiries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Enquiry;

/// <summary>The enquiry has been saved: its reference and what happens next. Shown again on refresh.</summary>
public sealed class ConfirmationModel(AppDbContext db, EnquiryDraftStore drafts) : PageModel
{
    public string Reference { get; private set; } = string.Empty;

    public bool EmailSent { get; private set; }

    public ContactMethod ContactBy { get; private set; }

    public bool IsTraining { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var draft = await drafts.FindAsync(HttpContext, includeSubmitted: true);
        if (draft?.SubmittedEnquiryId is not { } id)
        {
            return Redirect(this.Links().EnquiryStart());
        }

        var sent = await db.Enquiries.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { e.Reference, e.Email, e.PreferredContactMethod, e.Type })
            .SingleAsync();
        (Reference, EmailSent, ContactBy, IsTraining) = (sent.Reference, sent.Email is not null, sent.PreferredContactMethod, sent.Type == EnquiryType.TrainingOrConsultancy);
        return Page();
    }
}
