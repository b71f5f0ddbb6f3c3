namespace FamilyFirst.Domain.Conferences;

/// <summary>How a child takes part in their Family Group Conference.</summary>
public enum ChildParticipationWay
{
    Attends,
    AdvocateSpeaksForThem,
    WrittenViews,
    RecordedViews,
}

/// <summary>How one child will take part in the conference, and who advocates for them if someone does.</summary>
public sealed class ChildParticipation
{
    private ChildParticipation()
    {
        ChildName = string.Empty;
    }

    internal ChildParticipation(string childName, Guid? childPersonId, ChildParticipationWay way, string? advocateName)
    {
        Id = Guid.NewGuid();
        ChildName = childName;
        ChildPersonId = childPersonId;
        Way = way;
        AdvocateName = advocateName;
    }

    public Guid Id { get; private set; }

    public string ChildName { get; private set; }

    public Guid? ChildPersonId { get; private set; }

    public ChildParticipationWay Way { get; private set; }

    public string? AdvocateName { get; private set; }

    internal bool IsFor(string childName, Guid? childPersonId) =>
        childPersonId is not null
            ? ChildPersonId == childPersonId
            : ChildPersonId is null && string.Equals(ChildName, childName, StringComparison.OrdinalIgnoreCase);

    internal void Change(ChildParticipationWay way, string? advocateName)
    {
        Way = way;
        AdvocateName = advocateName;
    }
}
