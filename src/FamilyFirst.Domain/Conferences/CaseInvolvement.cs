namespace FamilyFirst.Domain.Conferences;

/// <summary>
/// The staff involved with the family's case, so a coordinator can be checked as independent: the lead
/// practitioner and everyone else on the case or holding decision-making responsibility for the child.
/// </summary>
public sealed record CaseInvolvement(string LeadPractitionerUserId, IReadOnlyCollection<string> OthersOnCaseUserIds)
{
    public CaseInvolvement(string leadPractitionerUserId)
        : this(leadPractitionerUserId, [])
    {
    }
}
