namespace FamilyFirst.Web.Data;

/// <summary>
/// A postcode district ("NM1") the council has given to a team: family enquiries from there go straight to the team's
/// queue (see <see cref="FamilyFirst.Domain.Enquiries.EnquiryAreas"/>). Administrators keep the list.
/// </summary>
public sealed class EnquiryArea
{
    public Guid Id { get; set; }

    /// <summary>The district, tidied ("NM1"); one team per district.</summary>
    public string District { get; set; } = string.Empty;

    public Guid TeamId { get; set; }

    public Team Team { get; set; } = default!;
}
