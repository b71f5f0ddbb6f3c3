using System.Text.RegularExpressions;

namespace FamilyFirst.Web.Infrastructure.Notifications;

/// <summary>A message ready to send: its recipient, subject and plain-English body.</summary>
public sealed record RenderedNotification(Guid Id, NotificationChannel Channel, string Recipient, string Subject, string Body);

/// <summary>
/// Every message the service sends, in plain English, with ((placeholders)) filled from the message's
/// personalisation. A placeholder without a value is an error when the message is queued.
/// </summary>
public static partial class NotificationTemplates
{
    public const string EnquiryConfirmation = "enquiry-confirmation";
    public const string StaffInvitation = "staff-invitation";
    public const string MeetingInvitation = "meeting-invitation";

    public sealed record Template(string Name, string Subject, string Body);

    private static readonly Dictionary<string, Template> All = new Template[]
    {
        new(
            EnquiryConfirmation,
            "We have received your enquiry",
            """
            Dear ((name)),

            Thank you for getting in touch with ((serviceName)). Your reference is ((reference)).

            Someone from the team will contact you ((responseTarget)). If you are worried that a child is in danger now, call 999.
            """),
        new(
            StaffInvitation,
            "You have been invited to use ((serviceName))",
            """
            Dear ((name)),

            You have been invited to use ((serviceName)). To create your password, open this link:

            ((link))

            The link works once and stops working after 3 days. If you did not expect this email, you can ignore it.
            """),
        new(
            MeetingInvitation,
            "You are invited to a family meeting",
            """
            Dear ((name)),

            You are invited to a family meeting with ((serviceName)).

            When: ((when))
            Where: ((where))

            If you cannot come, or you need an interpreter, help with travel or childcare, please call us on ((phone)).
            """),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => All.Keys;

    public static bool Exists(string name) => All.ContainsKey(name);

    public static Template Get(string name) =>
        All.TryGetValue(name, out var template) ? template : throw new ArgumentException($"There is no notification template called '{name}'.", nameof(name));

    /// <summary>The placeholders the template needs that the personalisation does not give.</summary>
    public static IReadOnlyList<string> MissingPersonalisation(string name, IReadOnlyDictionary<string, string> personalisation)
    {
        var template = Get(name);
        return Placeholders(template.Subject).Concat(Placeholders(template.Body))
            .Distinct(StringComparer.Ordinal)
            .Where(p => !personalisation.ContainsKey(p))
            .ToList();
    }

    public static (string Subject, string Body) Render(string name, IReadOnlyDictionary<string, string> personalisation)
    {
        var missing = MissingPersonalisation(name, personalisation);
        if (missing.Count > 0)
        {
            throw new ArgumentException($"The '{name}' template needs personalisation for: {string.Join(", ", missing)}.", nameof(personalisation));
        }

        var template = Get(name);
        return (Fill(template.Subject, personalisation), Fill(template.Body, personalisation));
    }

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value);

    private static string Fill(string text, IReadOnlyDictionary<string, string> personalisation) =>
        PlaceholderPattern().Replace(text, m => personalisation[m.Groups[1].Value]);

    [GeneratedRegex(@"\(\(([A-Za-z0-9_]+)\)\)")]
    private static partial Regex PlaceholderPattern();
}
