namespace FamilyFirst.Domain.Outcomes;

/// <summary>A result already claimed for a family: under which framework, and which result (its code).</summary>
public sealed record ClaimHeld(OutcomeFramework Framework, string Result);

/// <summary>
/// A family's result is claimed once: the same result cannot be claimed again, and a family claimed under one
/// framework cannot be claimed under the other (domain reference 5.4 and 5.5). The database enforces the same rule
/// so that two claims made at once cannot both succeed.
/// </summary>
public static class ResultClaimRule
{
    public static Result CanClaim(IEnumerable<ClaimHeld> held, OutcomeFramework framework, string result, string resultName)
    {
        ArgumentNullException.ThrowIfNull(held);
        var claims = held.ToList();
        if (claims.Any(c => c.Framework == framework && c.Result == result))
        {
            return Result.Fail($"The {resultName} result has already been claimed for this family");
        }

        if (claims.FirstOrDefault(c => c.Framework != framework) is { } other)
        {
            return Result.Fail($"This family's result has already been claimed under {OutcomeFrameworks.Name(other.Framework)}, so it cannot be claimed under {OutcomeFrameworks.Name(framework)}");
        }

        return Result.Ok();
    }
}
