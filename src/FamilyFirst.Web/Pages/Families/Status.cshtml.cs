using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>Closes the case with a reason, or reopens a closed one; every change stays in the status history.</summary>
[ForAction(StaffAction.CloseCase)]
public sealed class StatusModel(AppDbContext db, FamilyAccess access, StaffDirectory directory, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Reason")]
    [Required(ErrorMessage = "Enter the reason")]
    [StringLength(2000, ErrorMessage = "Reason must be 2,000 characters or less")]
    public string? Reason { get; set; }

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForChangeFormAsync(id))
        {
            return NotFound();
        }

        Names = await directory.NamesAsync(Family.StatusHistory.Select(s => s.ChangedBy));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        Names = await directory.NamesAsync(Family.StatusHistory.Select(s => s.ChangedBy));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var closing = !Family.IsClosed;
        var result = closing ? Family.Close(Reason!, UserId, UtcNow) : Family.Reopen(Reason!, UserId, UtcNow);
        if (Refused(result, nameof(Reason)))
        {
            return Page();
        }

        Chronology.Add(db, Family.Id, ChronologyEventType.CaseStatus, Today, closing ? $"Case closed: {Reason!.Trim()}" : $"Case reopened: {Reason!.Trim()}", UserId, UtcNow, nameof(FamilyCase), Family.Id);
        audit.Record(AuditAction.Change, FamilyAccess.FamilyCaseRecord, Family.Id.ToString(), Family.Id, closing ? "Closed" : "Reopened");
        await db.SaveChangesAsync();
        TempData.Success(closing ? "The case has been closed" : "The case has been reopened");
        return BackToFamily();
    }
}
