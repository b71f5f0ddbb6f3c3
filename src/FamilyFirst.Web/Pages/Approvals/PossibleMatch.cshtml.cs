using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Approvals;

/// <summary>
/// A possible match for a manager to check: a duplicate check, run while someone added a person to a family, found a
/// person in a family they may not see (they were told only that a manager will check it). Only a manager of the matched
/// family's team sees the task; anyone else gets "Page not found", so nobody learns the family or person exists.
/// </summary>
public sealed class PossibleMatchModel(AppDbContext db, FamilyAccess access, AuditTrail audit, StaffDirectory directory, TimeProvider time) : PageModel
{
    public PossibleMatchCheck Check { get; private set; } = default!;

    public string PersonName { get; private set; } = string.Empty;

    public string PersonReference { get; private set; } = string.Empty;

    public string FamilyName { get; private set; } = string.Empty;

    public string FamilyReference { get; private set; } = string.Empty;

    /// <summary>The family the person was being added to, named only when this manager may see it too.</summary>
    public string? FromFamily { get; private set; }

    public string RaisedBy { get; private set; } = string.Empty;

    public string? CheckedBy { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid checkId) =>
        await LoadAsync(checkId) ? Page() : NotFound();

    [ForAction(StaffAction.CheckPossibleMatch)]
    public async Task<IActionResult> OnPostAsync(Guid checkId)
    {
        if (!await LoadAsync(checkId))
        {
            return NotFound();
        }

        var staff = await access.CurrentStaffAsync();
        var tracked = await db.PossibleMatchChecks.SingleAsync(c => c.Id == checkId);
        var marked = tracked.MarkChecked(StaffIds.ToUserKey(staff.UserId), time.Now);
        if (!marked.Succeeded)
        {
            ModelState.AddModelError(string.Empty, marked.Error!);
            return Page();
        }

        audit.Record(AuditAction.Change, nameof(PossibleMatchCheck), tracked.Id.ToString(), tracked.MatchedFamilyId, $"Possible match with person {PersonReference} checked");
        await db.SaveChangesAsync();
        TempData.Success($"The possible match with {PersonName} has been marked as checked");
        return Redirect(this.Links().Approvals());
    }

    private async Task<bool> LoadAsync(Guid checkId)
    {
        var check = await db.PossibleMatchChecks.AsNoTracking().FirstOrDefaultAsync(c => c.Id == checkId);
        if (check is null)
        {
            return false;
        }

        var staff = await access.CurrentStaffAsync();
        var facts = await access.FactsIfVisibleAsync(check.MatchedFamilyId);
        if (facts is null || !RoleModel.Allows(staff, StaffAction.CheckPossibleMatch) || !RoleModel.TeamManager(staff, facts))
        {
            await audit.RecordAndSaveAsync(AuditAction.AccessDenied, nameof(PossibleMatchCheck), check.Id.ToString(), check.MatchedFamilyId, "Not a manager of the matched family's team");
            return false;
        }

        Check = check;
        var person = await db.People.AsNoTracking().Where(p => p.Id == check.MatchedPersonId).Select(p => new { p.Id, p.Reference }).SingleAsync();
        PersonName = (await db.People.AsNoTracking().SingleAsync(p => p.Id == check.MatchedPersonId)).DisplayName;
        PersonReference = person.Reference;
        var family = await db.FamilyCases.AsNoTracking().Where(f => f.Id == check.MatchedFamilyId).Select(f => new { f.FamilyName, f.Reference }).SingleAsync();
        FamilyName = family.FamilyName;
        FamilyReference = family.Reference;
        if (await access.FactsIfVisibleAsync(check.FromFamilyId) is not null)
        {
            FromFamily = await db.FamilyCases.AsNoTracking().Where(f => f.Id == check.FromFamilyId).Select(f => f.FamilyName + " (" + f.Reference + ")").SingleAsync();
        }

        var raisedBy = StaffIds.FromUserKey(check.RaisedByUserId);
        var checkedBy = check.CheckedByUserId is { } key ? StaffIds.FromUserKey(key) : (Guid?)null;
        var names = await directory.NamesAsync(checkedBy is { } c ? [raisedBy, c] : [raisedBy]);
        RaisedBy = names.GetValueOrDefault(raisedBy, "Someone who has left");
        CheckedBy = checkedBy is { } by ? names.GetValueOrDefault(by, "Someone who has left") : null;
        return true;
    }
}
