using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Training.Consultancy;

/// <summary>One piece of consultancy: who asked and how to reach them, what they asked, the aims, the sessions held and, once closed, the outcome. Each view is audited.</summary>
[ShowsTheRecord]
public sealed class PieceModel(AppDbContext db, TimeProvider time, AuditTrail audit) : ConsultancyPage(db, time, audit)
{
    public string? EnquiryReference { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid pieceId)
    {
        if (!await LoadAsync(pieceId))
        {
            return NotFound();
        }

        if (Piece.EnquiryId is { } enquiryId)
        {
            EnquiryReference = await Db.Enquiries.Where(e => e.Id == enquiryId).Select(e => e.Reference).SingleOrDefaultAsync();
        }

        await AuditViewAsync("Viewed, with the contact's details");
        return Page();
    }
}
