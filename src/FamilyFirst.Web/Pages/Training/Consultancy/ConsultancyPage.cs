using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Training.Consultancy;

/// <summary>
/// The base of the pages about one piece of consultancy: loads it with its aims and sessions (404 when there is no
/// such piece), puts a refused domain action on the form, audits the change in the same save, and saves with the
/// piece's version checked, so two trainers changing it at once cannot overwrite each other.
/// </summary>
public abstract class ConsultancyPage(AppDbContext db, TimeProvider time, AuditTrail audit) : PageModel
{
    protected AppDbContext Db => db;

    protected TimeProvider Time => time;

    protected AuditTrail Audit => audit;

    public ConsultancyPiece Piece { get; private set; } = default!;

    protected async Task<bool> LoadAsync(Guid pieceId)
    {
        var piece = await db.ConsultancyPieces.Include(p => p.Aims).Include(p => p.Sessions).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == pieceId);
        if (piece is null)
        {
            return false;
        }

        Piece = piece;
        return true;
    }

    /// <summary>Records that the piece (with its contact's details) was looked at.</summary>
    protected Task AuditViewAsync(string detail) =>
        audit.RecordAndSaveAsync(AuditAction.View, TrainingAudit.ConsultancyRecord, Piece.Id.ToString("D"), detail: detail);

    /// <summary>Puts a refused action's reason on the form (on its field, or <paramref name="field"/>, or the page); true if refused.</summary>
    protected bool Refused(Result result, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return false;
        }

        ModelState.AddModelError(field ?? result.Field ?? string.Empty, result.Error!);
        return true;
    }

    /// <summary>Audits the change, saves, shows <paramref name="done"/> and goes to the piece; or, if someone else changed it first, says so.</summary>
    protected async Task<IActionResult> SavedAsync(AuditAction action, string detail, string done)
    {
        audit.Record(action, TrainingAudit.ConsultancyRecord, Piece.Id.ToString("D"), detail: detail);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Success("Someone else changed this piece of work at the same time, so your change was not saved. Check it, then try again.");
            return Redirect(this.Links().ConsultancyPiece(Piece.Id));
        }

        TempData.Success(done);
        return Redirect(this.Links().ConsultancyPiece(Piece.Id));
    }
}
