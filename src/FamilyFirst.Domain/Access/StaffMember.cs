namespace FamilyFirst.Domain.Access;

/// <summary>The jobs a member of staff can hold in the service; one person may hold several.</summary>
public enum StaffRole
{
    /// <summary>Manages users, teams, roles and configuration; sees case data only as a member of the family's team.</summary>
    Administrator,

    /// <summary>Lead practitioner: key worker, social worker or family worker.</summary>
    Practitioner,

    /// <summary>Family Group Conference coordinator, independent of the case.</summary>
    Coordinator,

    /// <summary>Team manager: allocates work and approves bottom lines and closures for their teams.</summary>
    Manager,

    /// <summary>Performance or data analyst: reports and pseudonymised data, never identifiable family records.</summary>
    Analyst,

    /// <summary>Restorative practice trainer: courses and consultancy, no family records.</summary>
    Trainer,
}

/// <summary>The signed-in member of staff, as far as the need-to-know rules care: who, which jobs, which teams.</summary>
public sealed record StaffMember(Guid UserId, IReadOnlySet<StaffRole> Roles, IReadOnlySet<Guid> TeamIds)
{
    public StaffMember(Guid userId, IEnumerable<StaffRole> roles, IEnumerable<Guid> teamIds)
        : this(userId, roles.ToHashSet(), teamIds.ToHashSet())
    {
    }

    public bool HasRole(StaffRole role) => Roles.Contains(role);

    public bool IsOnTeam(Guid? teamId) => teamId is { } id && TeamIds.Contains(id);
}

/// <summary>What the need-to-know rule needs to know about a family: who holds it, which team, who coordinates its conferences, and any restriction.</summary>
public sealed record FamilyAccessFacts(
    Guid? LeadPractitionerId,
    Guid? TeamId,
    IReadOnlyCollection<Guid> CoordinatorIds,
    bool IsRestricted,
    IReadOnlyCollection<Guid> NamedUserIds);
