using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families.Notes;

/// <summary>Writes a case note: what kind of contact, the day it happened, who it was about, and what happened.</summary>
[ForAction(StaffAction.WriteCaseRecord)]
public sealed class NewModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Type of contact")]
    [Required(ErrorMessage = "Select the type of contact")]
    public CaseNoteType? Type { get; set; }

    [BindProperty]
    [Display(Name = "Date of the contact")]
    [Required(ErrorMessage = "Enter the date of the contact")]
    public DateOnly? OccurredOn { get; set; }

    [BindProperty]
    [Display(Name = "Who was it about? (optional)")]
    public List<Guid> About { get; set; } = [];

    [BindProperty]
    [Display(Name = "Case note")]
    [Required(ErrorMessage = "Enter the case note")]
    [StringLength(CaseNote.MaximumLength, ErrorMessage = NoteLimits.TooLong)]
    public string? Text { get; set; }

    public IReadOnlyDictionary<Guid, string> People { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForChangeFormAsync(id))
        {
            return NotFound();
        }

        await LoadPeopleAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        await LoadPeopleAsync();
        if (About.Any(p => !People.ContainsKey(p)))
        {
            ModelState.AddModelError(nameof(About), "Select people from the list");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var written = CaseNote.Write(Family.Id, Type!.Value, OccurredOn!.Value, Text, UserId, Today, UtcNow, About);
        if (!written.Succeeded)
        {
            ModelState.AddModelError(written.Error!.StartsWith("Date", StringComparison.Ordinal) ? nameof(OccurredOn) : nameof(Text), written.Error!);
            return Page();
        }

        var note = written.Value!;
        db.CaseNotes.Add(note);
        Chronology.Add(db, Family.Id, ChronologyEventType.CaseNote, note.OccurredOn, $"{FamilyText.NoteType(note.Type)} recorded", UserId, UtcNow, nameof(CaseNote), note.Id);
        audit.Record(AuditAction.Create, nameof(CaseNote), note.Id.ToString(), Family.Id);
        await db.SaveChangesAsync();
        TempData.Success("Case note saved");
        return Redirect(this.Links().CaseNotes(Family.Id));
    }

    private async Task LoadPeopleAsync()
    {
        var ids = Family.Members.Where(m => m.LeftOn is null).Select(m => m.PersonId).ToList();
        People = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName);
    }
}
