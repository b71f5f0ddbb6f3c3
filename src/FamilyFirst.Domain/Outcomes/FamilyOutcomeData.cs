namespace FamilyFirst.Domain.Outcomes;

/// <summary>
/// Everything the results engine needs about one family on the Family First programme: who is in it and
/// the partner data (police, school, DWP, employment programmes) matched to them. Every event names a
/// person in <see cref="People"/>.
/// </summary>
public sealed record FamilyOutcomeData
{
    /// <summary>The council's reference for the family (the <c>family_ref</c> of the families file).</summary>
    public required string FamilyReference { get; init; }

    /// <summary>The date the family joined the programme ("A").</summary>
    public required DateOnly AttachedOn { get; init; }

    /// <summary>The date the case closed, if it has; the results rules of sections 5.1 to 5.4 do not depend on it.</summary>
    public DateOnly? ClosedOn { get; init; }

    public IReadOnlyList<FamilyMember> People { get; init; } = [];

    public IReadOnlyList<ProvenOffence> Offences { get; init; } = [];

    public IReadOnlyList<AntiSocialBehaviourIncident> AntiSocialBehaviourIncidents { get; init; } = [];

    public IReadOnlyList<TermAttendance> AttendanceTerms { get; init; } = [];

    public IReadOnlyList<SchoolExclusion> Exclusions { get; init; } = [];

    public IReadOnlyList<BenefitSpell> BenefitSpells { get; init; } = [];

    public IReadOnlyList<EmploymentSpell> EmploymentSpells { get; init; } = [];

    public IReadOnlyList<WorkProgrammeReferral> WorkProgrammeReferrals { get; init; } = [];
}

/// <summary>A member of the family, with the date of birth that decides youth offending and adulthood.</summary>
public sealed record FamilyMember(Guid PersonId, DateOnly DateOfBirth);

/// <summary>A proven offence, dated by when it was committed.</summary>
public sealed record ProvenOffence(Guid PersonId, DateOnly OffenceDate);

/// <summary>An anti-social behaviour incident recorded against a family member.</summary>
public sealed record AntiSocialBehaviourIncident(Guid PersonId, DateOnly IncidentDate);

/// <summary>A child's attendance for one school term: both dates are school days included in the term.</summary>
public sealed record TermAttendance(
    Guid PersonId,
    DateOnly TermStart,
    DateOnly TermEnd,
    int PossibleSessions,
    int AuthorisedAbsenceSessions,
    int UnauthorisedAbsenceSessions);

/// <summary>Whether a child was excluded from school for a fixed term or permanently.</summary>
public enum ExclusionType
{
    Fixed,
    Permanent,
}

/// <summary>An exclusion from school, dated by the day it started.</summary>
public sealed record SchoolExclusion(Guid PersonId, DateOnly ExclusionDate, ExclusionType Type);

/// <summary>A period on a benefit (DWP code such as JSA or ESA); no end date means the claim is ongoing.</summary>
public sealed record BenefitSpell(Guid PersonId, string Benefit, DateOnly StartDate, DateOnly? EndDate);

/// <summary>A period in work, both dates included; no end date means the job is ongoing.</summary>
public sealed record EmploymentSpell(Guid PersonId, DateOnly StartDate, DateOnly? EndDate);

/// <summary>A referral to an employment programme (for example the Work Programme).</summary>
public sealed record WorkProgrammeReferral(Guid PersonId, DateOnly ReferralDate);
