using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Outcomes;

/// <summary>Claims a family's met result, once, keeping the working it rested on.</summary>
public sealed class ResultClaims(AppDbContext db, FamilyResultsService results, AuditTrail audit, TimeProvider clock)
{
    public static string Describe(ClaimableResult result) => result switch
    {
        ClaimableResult.CrimeAsbEducation => "crime, anti-social behaviour and education",
        ClaimableResult.ContinuousEmployment => "continuous employment",
        _ => result.ToString(),
    };

    public static bool IsMet(FamilyResults results, ClaimableResult result) => result switch
    {
        ClaimableResult.CrimeAsbEducation => results.CrimeAsbEducationMet,
        ClaimableResult.ContinuousEmployment => results.ContinuousEmploymentMet,
        _ => false,
    };

    /// <summary>
    /// Claims <paramref name="result"/> for the family as worked out at <paramref name="asAt"/> now. Refused when the
    /// result is not met or was claimed before; the database's unique index settles two claims made at once.
    /// </summary>
    public async Task<Result> ClaimAsync(Guid familyCaseId, ClaimableResult result, DateOnly asAt, Actor claimant, CancellationToken cancellationToken)
    {
        var family = await results.ForFamilyAsync(familyCaseId, asAt, cancellationToken);
        if (family is null || !family.Eligible)
        {
            return Result.Fail("The family was not on the Family First programme before the assessment date");
        }

        if (!IsMet(family, result))
        {
            return Result.Fail($"The {Describe(result)} result is not met, so it cannot be claimed");
        }

        if (await db.ResultClaims.AnyAsync(c => c.FamilyCaseId == familyCaseId && c.Result == result, cancellationToken))
        {
            return Result.Fail($"The {Describe(result)} result has already been claimed for this family");
        }

        var claim = new ResultClaim
        {
            FamilyCaseId = familyCaseId,
            FamilyReference = family.FamilyReference,
            Result = result,
            AsAt = asAt,
            ClaimedAtUtc = clock.GetUtcNow().UtcDateTime,
            ClaimedByUserId = claimant.UserId,
            ClaimedByName = claimant.Name,
            Evidence = ResultsFormats.Evidence(family),
        };
        db.ResultClaims.Add(claim);
        audit.Record(AuditAction.Create, nameof(ResultClaim), claim.Id.ToString(), familyCaseId, $"Claimed the {Describe(result)} result at {asAt:yyyy-MM-dd}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.ResultClaims.AnyAsync(c => c.FamilyCaseId == familyCaseId && c.Result == result, cancellationToken))
            {
                return Result.Fail($"The {Describe(result)} result has already been claimed for this family");
            }

            throw;
        }

        return Result.Ok();
    }
}
