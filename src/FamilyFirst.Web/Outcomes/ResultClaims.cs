using System.Text.Json;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Outcomes;

/// <summary>
/// Claims a family's met result, once, keeping the working it rested on: the original framework's two results, or
/// the Supporting Families successful family outcome. A family's results are claimed under one framework only
/// (<see cref="ResultClaimRule"/>); the database's unique index and the family's claimed framework
/// (<see cref="FamilyClaimFramework"/>) settle two claims made at once.
/// </summary>
public sealed class ResultClaims(AppDbContext db, FamilyResultsService results, SupportingFamiliesResultsService supporting, AuditTrail audit, TimeProvider clock)
{
    public static string Describe(ClaimableResult result) => result switch
    {
        ClaimableResult.CrimeAsbEducation => "crime, anti-social behaviour and education",
        ClaimableResult.ContinuousEmployment => "continuous employment",
        ClaimableResult.SupportingFamilies => "Supporting Families successful family outcome",
        _ => result.ToString(),
    };

    /// <summary>The result's code in the claims downloads.</summary>
    public static string Code(ClaimableResult result) => result switch
    {
        ClaimableResult.CrimeAsbEducation => "crime_asb_education",
        ClaimableResult.ContinuousEmployment => "continuous_employment",
        ClaimableResult.SupportingFamilies => "supporting_families_outcome",
        _ => result.ToString(),
    };

    public static OutcomeFramework FrameworkOf(ClaimableResult result) =>
        result == ClaimableResult.SupportingFamilies ? OutcomeFramework.SupportingFamilies2022 : OutcomeFramework.FamilyFirst2012;

    public static bool IsMet(FamilyResults results, ClaimableResult result) => result switch
    {
        ClaimableResult.CrimeAsbEducation => results.CrimeAsbEducationMet,
        ClaimableResult.ContinuousEmployment => results.ContinuousEmploymentMet,
        _ => false,
    };

    /// <summary>
    /// Claims <paramref name="result"/> for the family as worked out at <paramref name="asAt"/> now. Refused when the
    /// result is not met (or, under Supporting Families, not claimable at that date), was claimed before, or the family
    /// was claimed under the other framework.
    /// </summary>
    public async Task<Result> ClaimAsync(Guid familyCaseId, ClaimableResult result, DateOnly asAt, Actor claimant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        string reference;
        string evidence;
        if (result == ClaimableResult.SupportingFamilies)
        {
            var family = await supporting.ForFamilyAsync(familyCaseId, asAt, cancellationToken);
            if (family is null)
            {
                return Result.Fail("The family is not on the Supporting Families framework");
            }

            if (!family.Claimable)
            {
                return Result.Fail($"The {Describe(result)} cannot be claimed at {asAt:d MMMM yyyy}: {family.Working[^1].ToLowerInvariant()}" + (family.Working.Count > 1 ? $" ({family.Working[^2]})" : string.Empty));
            }

            reference = family.FamilyRef;
            evidence = SupportingFamiliesEvidence(family);
        }
        else
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

            reference = family.FamilyReference;
            evidence = ResultsFormats.Evidence(family);
        }

        var allowed = await AllowedAsync(familyCaseId, result, cancellationToken);
        if (!allowed.Succeeded)
        {
            return allowed;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var framework = FrameworkOf(result);
        if (!await db.FamilyClaimFrameworks.AnyAsync(f => f.FamilyCaseId == familyCaseId, cancellationToken))
        {
            db.FamilyClaimFrameworks.Add(new FamilyClaimFramework { FamilyCaseId = familyCaseId, Framework = framework, FirstClaimedAtUtc = now });
        }

        var claim = new ResultClaim
        {
            FamilyCaseId = familyCaseId,
            FamilyReference = reference,
            Result = result,
            Framework = framework,
            AsAt = asAt,
            ClaimedAtUtc = now,
            ClaimedByUserId = claimant.UserId,
            ClaimedByName = claimant.Name,
            Evidence = evidence,
        };
        db.ResultClaims.Add(claim);
        audit.Record(AuditAction.Create, nameof(ResultClaim), claim.Id.ToString(), familyCaseId, $"Claimed the {Describe(result)} result ({OutcomeFrameworks.Code(framework)}) at {asAt:yyyy-MM-dd}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone else's claim was saved first: say why this one cannot be, as the rule would have.
            db.ChangeTracker.Clear();
            var now2 = await AllowedAsync(familyCaseId, result, cancellationToken);
            if (!now2.Succeeded)
            {
                return now2;
            }

            throw;
        }

        return Result.Ok();
    }

    private async Task<Result> AllowedAsync(Guid familyCaseId, ClaimableResult result, CancellationToken cancellationToken)
    {
        var held = (await db.ResultClaims.AsNoTracking().Where(c => c.FamilyCaseId == familyCaseId).Select(c => new { c.Framework, c.Result }).ToListAsync(cancellationToken))
            .Select(c => new ClaimHeld(c.Framework, Code(c.Result)))
            .ToList();
        var claimed = await db.FamilyClaimFrameworks.AsNoTracking().Where(f => f.FamilyCaseId == familyCaseId).Select(f => (OutcomeFramework?)f.Framework).FirstOrDefaultAsync(cancellationToken);
        if (claimed is { } framework && held.All(c => c.Framework != framework))
        {
            held.Add(new ClaimHeld(framework, string.Empty));
        }

        return ResultClaimRule.CanClaim(held, FrameworkOf(result), Code(result), Describe(result));
    }

    /// <summary>The Supporting Families result with its working, as one JSON document: what a claim keeps as its evidence.</summary>
    public static string SupportingFamiliesEvidence(SupportingFamiliesResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(new
        {
            framework = OutcomeFrameworks.SupportingFamilies2022Code,
            configuration = result.FrameworkVersion,
            family_ref = result.FamilyRef,
            as_at = result.AsAt,
            closed_on = result.ClosedOn,
            claimable_from = result.ClaimableFrom,
            needs = result.NeedResults.Where(n => n.Counts).Select(n => new
            {
                headline = HeadlineOutcomes.Code(n.Need.Headline),
                need = n.Need.NeedCode,
                name = n.NeedName,
                identified_by = n.Need.IdentifiedBy,
                evidence_source = n.Need.EvidenceSource,
                identified_on = n.Need.IdentifiedOn,
                achieved_on = n.Need.Outcome?.AchievedOn,
                lapsed_on = n.Need.Outcome?.LapsedOn,
                outcome_evidence_source = n.Need.Outcome?.EvidenceSource,
                outcome_evidence = n.Need.Outcome?.Evidence,
                sustained = n.Sustained,
                working = n.Working,
            }),
            working = result.Working,
        }, ResultsFormats.Json);
    }
}
