using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Training.Consultancy;

/// <summary>Records a consultancy session held: the date (not in the future), how long, how many were there and who, and notes.</summary>
public sealed class AddSessionModel(AppDbContext db, TimeProvider time, AuditTrail audit) : ConsultancyPage(db, time, audit)
{
    [BindProperty]
    [Display(Name = "Date of the session")]
    [Required(ErrorMessage = "Enter the date of the session")]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    [Display(Name = "How long it lasted, in hours")]
    [Required(ErrorMessage = "Enter how long the session lasted, in hours")]
    public decimal? Hours { get; set; }

    [BindProperty]
    [Display(Name = "Number of people who attended")]
    [Required(ErrorMessage = "Enter how many people attended")]
    public int? Attendees { get; set; }

    [BindProperty]
    [Display(Name = "Who attended")]
    public string? WhoAttended { get; set; }

    [BindProperty]
    [Display(Name = "Notes (optional)")]
    public string? Notes { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid pieceId)
    {
        if (!await LoadAsync(pieceId))
        {
            return NotFound();
        }

        return Piece.IsClosed ? Redirect(this.Links().ConsultancyPiece(pieceId)) : Page();
    }

    [ForAction(StaffAction.RunConsultancy)]
    public async Task<IActionResult> OnPostAsync(Guid pieceId)
    {
        if (!await LoadAsync(pieceId))
        {
            return NotFound();
        }

        NotANumber(nameof(Hours), Hours is null, "Length must be a number of hours, like 1.5");
        NotANumber(nameof(Attendees), Attendees is null, "Number of people must be a whole number, like 8");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var recorded = Piece.RecordSession(HeldOn, Hours, Attendees, WhoAttended, Notes, Time.Today);
        if (!recorded.Succeeded)
        {
            ModelState.AddModelError(recorded.Field ?? string.Empty, recorded.Error!);
            return Page();
        }

        var held = recorded.Value!.HeldOn.ToString("d MMMM yyyy", CouncilTime.English);
        return await SavedAsync(AuditAction.Change, $"Session recorded ({held}, {recorded.Value.Attendees} attended)", $"Session on {held} recorded");
    }

    /// <summary>Replaces the framework's message for text that is not a number with the Design System's.</summary>
    private void NotANumber(string field, bool missing, string message)
    {
        if (ModelState[field]?.Errors.Count > 0 && missing && Request.Form[field].ToString().Trim().Length > 0)
        {
            ModelState[field]!.Errors.Clear();
            ModelState.AddModelError(field, message);
        }
    }
}
