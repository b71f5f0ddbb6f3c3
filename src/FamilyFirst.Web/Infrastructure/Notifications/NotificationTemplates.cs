using System.Text.RegularExpressions;

namespace FamilyFirst.Web.Infrastructure.Notifications;

/// <summary>
/// A message ready to send: its recipient, subject and plain-English body, and the template and personalisation
/// it came from (GOV.UK Notify keeps its own copy of each template and fills it from the personalisation).
/// </summary>
public sealed record RenderedNotification(
    Guid Id,
    NotificationChannel Channel,
    string Recipient,
    string Subject,
    string Body,
    string Template,
    IReadOnlyDictionary<string, string> Personalisation);

/// <summary>
/// Every message the service sends, in plain English, with ((placeholders)) filled from the message's
/// personalisation. A placeholder without a value is an error when the message is queued.
/// </summary>
public static partial class NotificationTemplates
{
    public const string EnquiryConfirmation = "enquiry-confirmation";
    public const string StaffInvitation = "staff-invitation";

    /// <summary>To a member of staff who asked for a forgotten-password link: the single-use link, valid 1 hour.</summary>
    public const string StaffPasswordReset = "staff-password-reset";
    public const string MeetingInvitation = "meeting-invitation";

    /// <summary>To the member of staff (or team) holding an enquiry that is past its response target.</summary>
    public const string EnquiryOverdueReminder = "enquiry-overdue-reminder";

    /// <summary>To a family member with online access whose action in the agreed plan is due soon. No case details.</summary>
    public const string PlanActionReminder = "plan-action-reminder";

    /// <summary>To the family members with online access when their plan's review is coming up. No case details.</summary>
    public const string PlanReviewReminder = "plan-review-reminder";

    /// <summary>To a family's lead practitioner when an action in the agreed plan is overdue: the family reference only, no names or case details.</summary>
    public const string PlanActionOverdueReminder = "plan-action-overdue-reminder";

    /// <summary>To a family's lead practitioner when the plan's review is overdue: the family reference only, no names or case details.</summary>
    public const string PlanReviewOverdueReminder = "plan-review-overdue-reminder";

    /// <summary>To a family member a practitioner invited to see their family's plan: the single-use link. No case details.</summary>
    public const string FamilyViewInvitation = "family-view-invitation";

    /// <summary>To a family member opening their invitation: the 6-digit sign-in code. No case details.</summary>
    public const string FamilyViewCode = "family-view-code";

    /// <summary>To a participant booked on a training session: the booking and the joining instructions (when, where or the online link).</summary>
    public const string TrainingBookingConfirmation = "training-booking-confirmation";

    /// <summary>To a participant put on a session's waiting list.</summary>
    public const string TrainingWaitingList = "training-waiting-list";

    /// <summary>To the first in line on a waiting list when a place is freed: the place is held for them until they answer.</summary>
    public const string TrainingPlaceOffered = "training-place-offered";

    /// <summary>To a participant whose booking was cancelled.</summary>
    public const string TrainingBookingCancelled = "training-booking-cancelled";

    /// <summary>To everyone booked, offered a place or waiting when a trainer moves or changes the session: the new details.</summary>
    public const string TrainingSessionChanged = "training-session-changed";

    /// <summary>To a participant two days before their session: the joining instructions again.</summary>
    public const string TrainingReminder = "training-reminder";

    /// <summary>To a participant who took part in a session: the link to the anonymous evaluation.</summary>
    public const string TrainingEvaluationRequest = "training-evaluation-request";

    /// <summary>To a participant three months after a course they completed: the one-time link to the anonymous follow-up.</summary>
    public const string TrainingFollowUpRequest = "training-follow-up-request";

    /// <summary>
    /// A message: its subject and body with <c>((placeholders))</c>. <see cref="Secrets"/> names the placeholders that
    /// carry a secret (a sign-in link, a one-time code): the outbox keeps them sealed and never shows them
    /// (<see cref="OutboxSecrets"/>). A new template with a link or code that signs someone in must name it here.
    /// </summary>
    public sealed record Template(string Name, string Subject, string Body)
    {
        public IReadOnlySet<string> Secrets { get; init; } = new HashSet<string>(StringComparer.Ordinal);
    }

    private static HashSet<string> Secret(params string[] placeholders) => new(placeholders, StringComparer.Ordinal);

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
            """)
        { Secrets = Secret("link") },
        new(
            StaffPasswordReset,
            "Reset your ((serviceName)) password",
            """
            Dear ((name)),

            Someone asked to reset the password of your ((serviceName)) account. To choose a new password, open this link:

            ((link))

            The link works once and stops working after 1 hour. If you did not ask, you can ignore this email: your password has not changed.
            """)
        { Secrets = Secret("link") },
        new(
            EnquiryOverdueReminder,
            "Enquiry ((reference)) needs a response",
            """
            Dear ((name)),

            Enquiry ((reference)) has not had a response and was due one by ((responseDue)).

            Sign in to ((serviceName)) to respond to it:

            ((signInLink))
            """),
        new(
            PlanActionReminder,
            "You have something to do in your plan",
            """
            Dear ((name)),

            Something you agreed to do in your plan is due by ((dueDate)).

            Sign in to ((serviceName)) to see what it is and to mark it as done:

            ((signInLink))

            If you need help, call ((contactPhone)).
            """),
        new(
            PlanReviewReminder,
            "Your plan review is coming up",
            """
            Dear ((name)),

            It will soon be time to look at how your plan is going.

            Sign in to ((serviceName)) to see when the review is and what you need to do before it:

            ((signInLink))

            If you need help, call ((contactPhone)).
            """),
        new(
            PlanActionOverdueReminder,
            "Family ((reference)): an action in the plan is overdue",
            """
            Dear ((name)),

            An action in the agreed plan for family ((reference)) was due by ((dueDate)) and has not been marked as done or not done.

            Sign in to ((serviceName)) to see the action and record how it is going:

            ((signInLink))
            """),
        new(
            PlanReviewOverdueReminder,
            "Family ((reference)): the plan review is overdue",
            """
            Dear ((name)),

            The plan for family ((reference)) was due to be reviewed by ((dueDate)) and no review has been recorded.

            Sign in to ((serviceName)) to record the review:

            ((signInLink))
            """),
        new(
            FamilyViewInvitation,
            "See your family's plan online",
            """
            Dear ((name)),

            ((practitioner)) has invited you to see your family's plan with ((serviceName)), and to tell us how it is going.

            Open this link to start:

            ((link))

            The link works once and stops working after 7 days. We will send you a code to check it is you.

            If you did not expect this message, call ((contactPhone)).
            """)
        { Secrets = Secret("link") },
        new(
            FamilyViewCode,
            "Your ((serviceName)) code",
            """
            ((code)) is your ((serviceName)) code. It stops working in 10 minutes. Do not share it with anyone.
            """)
        { Secrets = Secret("code") },
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
        new(
            TrainingBookingConfirmation,
            "You are booked on ((course))",
            """
            Dear ((name)),

            You have a place on ((course)) with ((serviceName)).

            When: ((when))
            Where: ((where))

            ((joiningInstructions))

            If you cannot come, please tell your trainer, ((trainer)), as soon as you can so that someone on the waiting list can have your place. Call ((phone)).
            """),
        new(
            TrainingWaitingList,
            "You are on the waiting list for ((course))",
            """
            Dear ((name)),

            ((course)) on ((when)) is full, so you are on its waiting list. If a place becomes free, we will offer it to the first person in line and tell you if that is you.

            If you have a question, call ((phone)).
            """),
        new(
            TrainingPlaceOffered,
            "A place on ((course)) is free for you",
            """
            Dear ((name)),

            A place has become free on ((course)) on ((when)), and you are first on the waiting list. We are holding it for you.

            Please call ((phone)) to take the place, or to tell us you no longer need it so that we can offer it to the next person.
            """),
        new(
            TrainingBookingCancelled,
            "Your place on ((course)) is cancelled",
            """
            Dear ((name)),

            Your booking on ((course)) on ((when)) is cancelled. If this is a mistake, or you would like to book another date, call ((phone)).
            """),
        new(
            TrainingSessionChanged,
            "((course)) has changed",
            """
            Dear ((name)),

            The details of ((course)) have changed. This is how it stands now.

            When: ((when))
            Where: ((where))
            Trainer: ((trainer))

            ((joiningInstructions))

            If you can no longer come, call ((phone)) so that someone on the waiting list can have your place.
            """),
        new(
            TrainingReminder,
            "Reminder: ((course)) on ((when))",
            """
            Dear ((name)),

            This is a reminder that you are booked on ((course)).

            When: ((when))
            Where: ((where))

            ((joiningInstructions))

            If you cannot come, call ((phone)) so that someone on the waiting list can have your place.
            """),
        new(
            TrainingEvaluationRequest,
            "How was ((course))?",
            """
            Dear ((name)),

            Thank you for taking part in ((course)). Please tell us how confident you felt before and after it. It takes about 3 minutes and your answers are anonymous: we only ever look at them alongside other people's.

            ((link))

            The link works once.
            """)
        { Secrets = Secret("link") },
        new(
            TrainingFollowUpRequest,
            "How have you used ((course))?",
            """
            Dear ((name)),

            Three months ago you completed ((course)). Please tell us how you have used restorative practice since and how confident you feel now. It takes about 3 minutes and your answers are anonymous: we only ever look at them alongside other people's.

            ((link))

            The link works once, until ((expires)).
            """)
        { Secrets = Secret("link") },
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
