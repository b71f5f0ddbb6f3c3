using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Pages.Feedback;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FamilyFirst.Web.Pages.TrainingEvaluation;

/// <summary>
/// The anonymous evaluation of a training session, reached by the participant's own link: confidence before and
/// after in each learning outcome (0 to 10) and comments. The link works once; the answers are stored with no name,
/// booking or time, so they cannot be traced to the person.
/// </summary>
[EnableRateLimiting(FeedbackRateLimit.Policy)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public Course Course { get; private set; } = default!;

    public IReadOnlyList<LearningOutcome> Outcomes { get; private set; } = [];

    [BindProperty]
    public List<int?> Before { get; set; } = [];

    [BindProperty]
    public List<int?> After { get; set; } = [];

    [BindProperty]
    [Display(Name = "Anything else you want to tell us? (optional)")]
    [StringLength(EvaluationResponse.CommentsMaximumLength, ErrorMessage = "Your comments must be 2,000 characters or less")]
    public string? Comments { get; set; }

    public bool AlreadyAnswered { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await FindAsync(token) is null)
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await FindAsync(token) is not { } invitation)
        {
            return NotFound();
        }

        if (AlreadyAnswered)
        {
            return Page();
        }

        var ratings = new Dictionary<Guid, (int? Before, int? After)>();
        for (var i = 0; i < Outcomes.Count; i++)
        {
            var before = Before[i];
            var after = After[i];
            if (before is null or < EvaluationResponse.MinimumConfidence or > EvaluationResponse.MaximumConfidence)
            {
                ModelState.AddModelError($"Before[{i}]", $"Select how confident you felt before the session, from 0 to 10, in: {Outcomes[i].Text}");
            }

            if (after is null or < EvaluationResponse.MinimumConfidence or > EvaluationResponse.MaximumConfidence)
            {
                ModelState.AddModelError($"After[{i}]", $"Select how confident you feel now, from 0 to 10, in: {Outcomes[i].Text}");
            }

            ratings[Outcomes[i].Id] = (before, after);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var response = EvaluationResponse.Submit(Course, invitation.SessionId, ratings, Comments);
        if (!response.Succeeded)
        {
            ModelState.AddModelError(nameof(Comments), response.Error!);
            return Page();
        }

        db.TrainingEvaluations.Add(response.Value!);
        invitation.Answered = true;
        await db.SaveChangesAsync();
        return Redirect(this.Links().TrainingEvaluationThanks());
    }

    private async Task<Data.Training.EvaluationInvitation?> FindAsync(string token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
        {
            return null;
        }

        var invitation = await db.TrainingEvaluationInvitations.SingleOrDefaultAsync(i => i.Token == token);
        if (invitation is null)
        {
            return null;
        }

        var courseId = await db.TrainingSessions.Where(s => s.Id == invitation.SessionId).Select(s => s.CourseId).SingleAsync();
        Course = await db.TrainingCourses.Include(c => c.Outcomes).SingleAsync(c => c.Id == courseId);
        Outcomes = Course.OutcomesInOrder.ToList();

        // One answer slot per outcome, so the form can show each (empty until chosen).
        Before = [.. Before.Take(Outcomes.Count), .. Enumerable.Repeat<int?>(null, Math.Max(0, Outcomes.Count - Before.Count))];
        After = [.. After.Take(Outcomes.Count), .. Enumerable.Repeat<int?>(null, Math.Max(0, Outcomes.Count - After.Count))];
        AlreadyAnswered = invitation.Answered;
        return invitation;
    }
}
