using System.Globalization;

namespace FamilyFirst.Domain.Training;

/// <summary>A trainer running a session, as the session records them.</summary>
public sealed record TrainerRef(string Id, string Name);

/// <summary>
/// One running of a course: when, where (a venue or an online link), who trains, how many places, and the people
/// booked on it and waiting for a place. The places are kept here so the rules hold in one place: a booking beyond
/// capacity joins the waiting list, and a cancellation offers the freed place once, to the first in line.
/// </summary>
public sealed class TrainingSession
{
    public const int MinimumCapacity = 1;
    public const int MaximumCapacity = 200;
    public const int VenueMaximumLength = 300;
    public const int LinkMaximumLength = 500;

    private readonly List<Booking> _bookings = [];

    private TrainingSession()
    {
        TrainerId = string.Empty;
        TrainerName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string? Venue { get; private set; }

    public string? OnlineLink { get; private set; }

    public string TrainerId { get; private set; }

    public string TrainerName { get; private set; }

    public int Capacity { get; private set; }

    /// <summary>Goes up with every change, so two trainers booking the last place at once cannot both have it.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Booking> Bookings => _bookings;

    public bool IsOnline => OnlineLink is not null;

    /// <summary>Places held: people booked, and people offered a freed place who have not yet answered.</summary>
    public int PlacesTaken => _bookings.Count(b => b.HoldsAPlace);

    public int PlacesLeft => Math.Max(0, Capacity - PlacesTaken);

    /// <summary>Those waiting for a place, first in line first.</summary>
    public IEnumerable<Booking> WaitingList => _bookings.Where(b => b.Status == BookingStatus.WaitingList).OrderBy(b => b.BookedAt).ThenBy(b => b.Sequence);

    public bool HasStarted(DateTimeOffset now) => now >= StartsAt;

    public bool HasEnded(DateTimeOffset now) => now >= EndsAt;

    /// <summary>Schedules a session of a course that is still offered.</summary>
    public static Result<TrainingSession> Schedule(Course course, DateTimeOffset startsAt, DateTimeOffset endsAt, string? venue, string? onlineLink, TrainerRef trainer, int capacity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(trainer);
        if (course.IsWithdrawn)
        {
            return Result<TrainingSession>.Fail("This course has been withdrawn: reinstate it before adding sessions");
        }

        var session = new TrainingSession { Id = Guid.NewGuid(), CourseId = course.Id };
        if (session.Apply(startsAt, endsAt, venue, onlineLink, trainer, capacity, now) is { } error)
        {
            return Result<TrainingSession>.Fail(error);
        }

        return Result<TrainingSession>.Ok(session);
    }

    /// <summary>Moves or changes the session. Capacity cannot go below the places already taken.</summary>
    public Result Change(DateTimeOffset startsAt, DateTimeOffset endsAt, string? venue, string? onlineLink, TrainerRef trainer, int capacity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        if (HasEnded(now))
        {
            return Result.Fail("This session has already taken place and cannot be changed");
        }

        if (capacity < PlacesTaken)
        {
            return Result.Fail($"{PlacesTaken} places are already taken: the capacity cannot be fewer than that");
        }

        if (Apply(startsAt, endsAt, venue, onlineLink, trainer, capacity, now) is { } error)
        {
            return Result.Fail(error);
        }

        Version++;
        return Result.Ok();
    }

    /// <summary>
    /// Books someone on the session: a place if there is one, otherwise the waiting list. The same email address
    /// cannot be booked twice on one session while the first booking stands.
    /// </summary>
    public Result<Booking> Book(ParticipantDetails participant, Guid? fromEnquiryId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(participant);
        if (participant.Errors() is { Count: > 0 } errors)
        {
            return Result<Booking>.Fail(errors[0].Message, errors[0].Field);
        }

        if (HasStarted(now))
        {
            return Result<Booking>.Fail("This session has already started, so no more bookings can be taken");
        }

        var email = participant.Email!.Trim();
        if (_bookings.Any(b => b.IsCurrent && string.Equals(b.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            return Result<Booking>.Fail($"{email} is already booked on this session or waiting for a place", nameof(ParticipantDetails.Email));
        }

        var status = PlacesTaken < Capacity ? BookingStatus.Booked : BookingStatus.WaitingList;
        var booking = new Booking(Id, participant, status, fromEnquiryId, now, _bookings.Count + 1);
        _bookings.Add(booking);
        Version++;
        return Result<Booking>.Ok(booking);
    }

    /// <summary>
    /// Cancels a booking. A booked place that is freed is offered to the first in line on the waiting list (who is
    /// returned, to be told); each person on the list is offered a place once. A cancelled waiting-list booking just
    /// leaves the list. An offer not taken up is declined, and the place goes to the next in line.
    /// </summary>
    public Result<Booking?> Cancel(Guid bookingId, DateTimeOffset now)
    {
        if (Find(bookingId) is not { } booking)
        {
            return Result<Booking?>.Fail("There is no such booking on this session");
        }

        if (HasStarted(now))
        {
            return Result<Booking?>.Fail("This session has started: record the participant as absent in the register instead");
        }

        if (!booking.IsCurrent)
        {
            return Result<Booking?>.Fail($"This booking is already {booking.Status.Describe().ToLowerInvariant()}");
        }

        var freedAPlace = booking.HoldsAPlace;
        booking.EndAs(booking.Status == BookingStatus.Offered ? BookingStatus.OfferDeclined : BookingStatus.Cancelled, now);
        Version++;
        return Result<Booking?>.Ok(freedAPlace ? OfferFreedPlace(now) : null);
    }

    /// <summary>The person offered a freed place takes it.</summary>
    public Result AcceptOffer(Guid bookingId, DateTimeOffset now)
    {
        if (Find(bookingId) is not { } booking)
        {
            return Result.Fail("There is no such booking on this session");
        }

        if (booking.Status != BookingStatus.Offered)
        {
            return Result.Fail("Only a person offered a place can accept it");
        }

        if (HasStarted(now))
        {
            return Result.Fail("This session has already started");
        }

        booking.AcceptOffer(now);
        Version++;
        return Result.Ok();
    }

    /// <summary>Records whether a booked participant came. Only once the session has started.</summary>
    public Result RecordAttendance(Guid bookingId, Attendance attendance, DateTimeOffset now)
    {
        if (Find(bookingId) is not { } booking)
        {
            return Result.Fail("There is no such booking on this session");
        }

        if (!HasStarted(now))
        {
            return Result.Fail("The register can be taken once the session has started");
        }

        if (booking.Status != BookingStatus.Booked)
        {
            return Result.Fail($"{booking.Name} did not have a place on this session");
        }

        if (booking.CompletedAt is not null && attendance != Attendance.Attended)
        {
            return Result.Fail($"{booking.Name}'s completion is recorded: withdraw it before changing their attendance");
        }

        booking.RecordAttendance(attendance);
        Version++;
        return Result.Ok();
    }

    /// <summary>
    /// Records that a participant completed the course. They must have attended the whole session, and the session
    /// must be over: someone absent or who left early has not completed it (book them on another session).
    /// </summary>
    public Result RecordCompletion(Guid bookingId, DateTimeOffset now)
    {
        if (Find(bookingId) is not { } booking)
        {
            return Result.Fail("There is no such booking on this session");
        }

        if (CompletionRefusal(booking, now) is { } refusal)
        {
            return Result.Fail(refusal);
        }

        booking.Complete(now, CertificateNumberFor(booking));
        Version++;
        return Result.Ok();
    }

    /// <summary>Why a participant cannot be recorded as having completed the course, or null if they can.</summary>
    public string? CompletionRefusal(Booking booking, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (!HasEnded(now))
        {
            return "Completion can be recorded once the session has finished";
        }

        if (booking.CompletedAt is not null)
        {
            return $"{booking.Name}'s completion is already recorded";
        }

        return booking.Attendance switch
        {
            Attendance.Attended => null,
            Attendance.LeftEarly => $"{booking.Name} left early, so has not completed the course: book them on another session",
            Attendance.Absent => $"{booking.Name} was absent, so has not completed the course",
            _ => $"Record {booking.Name}'s attendance in the register first",
        };
    }

    /// <summary>Withdraws a completion recorded in error (the certificate no longer stands).</summary>
    public Result WithdrawCompletion(Guid bookingId)
    {
        if (Find(bookingId) is not { CompletedAt: not null } booking)
        {
            return Result.Fail("There is no completion to withdraw");
        }

        booking.WithdrawCompletion();
        Version++;
        return Result.Ok();
    }

    public Booking? Find(Guid bookingId) => _bookings.FirstOrDefault(b => b.Id == bookingId);

    private Booking? OfferFreedPlace(DateTimeOffset now)
    {
        var first = WaitingList.FirstOrDefault();
        first?.Offer(now);
        return first;
    }

    private string CertificateNumberFor(Booking booking) =>
        string.Create(CultureInfo.InvariantCulture, $"RP-{StartsAt.UtcDateTime:yyyyMMdd}-{Id.ToString("N")[..4].ToUpperInvariant()}-{booking.Sequence:000}");

    private string? Apply(DateTimeOffset startsAt, DateTimeOffset endsAt, string? venue, string? onlineLink, TrainerRef trainer, int capacity, DateTimeOffset now)
    {
        if (startsAt < now)
        {
            return "The session must start in the future";
        }

        if (endsAt <= startsAt)
        {
            return "The end time must be after the start time";
        }

        if (endsAt - startsAt > TimeSpan.FromHours(12))
        {
            return "A session must end on the day it starts: add a session for each day";
        }

        var hasVenue = !string.IsNullOrWhiteSpace(venue);
        var hasLink = !string.IsNullOrWhiteSpace(onlineLink);
        if (!hasVenue && !hasLink)
        {
            return "Enter the venue or the online joining link";
        }

        if (hasVenue && venue!.Trim().Length > VenueMaximumLength)
        {
            return $"Venue must be {VenueMaximumLength} characters or less";
        }

        if (hasLink && !IsWebLink(onlineLink!))
        {
            return "Enter the online joining link in full, starting https://";
        }

        if (string.IsNullOrWhiteSpace(trainer.Id))
        {
            return "Select the trainer";
        }

        if (capacity is < MinimumCapacity or > MaximumCapacity)
        {
            return $"Capacity must be between {MinimumCapacity} and {MaximumCapacity} places";
        }

        StartsAt = startsAt;
        EndsAt = endsAt;
        Venue = hasVenue ? venue!.Trim() : null;
        OnlineLink = hasLink ? onlineLink!.Trim() : null;
        TrainerId = trainer.Id;
        TrainerName = trainer.Name;
        Capacity = capacity;
        return null;
    }

    /// <summary>An https address no longer than the limit, such as a Teams or Zoom meeting link.</summary>
    public static bool IsWebLink(string text) =>
        text.Trim().Length <= LinkMaximumLength
        && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host);
}

/// <summary>Where a booking stands.</summary>
public enum BookingStatus
{
    Booked,
    WaitingList,

    /// <summary>Offered a freed place from the waiting list; the place is held until they accept or decline.</summary>
    Offered,
    Cancelled,
    OfferDeclined,
}

/// <summary>What the register says about a participant with a place.</summary>
public enum Attendance
{
    Attended,
    Absent,
    LeftEarly,
}

/// <summary>One person's place (or place in the queue) on a session, with their attendance and completion.</summary>
public sealed class Booking
{
    private Booking()
    {
        Name = string.Empty;
        Email = string.Empty;
        JobRole = string.Empty;
        OrganisationName = string.Empty;
    }

    internal Booking(Guid sessionId, ParticipantDetails p, BookingStatus status, Guid? enquiryId, DateTimeOffset now, int sequence)
    {
        Id = Guid.NewGuid();
        SessionId = sessionId;
        Name = p.Name!.Trim();
        Email = p.Email!.Trim();
        Phone = string.IsNullOrWhiteSpace(p.Phone) ? null : p.Phone.Trim();
        Kind = p.Kind!.Value;
        TeamId = p.Kind == ParticipantKind.CouncilStaff ? p.TeamId : null;
        OrganisationType = p.Kind == ParticipantKind.PartnerAgency ? p.OrganisationType : null;
        OrganisationName = p.Kind == ParticipantKind.CouncilStaff ? p.TeamName!.Trim() : p.OrganisationName!.Trim();
        JobRole = p.JobRole!.Trim();
        Status = status;
        EnquiryId = enquiryId;
        BookedAt = now;
        Sequence = sequence;
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    public string Name { get; private set; }

    public string Email { get; private set; }

    public string? Phone { get; private set; }

    public ParticipantKind Kind { get; private set; }

    /// <summary>For council staff: their team (in the staff directory).</summary>
    public Guid? TeamId { get; private set; }

    /// <summary>For a partner: the kind of organisation.</summary>
    public Enquiries.OrganisationType? OrganisationType { get; private set; }

    /// <summary>The partner organisation's name, or for council staff the team's name when booked.</summary>
    public string OrganisationName { get; private set; }

    public string JobRole { get; private set; }

    public BookingStatus Status { get; private set; }

    /// <summary>The training enquiry this booking was made from, if any.</summary>
    public Guid? EnquiryId { get; private set; }

    /// <summary>When they booked (or joined the waiting list): the order of the waiting list.</summary>
    public DateTimeOffset BookedAt { get; private set; }

    /// <summary>Tie-break for the waiting list, and the certificate number's last part.</summary>
    public int Sequence { get; private set; }

    public DateTimeOffset? OfferedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public Attendance? Attendance { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CertificateNumber { get; private set; }

    /// <summary>Booked, on the waiting list, or offered a place: not cancelled or declined.</summary>
    public bool IsCurrent => Status is BookingStatus.Booked or BookingStatus.WaitingList or BookingStatus.Offered;

    public bool HoldsAPlace => Status is BookingStatus.Booked or BookingStatus.Offered;

    internal void Offer(DateTimeOffset now)
    {
        Status = BookingStatus.Offered;
        OfferedAt = now;
    }

    internal void AcceptOffer(DateTimeOffset now)
    {
        Status = BookingStatus.Booked;
        OfferedAt ??= now;
    }

    internal void EndAs(BookingStatus status, DateTimeOffset now)
    {
        Status = status;
        EndedAt = now;
    }

    internal void RecordAttendance(Attendance attendance) => Attendance = attendance;

    internal void Complete(DateTimeOffset now, string certificateNumber)
    {
        CompletedAt = now;
        CertificateNumber = certificateNumber;
    }

    internal void WithdrawCompletion()
    {
        CompletedAt = null;
        CertificateNumber = null;
    }
}

/// <summary>Plain-English words for the training choices.</summary>
public static class TrainingDescriptions
{
    public static string Describe(this BookingStatus status) => status switch
    {
        BookingStatus.Booked => "Booked",
        BookingStatus.WaitingList => "On the waiting list",
        BookingStatus.Offered => "Offered a place",
        BookingStatus.Cancelled => "Cancelled",
        _ => "Declined the offer",
    };

    public static string Describe(this Attendance attendance) => attendance switch
    {
        Attendance.Attended => "Attended",
        Attendance.Absent => "Absent",
        _ => "Left early",
    };

    public static string Describe(this ParticipantKind kind) => kind switch
    {
        ParticipantKind.CouncilStaff => "Council staff",
        _ => "Partner agency",
    };
}
