namespace FamilyFirst.Domain.Imports;

/// <summary>Every column any import file may have; indexes a header map so that a row's values are found without a lookup by name.</summary>
internal enum ImportColumn
{
    FamilyRef,
    AttachedOn,
    ClosedOn,
    LeadPractitionerEmail,
    PersonRef,
    Upn,
    GivenName,
    FamilyName,
    DateOfBirth,
    NiNumber,
    Postcode,
    TermStart,
    TermEnd,
    PossibleSessions,
    AuthorisedAbsenceSessions,
    UnauthorisedAbsenceSessions,
    ExclusionDate,
    ExclusionType,
    Sessions,
    OffenceDate,
    OffenceType,
    IncidentDate,
    IncidentType,
    Benefit,
    StartDate,
    EndDate,
    HoursPerWeek,
    ReferralDate,
    Programme,
    Headline,
    Need,
    IdentifiedOn,
    IdentifiedBy,
    EvidenceSource,
    Evidence,
    AchievedOn,
    LapsedOn,
}

/// <summary>The header names of <see cref="ImportColumn"/>, as written in the files.</summary>
internal static class ImportColumns
{
    public const int Count = (int)ImportColumn.LapsedOn + 1;

    private static readonly string[] Names =
    [
        "family_ref",
        "attached_on",
        "closed_on",
        "lead_practitioner_email",
        "person_ref",
        "upn",
        "given_name",
        "family_name",
        "date_of_birth",
        "ni_number",
        "postcode",
        "term_start",
        "term_end",
        "possible_sessions",
        "authorised_absence_sessions",
        "unauthorised_absence_sessions",
        "exclusion_date",
        "exclusion_type",
        "sessions",
        "offence_date",
        "offence_type",
        "incident_date",
        "incident_type",
        "benefit",
        "start_date",
        "end_date",
        "hours_per_week",
        "referral_date",
        "programme",
        "headline",
        "need",
        "identified_on",
        "identified_by",
        "evidence_source",
        "evidence",
        "achieved_on",
        "lapsed_on",
    ];

    public static string Name(this ImportColumn column) => Names[(int)column];
}
