using FamilyFirst.Domain.Access;

namespace FamilyFirst.Domain.Enquiries;

/// <summary>
/// Whose queue a family enquiry is in. A new enquiry arrives at the front door: every triage officer (practitioners
/// and managers) sees it until a manager routes it to a team. From then on it is in that team's queue only: its
/// practitioners and managers see and work it, other teams do not. Training and consultancy enquiries are not routed:
/// the trainers (and managers) see them all. Which types each role works is <c>EnquiryAccess</c>'s rule.
/// </summary>
public static class EnquiryRouting
{
    /// <summary>Whether a family enquiry routed to this team (or not yet routed) is in this person's queue.</summary>
    public static bool IsInQueueOf(StaffMember staff, EnquiryType type, Guid? enquiryTeamId)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return type == EnquiryType.TrainingOrConsultancy || enquiryTeamId is null || staff.IsOnTeam(enquiryTeamId);
    }

    /// <summary>Whether this person may route family enquiries to a team: a manager (the role model's <see cref="StaffAction.RouteEnquiries"/>).</summary>
    public static bool MayRoute(StaffMember staff) => RoleModel.Allows(staff, StaffAction.RouteEnquiries);
}
