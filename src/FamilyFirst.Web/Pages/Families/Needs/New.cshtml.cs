using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilyFirst.Web.Pages.Families.Needs;

/// <summary>
/// Records a Supporting Families need on the family: the headline outcome and need (from the council's configuration),
/// whom it is about, who identified it, from what evidence and when. A family has each need once.
/// </summary>
public sealed class NewModel(AppDbContext db, FamilyAccess access, AuditTrail audit, SupportingFamiliesFramework framework, TimeProvider time) : FamilyPageModel(access, time)
{
    /// <summary>The value of the "whole family" choice of person.</summary>
    public const string WholeFamily = "family";

    [BindProperty]
    [Display(Name = "Headline outcome and need")]
    [Required(ErrorMessage = "Select the need")]
    public string? Need { get; set; }

    [BindProperty]
    [Display(Name = "Who is the need about?")]
    [Required(ErrorMessage = "Select who the need is about")]
    public string? About { get; set; }

    [BindProperty]
    [Display(Name = "Who identified the need?")]
    [Required(ErrorMessage = "Enter who identified the need")]
    [StringLength(RecordedNeed.MaximumIdentifiedByLength, ErrorMessage = "Who identified the need must be 200 characters or less")]
    public string? IdentifiedBy { get; set; }

    [BindProperty]
    [Display(Name = "Evidence source")]
    [Required(ErrorMessage = "Select the evidence the need was identified from")]
    public string? EvidenceSource { get; set; }

    [BindProperty]
    [Display(Name = "What the evidence shows (optional)")]
    [StringLength(RecordedNeed.MaximumEvidenceLength, ErrorMessage = "What the evidence shows must be 2,000 characters or less")]
    public string? Evidence { get; set; }

    [BindProperty]
    [Display(Name = "Date the need was identified")]
    [Required(ErrorMessage = "Enter the date the need was identified")]
    public DateOnly? IdentifiedOn { get; set; }

    public IReadOnlyList<SelectListItem> NeedItems => NeedChoices.Needs(framework);

    public IReadOnlyList<SelectListItem> EvidenceItems => NeedChoices.EvidenceSources(framework);

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

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        await LoadPeopleAsync();
        var chosen = NeedChoices.Parse(Need);
        if (Need is not null && chosen is null)
        {
            ModelState.AddModelError(nameof(Need), "Select a need from the list");
        }

        Guid? personId = null;
        if (About is not null && About != WholeFamily)
        {
            if (Guid.TryParse(About, out var person) && People.ContainsKey(person))
            {
                personId = person;
            }
            else
            {
                ModelState.AddModelError(nameof(About), "Select a member of the family, or the whole family");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (headline, code) = chosen!.Value;
        var recorded = RecordedNeed.Record(Family.Id, headline, code, personId, IdentifiedBy, EvidenceSource, Evidence, IdentifiedOn!.Value, framework, UserId, Today, UtcNow);
        if (!recorded.Succeeded)
        {
            ModelState.AddModelError(recorded.Field == nameof(RecordedNeed.NeedCode) ? nameof(Need) : recorded.Field ?? string.Empty, recorded.Error!);
            return Page();
        }

        var need = recorded.Value!;
        if (await db.RecordedNeeds.AnyAsync(n => n.FamilyCaseId == Family.Id && n.Headline == need.Headline && n.NeedCode == need.NeedCode))
        {
            ModelState.AddModelError(nameof(Need), "This need is already recorded for the family: record its outcome from the list of needs");
            return Page();
        }

        db.RecordedNeeds.Add(need);
        audit.Record(AuditAction.Create, nameof(RecordedNeed), need.Id.ToString(), Family.Id, $"Recorded the {HeadlineOutcomes.Code(need.Headline)} need {need.NeedCode}");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone else recorded the same need a moment ago: the database's unique index refused the second.
            ModelState.AddModelError(nameof(Need), "This need is already recorded for the family: record its outcome from the list of needs");
            return Page();
        }

        TempData.Success($"Need recorded: {NeedChoices.NeedName(framework, need)}");
        return Redirect(this.Links().FamilyNeeds(Family.Id));
    }

    private async Task LoadPeopleAsync()
    {
        var ids = Family.Members.Where(m => m.LeftOn is null).Select(m => m.PersonId).ToList();
        People = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName);
    }
}
