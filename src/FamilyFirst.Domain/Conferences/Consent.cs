namespace FamilyFirst.Domain.Conferences;

/// <summary>
/// Consent to a Family Group Conference and to sharing information, from a person with parental
/// responsibility: who gave it and when.
/// </summary>
public sealed record Consent(
    string GivenBy,
    Guid? PersonId,
    bool HasParentalResponsibility,
    DateOnly GivenOn,
    bool ToConference,
    bool ToInformationSharing);
