using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Training.Consultancy;

/// <summary>Changes a piece of consultancy while it is open: who asked, the contact, what they asked, the agreed aims and the lead trainer.</summary>
public sealed class EditModel(AppDbContext db, TimeProvider time, AuditTrail audit) : ConsultancyFormPage(db, time, audit)
{
    public async Task<IActionResult> OnGetAsync(Guid pieceId)
    {
        if (!await LoadAsync(pieceId))
        {
            return NotFound();
        }

        if (Piece.IsClosed)
        {
            return Redirect(this.Links().ConsultancyPiece(pieceId));
        }

        await LoadChoicesAsync();
        Fill(Piece);
        await AuditViewAsync("Opened to change");
        return Page();
    }

    [ForAction(StaffAction.RunConsultancy)]
    public async Task<IActionResult> OnPostAsync(Guid pieceId)
    {
        if (!await LoadAsync(pieceId))
        {
            return NotFound();
        }

        await LoadChoicesAsync();
        if (Checked() is not { } form)
        {
            return Page();
        }

        var aimsBefore = Piece.Aims.Count;
        if (Refused(Piece.Change(form.Request, AimLines, form.Lead)))
        {
            return Page();
        }

        return await SavedAsync(AuditAction.Change, $"Changed; {Piece.Aims.Count} {(Piece.Aims.Count == 1 ? "aim" : "aims")} (was {aimsBefore}), status {Piece.Status.Describe().ToLowerInvariant()}",
            aimsBefore == 0 && Piece.Aims.Count > 0 ? "Aims agreed" : "Piece of work updated");
    }
}
