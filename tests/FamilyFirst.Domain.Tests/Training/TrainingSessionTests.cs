using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;

namespace FamilyFirst.Domain.Tests.Training;

public class TrainingSessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Starts = new(2026, 3, 16, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Ends = new(2026, 3, 16, 15, 30, 0, TimeSpan.Zero);
    private static readonly TrainerRef Trainer = new("trainer-1", "Ruth Okafor");

    internal static Course Course() =>
        Domain.Training.Course.Create("Restorative practice: an introduction", "The basics", 6m, ["Use the restorative questions", "Explain the social discipline window"]).Value!;

    private static TrainingSession Session(int capacity) =>
        TrainingSession.Schedule(Course(), Starts, Ends, "Town Hall, Room 2", null, Trainer, capacity, Now).Value!;

    private static ParticipantDetails Partner(string name) =>
        new(name, $"{name.Replace(' ', '.')}@school.example.org", null, ParticipantKind.PartnerAgency, null, null, OrganisationType.School, "Northmoor Academy", "Teaching assistant");

    private static Booking Book(TrainingSession session, string name, int minutesLater = 0) =>
        session.Book(Partner(name), null, Now.AddMinutes(minutesLater)).Value!;

    [Fact]
    public void Book_UpToCapacity_GivesPlaces_ThenTheWaitingList()
    {
        var session = Session(2);

        var first = Book(session, "Ann Lee");
        var second = Book(session, "Bo Chan", 1);
        var third = Book(session, "Cat Day", 2);

        Assert.Equal(BookingStatus.Booked, first.Status);
        Assert.Equal(BookingStatus.Booked, second.Status);
        Assert.Equal(BookingStatus.WaitingList, third.Status);
        Assert.Equal(0, session.PlacesLeft);
        Assert.Equal([third.Id], session.WaitingList.Select(b => b.Id));
    }

    [Fact]
    public void Book_TheSameEmailTwice_IsRefused()
    {
        var session = Session(5);
        Book(session, "Ann Lee");

        var again = session.Book(Partner("Ann Lee") with { Email = "ANN.LEE@school.example.org" }, null, Now);

        Assert.False(again.Succeeded);
        Assert.Equal("ANN.LEE@school.example.org is already booked on this session or waiting for a place", again.Error);
    }

    [Fact]
    public void Book_OnceTheSessionHasStarted_IsRefused()
    {
        var session = Session(5);

        var late = session.Book(Partner("Ann Lee"), null, Starts);

        Assert.Equal("This session has already started, so no more bookings can be taken", late.Error);
    }

    [Fact]
    public void Book_WithBadDetails_IsRefusedWithTheFirstProblem()
    {
        var session = Session(5);

        var result = session.Book(Partner("Ann Lee") with { Email = "not-an-email" }, null, Now);

        Assert.Equal("Enter an email address in the correct format, like name@example.com", result.Error);
        Assert.Empty(session.Bookings);
    }

    [Fact]
    public void Cancel_ABookedPlace_OffersItOnce_ToTheFirstInLine()
    {
        var session = Session(1);
        var booked = Book(session, "Ann Lee");
        var firstInLine = Book(session, "Bo Chan", 1);
        var secondInLine = Book(session, "Cat Day", 2);

        var offered = session.Cancel(booked.Id, Now.AddHours(1)).Value;

        Assert.Same(firstInLine, offered);
        Assert.Equal(BookingStatus.Offered, firstInLine.Status);
        Assert.Equal(BookingStatus.WaitingList, secondInLine.Status);
        Assert.Equal(BookingStatus.Cancelled, booked.Status);
        Assert.Equal(0, session.PlacesLeft);
    }

    [Fact]
    public void Cancel_TheWaitingListOrder_IsByTimeBooked_NotByName()
    {
        var session = Session(1);
        var booked = Book(session, "Ann Lee");
        var later = Book(session, "Ada Ames", 10);
        var earlier = Book(session, "Zed Zane", 5);

        var offered = session.Cancel(booked.Id, Now.AddHours(1)).Value;

        Assert.Same(earlier, offered);
        Assert.Equal(BookingStatus.WaitingList, later.Status);
    }

    [Fact]
    public void Cancel_AnOfferDeclined_IsNotOfferedAgain_AndTheNextInLineIsOffered()
    {
        var session = Session(1);
        var booked = Book(session, "Ann Lee");
        var first = Book(session, "Bo Chan", 1);
        var second = Book(session, "Cat Day", 2);
        session.Cancel(booked.Id, Now.AddHours(1));

        var next = session.Cancel(first.Id, Now.AddHours(2)).Value;

        Assert.Equal(BookingStatus.OfferDeclined, first.Status);
        Assert.Same(second, next);
        Assert.Equal(BookingStatus.Offered, second.Status);
        Assert.DoesNotContain(first, session.WaitingList);
    }

    [Fact]
    public void Cancel_WithNobodyWaiting_LeavesThePlaceFree()
    {
        var session = Session(1);
        var booked = Book(session, "Ann Lee");

        var offered = session.Cancel(booked.Id, Now.AddHours(1));

        Assert.True(offered.Succeeded);
        Assert.Null(offered.Value);
        Assert.Equal(1, session.PlacesLeft);
        Assert.Equal(BookingStatus.Booked, Book(session, "Bo Chan", 90).Status);
    }

    [Fact]
    public void Cancel_AWaitingListPlace_OffersNothing()
    {
        var session = Session(1);
        Book(session, "Ann Lee");
        var waiting = Book(session, "Bo Chan", 1);
        var after = Book(session, "Cat Day", 2);

        var offered = session.Cancel(waiting.Id, Now.AddHours(1)).Value;

        Assert.Null(offered);
        Assert.Equal(BookingStatus.WaitingList, after.Status);
    }

    [Fact]
    public void Cancel_Twice_IsRefused()
    {
        var session = Session(2);
        var booked = Book(session, "Ann Lee");
        session.Cancel(booked.Id, Now);

        var again = session.Cancel(booked.Id, Now);

        Assert.Equal("This booking is already cancelled", again.Error);
    }

    [Fact]
    public void Cancel_OnceStarted_IsRefused_InFavourOfTheRegister()
    {
        var session = Session(2);
        var booked = Book(session, "Ann Lee");

        var result = session.Cancel(booked.Id, Starts);

        Assert.Equal("This session has started: record the participant as absent in the register instead", result.Error);
    }

    [Fact]
    public void AcceptOffer_TurnsTheOfferIntoABooking()
    {
        var session = Session(1);
        var booked = Book(session, "Ann Lee");
        var waiting = Book(session, "Bo Chan", 1);
        session.Cancel(booked.Id, Now);

        Assert.True(session.AcceptOffer(waiting.Id, Now.AddHours(1)).Succeeded);

        Assert.Equal(BookingStatus.Booked, waiting.Status);
        Assert.Equal("Only a person offered a place can accept it", session.AcceptOffer(waiting.Id, Now.AddHours(1)).Error);
    }

    [Fact]
    public void Change_CapacityBelowThePlacesTaken_IsRefused()
    {
        var session = Session(3);
        Book(session, "Ann Lee");
        Book(session, "Bo Chan");

        var fewer = session.Change(Starts, Ends, "Town Hall", null, Trainer, 1, Now);

        Assert.Equal("2 places are already taken: the capacity cannot be fewer than that", fewer.Error);
        Assert.True(session.Change(Starts, Ends, "Town Hall", null, Trainer, 2, Now).Succeeded);
    }

    [Theory]
    [InlineData(0, "Capacity must be between 1 and 200 places")]
    [InlineData(201, "Capacity must be between 1 and 200 places")]
    public void Schedule_CapacityOutOfRange_IsRefused(int capacity, string message) =>
        Assert.Equal(message, TrainingSession.Schedule(Course(), Starts, Ends, "Town Hall", null, Trainer, capacity, Now).Error);

    [Fact]
    public void Schedule_NeedsAVenueOrAnHttpsLink()
    {
        Assert.Equal("Enter the venue or the online joining link", TrainingSession.Schedule(Course(), Starts, Ends, " ", null, Trainer, 10, Now).Error);
        Assert.Equal("Enter the online joining link in full, starting https://", TrainingSession.Schedule(Course(), Starts, Ends, null, "teams.example.com/meet", Trainer, 10, Now).Error);
        Assert.True(TrainingSession.Schedule(Course(), Starts, Ends, null, "https://teams.example.com/meet/1", Trainer, 10, Now).Value!.IsOnline);
    }

    [Fact]
    public void Schedule_EndBeforeStart_OrInThePast_IsRefused()
    {
        Assert.Equal("The end time must be after the start time", TrainingSession.Schedule(Course(), Starts, Starts, "Hall", null, Trainer, 10, Now).Error);
        Assert.Equal("The session must start in the future", TrainingSession.Schedule(Course(), Now.AddMinutes(-1), Ends, "Hall", null, Trainer, 10, Now).Error);
    }

    [Fact]
    public void Schedule_AWithdrawnCourse_IsRefused()
    {
        var course = Course();
        course.Withdraw();

        Assert.Equal("This course has been withdrawn: reinstate it before adding sessions", TrainingSession.Schedule(course, Starts, Ends, "Hall", null, Trainer, 10, Now).Error);
    }

    [Fact]
    public void RecordAttendance_BeforeTheSessionStarts_IsRefused()
    {
        var session = Session(2);
        var booked = Book(session, "Ann Lee");

        Assert.Equal("The register can be taken once the session has started", session.RecordAttendance(booked.Id, Attendance.Attended, Starts.AddTicks(-1)).Error);
        Assert.True(session.RecordAttendance(booked.Id, Attendance.Attended, Starts).Succeeded);
    }

    [Fact]
    public void RecordAttendance_ForSomeoneWithoutAPlace_IsRefused()
    {
        var session = Session(1);
        Book(session, "Ann Lee");
        var waiting = Book(session, "Bo Chan");

        Assert.Equal("Bo Chan did not have a place on this session", session.RecordAttendance(waiting.Id, Attendance.Attended, Starts).Error);
    }

    [Fact]
    public void RecordCompletion_AttendedAndFinished_GivesACertificateNumber()
    {
        var session = Session(2);
        var booked = Book(session, "Ann Lee");
        session.RecordAttendance(booked.Id, Attendance.Attended, Starts);

        Assert.Equal("Completion can be recorded once the session has finished", session.RecordCompletion(booked.Id, Ends.AddTicks(-1)).Error);
        Assert.True(session.RecordCompletion(booked.Id, Ends).Succeeded);

        Assert.Equal(Ends, booked.CompletedAt);
        Assert.StartsWith("RP-20260316-", booked.CertificateNumber, StringComparison.Ordinal);
        Assert.Equal("Ann Lee's completion is already recorded", session.RecordCompletion(booked.Id, Ends).Error);
    }

    [Theory]
    [InlineData(Attendance.LeftEarly, "Ann Lee left early, so has not completed the course: book them on another session")]
    [InlineData(Attendance.Absent, "Ann Lee was absent, so has not completed the course")]
    public void RecordCompletion_WithoutAttendingInFull_IsRefused(Attendance attendance, string message)
    {
        var session = Session(2);
        var booked = Book(session, "Ann Lee");
        session.RecordAttendance(booked.Id, attendance, Starts);

        Assert.Equal(message, session.RecordCompletion(booked.Id, Ends).Error);
        Assert.Null(booked.CompletedAt);
    }

    [Fact]
    public void RecordCompletion_WithNoAttendanceRecorded_AsksForTheRegister()
    {
        var session = Session(2);
        var booked = Book(session, "Ann Lee");

        Assert.Equal("Record Ann Lee's attendance in the register first", session.RecordCompletion(booked.Id, Ends).Error);
    }

    [Fact]
    public void RecordAttendance_AfterCompletion_CannotUndoAttending_UntilTheCompletionIsWithdrawn()
    {
        var session = Session(2);
        var booked = Book(session, "Ann Lee");
        session.RecordAttendance(booked.Id, Attendance.Attended, Starts);
        session.RecordCompletion(booked.Id, Ends);

        Assert.Equal("Ann Lee's completion is recorded: withdraw it before changing their attendance", session.RecordAttendance(booked.Id, Attendance.Absent, Ends).Error);
        Assert.True(session.WithdrawCompletion(booked.Id).Succeeded);
        Assert.True(session.RecordAttendance(booked.Id, Attendance.Absent, Ends).Succeeded);
        Assert.Null(booked.CertificateNumber);
    }

    [Fact]
    public void StaffParticipant_IsRecordedWithTheirTeam()
    {
        var session = Session(2);
        var team = Guid.NewGuid();

        var booking = session.Book(new ParticipantDetails("Dev Patel", "dev.patel@northmoor.gov.uk", null, ParticipantKind.CouncilStaff, team, "Early Help North", null, null, "Family worker"), null, Now).Value!;

        Assert.Equal(team, booking.TeamId);
        Assert.Equal("Early Help North", booking.OrganisationName);
        Assert.Null(booking.OrganisationType);
    }
}
