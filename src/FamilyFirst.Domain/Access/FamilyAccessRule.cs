namespace FamilyFirst.Domain.Access;

/// <summary>
/// Need-to-know access to family records (Caldicott principle 4): staff see the families their team works
/// with, and a restricted family only the people named on it. Deny by default.
/// </summary>
public static class FamilyAccessRule
{
    /// <summary>Whether this member of staff may see the family's identifiable record.</summary>
    public static bool CanView(StaffMember staff, FamilyAccessFacts family)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(family);

        if (family.IsRestricted)
        {
            // Named people only, even the team's manager. Naming someone who works with families is enough
            // (restricted families are often held away from the relative's own team); naming never gives
            // analysts or trainers case data, nor an administrator who is not on the family's team.
            return family.NamedUserIds.Contains(staff.UserId)
                && (HoldsCaseRole(staff) || (staff.HasRole(StaffRole.Administrator) && staff.IsOnTeam(family.TeamId)));
        }

        return (staff.HasRole(StaffRole.Practitioner) && IsAllocatedOrTeam(staff, family))
            || (staff.HasRole(StaffRole.Coordinator) && (family.CoordinatorIds.Contains(staff.UserId) || IsAllocatedOrTeam(staff, family)))
            || (staff.HasRole(StaffRole.Manager) && IsAllocatedOrTeam(staff, family))
            || (staff.HasRole(StaffRole.Administrator) && staff.IsOnTeam(family.TeamId));
    }

    /// <summary>
    /// Whether this member of staff may change the family's record. Only people who work with families
    /// (practitioners, coordinators, managers) change case data; an administrator on the team reads only.
    /// </summary>
    public static bool CanChange(StaffMember staff, FamilyAccessFacts family)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(family);

        if (family.IsRestricted)
        {
            return family.NamedUserIds.Contains(staff.UserId) && HoldsCaseRole(staff);
        }

        return (staff.HasRole(StaffRole.Practitioner) && IsAllocatedOrTeam(staff, family))
            || (staff.HasRole(StaffRole.Coordinator) && (family.CoordinatorIds.Contains(staff.UserId) || IsAllocatedOrTeam(staff, family)))
            || (staff.HasRole(StaffRole.Manager) && IsAllocatedOrTeam(staff, family));
    }

    /// <summary>
    /// Whether this member of staff may allocate the family to a practitioner in <paramref name="toTeamId"/>:
    /// a manager of the family's current team (who may transfer it), or of the receiving team when the
    /// family has no team yet. A restricted family also needs the manager to be named on it.
    /// </summary>
    public static bool CanAllocate(StaffMember staff, FamilyAccessFacts family, Guid toTeamId)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(family);

        if (!staff.HasRole(StaffRole.Manager))
        {
            return false;
        }

        if (family.IsRestricted && !family.NamedUserIds.Contains(staff.UserId))
        {
            return false;
        }

        return family.TeamId is { } current ? staff.TeamIds.Contains(current) : staff.TeamIds.Contains(toTeamId);
    }

    /// <summary>Whether this member of staff may merge duplicate person records: managers only.</summary>
    public static bool CanMergePeople(StaffMember staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return staff.HasRole(StaffRole.Manager);
    }

    /// <summary>Whether this member of staff may run outcome reports and see pseudonymised data.</summary>
    public static bool CanSeeReports(StaffMember staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return staff.HasRole(StaffRole.Analyst) || staff.HasRole(StaffRole.Manager);
    }

    /// <summary>
    /// Whether this member of staff may see the family's Family First results (programme data): anyone who may see the
    /// family, analysts for every family that is not restricted (pseudonymised: no names), and managers for a family
    /// with no team yet (families imported from partner data), whose results nobody would otherwise reach.
    /// </summary>
    public static bool CanSeeResults(StaffMember staff, FamilyAccessFacts family)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(family);
        return CanView(staff, family)
            || (!family.IsRestricted && (staff.HasRole(StaffRole.Analyst) || (staff.HasRole(StaffRole.Manager) && family.TeamId is null)));
    }

    private static bool HoldsCaseRole(StaffMember staff) =>
        staff.HasRole(StaffRole.Practitioner) || staff.HasRole(StaffRole.Coordinator) || staff.HasRole(StaffRole.Manager);

    private static bool IsAllocatedOrTeam(StaffMember staff, FamilyAccessFacts family) =>
        family.LeadPractitionerId == staff.UserId || staff.IsOnTeam(family.TeamId);
}
