using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilyFirst.Web.Pages.Families.Needs;

/// <summary>Records (or corrects) the outcome against one of the family's needs: when it was achieved, whether it stopped holding, and the evidence.</summary>
public sealed class OutcomeModel(AppDbContext db, FamilyAccess access, AuditTrail audit, SupportingFamiliesFramework framework, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Date the outcome was achieved")]
    [Required(ErrorMessage = "Enter the date the outcome was achieved")]
    public DateOnly? AchievedOn { get; set; }

    [BindProperty]
    [Display(Name = "Date the outcome stopped holding (optional)")]
    public DateOnly? LapsedOn { get; set; }

    [BindProperty]
    [Display(Name = "Evidence source")]
    [Required(ErrorMessage = "Select the evidence for the outcome")]
    public string? OutcomeEvidenceSource { get; set; }

    [BindProperty]
    [Display(Name = "What the evidence shows")]
    [Required(ErrorMessage = "Enter what the evidence shows")]
    [StringLength(RecordedNeed.MaximumEvidenceLength, ErrorMessage = "What the evidence shows must be 2,000 characters or less")]
    public string? OutcomeEvidence { get; set; }

    public RecordedNeed Need { get; private set; } = default!;

    public string NeedName => NeedChoices.NeedName(framework, Need);

    public string? SuccessMeasure => framework.Need(Need.Headline, Need.NeedCode)?.SuccessMeasure;

    public IReadOnlyList<SelectListItem> EvidenceItems => NeedChoices.EvidenceSources(framework);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid needId)
    {
        if (!await LoadForChangeFormAsync(id) || !await LoadNeedAsync(needId))
        {
            return NotFound();
        }

        AchievedOn = Need.AchievedOn;
        LapsedOn = Need.LapsedOn;
        OutcomeEvidenceSource = Need.OutcomeEvidenceSource;
        OutcomeEvidence = Need.OutcomeEvidence;
        return Page();
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid needId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadNeedAsync(needId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var hadOutcome = Need.HasOutcome;
        var result = Need.RecordOutcome(AchievedOn!.Value, LapsedOn, OutcomeEvidenceSource, OutcomeEvidence, framework, UserId, Today, UtcNow);
        if (Refused(result, result.Field ?? string.Empty))
        {
            return Page();
        }

        audit.Record(AuditAction.Change, nameof(RecordedNeed), Need.Id.ToString(), Family.Id, $"{(hadOutcome ? "Changed" : "Recorded")} the outcome against the {HeadlineOutcomes.Code(Need.Headline)} need {Need.NeedCode}");
        await db.SaveChangesAsync();
        TempData.Success($"Outcome {(hadOutcome ? "changed" : "recorded")}: {NeedName}");
        return Redirect(this.Links().FamilyNeeds(Family.Id));
    }

    private async Task<bool> LoadNeedAsync(Guid needId)
    {
        var need = await db.RecordedNeeds.SingleOrDefaultAsync(n => n.Id == needId && n.FamilyCaseId == Family.Id);
        if (need is null)
        {
            return false;
        }

        Need = need;
        return true;
    }
}
