using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Tests.Enquiries;
using FamilyFirst.Web.Tests.Families;
using Microsoft.Extensions.Time.Testing;

namespace FamilyFirst.Web.Tests.Training;

/// <summary>The app on a clock the training tests move: sessions are booked before they start, and registered after.</summary>
public sealed class TrainingClockFactory : FamilyFirstFactory
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public TrainingClockFactory() => WithClock(Clock);

    public FakeTimeProvider Clock { get; } = new(Start);
}

/// <summary>
/// Courses, sessions, bookings (directly and from a training enquiry), cancellations with the waiting list, the
/// register, completion, certificates and the anonymous evaluation: each form's bad input, and each role refused.
/// </summary>
public class TrainingPagesTests(TrainingClockFactory factory) : IClassFixture<TrainingClockFactory>
{
    // In January London is on UTC, so 09:30 typed is 09:30 UTC.
    private static readonly DateTimeOffset SessionStarts = new(2026, 2, 10, 9, 30, 0, TimeSpan.Zero);

    private async Task<HttpClient> SignedInAsync(string email, params string[] roles)
    {
        await factory.CreateUserAsync(email, roles);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<HttpClient> TrainerAsync(string name) => await SignedInAsync($"{name}@example.gov.uk", Roles.Trainer);

    private static async Task<IHtmlDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetPageAsync(response.Headers.Location!.OriginalString);
    }

    /// <summary>Adds a course and a session of it (on 10 February 2026, 9:30am to 3:30pm) through the pages; returns the session's id.</summary>
    private async Task<(Guid CourseId, Guid SessionId)> CourseAndSessionAsync(HttpClient trainer, string title, int capacity)
    {
        factory.Clock.AdjustTime(TrainingClockFactory.Start);
        var form = await trainer.GetPageAsync("/training/courses/new");
        var added = await trainer.PostFormAsync("/training/courses/new", form,
            ("Title", title), ("Summary", "Working with, not to or for"), ("LengthHours", "6"), ("Outcomes", "Use the restorative questions\nRun a check-in circle"));
        var courseId = Guid.Parse(added.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.Equal($"{title} added to the catalogue", (await FollowAsync(trainer, added)).SuccessBanner());

        var sessionForm = await trainer.GetPageAsync($"/training/courses/{courseId}/sessions/new");
        var trainerId = sessionForm.QuerySelector<IHtmlSelectElement>("#TrainerId")!.Value!;
        var scheduled = await trainer.PostFormAsync($"/training/courses/{courseId}/sessions/new", sessionForm,
            ("Date.Day", "10"), ("Date.Month", "2"), ("Date.Year", "2026"), ("StartTime", "9:30"), ("EndTime", "15:30"),
            ("Venue", "Town Hall, Room 2"), ("OnlineLink", string.Empty), ("TrainerId", trainerId), ("Capacity", capacity.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var sessionId = Guid.Parse(scheduled.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.Equal("Session added for Tuesday 10 February 2026, 9:30am to 3:30pm", (await FollowAsync(trainer, scheduled)).SuccessBanner());
        return (courseId, sessionId);
    }

    private static async Task<HttpResponseMessage> BookAsync(HttpClient trainer, Guid sessionId, string name, string email)
    {
        var form = await trainer.GetPageAsync($"/training/book?sessionId={sessionId}");
        return await trainer.PostFormAsync($"/training/book?sessionId={sessionId}", form,
            ("SessionId", sessionId.ToString()), ("Name", name), ("Email", email), ("Phone", string.Empty), ("Kind", "PartnerAgency"),
            ("OrganisationType", "School"), ("OrganisationName", "Northmoor Academy"), ("JobRole", "Teaching assistant"));
    }

    private Task<List<OutboxMessage>> MessagesToAsync(string email) =>
        factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Recipient == email).OrderBy(m => m.CreatedAtUtc).ToListAsync());

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Practitioner)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Administrator)]
    public async Task StaffWithoutTheTrainerRole_AreRefusedEveryTrainingPage(string role)
    {
        var trainer = await TrainerAsync($"refusal.trainer.{role.ToLowerInvariant()}");
        var (courseId, sessionId) = await CourseAndSessionAsync(trainer, $"Refusal course {role}", 5);
        var other = await SignedInAsync($"refused.{role.ToLowerInvariant()}@example.gov.uk", role);

        foreach (var url in new[] { "/training", "/training/courses/new", $"/training/courses/{courseId}", $"/training/courses/{courseId}/sessions/new", $"/training/sessions/{sessionId}", "/training/book", $"/training/courses/{courseId}/edit", $"/training/sessions/{sessionId}/edit" })
        {
            var response = await other.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var staffHome = await other.StartPageAsync();
        Assert.Null(staffHome.QuerySelector("main a[href='/training']"));
    }

    [Fact]
    public async Task SomeoneNotSignedIn_IsSentToSignIn()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/training");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewCourse_BadInput_ShowsGovUkErrors_AndAddsNothing()
    {
        var trainer = await TrainerAsync("course.errors");
        var form = await trainer.GetPageAsync("/training/courses/new");

        var empty = await (await trainer.PostFormAsync("/training/courses/new", form, ("Title", string.Empty), ("LengthHours", string.Empty), ("Outcomes", " "))).ReadPageAsync();
        empty.AssertFieldError("Title", "Enter the course title");
        empty.AssertFieldError("LengthHours", "Enter how long the course lasts, in hours");
        empty.AssertFieldError("Outcomes", "Enter at least one learning outcome");

        var notANumber = await (await trainer.PostFormAsync("/training/courses/new", form, ("Title", "Errors course"), ("LengthHours", "a day"), ("Outcomes", "Run a circle"))).ReadPageAsync();
        notANumber.AssertFieldError("LengthHours", "Length must be a number of hours, like 3 or 6.5");

        var tooLong = await (await trainer.PostFormAsync("/training/courses/new", form, ("Title", "Errors course"), ("LengthHours", "101"), ("Outcomes", "Run a circle"))).ReadPageAsync();
        tooLong.AssertFieldError("LengthHours", "Length must be between 0.5 and 100 hours");

        Assert.False(await factory.WithDbAsync(db => db.TrainingCourses.AnyAsync(c => c.Title == "Errors course")));
    }

    [Fact]
    public async Task EditCourse_BadInput_ShowsGovUkErrors_AndChangesNothing_ThenTheCourseIsChanged()
    {
        var trainer = await TrainerAsync("course.editor");
        var (courseId, _) = await CourseAndSessionAsync(trainer, "Course to change", 5);
        var url = $"/training/courses/{courseId}/edit";
        var form = await trainer.GetPageAsync(url);
        Assert.Equal("Course to change", form.QuerySelector<IHtmlInputElement>("#Title")!.Value);

        var bad = await (await trainer.PostFormAsync(url, form, ("Title", string.Empty), ("LengthHours", "a day"), ("Outcomes", " "))).ReadPageAsync();
        bad.AssertFieldError("Title", "Enter the course title");
        bad.AssertFieldError("LengthHours", "Length must be a number of hours, like 3 or 6.5");
        bad.AssertFieldError("Outcomes", "Enter at least one learning outcome");
        Assert.Equal("Course to change", await factory.WithDbAsync(db => db.TrainingCourses.Where(c => c.Id == courseId).Select(c => c.Title).SingleAsync()));

        var saved = await FollowAsync(trainer, await trainer.PostFormAsync(url, form,
            ("Title", "Course changed"), ("LengthHours", "3"), ("Outcomes", "Use the restorative questions\nRun a check-in circle\nClose a circle well")));
        Assert.Equal("Course changed is updated", saved.SuccessBanner());
        Assert.Equal(3, saved.QuerySelectorAll(".govuk-list--number li").Length);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.RecordType == "TrainingCourse" && e.RecordId == courseId.ToString() && e.Detail == "Changed")));
    }

    [Fact]
    public async Task EditSession_BadInput_ShowsGovUkErrors_ThenMovesTheSession_AndEmailsEveryoneBookedOrWaiting()
    {
        var trainer = await TrainerAsync("session.editor");
        var (_, sessionId) = await CourseAndSessionAsync(trainer, "Session to move", 2);
        await FollowAsync(trainer, await BookAsync(trainer, sessionId, "Kai Moves", "kai.moves@example.org"));
        await FollowAsync(trainer, await BookAsync(trainer, sessionId, "Lin Moves", "lin.moves@example.org"));
        var url = $"/training/sessions/{sessionId}/edit";
        var form = await trainer.GetPageAsync(url);
        Assert.Equal("09:30", form.QuerySelector<IHtmlInputElement>("#StartTime")!.Value);
        var trainerId = form.QuerySelector<IHtmlSelectElement>("#TrainerId")!.Value!;
        (string, string)[] Fields(string start, string capacity) =>
        [
            ("Date.Day", "11"), ("Date.Month", "2"), ("Date.Year", "2026"), ("StartTime", start), ("EndTime", "15:30"),
            ("Venue", "Town Hall, Room 3"), ("OnlineLink", string.Empty), ("TrainerId", trainerId), ("Capacity", capacity),
        ];

        var tooFew = await (await trainer.PostFormAsync(url, form, Fields("9:30", "1"))).ReadPageAsync();
        tooFew.AssertFieldError("Capacity", "2 places are already taken: the capacity cannot be fewer than that");
        var noStart = await (await trainer.PostFormAsync(url, form, Fields(string.Empty, "3"))).ReadPageAsync();
        Assert.Contains("Enter the start time", noStart.ErrorSummary());
        Assert.Equal(2, await factory.WithDbAsync(db => db.TrainingSessions.Where(s => s.Id == sessionId).Select(s => s.Capacity).SingleAsync()));

        var moved = await FollowAsync(trainer, await trainer.PostFormAsync(url, form, Fields("9:30", "3")));
        Assert.Equal("Session updated: Wednesday 11 February 2026, 9:30am to 3:30pm. The 2 people booked or waiting have been emailed the new details", moved.SuccessBanner());
        Assert.Single(await MessagesToAsync("kai.moves@example.org"), m => m.Template == NotificationTemplates.TrainingSessionChanged);
        Assert.Single(await MessagesToAsync("lin.moves@example.org"), m => m.Template == NotificationTemplates.TrainingSessionChanged);
    }

    [Fact]
    public async Task NewSession_BadInput_ShowsGovUkErrors()
    {
        var trainer = await TrainerAsync("session.errors");
        var (courseId, _) = await CourseAndSessionAsync(trainer, "Session errors course", 5);
        var url = $"/training/courses/{courseId}/sessions/new";
        var form = await trainer.GetPageAsync(url);
        var trainerId = form.QuerySelector<IHtmlSelectElement>("#TrainerId")!.Value!;

        var empty = await (await trainer.PostFormAsync(url, form, ("StartTime", string.Empty), ("EndTime", string.Empty), ("TrainerId", trainerId), ("Capacity", string.Empty))).ReadPageAsync();
        empty.AssertFieldError("Date", "Enter the date of the session");
        empty.AssertFieldError("StartTime", "Enter the start time");
        empty.AssertFieldError("EndTime", "Enter the end time");
        empty.AssertFieldError("Capacity", "Enter the number of places");

        (string, string)[] Valid(params (string, string)[] changes) =>
            [.. new[] { ("Date.Day", "11"), ("Date.Month", "2"), ("Date.Year", "2026"), ("StartTime", "9:30"), ("EndTime", "12:30"), ("Venue", "Hall"), ("OnlineLink", string.Empty), ("TrainerId", trainerId), ("Capacity", "12") }
                .Where(v => changes.All(c => c.Item1 != v.Item1)), .. changes];

        var nowhere = await (await trainer.PostFormAsync(url, form, Valid(("Venue", " ")))).ReadPageAsync();
        nowhere.AssertFieldError("Venue", "Enter the venue or the online joining link");

        var badLink = await (await trainer.PostFormAsync(url, form, Valid(("Venue", string.Empty), ("OnlineLink", "teams.example.com/meet")))).ReadPageAsync();
        badLink.AssertFieldError("OnlineLink", "Enter the online joining link in full, starting https://");

        var noPlaces = await (await trainer.PostFormAsync(url, form, Valid(("Capacity", "0")))).ReadPageAsync();
        noPlaces.AssertFieldError("Capacity", "Capacity must be between 1 and 200 places");

        var backwards = await (await trainer.PostFormAsync(url, form, Valid(("EndTime", "9:00")))).ReadPageAsync();
        backwards.AssertFieldError("EndTime", "The end time must be after the start time");

        var past = await (await trainer.PostFormAsync(url, form, Valid(("Date.Day", "2"), ("Date.Month", "1")))).ReadPageAsync();
        Assert.Contains("The session must start in the future", past.ErrorSummary());
    }

    [Fact]
    public async Task Book_BadInput_ShowsGovUkErrors()
    {
        var trainer = await TrainerAsync("booking.errors");
        var (_, sessionId) = await CourseAndSessionAsync(trainer, "Booking errors course", 5);
        var form = await trainer.GetPageAsync("/training/book");

        var empty = await (await trainer.PostFormAsync("/training/book", form, ("SessionId", string.Empty), ("Name", string.Empty), ("Email", string.Empty), ("JobRole", string.Empty))).ReadPageAsync();
        empty.AssertFieldError("SessionId", "Select the session");
        empty.AssertFieldError("Name", "Enter the participant's name");
        empty.AssertFieldError("Email", "Enter the participant's email address, for their joining instructions");
        empty.AssertFieldError("JobRole", "Enter the participant's role, like teaching assistant or social worker");
        Assert.Contains("Select whether the participant works for the council or a partner agency", empty.ErrorSummary());

        var staffWithoutTeam = await (await trainer.PostFormAsync("/training/book", form, ("SessionId", sessionId.ToString()), ("Name", "Ann"), ("Email", "ann@example.org"), ("Kind", "CouncilStaff"), ("TeamId", string.Empty), ("JobRole", "Social worker"))).ReadPageAsync();
        staffWithoutTeam.AssertFieldError("TeamId", "Select the participant's team");

        var partnerWithoutOrganisation = await (await trainer.PostFormAsync("/training/book", form, ("SessionId", sessionId.ToString()), ("Name", "Ann"), ("Email", "not an email"), ("Kind", "PartnerAgency"), ("JobRole", "Teacher"))).ReadPageAsync();
        partnerWithoutOrganisation.AssertFieldError("Email", "Enter an email address in the correct format, like name@example.com");
        partnerWithoutOrganisation.AssertFieldError("OrganisationType", "Select the kind of organisation the participant works for");
        partnerWithoutOrganisation.AssertFieldError("OrganisationName", "Enter the name of the participant's organisation");

        Assert.False(await factory.WithDbAsync(db => db.TrainingSessions.Where(s => s.Id == sessionId).SelectMany(s => s.Bookings).AnyAsync()));

        var booked = await FollowAsync(trainer, await BookAsync(trainer, sessionId, "Twice Booked", "twice@example.org"));
        Assert.Equal("Twice Booked is booked. A confirmation with the joining instructions has been sent to twice@example.org", booked.SuccessBanner());
        var again = await (await BookAsync(trainer, sessionId, "Twice Booked", "twice@example.org")).ReadPageAsync();
        again.AssertFieldError("Email", "twice@example.org is already booked on this session or waiting for a place");
    }

    [Fact]
    public async Task ATrainingEnquiry_BecomesABookingInOneStep_WithTheEnquirersDetailsCarriedOver()
    {
        var trainer = await TrainerAsync("enquiry.booker");
        var (_, sessionId) = await CourseAndSessionAsync(trainer, "Enquiry course", 5);
        var (enquiryId, reference) = await factory.AddAsync(EnquiryType.TrainingOrConsultancy, TrainingClockFactory.Start.AddDays(-1), "the youth club");

        var enquiry = await trainer.GetPageAsync($"/enquiries/{enquiryId}");
        var bookLink = enquiry.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Book on a training session").GetAttribute("href")!;
        var form = await trainer.GetPageAsync(bookLink);
        Assert.Equal($"From enquiry {reference}", form.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        Assert.Equal("Seed Contact", form.QuerySelector<IHtmlInputElement>("#Name")!.Value);
        Assert.Equal("seed@example.com", form.QuerySelector<IHtmlInputElement>("#Email")!.Value);
        Assert.Equal("Seed School", form.QuerySelector<IHtmlInputElement>("#OrganisationName")!.Value);
        Assert.True(form.QuerySelector<IHtmlInputElement>("input[name=Kind][value=PartnerAgency]")!.IsChecked);

        var session = await FollowAsync(trainer, await trainer.PostFormAsync(bookLink, form,
            ("SessionId", sessionId.ToString()), ("Name", "Seed Contact"), ("Email", "seed@example.com"), ("Kind", "PartnerAgency"),
            ("OrganisationType", "School"), ("OrganisationName", "Seed School"), ("JobRole", "Youth worker")));

        Assert.Equal("Seed Contact is booked. A confirmation with the joining instructions has been sent to seed@example.com", session.SuccessBanner());
        var answered = await trainer.GetPageAsync($"/enquiries/{enquiryId}");
        Assert.Equal("Accepted", answered.SummaryValue("Status"));
        Assert.Contains("Booked on Enquiry course, Tuesday 10 February 2026", answered.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var booking = await factory.WithDbAsync(db => db.TrainingSessions.Where(s => s.Id == sessionId).SelectMany(s => s.Bookings).SingleAsync());
        Assert.Equal((enquiryId, BookingStatus.Booked), (booking.EnquiryId, booking.Status));
        var message = Assert.Single(await MessagesToAsync("seed@example.com"), m => m.Template == NotificationTemplates.TrainingBookingConfirmation);
        Assert.Contains("Town Hall, Room 2", NotificationOutbox.Render(message).Body, StringComparison.Ordinal);

        var again = await trainer.GetPageAsync(bookLink);
        var refused = await (await trainer.PostFormAsync(bookLink, again,
            ("SessionId", sessionId.ToString()), ("Name", "Other"), ("Email", "other@example.com"), ("Kind", "PartnerAgency"),
            ("OrganisationType", "School"), ("OrganisationName", "Seed School"), ("JobRole", "Youth worker"))).ReadPageAsync();
        Assert.Contains("This enquiry is already accepted: reopen it to book from it", refused.ErrorSummary());
    }

    [Fact]
    public async Task AManager_SeesATrainingEnquiry_ButIsNotOfferedToBookIt()
    {
        var (enquiryId, _) = await factory.AddAsync(EnquiryType.TrainingOrConsultancy, TrainingClockFactory.Start.AddDays(-1), "manager view");
        var manager = await SignedInAsync("training.manager@example.gov.uk", Roles.Manager);

        var enquiry = await manager.GetPageAsync($"/enquiries/{enquiryId}");

        Assert.DoesNotContain(enquiry.QuerySelectorAll("main a"), a => a.TextContent.Trim() == "Book on a training session");
        var response = await manager.GetAsync($"/training/book?enquiryId={enquiryId}");
        Assert.Contains("/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_AFullSessionsBooking_OffersThePlaceOnce_ToTheFirstInLine()
    {
        var trainer = await TrainerAsync("waiting.list");
        var (_, sessionId) = await CourseAndSessionAsync(trainer, "Waiting list course", 1);
        await FollowAsync(trainer, await BookAsync(trainer, sessionId, "Ann Place", "ann.place@example.org"));
        var waiting = await FollowAsync(trainer, await BookAsync(trainer, sessionId, "Bo Waiting", "bo.waiting@example.org"));
        Assert.Equal("The session is full, so Bo Waiting is on the waiting list. We have emailed them to say so", waiting.SuccessBanner());
        await FollowAsync(trainer, await BookAsync(trainer, sessionId, "Cy Second", "cy.second@example.org"));
        var bookingId = await factory.WithDbAsync(db => db.TrainingSessions.Where(s => s.Id == sessionId).SelectMany(s => s.Bookings).Where(b => b.Email == "ann.place@example.org").Select(b => b.Id).SingleAsync());

        var confirm = await trainer.GetPageAsync($"/training/sessions/{sessionId}/bookings/{bookingId}/cancel");
        Assert.Equal("Are you sure you want to cancel Ann Place's booking?", confirm.Heading());
        Assert.Contains("Their place will be offered to Bo Waiting, first on the waiting list.", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var session = await FollowAsync(trainer, await trainer.PostFormAsync($"/training/sessions/{sessionId}/bookings/{bookingId}/cancel", confirm));

        Assert.Equal("Ann Place's booking is cancelled. The place has been offered to Bo Waiting, first on the waiting list", session.SuccessBanner());
        Assert.Contains(await MessagesToAsync("bo.waiting@example.org"), m => m.Template == NotificationTemplates.TrainingPlaceOffered);
        Assert.Contains(await MessagesToAsync("ann.place@example.org"), m => m.Template == NotificationTemplates.TrainingBookingCancelled);
        Assert.DoesNotContain(await MessagesToAsync("cy.second@example.org"), m => m.Template == NotificationTemplates.TrainingPlaceOffered);
        Assert.Equal(["Cy Second, Northmoor Academy (take off the list: Cy Second)"], session.QuerySelectorAll("#waiting-list li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));

        var again = await (await trainer.PostFormAsync($"/training/sessions/{sessionId}/bookings/{bookingId}/cancel", confirm)).ReadPageAsync();
        Assert.Contains("This booking is already cancelled", again.ErrorSummary());
    }

    [Fact]
    public async Task Register_Completion_Certificate_AndTheAnonymousEvaluation()
    {
        var trainer = await TrainerAsync("register.trainer");
        var (_, sessionId) = await CourseAndSessionAsync(trainer, "Register course", 5);
        await FollowAsync(trainer, await BookAsync(trainer, sessionId, "Dee Attends", "dee.attends@example.org"));
        await FollowAsync(trainer, await BookAsync(trainer, sessionId, "Eli Leaves", "eli.leaves@example.org"));
        var bookings = await factory.WithDbAsync(db => db.TrainingSessions.Where(s => s.Id == sessionId).SelectMany(s => s.Bookings).ToDictionaryAsync(b => b.Name, b => b.Id));

        var early = await trainer.GetPageAsync($"/training/sessions/{sessionId}/register/{bookings["Dee Attends"]}");
        var tooEarly = await (await trainer.PostFormAsync($"/training/sessions/{sessionId}/register/{bookings["Dee Attends"]}", early, ("Attendance", "Attended"))).ReadPageAsync();
        tooEarly.AssertFieldError("Attendance", "The register can be taken once the session has started");

        // Weeks later, on the day: the trainer signs in again.
        factory.Clock.AdjustTime(SessionStarts.AddMinutes(5));
        trainer = factory.CreateBrowserlessClient();
        await trainer.SignInAsync("register.trainer@example.gov.uk");
        var register = await trainer.GetPageAsync($"/training/sessions/{sessionId}/register/{bookings["Dee Attends"]}");
        var unanswered = await (await trainer.PostFormAsync($"/training/sessions/{sessionId}/register/{bookings["Dee Attends"]}", register)).ReadPageAsync();
        unanswered.AssertFieldError("Attendance", "Select whether they attended");

        var attended = await FollowAsync(trainer, await trainer.PostFormAsync($"/training/sessions/{sessionId}/register/{bookings["Dee Attends"]}", register, ("Attendance", "Attended")));
        Assert.Equal("Dee Attends: attended. The evaluation link has been sent to them", attended.SuccessBanner());
        await FollowAsync(trainer, await trainer.PostFormAsync($"/training/sessions/{sessionId}/register/{bookings["Eli Leaves"]}", register, ("Attendance", "LeftEarly")));

        factory.Clock.AdjustTime(SessionStarts.AddHours(7));

        // After a day's training away from the screen, past the 30-minute idle limit, the trainer signs in again.
        trainer = factory.CreateBrowserlessClient();
        await trainer.SignInAsync("register.trainer@example.gov.uk");
        var session = await trainer.GetPageAsync($"/training/sessions/{sessionId}");
        var completed = await FollowAsync(trainer, await trainer.PostFormAsync($"/training/sessions/{sessionId}?handler=Complete&bookingId={bookings["Dee Attends"]}", session, [], $"form[action*='{bookings["Dee Attends"]}'][action*='Complete']"));
        Assert.Equal("Completion recorded for Dee Attends. Their certificate is ready to print", completed.SuccessBanner());
        var leftEarly = await (await trainer.PostFormAsync($"/training/sessions/{sessionId}?handler=Complete&bookingId={bookings["Eli Leaves"]}", session, [], "main form")).ReadPageAsync();
        Assert.Contains("Eli Leaves left early, so has not completed the course: book them on another session", leftEarly.ErrorSummary());

        var certificate = await trainer.GetPageAsync($"/training/sessions/{sessionId}/bookings/{bookings["Dee Attends"]}/certificate");
        Assert.Equal("Certificate of completion", certificate.Heading());
        Assert.Contains("Dee Attends", certificate.QuerySelector(".app-certificate__name")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Certificate number RP-20260210-", certificate.QuerySelector(".app-certificate__number")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync($"/training/sessions/{sessionId}/bookings/{bookings["Eli Leaves"]}/certificate")).StatusCode);

        var request = Assert.Single(await MessagesToAsync("dee.attends@example.org"), m => m.Template == NotificationTemplates.TrainingEvaluationRequest);
        var link = factory.Services.GetRequiredService<OutboxSecrets>().Reveal(request)["link"];
        var path = new Uri(link).AbsolutePath;
        var anonymous = factory.CreateBrowserlessClient();
        var questionnaire = await anonymous.GetPageAsync(path);
        var incomplete = await (await anonymous.PostFormAsync(path, questionnaire, ("Before[0]", "3"), ("After[0]", "11"), ("Before[1]", "2"))).ReadPageAsync();
        Assert.Equal(
            ["Select how confident you feel now, from 0 to 10, in: Use the restorative questions", "Select how confident you feel now, from 0 to 10, in: Run a check-in circle"],
            incomplete.ErrorSummary());

        var thanks = await anonymous.PostFormAsync(path, questionnaire, ("Before[0]", "3"), ("After[0]", "8"), ("Before[1]", "2"), ("After[1]", "7"), ("Comments", "Really useful"));
        Assert.Equal("/training-evaluation/thank-you", thanks.Headers.Location!.OriginalString);
        var answeredAgain = await anonymous.GetPageAsync(path);
        Assert.NotNull(answeredAgain.GetElementById("already-answered"));

        var summary = await trainer.GetPageAsync($"/training/sessions/{sessionId}");
        Assert.Equal("1 person has answered. The evaluation is shown once at least 5 people have answered, so that no one's answers can be identified.", summary.GetElementById("evaluation-too-few")!.TextContent.Trim());
        Assert.DoesNotContain("Really useful", summary.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var response = await factory.WithDbAsync(db => db.TrainingEvaluations.Include(e => e.Ratings).SingleAsync(e => e.SessionId == sessionId));
        Assert.Equal([(2, 7), (3, 8)], response.Ratings.Select(r => (r.Before, r.After)).Order());

        // Every change and every view of participants' details is in the audit trail, without their names.
        var dee = bookings["Dee Attends"].ToString("D");
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.RecordId == dee || e.RecordId == sessionId.ToString()).OrderBy(e => e.Sequence).Select(e => new { e.Action, e.RecordType, e.Detail, e.UserDisplayName }).ToListAsync());
        Assert.Contains(audit, e => e.Action == AuditAction.Create && e.RecordType == "TrainingSession");
        Assert.Contains(audit, e => e.Action == AuditAction.Create && e.RecordType == "TrainingBooking" && e.Detail!.StartsWith("Booked (session", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Action == AuditAction.View && e.Detail == "Viewed for the register");
        Assert.Contains(audit, e => e.Action == AuditAction.Change && e.Detail!.StartsWith("Register: attended", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Action == AuditAction.Change && e.Detail!.StartsWith("Completion recorded, certificate RP-20260210-", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Action == AuditAction.View && e.Detail!.Contains("Certificate RP-", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Action == AuditAction.View && e.RecordType == "TrainingSession" && e.Detail!.StartsWith("Participants viewed", StringComparison.Ordinal));
        Assert.All(audit, e => Assert.DoesNotContain("Dee", e.Detail ?? string.Empty, StringComparison.Ordinal));

        // The reach of training counts Dee (completed), not Eli (left early).
        var reach = await trainer.GetPageAsync("/training-reach");
        var row = reach.QuerySelectorAll("#reach-courses tbody tr").Single(r => r.Children[0].TextContent.Trim() == "Register course");
        Assert.Equal(["Register course", "1", "1", "Shown from 5 answers"], row.Children.Select(c => c.TextContent.Trim()));
        var school = reach.QuerySelectorAll("#reach-organisations tbody tr").Single(r => r.Children[0].TextContent.Trim() == "Northmoor Academy");
        Assert.Equal("School or education", school.Children[1].TextContent.Trim());
    }

    [Theory]
    [InlineData(Roles.Practitioner)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Administrator)]
    public async Task TheReachOfTraining_IsRefusedToEveryoneButTrainersAndManagers(string role)
    {
        var other = await SignedInAsync($"reach.refused.{role.ToLowerInvariant()}@example.gov.uk", role);

        foreach (var url in new[] { "/training-reach", "/training-reach?handler=Csv", "/training-reach?handler=Xlsx" })
        {
            var response = await other.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Null((await other.StartPageAsync()).QuerySelector("main a[href='/training-reach']"));
    }

    [Fact]
    public async Task AManager_OpensTheReachOfTrainingFromTheirHome_AndDownloadsItAsCsvAndExcel_EachAudited()
    {
        var manager = await SignedInAsync("reach.manager@example.gov.uk", Roles.Manager);
        var home = await manager.StartPageAsync();
        Assert.NotNull(home.QuerySelector("main a[href='/training-reach']"));

        var reach = await manager.GetPageAsync("/training-reach");
        Assert.Equal("Reach of restorative practice training", reach.Heading());
        Assert.NotNull(reach.GetElementById("reach-courses"));
        Assert.Null(reach.QuerySelector("main a[href^='/training/sessions']"));

        var csv = await manager.GetAsync("/training-reach?handler=Csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("Measure,Value\r\nPeople trained,", text, StringComparison.Ordinal);
        Assert.Contains("Course,People trained,Evaluations answered", text, StringComparison.Ordinal);
        Assert.Contains("Team,People trained,Staff in the directory,Staff trained,Percent of staff trained", text, StringComparison.Ordinal);

        var xlsx = await manager.GetAsync("/training-reach?handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Equal(
                ["Summary", "By course", "By team", "By partner organisation", "By quarter", "Consultancy"],
                workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
        }

        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.RecordType == "TrainingReach" && e.UserDisplayName != null).Select(e => new { e.Action, e.Detail }).ToListAsync());
        Assert.Contains(audit, e => e.Action == AuditAction.View);
        Assert.Contains(audit, e => e.Action == AuditAction.Export && e.Detail == "CSV");
        Assert.Contains(audit, e => e.Action == AuditAction.Export && e.Detail == "Excel");
    }

    [Fact]
    public async Task TheEvaluation_ByAnUnknownLink_IsNotFound() =>
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserlessClient().GetAsync("/training-evaluation/not-a-real-token")).StatusCode);

    [Fact]
    public async Task TheCatalogue_WithNothingComingUp_SaysSo_AndTheTrainersHomeLinksToIt()
    {
        var trainer = await TrainerAsync("catalogue.trainer");

        var home = await trainer.GetPageAsync("/staff");

        Assert.NotNull(home.QuerySelector("main a[href='/training']"));
        var catalogue = await trainer.GetPageAsync("/training");
        Assert.Equal("Restorative practice training", catalogue.Heading());
    }
}
