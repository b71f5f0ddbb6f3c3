using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families.Relationships;

/// <summary>
/// Ends a relationship between two people in the family (it has ended, or it was recorded in error). The
/// record is kept with who ended it, when and why; it leaves the list and the network diagram.
/// </summary>
public sealed class EndModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Why does this relationship no longer stand?")]
    [Required(ErrorMessage = "Select whether the relationship has ended or was recorded in error")]
    public RelationshipEndReason? Reason { get; set; }

    [BindProperty]
    [Display(Name = "Details")]
    [StringLength(Relationship.EndNoteMaximumLength, ErrorMessage = "Reason must be 2,000 characters or less")]
    public string? Note { get; set; }

    public Relationship Relationship { get; private set; } = default!;

    /// <summary>"Ann Smith is the partner of Ben Smith".</summary>
    public string Words { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid relationshipId) =>
        await LoadForChangeFormAsync(id) && await LoadRelationshipAsync(relationshipId) ? Page() : NotFound();

    [ForAction(StaffAction.ChangeFamilyMembers)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid relationshipId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadRelationshipAsync(relationshipId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || Refused(Relationship.End(Reason!.Value, Note, UserId, UtcNow), nameof(Note)))
        {
            return Page();
        }

        if (Reason == RelationshipEndReason.Ended)
        {
            Chronology.Add(db, Family.Id, ChronologyEventType.People, Today, $"Relationship ended: {Words}", UserId, UtcNow, nameof(Relationship), Relationship.Id);
        }

        audit.Record(AuditAction.Change, nameof(Relationship), Relationship.Id.ToString(), Family.Id, Reason == RelationshipEndReason.Ended ? "Ended" : "Recorded in error");
        await db.SaveChangesAsync();
        TempData.Success(Reason == RelationshipEndReason.Ended ? $"Relationship ended: {Words}" : $"Relationship removed as recorded in error: {Words}");
        return Redirect(this.Links().Relationships(Family.Id));
    }

    /// <summary>The relationship must be between two people who are or were in this family.</summary>
    private async Task<bool> LoadRelationshipAsync(Guid relationshipId)
    {
        var ids = Family.Members.Select(m => m.PersonId).Distinct().ToList();
        var relationship = await db.Relationships.FirstOrDefaultAsync(r => r.Id == relationshipId && ids.Contains(r.PersonId) && ids.Contains(r.RelatedPersonId));
        if (relationship is null)
        {
            return false;
        }

        Relationship = relationship;
        var names = await db.People.AsNoTracking().Where(p => p.Id == relationship.PersonId || p.Id == relationship.RelatedPersonId).ToDictionaryAsync(p => p.Id, p => p.DisplayName);
        Words = $"{names[relationship.PersonId]} {relationship.Type.Phrase()} {names[relationship.RelatedPersonId]}";
        return true;
    }
}
