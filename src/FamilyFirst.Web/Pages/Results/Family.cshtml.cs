using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.GovUk;
using FamilyFirst.Web.Outcomes;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Results;

/// <summary>
/// One family's Family First results at an assessment date with the working in plain language, and the claims
/// made for it. For managers and analysts: <see cref="FamilyFirst.Domain.Access.FamilyAccessRule.CanSeeResults"/> decides
/// which families (analysts every family that is not restricted, pseudonymised; managers theirs and those with no team
/// yet). Anyone else gets "Page not found", never a hint that the family exists, and then a role other than manager or
/// analyst is refused (a practitioner of the family's team); viewing is audited.
/// </summary>
[ShowsTheRecord]
public sealed class FamilyModel(AppDbContext db, FamilyAccess access, FamilyResultsService results, SupportingFamiliesResultsService supporting, ResultClaims claims, AuditTrail audit, TimeProvider clock)
    : FamilyPageModel(access, clock)
{
    public FamilyResults? Results { get; private set; }

    /// <summary>The family's Supporting Families result, when the family is on that framework.</summary>
    public FamilyFirst.Domain.Outcomes.SupportingFamilies.SupportingFamiliesResult? SupportingFamilies { get; private set; }

    /// <summary>
    /// The assessment date: a GOV.UK date input (<c>AsAt.Day</c>, <c>AsAt.Month</c>, <c>AsAt.Year</c>) or, from links,
    /// <c>asAt=yyyy-MM-dd</c>; today when not given. A date that is not real or out of range is an error on the page.
    /// </summary>
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Assessment date")]
    [DateBetween(AssessmentDates.Earliest, AssessmentDates.Latest)]
    public DateOnly? AsAt { get; set; }

    public IReadOnlyList<ResultClaim> Claims { get; private set; } = [];

    /// <summary>Members by person id, for naming children and adults in the working.</summary>
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await audit.RecordAndSaveAsync(AuditAction.View, nameof(FamilyCase), id.ToString(), id, $"Family First results at {AsAt:yyyy-MM-dd}");
        return Page();
    }

    [ForAction(StaffAction.ClaimResults)]
    public async Task<IActionResult> OnPostClaimAsync(Guid id, ClaimableResult result)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var claimed = await claims.ClaimAsync(id, result, AsAt!.Value, Actor.From(User), HttpContext.RequestAborted);
        TempData.Success(claimed.Succeeded ? $"The {ResultClaims.Describe(result)} result was claimed." : claimed.Error!);
        return RedirectToPage(new { id, asAt = AsAt.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
    }

    /// <summary>Whether the user may see who the family are; if not (an analyst), people are named "Child 1", "Adult 1".</summary>
    public bool Identifiable { get; private set; }

    private static Dictionary<Guid, string> Pseudonyms(FamilyCase family)
    {
        var names = new Dictionary<Guid, string>();
        int children = 0, adults = 0;
        foreach (var member in family.Members)
        {
            names.TryAdd(member.PersonId, member.Role == FamilyRole.ChildOrYoungPerson
                ? $"Child {(++children).ToString(CultureInfo.InvariantCulture)}"
                : $"Adult {(++adults).ToString(CultureInfo.InvariantCulture)}");
        }

        return names;
    }

    public string Name(Guid personId) => Names.TryGetValue(personId, out var name) ? name : "Someone no longer in the family";

    /// <summary>
    /// Loads the family and its results, or says why not: 404 for a family the user may not see, 403 for a role without
    /// reports. With an assessment date in error, the page shows the error and no results.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (!await LoadForResultsAsync(id))
        {
            return NotFound();
        }

        if (!User.IsInRole(Roles.Manager) && !User.IsInRole(Roles.Analyst))
        {
            return Forbid();
        }

        Identifiable = await Access.CanViewAsync(Family);

        if (!ModelState.IsValid)
        {
            return null;
        }

        AsAt ??= Today;
        Results = await results.ForFamilyAsync(id, AsAt.Value, HttpContext.RequestAborted);
        SupportingFamilies = await supporting.ForFamilyAsync(id, AsAt.Value, HttpContext.RequestAborted);
        Claims = await db.ResultClaims.AsNoTracking().Where(c => c.FamilyCaseId == id).OrderBy(c => c.ClaimedAtUtc).ToListAsync();
        var personIds = Family.Members.Select(m => m.PersonId).ToList();
        Names = Identifiable
            ? await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName)
            : Pseudonyms(Family);
        return null;
    }
}
