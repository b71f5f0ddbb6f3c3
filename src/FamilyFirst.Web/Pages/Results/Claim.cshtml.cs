using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Outcomes;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Results;

/// <summary>The evidence behind one claim, line by line, as it was when the claim was made: for an auditor. Viewing it is audited.</summary>
public sealed class ClaimModel(AppDbContext db, AuditTrail audit) : PageModel
{
    public ResultClaim Claim { get; private set; } = default!;

    public IReadOnlyList<ClaimEvidenceLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid claimId)
    {
        var claim = await db.ResultClaims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == claimId);
        if (claim is null)
        {
            return NotFound();
        }

        Claim = claim;
        Lines = ClaimEvidence.Lines(claim);
        await audit.RecordAndSaveAsync(AuditAction.View, nameof(ResultClaim), claim.Id.ToString(), claim.FamilyCaseId, "Evidence behind the claim viewed");
        return Page();
    }
}
