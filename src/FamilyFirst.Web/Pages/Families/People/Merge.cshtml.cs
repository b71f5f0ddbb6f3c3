using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;

namespace FamilyFirst.Web.Pages.Families.People;

/// <summary>
/// A manager merges a duplicate record into this person: first a preview of exactly what will move, then the
/// merge. The duplicate is kept, marked as merged, and the merge is recorded with what moved.
/// </summary>
public sealed class MergeModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : PersonPageModel(db, access, time)
{
    [BindProperty]
    [Display(Name = "Person reference of the duplicate record")]
    [Required(ErrorMessage = "Enter the person reference of the duplicate record")]
    public string? DuplicateReference { get; set; }

    [BindProperty]
    [Display(Name = "Why are these records the same person?")]
    [Required(ErrorMessage = "Enter why these records are the same person")]
    [StringLength(2000, ErrorMessage = "Reason must be 2,000 characters or less")]
    public string? Reason { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public Person? Duplicate { get; private set; }

    public PersonMergePlan? Plan { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid personId)
    {
        if (!await LoadForChangeFormAsync(id) || !await LoadPersonAsync(personId))
        {
            return NotFound();
        }

        return User.IsInRole(Roles.Manager) ? Page() : Forbid();
    }

    [ForAction(StaffAction.MergePeople)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid personId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadPersonAsync(personId))
        {
            return NotFound();
        }

        if (!User.IsInRole(Roles.Manager))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var reference = PersonReference.Normalise(DuplicateReference);
        var visible = await Access.VisiblePeopleAsync();
        // Found through the (no-tracking) visibility query first, then loaded tracked, because it is about to change.
        var duplicateKey = await visible.Where(p => p.Reference == reference).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        Duplicate = duplicateKey is { } key ? await Db.People.FirstOrDefaultAsync(p => p.Id == key) : null;
        if (Duplicate is null)
        {
            ModelState.AddModelError(nameof(DuplicateReference), "Enter the reference of a person in a family you can see");
            return Page();
        }

        var ids = new[] { Person.Id, Duplicate.Id };
        var duplicateId = Duplicate.Id;
        var relationships = await Db.Relationships.Where(r => ids.Contains(r.PersonId) || ids.Contains(r.RelatedPersonId)).ToListAsync();
        var consents = await Db.Consents.Where(c => c.PersonId == duplicateId).ToListAsync();
        var notes = await Db.CaseNotes.Where(n => n.AboutPersonIds.Contains(duplicateId)).ToListAsync();
        var families = await Db.FamilyCases.Where(f => f.Members.Any(m => m.PersonId == duplicateId)).ToListAsync();
        var network = await Db.NetworkMembers.Where(m => m.PersonId == duplicateId).ToListAsync();
        var partnerData = await PartnerRecordsHeld.LoadAsync(Db, ids, HttpContext.RequestAborted);
        var staff = await Access.CurrentStaffAsync();
        var planned = PersonMerge.Plan(Person, Duplicate, relationships, consents, notes, families, network, Reason, staff, UtcNow, partnerData.Records);
        if (!planned.Succeeded)
        {
            ModelState.AddModelError(planned.Field == nameof(PersonMergePlan.Reason) ? nameof(Reason) : nameof(DuplicateReference), planned.Error!);
            return Page();
        }

        Plan = planned.Value!;
        if (!Confirm)
        {
            // Show exactly what will move before anything changes.
            return Page();
        }

        var applied = PersonMerge.Apply(Plan, Person, Duplicate, relationships, consents, notes, families, network);
        if (Refused(applied, nameof(DuplicateReference)))
        {
            return Page();
        }

        partnerData.MoveTo(Plan.PartnerRecordsMoved, Person.Id);
        Db.PersonMerges.Add(PersonMergeRecord.From(Plan));
        foreach (var family in families.Where(f => Plan.FamilyCasesMoved.Contains(f.Id)))
        {
            Chronology.Add(Db, family.Id, ChronologyEventType.People, Today, $"Duplicate record {Duplicate.Reference} merged into {Person.DisplayName} ({Person.Reference})", UserId, UtcNow, nameof(Person), Person.Id);
        }

        audit.Record(AuditAction.Change, nameof(Person), Person.Id.ToString(), Family.Id, $"Merged duplicate {Duplicate.Reference}: {string.Join("; ", Plan.Summary())}");
        await Db.SaveChangesAsync();
        TempData.Success($"{Duplicate.Reference} has been merged into {Person.DisplayName}");
        return Redirect(PersonPath);
    }
}
