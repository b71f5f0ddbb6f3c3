using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Training;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>One course: its learning outcomes, its sessions, and what participants said about it, in aggregate only.</summary>
[ShowsTheRecord]
public sealed class CourseModel(AppDbContext db, TimeProvider time, AuditTrail audit) : PageModel
{
    public Course Course { get; private set; } = default!;

    public IReadOnlyList<IndexModel.SessionRow> Sessions { get; private set; } = [];

    public EvaluationSummary Evaluation { get; private set; } = default!;

    /// <summary>The three-month follow-up's answers for every session of the course, in aggregate only.</summary>
    public FollowUpSummary? FollowUp { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid courseId)
    {
        if (!await LoadAsync(courseId))
        {
            return NotFound();
        }

        var sessions = await db.TrainingSessions.Include(s => s.Bookings).Where(s => s.CourseId == courseId).OrderByDescending(s => s.StartsAt).ToListAsync();
        Sessions = sessions.Select(s => new IndexModel.SessionRow(s.Id, Course.Title, TrainingText.When(time, s), s.Venue ?? "Online", s.TrainerName, s.PlacesLeft, s.Capacity, s.WaitingList.Count())).ToList();
        Evaluation = EvaluationSummary.From(Course, await db.TrainingEvaluations.Include(e => e.Ratings).Where(e => e.CourseId == courseId).ToListAsync());
        FollowUp = FollowUpSummary.From(Course, await db.TrainingFollowUps.Include(f => f.Ratings).Where(f => f.CourseId == courseId).ToListAsync(), Evaluation);
        return Page();
    }

    [ForAction(StaffAction.RunTraining)]
    public async Task<IActionResult> OnPostWithdrawAsync(Guid courseId)
    {
        if (!await LoadAsync(courseId))
        {
            return NotFound();
        }

        Course.Withdraw();
        audit.Record(AuditAction.Change, TrainingAudit.CourseRecord, courseId.ToString("D"), detail: "Withdrawn");
        await db.SaveChangesAsync();
        TempData.Success($"{Course.Title} is withdrawn: no new sessions can be added");
        return Redirect(this.Links().Course(courseId));
    }

    [ForAction(StaffAction.RunTraining)]
    public async Task<IActionResult> OnPostReinstateAsync(Guid courseId)
    {
        if (!await LoadAsync(courseId))
        {
            return NotFound();
        }

        Course.Reinstate();
        audit.Record(AuditAction.Change, TrainingAudit.CourseRecord, courseId.ToString("D"), detail: "Reinstated");
        await db.SaveChangesAsync();
        TempData.Success($"{Course.Title} is back in the catalogue");
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
