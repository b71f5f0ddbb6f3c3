using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Plans;

/// <summary>Progress on one action, as given at a review.</summary>
public sealed class ActionProgressInput
{
    public Guid ActionKey { get; set; }

    public string? Status { get; set; }

    [StringLength(2000, ErrorMessage = "The update must be 2,000 characters or less")]
    public string? Note { get; set; }
}

/// <summary>Records a review of the agreed plan: each action's progress, notes, and when to review next.</summary>
public sealed class ReviewModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Date of the review")]
    [Required(ErrorMessage = "Enter the date of the review")]
    public DateOnly? ReviewedOn { get; set; }

    [BindProperty]
    public List<ActionProgressInput> Progress { get; set; } = [];

    [BindProperty]
    [Display(Name = "Notes from the review (optional)")]
    [StringLength(4000, ErrorMessage = "Notes must be 4,000 characters or less")]
    public string? Notes { get; set; }

    [BindProperty]
    [Display(Name = "When is the next review? (optional)")]
    public DateOnly? NextReviewOn { get; set; }

    [BindProperty]
    [Display(Name = "If there will be no further review, why not?")]
    [StringLength(2000, ErrorMessage = "Why there will be no further review must be 2,000 characters or less")]
    public string? NoNextReviewReason { get; set; }

    /// <summary>The next review date the plan has now, kept when the field is left blank.</summary>
    public DateOnly? CurrentNextReview { get; private set; }

    [BindProperty]
    public int Revision { get; set; }

    public PlanVersion Current { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } plan)
        {
            return NotFound();
        }

        if (plan.CurrentVersion is null)
        {
            return Redirect(this.Links().FamilyPlan(id));
        }

        Revision = plan.Revision;
        ReviewedOn = Today;
        Progress = Current.Actions.Select(a => new ActionProgressInput { ActionKey = a.ActionKey, Status = a.Status.ToString() }).ToList();
        return Page();
    }

    [ForAction(StaffAction.ChangeFamilyPlan)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } plan || plan.CurrentVersion is null)
        {
            return NotFound();
        }

        var updates = new List<ActionProgressUpdate>();
        for (var i = 0; i < Progress.Count; i++)
        {
            var item = Progress[i];
            if (Current.Action(item.ActionKey) is null)
            {
                continue;
            }

            if (!Enum.TryParse<PlanActionStatus>(item.Status, out var status))
            {
                ModelState.AddModelError($"Progress[{i}].Status", "Select how the action is going");
                continue;
            }

            if (status == PlanActionStatus.NotDone && string.IsNullOrWhiteSpace(item.Note))
            {
                ModelState.AddModelError($"Progress[{i}].Note", "Enter why the action was not done");
            }

            updates.Add(new ActionProgressUpdate(item.ActionKey, status, item.Note));
        }

        if (ReviewedOn is { } on && on > Today)
        {
            ModelState.AddModelError(nameof(ReviewedOn), "The date of the review must be today or in the past");
        }

        if (ReviewedOn is { } reviewed && NextReviewOn is { } next && next <= reviewed && ModelState.GetFieldValidationState(nameof(NextReviewOn)) != ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(NextReviewOn), "The next review date must be after the review date");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!plan.EnsureNotStale(Revision).Succeeded)
        {
            ModelState.AddModelError(string.Empty, FamilyPlan.StaleMessage);
            Revision = plan.Revision;
            return Page();
        }

        var review = plan.RecordReview(ReviewedOn!.Value, updates, Notes, NextReviewOn, UserId, UtcNow, NoNextReviewReason);
        if (Refused(review, review.Error?.Contains("next review", StringComparison.OrdinalIgnoreCase) == true ? nameof(NextReviewOn) : string.Empty))
        {
            return Page();
        }

        records.AuditChange(AuditAction.Change, PlanRecords.PlanRecord, plan.Id, id, $"Recorded a review of version {Current.Number}");
        records.Chronicle(id, ChronologyEventType.Plan, $"Family plan reviewed (version {Current.Number})", UserId, PlanRecords.PlanRecord, plan.Id, ReviewedOn.Value, UtcNow);
        if (!await records.TrySavePlanAsync())
        {
            await LoadAsync(id);
            ModelState.AddModelError(string.Empty, FamilyPlan.StaleMessage);
            return Page();
        }

        TempData.Success("Review recorded");
        return Redirect(this.Links().FamilyPlan(id));
    }

    private async Task<FamilyPlan?> LoadAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id) || await records.PlanAsync(id) is not { } plan)
        {
            return null;
        }

        CurrentNextReview = plan.NextReviewDue;
        if (plan.CurrentVersion is { } current)
        {
            Current = current;
        }

        return plan;
    }
}
