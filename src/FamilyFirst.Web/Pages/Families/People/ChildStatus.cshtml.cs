using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families.People;

/// <summary>Records a period of a child status (child in need, child protection plan, looked after), or ends the current one.</summary>
public sealed class ChildStatusModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : PersonPageModel(db, access, time)
{
    [BindProperty]
    [Display(Name = "Status")]
    [Required(ErrorMessage = "Select the status")]
    public ChildStatus? Status { get; set; }

    [BindProperty]
    [Display(Name = "What do you want to record?")]
    [Required(ErrorMessage = "Select whether the status is starting or ending")]
    public string? Action { get; set; }

    [BindProperty]
    [Display(Name = "Start date")]
    public DateOnly? Start { get; set; }

    [BindProperty]
    [Display(Name = "End date (optional)")]
    public DateOnly? End { get; set; }

    [BindProperty]
    [Display(Name = "Last day the status applied")]
    public DateOnly? EndedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid personId)
    {
        if (!await LoadForChangeFormAsync(id) || !await LoadPersonAsync(personId))
        {
            return NotFound();
        }

        return Page();
    }

    [ForAction(StaffAction.ChangeFamilyMembers)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid personId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadPersonAsync(personId))
        {
            return NotFound();
        }

        if (Action == "start" && Start is null && ModelState.GetFieldValidationState(nameof(Start)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(Start), "Enter the start date");
        }

        if (Action == "end" && EndedOn is null && ModelState.GetFieldValidationState(nameof(EndedOn)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(EndedOn), "Enter the last day the status applied");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var status = Status!.Value;
        var starting = Action == "start";
        var ok = starting
            ? !Refused(Person.RecordChildStatus(status, Start!.Value, End), nameof(Start))
            : !Refused(Person.EndChildStatus(status, EndedOn!.Value), nameof(EndedOn));
        if (!ok)
        {
            return Page();
        }

        var words = status.Describe();
        Chronology.Add(Db, Family.Id, ChronologyEventType.People, starting ? Start!.Value : EndedOn!.Value, starting ? $"{Person.DisplayName}: {words} started" : $"{Person.DisplayName}: {words} ended", UserId, UtcNow, nameof(Person), Person.Id);
        audit.Record(AuditAction.Change, nameof(Person), Person.Id.ToString(), Family.Id, starting ? $"Child status {status} recorded" : $"Child status {status} ended");
        await Db.SaveChangesAsync();
        TempData.Success(starting ? $"{char.ToUpperInvariant(words[0])}{words[1..]} status recorded for {Person.DisplayName}" : $"{char.ToUpperInvariant(words[0])}{words[1..]} status ended for {Person.DisplayName}");
        return Redirect(PersonPath);
    }
}
