using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>
/// The emails to participants, queued through the outbox in the same save as the change that causes them: the
/// booking confirmation with joining instructions, the waiting list, a freed place offered, a cancellation and the
/// evaluation link.
/// </summary>
public sealed class TrainingMessages(NotificationOutbox outbox, IOptions<CouncilOptions> council, TimeProvider time, FamilyFirstLinks links)
{
    public const string RegardingType = "TrainingBooking";

    /// <summary>What a booking's status calls for: a confirmation, the waiting list, or an offer of a freed place.</summary>
    public Task BookingChangedAsync(Course course, TrainingSession session, Booking booking) => booking.Status switch
    {
        BookingStatus.Booked => QueueAsync(NotificationTemplates.TrainingBookingConfirmation, course, session, booking, null),
        BookingStatus.WaitingList => QueueAsync(NotificationTemplates.TrainingWaitingList, course, session, booking, null),
        BookingStatus.Offered => QueueAsync(NotificationTemplates.TrainingPlaceOffered, course, session, booking, null),
        BookingStatus.Cancelled => QueueAsync(NotificationTemplates.TrainingBookingCancelled, course, session, booking, null),
        _ => Task.CompletedTask,
    };

    /// <summary>The session has moved or changed: its new details, to someone booked, offered a place or waiting. Once per change.</summary>
    public Task SessionChangedAsync(Course course, TrainingSession session, Booking booking) =>
        QueueAsync(NotificationTemplates.TrainingSessionChanged, course, session, booking, null, $"training:{NotificationTemplates.TrainingSessionChanged}:{booking.Id}:{session.Version}");

    public Task EvaluationRequestAsync(Course course, TrainingSession session, Booking booking, string token) =>
        QueueAsync(NotificationTemplates.TrainingEvaluationRequest, course, session, booking, links.Absolute(links.TrainingEvaluation(token)));

    /// <summary>The personalisation every training message uses.</summary>
    public IReadOnlyDictionary<string, string> Personalisation(Course course, TrainingSession session, Booking booking, string? link)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(booking);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = booking.Name,
            ["course"] = course.Title,
            ["when"] = TrainingText.When(time, session),
            ["where"] = session.Venue ?? "Online",
            ["joiningInstructions"] = TrainingText.JoiningInstructions(session),
            ["trainer"] = session.TrainerName,
            ["phone"] = council.Value.Phone,
            ["serviceName"] = council.Value.ServiceName,
        };
        if (link is not null)
        {
            values["link"] = link;
        }

        return values;
    }

    private async Task QueueAsync(string template, Course course, TrainingSession session, Booking booking, string? link, string? key = null) =>
        await outbox.QueueAsync(
            booking.Email,
            NotificationChannel.Email,
            template,
            Personalisation(course, session, booking, link),
            RegardingType,
            booking.Id.ToString(),
            key ?? $"training:{template}:{booking.Id}:{booking.Status}");
}

/// <summary>How a session reads on pages and in messages.</summary>
public static class TrainingText
{
    /// <summary>"Monday 16 March 2026, 9:30am to 3:30pm".</summary>
    public static string When(TimeProvider time, TrainingSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return $"{time.ToCouncilTime(session.StartsAt).ToString("dddd d MMMM yyyy", CouncilTime.English)}, {time.TimeOfDay(session.StartsAt)} to {time.TimeOfDay(session.EndsAt)}";
    }

    public static string JoiningInstructions(TrainingSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.OnlineLink is { } link
            ? $"Join online with this link a few minutes before the start: {link}"
            : "Please arrive 10 minutes before the start. Tea and coffee are provided; tell us about any access needs.";
    }

    /// <summary>"Restorative practice: an introduction, Monday 16 March 2026": how an enquiry's history names a session.</summary>
    public static string Describe(TimeProvider time, Course course, TrainingSession session)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(session);
        return $"{course.Title}, {time.ToCouncilTime(session.StartsAt).ToString("dddd d MMMM yyyy", CouncilTime.English)}";
    }
}
