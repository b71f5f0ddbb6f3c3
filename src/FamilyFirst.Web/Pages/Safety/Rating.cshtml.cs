using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Safety;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Pages.Plans;
using Microsoft.AspNetCore.Mvc.Rendering;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Safety;

/// <summary>Records one person's answer to the scaling question: who, in what role, the rating and the date.</summary>
public sealed class RatingModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Who gave the rating?")]
    [Required(ErrorMessage = "Select who gave the rating")]
    public string? GivenByRole { get; set; }

    [BindProperty]
    [Display(Name = "Their name")]
    [Required(ErrorMessage = "Enter the name of the person who gave the rating")]
    [StringLength(200, ErrorMessage = "Their name must be 200 characters or less")]
    public string? GivenByName { get; set; }

    [BindProperty]
    [Display(Name = "Rating")]
    [Required(ErrorMessage = "Select a rating from 0 to 10")]
    public string? Score { get; set; }

    [BindProperty]
    [Display(Name = "Date of the rating")]
    [Required(ErrorMessage = "Enter the date of the rating")]
    public DateOnly? RatedOn { get; set; }

    [BindProperty]
    [Display(Name = "Why did they give this rating? (optional)")]
    [StringLength(2000, ErrorMessage = "Why they gave this rating must be 2,000 characters or less")]
    public string? Comment { get; set; }

    public IReadOnlyList<SelectListItem> Scores { get; } =
        [new SelectListItem("Select a rating", string.Empty), .. Enumerable.Range(ScalingRating.LowestScore, ScalingRating.HighestScore + 1).Select(s => new SelectListItem(s.ToString(System.Globalization.CultureInfo.InvariantCulture), s.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        RatedOn = Today;
        return Page();
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        var role = Enum.TryParse<ScalingRole>(GivenByRole, out var parsedRole) ? parsedRole : (ScalingRole?)null;
        if (GivenByRole is not null && role is null)
        {
            ModelState.AddModelError(nameof(GivenByRole), "Select who gave the rating");
        }

        var score = int.TryParse(Score, out var parsedScore) ? parsedScore : (int?)null;
        if (Score is not null && score is not (>= ScalingRating.LowestScore and <= ScalingRating.HighestScore))
        {
            ModelState.AddModelError(nameof(Score), "Select a rating from 0 to 10");
        }

        if (RatedOn is { } on && on > Today)
        {
            ModelState.AddModelError(nameof(RatedOn), "The date of the rating must be today or in the past");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var recorded = ScalingRating.Record(id, score!.Value, role!.Value, null, GivenByName, RatedOn!.Value, Comment);
        if (Refused(recorded, nameof(Score)))
        {
            return Page();
        }

        records.Db.ScalingRatings.Add(recorded.Value!);
        records.AuditChange(AuditAction.Create, PlanRecords.AssessmentRecord, recorded.Value!.Id, id, "Recorded a scaling rating");
        await records.Db.SaveChangesAsync();
        TempData.Success($"Scaling rating of {score} recorded");
        return Redirect(this.Links().Safety(id));
    }
}
