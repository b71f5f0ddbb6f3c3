using FamilyFirst.Domain.Audit;

namespace FamilyFirst.Web.Infrastructure.Audit;

/// <summary>
/// Writes an administration change to the audit (<see cref="AuditAction.Administration"/>): who made it (the row's
/// user), whose account or which token or team (the record), and what changed, before and after (the detail). The row
/// is added to the caller's unit of work, so it is saved with the change it records.
/// </summary>
public static class AdministrationAudit
{
    /// <summary>The record type of a change to a staff account; the record id is the account's id.</summary>
    public const string AccountRecord = "Staff account";

    /// <summary>The record type of an API token created or revoked; the record id is the token's id.</summary>
    public const string TokenRecord = "API token";

    /// <summary>The record type of a team added; the record id is the team's id.</summary>
    public const string TeamRecord = "Team";

    /// <summary>The record type of an enquiry area (a postcode district given to a team); the record id is the area's id.</summary>
    public const string EnquiryAreaRecord = "Enquiry area";

    private const int DetailLength = 500;

    public static AuditEntry RecordAccountChange(this AuditTrail audit, ApplicationUser account, string what) =>
        audit.Record(AuditAction.Administration, AccountRecord, account.Id, detail: Fit($"{account.DisplayName} ({account.Email}): {what}"));

    public static AuditEntry RecordTokenChange(this AuditTrail audit, ApiToken token, string what) =>
        audit.Record(AuditAction.Administration, TokenRecord, token.Id.ToString("D"), detail: Fit($"{what} (account {token.UserId})"));

    public static AuditEntry RecordTeamChange(this AuditTrail audit, Team team, string what) =>
        audit.Record(AuditAction.Administration, TeamRecord, team.Id.ToString("D"), detail: Fit(what));

    public static AuditEntry RecordEnquiryAreaChange(this AuditTrail audit, EnquiryArea area, string what) =>
        audit.Record(AuditAction.Administration, EnquiryAreaRecord, area.Id.ToString("D"), detail: Fit(what));

    /// <summary>"roles Practitioner → Manager, Practitioner", or "none" for an empty side.</summary>
    public static string BeforeAndAfter(string what, IEnumerable<string> before, IEnumerable<string> after) =>
        $"{what} {List(before)} → {List(after)}";

    public static string List(IEnumerable<string> items)
    {
        var text = string.Join(", ", items.Order(StringComparer.Ordinal));
        return text.Length == 0 ? "none" : text;
    }

    private static string Fit(string detail) => detail.Length <= DetailLength ? detail : detail[..(DetailLength - 1)] + "…";
}
