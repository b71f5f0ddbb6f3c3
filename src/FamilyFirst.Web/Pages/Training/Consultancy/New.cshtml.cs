using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Pages.Enquiries;

namespace FamilyFirst.Web.Pages.Training.Consultancy;

/// <summary>
/// Records a piece of consultancy, directly or from a training or consultancy enquiry in one step: the enquirer, their
/// organisation and what they asked are carried over, and one save records the piece and accepts the enquiry with a
/// note in its history.
/// </summary>
public sealed class NewModel(AppDbContext db, TimeProvider time, AuditTrail audit) : ConsultancyFormPage(db, time, audit)
{
    [BindProperty(SupportsGet = true)]
    public Guid? EnquiryId { get; set; }

    public Domain.Enquiries.Enquiry? Enquiry { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadEnquiryAsync())
        {
            return NotFound();
        }

        await LoadChoicesAsync();
        LeadTrainerId = StaffIds.ToUserKey(StaffIds.Of(User));
        if (Enquiry is not null)
        {
            var carried = ConsultancyRequest.FromEnquiry(Enquiry);
            (Kind, OrganisationType, OrganisationName, ContactName, ContactEmail, WhatWasAsked) =
                (carried.Kind, carried.OrganisationType, carried.OrganisationName, carried.ContactName, carried.ContactEmail, carried.WhatWasAsked);
        }

        return Page();
    }

    [ForAction(StaffAction.RunConsultancy)]
    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadEnquiryAsync())
        {
            return NotFound();
        }

        await LoadChoicesAsync();
        if (Enquiry is { IsOpen: false })
        {
            ModelState.AddModelError(string.Empty, $"This enquiry is already {Enquiry.Status.Describe().ToLowerInvariant()}: reopen it to record consultancy from it");
        }

        if (Checked() is not { } form)
        {
            return Page();
        }

        var created = ConsultancyPiece.Create(form.Request, AimLines, form.Lead, Time.Today, Enquiry?.Id);
        if (Refused(ToResult(created)))
        {
            return Page();
        }

        var piece = created.Value!;
        if (Enquiry is not null && Refused(Enquiry.RecordConsultancyStarted(piece.Organisation, EnquiryQueue.Actor(User), Time.Now)))
        {
            return Page();
        }

        Db.ConsultancyPieces.Add(piece);
        Audit.Record(AuditAction.Create, TrainingAudit.ConsultancyRecord, piece.Id.ToString("D"),
            detail: $"Consultancy recorded ({piece.Status.Describe().ToLowerInvariant()}){(Enquiry is null ? string.Empty : $", from enquiry {Enquiry.Reference}")}");
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed the enquiry at the same time. Check it, then try again.");
            return Page();
        }

        TempData.Success($"Consultancy for {piece.Organisation} recorded");
        return Redirect(this.Links().ConsultancyPiece(piece.Id));
    }

    private static Domain.Common.Result ToResult(Domain.Common.Result<ConsultancyPiece> result) =>
        result.Succeeded ? Domain.Common.Result.Ok() : Domain.Common.Result.Fail(result.Error!, result.Field);

    private async Task<bool> LoadEnquiryAsync()
    {
        if (EnquiryId is not { } enquiryId)
        {
            return true;
        }

        Enquiry = await Db.Enquiries.Include(e => e.History).SingleOrDefaultAsync(e => e.Id == enquiryId);
        return Enquiry is not null && !Enquiry.IsAboutAFamily && EnquiryAccess.CanWork(User, Enquiry.Type);
    }
}
