using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Safety;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Pages.Plans;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Safety;

/// <summary>A danger statement and the safety goal that answers it: always written together.</summary>
public sealed class DangerPairInput
{
    [Display(Name = "Danger statement")]
    [StringLength(2000, ErrorMessage = "The danger statement must be 2,000 characters or less")]
    public string? Danger { get; set; }

    [Display(Name = "Safety goal")]
    [StringLength(2000, ErrorMessage = "The safety goal must be 2,000 characters or less")]
    public string? Goal { get; set; }
}

/// <summary>The three columns as typed: each list field holds one entry per line.</summary>
public sealed class AssessmentInput
{
    [Display(Name = "Date of the assessment")]
    [Required(ErrorMessage = "Enter the date of the assessment")]
    public DateOnly? AssessedOn { get; set; }

    [Display(Name = "Harm: what has happened to the children")]
    [StringLength(8000, ErrorMessage = "Harm must be 8,000 characters or less")]
    public string? Harms { get; set; }

    [Display(Name = "Complicating factors")]
    [StringLength(8000, ErrorMessage = "Complicating factors must be 8,000 characters or less")]
    public string? ComplicatingFactors { get; set; }

    public List<DangerPairInput> Pairs { get; set; } = [];

    [Display(Name = "Strengths")]
    [StringLength(8000, ErrorMessage = "Strengths must be 8,000 characters or less")]
    public string? Strengths { get; set; }

    [Display(Name = "Existing safety")]
    [StringLength(8000, ErrorMessage = "Existing safety must be 8,000 characters or less")]
    public string? ExistingSafety { get; set; }

    [Display(Name = "Next steps")]
    [StringLength(8000, ErrorMessage = "Next steps must be 8,000 characters or less")]
    public string? NextSteps { get; set; }
}

/// <summary>
/// Records the family's next safety assessment version, starting from the latest one. A danger statement without its
/// safety goal (or a goal without its statement) is refused. "Save as a draft" keeps what was typed on the server.
/// </summary>
public sealed class AssessmentModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    public const string FormName = "safety-assessment";
    private const int BlankPairs = 2;

    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    [BindProperty]
    public string? Intent { get; set; }

    public SafetyAssessment? Latest { get; private set; }

    public DateTimeOffset? RestoredDraftFrom { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new AssessmentInput { AssessedOn = Today };
        if (Latest is { } latest)
        {
            Input.Harms = Lines(latest.Worries.Where(w => w.Kind == WorryKind.Harm).Select(w => w.Text));
            Input.ComplicatingFactors = Lines(latest.Worries.Where(w => w.Kind == WorryKind.ComplicatingFactor).Select(w => w.Text));
            Input.Strengths = Lines(latest.WorkingWell.Where(w => w.Kind == WorkingWellKind.Strength).Select(w => w.Text));
            Input.ExistingSafety = Lines(latest.WorkingWell.Where(w => w.Kind == WorkingWellKind.ExistingSafety).Select(w => w.Text));
            Input.NextSteps = Lines(latest.NextSteps.Where(n => n.Kind == NextStepKind.NextStep).Select(n => n.Text));
            Input.Pairs = latest.Worries
                .Where(w => w.Kind == WorryKind.DangerStatement)
                .Select(w => new DangerPairInput { Danger = w.Text, Goal = latest.SafetyGoalFor(w)?.Text })
                .ToList();
        }

        if (await records.LoadDraftAsync<AssessmentInput>(UserId, id, FormName) is { } kept)
        {
            Input = kept.Values;
            RestoredDraftFrom = kept.SavedAt;
        }

        AddBlankPairs();
        return Page();
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Intent is "draft" or "add-pair")
        {
            ModelState.Clear();
            await records.KeepDraftAsync(UserId, id, FormName, Input, null, UtcNow);
            await records.Db.SaveChangesAsync();
            if (Intent == "draft")
            {
                TempData.Success("Your assessment has been kept as a draft. It is not recorded until you save it");
                return Redirect(this.Links().Safety(id));
            }

            Input.Pairs.Add(new DangerPairInput());
            return Page();
        }

        for (var i = 0; i < Input.Pairs.Count; i++)
        {
            var pair = Input.Pairs[i];
            var hasDanger = !string.IsNullOrWhiteSpace(pair.Danger);
            var hasGoal = !string.IsNullOrWhiteSpace(pair.Goal);
            if (hasDanger && !hasGoal)
            {
                ModelState.AddModelError($"Input.Pairs[{i}].Goal", "Enter the safety goal for this danger statement: a danger statement is always paired with a safety goal");
            }
            else if (hasGoal && !hasDanger)
            {
                ModelState.AddModelError($"Input.Pairs[{i}].Danger", "Enter the danger statement this safety goal answers: a safety goal is always paired with a danger statement");
            }
        }

        if (Input.AssessedOn is { } on && on > Today)
        {
            ModelState.AddModelError("Input.AssessedOn", "The date of the assessment must be today or in the past");
        }
        else if (Input.AssessedOn is { } date && Latest is { } previous && date < previous.AssessedOn && ModelState.GetFieldValidationState("Input.AssessedOn") != ModelValidationState.Invalid)
        {
            ModelState.AddModelError("Input.AssessedOn", $"The date of the assessment must be the same as or after {Families.FamilyText.Date(previous.AssessedOn)}, the date of the last version");
        }

        if (!ModelState.IsValid)
        {
            AddBlankPairs();
            return Page();
        }

        var worries = Split(Input.Harms).Select(WorryItem.Harm).ToList();
        var nextSteps = new List<NextStepItem>();
        foreach (var pair in Input.Pairs.Where(p => !string.IsNullOrWhiteSpace(p.Danger)))
        {
            var pairing = Guid.NewGuid();
            worries.Add(WorryItem.DangerStatement(pair.Danger!, pairing));
            nextSteps.Add(NextStepItem.SafetyGoal(pair.Goal!, pairing));
        }

        worries.AddRange(Split(Input.ComplicatingFactors).Select(WorryItem.ComplicatingFactor));
        var workingWell = Split(Input.Strengths).Select(WorkingWellItem.Strength).Concat(Split(Input.ExistingSafety).Select(WorkingWellItem.ExistingSafety)).ToList();
        nextSteps.AddRange(Split(Input.NextSteps).Select(NextStepItem.NextStep));

        var recorded = Latest is null
            ? SafetyAssessment.Create(id, Input.AssessedOn!.Value, UserId, worries, workingWell, nextSteps)
            : Latest.NextVersion(Input.AssessedOn!.Value, UserId, worries, workingWell, nextSteps);
        if (Refused(recorded))
        {
            AddBlankPairs();
            return Page();
        }

        var assessment = recorded.Value!;
        records.Db.SafetyAssessments.Add(assessment);
        records.AuditChange(AuditAction.Create, PlanRecords.AssessmentRecord, assessment.Id, id, $"Recorded safety assessment version {assessment.VersionNumber}");
        records.Chronicle(id, ChronologyEventType.Plan, $"Safety assessment recorded (version {assessment.VersionNumber})", UserId, PlanRecords.AssessmentRecord, assessment.Id, assessment.AssessedOn, UtcNow);
        await records.DiscardDraftAsync(UserId, id, FormName);
        await records.Db.SaveChangesAsync();
        TempData.Success($"Safety assessment version {assessment.VersionNumber} recorded");
        return Redirect(this.Links().Safety(id));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return false;
        }

        var assessments = await records.AssessmentsAsync(id);
        Latest = assessments.Count > 0 ? assessments[^1] : null;
        return true;
    }

    private void AddBlankPairs()
    {
        var blanks = Input.Pairs.Count(p => string.IsNullOrWhiteSpace(p.Danger) && string.IsNullOrWhiteSpace(p.Goal));
        for (var i = blanks; i < BlankPairs && Input.Pairs.Count < 20; i++)
        {
            Input.Pairs.Add(new DangerPairInput());
        }
    }

    private static string? Lines(IEnumerable<string> texts)
    {
        var joined = string.Join("\n", texts);
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>One entry per line; blank lines are ignored, the words on each line are kept as written.</summary>
    private static IEnumerable<string> Split(string? text) =>
        (text ?? string.Empty).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !string.IsNullOrWhiteSpace(l));
}
