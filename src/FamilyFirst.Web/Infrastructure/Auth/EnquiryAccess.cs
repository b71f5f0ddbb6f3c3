using System.Security.Claims;
using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>
/// Who works which enquiries, in one place. Practitioners and managers triage enquiries about families;
/// trainers answer training and consultancy enquiries; managers see both.
/// </summary>
public static class EnquiryAccess
{
    /// <summary>The roles that have an enquiries queue at all (the <see cref="Policies.Enquiries"/> policy).</summary>
    public static readonly string[] QueueRoles = [Roles.Manager, Roles.Practitioner, Roles.Trainer];

    private static readonly EnquiryType[] FamilyTypes = [EnquiryType.SupportForMyFamily, EnquiryType.ReferringAFamily, EnquiryType.SomethingElse];

    /// <summary>The roles that may work an enquiry of this type, and so may have it assigned to them.</summary>
    public static IReadOnlyList<string> RolesFor(EnquiryType type) =>
        type == EnquiryType.TrainingOrConsultancy ? [Roles.Trainer, Roles.Manager] : [Roles.Practitioner, Roles.Manager];

    /// <summary>The enquiry types this person sees in their queue.</summary>
    public static IReadOnlyList<EnquiryType> VisibleTypes(ClaimsPrincipal user) =>
        Enum.GetValues<EnquiryType>().Where(t => CanWork(user, t)).ToList();

    public static bool CanWork(ClaimsPrincipal user, EnquiryType type) => RolesFor(type).Any(user.IsInRole);

    public static bool HasQueue(ClaimsPrincipal user) => QueueRoles.Any(user.IsInRole);

    /// <summary>True when the person only answers training and consultancy enquiries.</summary>
    public static bool SeesOnlyTraining(ClaimsPrincipal user) => !FamilyTypes.Any(t => CanWork(user, t)) && CanWork(user, EnquiryType.TrainingOrConsultancy);
}
