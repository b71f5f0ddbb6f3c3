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

/// <summary>
/// Records one person's answer to the scaling question: the person (chosen from the household, the family's network or
/// the professional recording it, or written in with their role when it is someone else), the rating and the date.
/// </summary>
public sealed class RatingModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    public const string Me = "me";
    public const string SomeoneElse = "someone-else";

    [BindProperty]
    [Display(Name = "Who gave the rating?")]
    [Required(ErrorMessage = "Select who gave the rating")]
    public string? GivenBy { get; set; }

    [BindProperty]
    [Display(Name = "Their name")]
    [StringLength(ScalingRater.NameMaxLength, ErrorMessage = "Their name must be 200 characters or less")]
    public string? GivenByName { get; set; }

    [BindProperty]
    [Display(Name = "Their role")]
    [StringLength(ScalingRater.NameMaxLength, ErrorMessage = "Their role must be 200 characters or less")]
    public string? GivenByRole { get; set; }

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

    /// <summary>The household, then the family's network: the people who may give a rating.</summary>
    public IReadOnlyList<PlanPerson> People { get; private set; } = [];

    /// <summary>The signed-in professional's name, for "You".</summary>
    public string MyName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        RatedOn = Today;
        return Page();
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var rater = Rater();
        if (GivenBy is not null && rater is null)
        {
            ModelState.AddModelError(nameof(GivenBy), "Select who gave the rating");
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

        var recorded = ScalingRating.Record(id, score!.Value, rater!, RatedOn!.Value, Comment);
        var field = recorded.Error switch
        {
            { } e when e.StartsWith("Enter the name", StringComparison.Ordinal) || e.StartsWith("Their name", StringComparison.Ordinal) => nameof(GivenByName),
            { } e when e.StartsWith("Enter their role", StringComparison.Ordinal) || e.StartsWith("Their role", StringComparison.Ordinal) => nameof(GivenByRole),
            { } e when e.StartsWith("Select who", StringComparison.Ordinal) => nameof(GivenBy),
            _ => nameof(Score),
        };
        if (Refused(recorded, field))
        {
            return Page();
        }

        records.Db.ScalingRatings.Add(recorded.Value!);
        records.AuditChange(AuditAction.Create, PlanRecords.AssessmentRecord, recorded.Value!.Id, id, "Recorded a scaling rating");
        await records.Db.SaveChangesAsync();
        TempData.Success($"Scaling rating of {score} recorded");
        return Redirect(this.Links().Safety(id));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return false;
        }

        People = await records.PeopleAsync(Family);
        MyName = (await records.StaffNamesAsync([UserId])).GetValueOrDefault(UserId) ?? User.Identity?.Name ?? "You";
        return true;
    }

    /// <summary>The person chosen on the form, or null when the choice is not one offered.</summary>
    private ScalingRater? Rater() => GivenBy switch
    {
        Me => ScalingRater.Professional(UserId, MyName, User.IsInRole(Roles.Manager)),
        SomeoneElse => ScalingRater.SomeoneElse(GivenByName, GivenByRole),
        { } value when People.FirstOrDefault(p => p.Value == value) is { } person => person.Kind == Domain.Plans.ActionOwnerKind.NetworkMember
            ? ScalingRater.NetworkMember(person.NetworkMemberId!.Value, person.Name)
            : ScalingRater.HouseholdMember(person.PersonId!.Value, person.Name),
        _ => null,
    };
}
