using System.Globalization;
using System.Security.Claims;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;

namespace FamilyFirst.Web.Pages.Enquiries;

using FamilyFirst.Domain.Enquiries;

/// <summary>What the queue pages share: which enquiries a person may see, and how statuses and dates look.</summary>
// "Queue" is the domain word: this is the practitioners' enquiry queue, not a queue collection type.
#pragma warning disable CA1711
public static class EnquiryQueue
#pragma warning restore CA1711
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// Only the enquiries of the types this person works (see <see cref="EnquiryAccess"/>), and of family enquiries only
    /// those not yet routed or routed to one of their teams (<see cref="EnquiryRouting.IsInQueueOf"/> as a query).
    /// </summary>
    public static IQueryable<Enquiry> VisibleTo(this IQueryable<Enquiry> enquiries, ClaimsPrincipal user, StaffMember staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var types = EnquiryAccess.VisibleTypes(user).ToList();
        var teams = staff.TeamIds.ToList();
        return enquiries.Where(e => types.Contains(e.Type)
            && (e.Type == EnquiryType.TrainingOrConsultancy || e.TeamId == null || teams.Contains(e.TeamId.Value)));
    }

    public static string Colour(EnquiryStatus status) => status switch
    {
        EnquiryStatus.New => "blue",
        EnquiryStatus.InTriage => "yellow",
        EnquiryStatus.Accepted => "green",
        _ => "grey",
    };

    /// <summary>Whether the reply is late, counting working days from the council's date of receipt.</summary>
    public static bool IsOverdue(CouncilOptions council, DateOnly receivedOn, EnquiryStatus status, DateOnly today) =>
        council.EnquiryResponseTarget().IsOverdue(receivedOn, status, today);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnglishUk);

    public static EnquiryActor Actor(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier)!, user.FindFirstValue(StaffClaimsFactory.DisplayNameClaim) ?? user.Identity!.Name!);
}
