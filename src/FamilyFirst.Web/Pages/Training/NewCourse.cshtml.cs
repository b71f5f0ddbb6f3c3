using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Audit;
using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Training;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>Adds a course to the catalogue: its title, summary, length and learning outcomes (one per line).</summary>
public sealed class NewCourseModel(AppDbContext db, AuditTrail audit) : PageModel
{
    [BindProperty]
    [Display(Name = "Course title")]
    [Required(ErrorMessage = "Enter the course title")]
    [StringLength(Course.TitleMaximumLength, ErrorMessage = "Course title must be 200 characters or less")]
    public string? Title { get; set; }

    [BindProperty]
    [Display(Name = "Summary (optional)")]
    [StringLength(Course.SummaryMaximumLength, ErrorMessage = "Summary must be 2,000 characters or less")]
    public string? Summary { get; set; }

    [BindProperty]
    [Display(Name = "Length, in hours")]
    [Required(ErrorMessage = "Enter how long the course lasts, in hours")]
    public decimal? LengthHours { get; set; }

    [BindProperty]
    [Display(Name = "Learning outcomes")]
    [Required(ErrorMessage = "Enter at least one learning outcome")]
    public string? Outcomes { get; set; }

    public void OnGet()
    {
    }

    [ForAction(StaffAction.RunTraining)]
    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState[nameof(LengthHours)]?.Errors.Count > 0 && LengthHours is null && Request.Form[nameof(LengthHours)].ToString().Trim().Length > 0)
        {
            ModelState[nameof(LengthHours)]!.Errors.Clear();
            ModelState.AddModelError(nameof(LengthHours), "Length must be a number of hours, like 3 or 6.5");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var created = Course.Create(Title, Summary, LengthHours, (Outcomes ?? string.Empty).Split('\n'));
        if (!created.Succeeded)
        {
            ModelState.AddModelError(FieldFor(created.Error!), created.Error!);
            return Page();
        }

        db.TrainingCourses.Add(created.Value!);
        audit.Record(AuditAction.Create, TrainingAudit.CourseRecord, created.Value!.Id.ToString("D"), detail: "Added to the catalogue");
        await db.SaveChangesAsync();
        TempData.Success($"{created.Value!.Title} added to the catalogue");
        return Redirect(this.Links().Course(created.Value.Id));
    }

    /// <summary>The form field a course rule's refusal is about (shared with changing a course).</summary>
    internal static string FieldFor(string error) =>
        error.StartsWith("Length", StringComparison.Ordinal) || error.StartsWith("Enter how long", StringComparison.Ordinal) ? nameof(LengthHours)
        : error.Contains("outcome", StringComparison.Ordinal) ? nameof(Outcomes)
        : error.StartsWith("Summary", StringComparison.Ordinal) ? nameof(Summary)
        : nameof(Title);
}
