using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FamilyFirst.Web.Pages.Feedback;

/// <summary>
/// The anonymous feedback form after a meeting, reached by the meeting's unguessable link. It stores the
/// answers and nothing else: no name, no account, no time, no address. Not audited, as it holds no personal data.
/// </summary>
[EnableRateLimiting(FeedbackRateLimit.Policy)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty]
    [Display(Name = "Did you feel listened to?")]
    [Required(ErrorMessage = "Select how far you felt listened to, from 1 to 5")]
    [Range(1, 5, ErrorMessage = "Select how far you felt listened to, from 1 to 5")]
    public int? FeltListenedTo { get; set; }

    [BindProperty]
    [Display(Name = "Were you treated with respect?")]
    [Required(ErrorMessage = "Select how far you were treated with respect, from 1 to 5")]
    [Range(1, 5, ErrorMessage = "Select how far you were treated with respect, from 1 to 5")]
    public int? TreatedWithRespect { get; set; }

    [BindProperty]
    [Display(Name = "Did you have a say?")]
    [Required(ErrorMessage = "Select how far you had a say, from 1 to 5")]
    [Range(1, 5, ErrorMessage = "Select how far you had a say, from 1 to 5")]
    public int? HadASay { get; set; }

    [BindProperty]
    [Display(Name = "Does the plan feel like yours?")]
    [Required(ErrorMessage = "Select how far the plan feels like yours, from 1 to 5")]
    [Range(1, 5, ErrorMessage = "Select how far the plan feels like yours, from 1 to 5")]
    public int? PlanFeelsLikeOurs { get; set; }

    [BindProperty]
    [Display(Name = "Anything else you want to tell us? (optional)")]
    [StringLength(FeedbackResponse.CommentsMaxLength, ErrorMessage = "Your comments must be 2,000 characters or less")]
    public string? Comments { get; set; }

    public async Task<IActionResult> OnGetAsync(string token) =>
        await FindAsync(token) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await FindAsync(token) is not { } meetingId)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var response = FeedbackResponse.Submit(meetingId, FeltListenedTo!.Value, TreatedWithRespect!.Value, HadASay!.Value, PlanFeelsLikeOurs!.Value, Comments);
        if (!response.Succeeded)
        {
            ModelState.AddModelError(nameof(Comments), response.Error!);
            return Page();
        }

        db.FeedbackResponses.Add(response.Value!);
        await db.SaveChangesAsync();
        return Redirect(this.Links().FeedbackThanks());
    }

    private async Task<Guid?> FindAsync(string token) =>
        string.IsNullOrWhiteSpace(token) || token.Length > 64
            ? null
            : await db.FeedbackLinks.Where(l => l.Token == token).Select(l => (Guid?)l.MeetingId).FirstOrDefaultAsync();
}

/// <summary>The rate limit on the public feedback form, per client address, so it cannot be flooded.</summary>
public static class FeedbackRateLimit
{
    public const string Policy = "feedback";
}
