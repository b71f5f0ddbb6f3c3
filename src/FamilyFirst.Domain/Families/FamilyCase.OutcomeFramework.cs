using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Domain.Families;

/// <summary>
/// The outcome framework the family's results are worked out under, and the facts the Supporting Families framework
/// asks for that the case does not otherwise hold: the whole-family assessment date and the date the plan was agreed.
/// The lead practitioner is the case's own (<see cref="LeadPractitionerId"/>); the closure date is kept by
/// <see cref="Close"/>.
/// </summary>
public sealed partial class FamilyCase
{
    public OutcomeFramework Framework { get; private set; } = OutcomeFramework.FamilyFirst2012;

    /// <summary>The date of the whole-family assessment (Supporting Families).</summary>
    public DateOnly? WholeFamilyAssessedOn { get; private set; }

    /// <summary>The date the family's plan was agreed (Supporting Families).</summary>
    public DateOnly? PlanAgreedOn { get; private set; }

    /// <summary>The day the case closed, while it is closed: the date the closure was recorded, or the programme list's closure date.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>
    /// Sets the family's framework with its assessment and plan dates: neither in the future, and the plan agreed on
    /// or after the assessment. Whether the family's result was claimed under another framework is checked by the
    /// caller against the claims (<see cref="ResultClaimRule"/>).
    /// </summary>
    public Result SetOutcomeFramework(OutcomeFramework framework, DateOnly? assessedOn, DateOnly? planAgreedOn, DateOnly today)
    {
        if (!Enum.IsDefined(framework))
        {
            return Result.Fail("Select the outcome framework", nameof(Framework));
        }

        if (assessedOn > today)
        {
            return Result.Fail("The date of the whole-family assessment must be today or in the past", nameof(WholeFamilyAssessedOn));
        }

        if (planAgreedOn > today)
        {
            return Result.Fail("The date the plan was agreed must be today or in the past", nameof(PlanAgreedOn));
        }

        if (assessedOn is { } assessed && planAgreedOn is { } agreed && agreed < assessed)
        {
            return Result.Fail("The date the plan was agreed must be the same as or after the date of the whole-family assessment", nameof(PlanAgreedOn));
        }

        Framework = framework;
        WholeFamilyAssessedOn = assessedOn;
        PlanAgreedOn = planAgreedOn;
        return Result.Ok();
    }

    /// <summary>Whether these values differ from those held (a re-imported row with the same values changes nothing).</summary>
    public bool OutcomeFrameworkDiffers(OutcomeFramework framework, DateOnly? assessedOn, DateOnly? planAgreedOn) =>
        Framework != framework || WholeFamilyAssessedOn != assessedOn || PlanAgreedOn != planAgreedOn;

    /// <summary>Corrects the closure date of a closed case (from the council's programme list).</summary>
    public Result CorrectClosureDate(DateOnly closedOn)
    {
        if (!IsClosed)
        {
            return Result.Fail("Only a closed case has a closure date");
        }

        ClosedOn = closedOn;
        return Result.Ok();
    }
}
