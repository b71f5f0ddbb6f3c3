using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;
using FamilyFirst.Web.Outcomes;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.GovUk;

namespace FamilyFirst.Web.Pages.Families.Needs;

/// <summary>The family's Supporting Families needs, by headline outcome, each with its outcome if one is recorded, a page at a time.</summary>
public sealed class IndexModel(AppDbContext db, FamilyAccess access, SupportingFamiliesFramework framework, SupportingFamiliesResultsService results, TimeProvider time) : FamilyPageModel(access, time)
{
    public const int PageSize = 20;

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int TotalPages { get; private set; }

    public int Headlines { get; private set; }

    public IReadOnlyList<RecordedNeed> Needs { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> People { get; private set; } = new Dictionary<Guid, string>();

    public bool CanChange { get; private set; }

    public SupportingFamiliesFramework Framework => framework;

    /// <summary>The family's Supporting Families result today with its working, when the family is on that framework.</summary>
    public SupportingFamiliesResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForViewAsync(id))
        {
            return NotFound();
        }

        CanChange = await Access.CanChangeAsync(Family);
        if (Family.Framework == OutcomeFramework.SupportingFamilies2022)
        {
            Result = await results.ForFamilyAsync(id, Today, HttpContext.RequestAborted);
        }

        var query = db.RecordedNeeds.AsNoTracking().Where(n => n.FamilyCaseId == id);
        var headlines = await query.Select(n => n.Headline).Distinct().ToListAsync();
        Headlines = headlines.Count;
        Total = await query.CountAsync();
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        Needs = await query.OrderBy(n => n.Headline).ThenBy(n => n.IdentifiedOn).ThenBy(n => n.NeedCode)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync();
        var personIds = Needs.Where(n => n.PersonId is not null).Select(n => n.PersonId!.Value).Distinct().ToList();
        People = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName);
        return Page();
    }
}
