using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Families.Notes;

/// <summary>One case note with every version (the original is always kept), and a form to add a corrected version.</summary>
[ShowsTheRecord]
public sealed class NoteModel(AppDbContext db, FamilyAccess access, StaffDirectory directory, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Corrected case note")]
    [Required(ErrorMessage = "Enter the case note")]
    [StringLength(CaseNote.MaximumLength, ErrorMessage = NoteLimits.TooLong)]
    public string? Text { get; set; }

    public CaseNote Note { get; private set; } = default!;

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<string> AboutNames { get; private set; } = [];

    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid noteId)
    {
        if (!await LoadForViewAsync(id) || !await LoadNoteAsync(noteId))
        {
            return NotFound();
        }

        Text = Note.Text;
        return Page();
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid noteId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadNoteAsync(noteId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || Refused(Note.Edit(Text, UserId, UtcNow), nameof(Text)))
        {
            return Page();
        }

        audit.Record(AuditAction.Change, nameof(CaseNote), Note.Id.ToString(), Family.Id, $"Version {Note.Versions.Count} added");
        await db.SaveChangesAsync();
        TempData.Success($"Case note updated: this is version {Note.Versions.Count}, and earlier versions are kept");
        return Redirect(this.Links().CaseNote(Family.Id, Note.Id));
    }

    private async Task<bool> LoadNoteAsync(Guid noteId)
    {
        var note = await db.CaseNotes.AsSplitQuery().FirstOrDefaultAsync(n => n.Id == noteId && n.FamilyCaseId == Family.Id);
        if (note is null)
        {
            return false;
        }

        Note = note;
        CanChange = await Access.CanChangeAsync(Family);
        Names = await directory.NamesAsync(note.Versions.Select(v => v.WrittenBy).Append(note.AuthorId));
        var about = note.AboutPersonIds.ToList();
        AboutNames = await db.People.AsNoTracking().Where(p => about.Contains(p.Id)).Select(p => p.GivenName + " " + p.FamilyName).ToListAsync();
        return true;
    }
}
