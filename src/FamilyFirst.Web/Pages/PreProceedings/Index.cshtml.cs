using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Pages.Families;

namespace FamilyFirst.Web.Pages.PreProceedings;

/// <summary>
/// The pre-proceedings duty for one family (Children's Wellbeing and Schools Act 2026 s.1): every offer of a
/// family group decision-making meeting with the family's response and the meeting held, and any application
/// to court, with a warning when an application was made without an offer first.
/// </summary>
public sealed class IndexModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    public IReadOnlyList<PreProceedingsOffer> Offers { get; private set; } = [];

    public IReadOnlyList<CareApplication> Applications { get; private set; } = [];

    public IReadOnlyList<ApplicationWithoutOffer> WithoutOffer { get; private set; } = [];

    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForViewAsync(id))
        {
            return NotFound();
        }

        Offers = await db.PreProceedingsOffers.AsNoTracking().Where(o => o.FamilyId == id).OrderBy(o => o.OfferedOn).ToListAsync();
        Applications = await db.CareApplications.AsNoTracking().Where(a => a.FamilyId == id).OrderBy(a => a.AppliedOn).ToListAsync();
        WithoutOffer = PreProceedingsReport.ApplicationsWithoutOffer(Applications, Offers);
        CanChange = await Access.CanChangeAsync(Family);
        await audit.RecordAndSaveAsync(AuditAction.View, nameof(PreProceedingsOffer), id.ToString(), id, "Viewed the pre-proceedings record");
        return Page();
    }
}
