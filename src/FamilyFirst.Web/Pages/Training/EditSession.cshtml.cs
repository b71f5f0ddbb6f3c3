using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>
/// Moves or changes a session that has not yet taken place: its day and times, venue or online link, trainer and
/// places (never fewer than those taken). Everyone booked, offered a place or waiting is emailed the new details.
/// </summary>
public sealed class EditSessionModel(AppDbContext db, TimeProvider time, AuditTrail audit, TrainingMessages messages) : TrainingSessionPage(db, time, audit)
{
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

    public async Task<IActionResult> OnGetAsync(Guid sessionId)
    {
        if (!await LoadSessionAsync(sessionId))
        {
            return NotFound();
        }

        Date = Time.DateOf(Session.StartsAt);
        StartTime = Time.TimeInput(Session.StartsAt);
        EndTime = Time.TimeInput(Session.EndsAt);
        (Venue, OnlineLink, TrainerId, Capacity) = (Session.Venue, Session.OnlineLink, Session.TrainerId, Session.Capacity);
        return Page();
    }

    [ForAction(StaffAction.RunTraining)]
    public async Task<IActionResult> OnPostAsync(Guid sessionId)
    {
        if (!await LoadSessionAsync(sessionId))
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

        var changed = Session.Change(
            Time.ToInstant(Date!.Value, start!.Value),
            Time.ToInstant(Date.Value, end!.Value),
            Venue,
            OnlineLink,
            new TrainerRef(trainer!.Value, trainer.Text),
            Capacity!.Value,
            Time.Now);
        if (Refused(changed, changed.Error?.Contains("places are already taken", StringComparison.Ordinal) == true ? nameof(Capacity) : NewSessionModel.FieldFor(changed.Error ?? string.Empty)))
        {
            return Page();
        }

        var told = Session.Bookings.Where(b => b.IsCurrent).ToList();
        foreach (var booking in told)
        {
            await messages.SessionChangedAsync(Course, Session, booking);
        }

        AuditSession(AuditAction.Change, "Changed");
        return await SavedAsync(told.Count == 0
            ? $"Session updated: {When}"
            : $"Session updated: {When}. {(told.Count == 1 ? "The person booked has" : $"The {told.Count} people booked or waiting have")} been emailed the new details");
    }

    private async Task<bool> LoadSessionAsync(Guid sessionId)
    {
        if (!await LoadAsync(sessionId))
        {
            return false;
        }

        Trainers = await TrainerChoices.AllAsync(Db);
        return true;
    }
}
