using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Audit;
using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>Adds a session of a course: the day, start and end, a venue or an online link, the trainer and the places.</summary>
public sealed class NewSessionModel(AppDbContext db, TimeProvider time, AuditTrail audit) : PageModel
{
    public Course Course { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> Trainers { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Date")]
    [Required(ErrorMessage = "Enter the date of the session")]
    public DateOnly? Date { get; set; }

    [BindProperty]
    [Display(Name = "Start time")]
    [Required(ErrorMessage = "Enter the start time")]
    public string? StartTime { get; set; }

    [BindProperty]
    [Display(Name = "End time")]
    [Required(ErrorMessage = "Enter the end time")]
    public string? EndTime { get; set; }

    [BindProperty]
    [Display(Name = "Venue")]
    [StringLength(TrainingSession.VenueMaximumLength, ErrorMessage = "Venue must be 300 characters or less")]
    public string? Venue { get; set; }

    [BindProperty]
    [Display(Name = "Online joining link")]
    public string? OnlineLink { get; set; }

    [BindProperty]
    [Display(Name = "Trainer")]
    [Required(ErrorMessage = "Select the trainer")]
    public string? TrainerId { get; set; }

    [BindProperty]
    [Display(Name = "Number of places")]
    [Required(ErrorMessage = "Enter the number of places")]
    public int? Capacity { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid courseId)
    {
        if (!await LoadAsync(courseId))
        {
            return NotFound();
        }

        TrainerId = StaffIds.ToUserKey(StaffIds.Of(User));
        return Page();
    }

    [ForAction(StaffAction.RunTraining)]
    public async Task<IActionResult> OnPostAsync(Guid courseId)
    {
        if (!await LoadAsync(courseId))
        {
            return NotFound();
        }

        if (ModelState[nameof(Capacity)]?.Errors.Count > 0 && Capacity is null && Request.Form[nameof(Capacity)].ToString().Trim().Length > 0)
        {
            ModelState[nameof(Capacity)]!.Errors.Clear();
            ModelState.AddModelError(nameof(Capacity), "Number of places must be a whole number, like 16");
        }

        var (start, end) = CouncilTime.ParseStartAndEnd(StartTime, EndTime, ModelState);
        var trainer = Trainers.FirstOrDefault(t => t.Value == TrainerId);
        if (TrainerId is not null && trainer is null)
        {
            ModelState.AddModelError(nameof(TrainerId), "Select the trainer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var scheduled = TrainingSession.Schedule(
            Course,
            time.ToInstant(Date!.Value, start!.Value),
            time.ToInstant(Date.Value, end!.Value),
            Venue,
            OnlineLink,
            new TrainerRef(trainer!.Value, trainer.Text),
            Capacity!.Value,
            time.Now);
        if (!scheduled.Succeeded)
        {
            ModelState.AddModelError(FieldFor(scheduled.Error!), scheduled.Error!);
            return Page();
        }

        db.TrainingSessions.Add(scheduled.Value!);
        audit.Record(AuditAction.Create, TrainingAudit.SessionRecord, scheduled.Value!.Id.ToString("D"), detail: $"Session of course {Course.Id:D}");
        await db.SaveChangesAsync();
        TempData.Success($"Session added for {TrainingText.When(time, scheduled.Value!)}");
        return Redirect(this.Links().TrainingSession(scheduled.Value!.Id));
    }

    /// <summary>The form field a session rule's refusal is about (shared with changing a session).</summary>
    internal static string FieldFor(string error) => error switch
    {
        _ when error.StartsWith("The session must start", StringComparison.Ordinal) => nameof(Date),
        _ when error.Contains("end", StringComparison.OrdinalIgnoreCase) => nameof(EndTime),
        _ when error.StartsWith("Enter the online", StringComparison.Ordinal) => nameof(OnlineLink),
        _ when error.StartsWith("Enter the venue", StringComparison.Ordinal) || error.StartsWith("Venue", StringComparison.Ordinal) => nameof(Venue),
        _ when error.StartsWith("Capacity", StringComparison.Ordinal) => nameof(Capacity),
        _ => string.Empty,
    };

    private async Task<bool> LoadAsync(Guid courseId)
    {
        var course = await db.TrainingCourses.SingleOrDefaultAsync(c => c.Id == courseId);
        if (course is null)
        {
            return false;
        }

        Course = course;
        Trainers = await TrainerChoices.AllAsync(db);
        return true;
    }
}
