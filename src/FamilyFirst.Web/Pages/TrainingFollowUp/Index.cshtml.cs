using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Data.Training;
using FamilyFirst.Web.Pages.Feedback;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FamilyFirst.Web.Pages.TrainingFollowUp;

/// <summary>Why a follow-up link does not open the questionnaire.</summary>
public enum FollowUpLinkProblem
{
    None,
    Unknown,
    Used,
    Expired,
}

/// <summary>
/// The anonymous three-month follow-up, reached by the participant's one-time link: how they have used restorative
/// practice since, how confident they feel now in each learning outcome, and what helped or got in the way. The link
/// is found by its token's hash; the answer is stored with no name, booking or time. A used or expired link is gone
/// (410) and an unknown one not found (404), each with a page that says so.
/// </summary>
[EnableRateLimiting(FeedbackRateLimit.Policy)]
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public Course Course { get; private set; } = default!;

    public IReadOnlyList<LearningOutcome> Outcomes { get; private set; } = [];

    public FollowUpLinkProblem Problem { get; private set; }

    [BindProperty]
    [Display(Name = "How have you used restorative practice since the course?")]
    public List<PracticeUses> Uses { get; set; } = [];

    [BindProperty]
    public List<int?> Now { get; set; } = [];

    [BindProperty]
    [Display(Name = "What has helped you use it? (optional)")]
    public string? Helped { get; set; }

    [BindProperty]
    [Display(Name = "What has got in the way? (optional)")]
    public string? GotInTheWay { get; set; }

    public async Task<IActionResult> OnGetAsync(string token) =>
        await FindAsync(token) is null ? Refused() : Page();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await FindAsync(token) is not { } invitation)
        {
            return Refused();
        }

        // Model binding's own messages (a value that is not a choice or a number) give way to the domain's.
        ModelState.Clear();
        var errors = FollowUpResponse.Check(Course, Uses, Now, Helped, GotInTheWay);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(error.Field, error.Message);
            }

            return Page();
        }

        var response = FollowUpResponse.Submit(Course, invitation.SessionId, Uses, Now, Helped, GotInTheWay).Value!;
        db.TrainingFollowUps.Add(response);
        invitation.Answered = true;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // The same link answered at the same moment: the first answer stands, this one is not kept.
            Problem = FollowUpLinkProblem.Used;
            return Refused();
        }

        return Redirect(this.Links().TrainingFollowUpThanks());
    }

    private PageResult Refused()
    {
        Response.StatusCode = Problem == FollowUpLinkProblem.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return Page();
    }

    /// <summary>The invitation the link names, if it can still be answered; otherwise null, with <see cref="Problem"/> saying why.</summary>
    private async Task<FollowUpInvitation?> FindAsync(string token)
    {
        Problem = FollowUpLinkProblem.Unknown;
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
        {
            return null;
        }

        var hash = FollowUpInvitation.Hash(token);
        var invitation = await db.TrainingFollowUpInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash);
        if (invitation is null)
        {
            return null;
        }

        if (invitation.Answered)
        {
            Problem = FollowUpLinkProblem.Used;
            return null;
        }

        if (time.Today > invitation.ExpiresOn)
        {
            Problem = FollowUpLinkProblem.Expired;
            return null;
        }

        var courseId = await db.TrainingSessions.Where(s => s.Id == invitation.SessionId).Select(s => s.CourseId).SingleAsync();
        Course = await db.TrainingCourses.Include(c => c.Outcomes).SingleAsync(c => c.Id == courseId);
        Outcomes = Course.OutcomesInOrder.ToList();

        // One answer slot per outcome, so the form can show each (empty until chosen).
        Now = [.. Now.Take(Outcomes.Count), .. Enumerable.Repeat<int?>(null, Math.Max(0, Outcomes.Count - Now.Count))];
        Problem = FollowUpLinkProblem.None;
        return invitation;
    }
}
