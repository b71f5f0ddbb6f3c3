using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>Changes a course's title, summary, length and learning outcomes (one per line), under the same rules as adding one.</summary>
public sealed class EditCourseModel(AppDbContext db, AuditTrail audit) : PageModel
{
    public Course Course { get; private set; } = default!;

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

    public async Task<IActionResult> OnGetAsync(Guid courseId)
    {
        if (!await LoadAsync(courseId))
        {
            return NotFound();
        }

        (Title, Summary, LengthHours, Outcomes) = (Course.Title, Course.Summary, Course.LengthHours, string.Join('\n', Course.OutcomesInOrder.Select(o => o.Text)));
        return Page();
    }

    [ForAction(StaffAction.RunTraining)]
    public async Task<IActionResult> OnPostAsync(Guid courseId)
    {
        if (!await LoadAsync(courseId))
        {
            return NotFound();
        }

        if (ModelState[nameof(LengthHours)]?.Errors.Count > 0 && LengthHours is null && Request.Form[nameof(LengthHours)].ToString().Trim().Length > 0)
        {
            ModelState[nameof(LengthHours)]!.Errors.Clear();
            ModelState.AddModelError(nameof(LengthHours), "Length must be a number of hours, like 3 or 6.5");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var changed = Course.Change(Title, Summary, LengthHours, (Outcomes ?? string.Empty).Split('\n'));
        if (!changed.Succeeded)
        {
            ModelState.AddModelError(NewCourseModel.FieldFor(changed.Error!), changed.Error!);
            return Page();
        }

        audit.Record(AuditAction.Change, TrainingAudit.CourseRecord, courseId.ToString("D"), detail: "Changed");
        await db.SaveChangesAsync();
        TempData.Success($"{Course.Title} is updated");
        return Redirect(this.Links().Course(courseId));
    }

    private async Task<bool> LoadAsync(Guid courseId)
    {
        var course = await db.TrainingCourses.Include(c => c.Outcomes).SingleOrDefaultAsync(c => c.Id == courseId);
        if (course is null)
        {
            return false;
        }

        Course = course;
        return true;
    }
}
