using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;
using FamilyFirst.Domain.Tests.Enquiries;

namespace FamilyFirst.Domain.Tests.Training;

public class ConsultancyTests
{
    private static readonly DateOnly RequestedOn = new(2026, 3, 2);
    private static readonly DateOnly Today = new(2026, 3, 20);
    private static readonly TrainerRef Lead = new("trainer-1", "Ruth Okafor");

    private static ConsultancyRequest School(string? asked = "Help our pastoral team use restorative conversations") =>
        new(ParticipantKind.PartnerAgency, null, null, OrganisationType.School, " Northmoor Academy ", "Dana Head", "dana@northmoor.example.org", asked);

    private static ConsultancyRequest Team() =>
        new(ParticipantKind.CouncilStaff, Guid.NewGuid(), "North team", null, null, "Tom Lead", "tom@council.example.gov.uk", "Restorative supervision for the team");

    private static ConsultancyPiece Piece(params string[] aims) =>
        ConsultancyPiece.Create(School(), aims, Lead, RequestedOn).Value!;

    [Fact]
    public void Create_WithoutAims_IsRequested_WithAims_IsAgreed_TrimmingAndNumberingThem()
    {
        var requested = Piece();
        var agreed = Piece(" Staff use restorative questions ", "", "Circles in tutor time");

        Assert.Equal(ConsultancyStatus.Requested, requested.Status);
        Assert.Equal(ConsultancyStatus.Agreed, agreed.Status);
        Assert.Equal([(1, "Staff use restorative questions"), (2, "Circles in tutor time")], agreed.AimsInOrder.Select(a => (a.Position, a.Text)));
        Assert.Equal("Northmoor Academy (School or education)", agreed.Organisation);
        Assert.Equal(RequestedOn, agreed.RequestedOn);
    }

    [Fact]
    public void Create_ForACouncilTeam_KeepsTheTeam_AndNoPartnerOrganisation()
    {
        var piece = ConsultancyPiece.Create(Team() with { OrganisationName = "Ignored", OrganisationType = OrganisationType.Police }, [], Lead, RequestedOn).Value!;

        Assert.Equal(("North team", (OrganisationType?)null, (string?)null), (piece.TeamName, piece.OrganisationType, piece.OrganisationName));
        Assert.Equal("North team (council)", piece.Organisation);
    }

    [Theory]
    [InlineData(null, "Kind", "Select whether a council team or a partner organisation asked")]
    [InlineData(ParticipantKind.CouncilStaff, "TeamId", "Select the team that asked")]
    public void Request_WithoutWhoAsked_IsRefused(ParticipantKind? kind, string field, string message)
    {
        var errors = (School() with { Kind = kind, TeamId = null }).Errors();

        Assert.Equal([new FieldError(field, message)], errors);
    }

    [Fact]
    public void Request_FromAPartner_NeedsItsKindAndName_AndEveryFieldAtItsLimit()
    {
        var errors = (School() with { OrganisationType = null, OrganisationName = " ", ContactName = null, ContactEmail = "not-an-email", WhatWasAsked = "" }).Errors();

        Assert.Equal(
            ["OrganisationType", "OrganisationName", "ContactName", "ContactEmail", "WhatWasAsked"],
            errors.Select(e => e.Field));
        Assert.Empty((School(new string('a', ConsultancyRequest.AskedMaximumLength)) with { ContactName = new string('n', 200), OrganisationName = new string('o', 200) }).Errors());
        Assert.Equal(
            ["OrganisationName", "ContactName", "WhatWasAsked"],
            (School(new string('a', ConsultancyRequest.AskedMaximumLength + 1)) with { ContactName = new string('n', 201), OrganisationName = new string('o', 201) }).Errors().Select(e => e.Field));
        Assert.Equal("Enter the contact's email address", (School() with { ContactEmail = " " }).Errors().Single().Message);
    }

    [Fact]
    public void Create_NeedsALeadTrainer_AndAtMostEightAimsOf300Characters()
    {
        Assert.Equal(("Select the lead trainer", "LeadTrainerId"), Refusal(ConsultancyPiece.Create(School(), [], null, RequestedOn)));
        Assert.True(ConsultancyPiece.Create(School(), Enumerable.Repeat(new string('a', 300), 8), Lead, RequestedOn).Succeeded);
        Assert.Equal(("A piece of work can have up to 8 aims", "Aims"), Refusal(ConsultancyPiece.Create(School(), Enumerable.Repeat("An aim", 9), Lead, RequestedOn)));
        Assert.Equal(("Each aim must be 300 characters or less", "Aims"), Refusal(ConsultancyPiece.Create(School(), [new string('a', 301)], Lead, RequestedOn)));
        Assert.Equal("ContactEmail", ConsultancyPiece.Create(School() with { ContactEmail = null }, [], Lead, RequestedOn).Field);
    }

    [Fact]
    public void Change_AgreesAims_KeepingEachAimsIdentityInItsPlace_AndDroppingRemovedOnes()
    {
        var piece = Piece("First aim", "Second aim");
        var first = piece.AimsInOrder.First().Id;

        Assert.True(piece.Change(School(), ["First aim, reworded"], new TrainerRef("trainer-2", "Sam Lead")).Succeeded);

        var aim = Assert.Single(piece.Aims);
        Assert.Equal((first, "First aim, reworded"), (aim.Id, aim.Text));
        Assert.Equal("Sam Lead", piece.LeadTrainerName);
        Assert.Equal(ConsultancyStatus.Agreed, piece.Status);
    }

    [Fact]
    public void Change_WithBadDetails_ChangesNothing()
    {
        var piece = Piece("First aim");

        var refused = piece.Change(School() with { ContactName = "" }, ["Another aim"], Lead);

        Assert.Equal("ContactName", refused.Field);
        Assert.Equal(("Dana Head", "First aim"), (piece.ContactName, piece.Aims.Single().Text));
    }

    [Fact]
    public void RecordSession_PutsThePieceInProgress_AndChangingAimsAfterwardsKeepsItThere()
    {
        var piece = Piece("First aim");

        var recorded = piece.RecordSession(Today, 1.5m, 7, " Head teacher and 6 pastoral staff ", " Mapped where conflict happens ", Today);

        Assert.True(recorded.Succeeded);
        Assert.Equal(ConsultancyStatus.InProgress, piece.Status);
        Assert.Equal(("Head teacher and 6 pastoral staff", "Mapped where conflict happens", 7, 1.5m), (recorded.Value!.WhoAttended, recorded.Value.Notes, recorded.Value.Attendees, recorded.Value.Hours));
        Assert.True(piece.Change(School(), ["First aim", "Second aim"], Lead).Succeeded);
        Assert.Equal(ConsultancyStatus.InProgress, piece.Status);
    }

    [Fact]
    public void RecordSession_BeforeAimsAreAgreed_IsAllowed_AsAScopingMeeting()
    {
        var piece = Piece();

        Assert.True(piece.RecordSession(RequestedOn, 1m, 2, "Head teacher", null, Today).Succeeded);
        Assert.Null(piece.Sessions.Single().Notes);
    }

    [Fact]
    public void RecordSession_DatedTomorrow_OrBeforeTheRequest_IsRefused_TodayAndTheRequestDayAreNot()
    {
        var piece = Piece("Aim");

        Assert.Equal(("Date of the session must be today or in the past", "HeldOn"), Refusal(piece.RecordSession(Today.AddDays(1), 1m, 3, "Staff", null, Today)));
        Assert.Equal(("Date of the session must be on or after 2 March 2026, when the work was asked for", "HeldOn"), Refusal(piece.RecordSession(RequestedOn.AddDays(-1), 1m, 3, "Staff", null, Today)));
        Assert.Equal(("Enter the date of the session", "HeldOn"), Refusal(piece.RecordSession(null, 1m, 3, "Staff", null, Today)));
        Assert.True(piece.RecordSession(Today, 1m, 3, "Staff", null, Today).Succeeded);
        Assert.True(piece.RecordSession(RequestedOn, 1m, 3, "Staff", null, Today).Succeeded);
        Assert.Equal(2, piece.Sessions.Count);
    }

    [Theory]
    [InlineData(null, 3, "Hours", "Enter how long the session lasted, in hours")]
    [InlineData("0.24", 3, "Hours", "Length must be between 0.25 and 24 hours")]
    [InlineData("24.01", 3, "Hours", "Length must be between 0.25 and 24 hours")]
    [InlineData("1", null, "Attendees", "Enter how many people attended")]
    [InlineData("1", 0, "Attendees", "Number of people must be between 1 and 500")]
    [InlineData("1", 501, "Attendees", "Number of people must be between 1 and 500")]
    public void RecordSession_OutsideItsLimits_IsRefused(string? hours, int? attendees, string field, string message)
    {
        var piece = Piece("Aim");

        var refused = piece.RecordSession(Today, hours is null ? null : decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture), attendees, "Staff", null, Today);

        Assert.Equal((message, field), Refusal(refused));
        Assert.Empty(piece.Sessions);
        Assert.Equal(ConsultancyStatus.Agreed, piece.Status);
    }

    [Fact]
    public void RecordSession_AtItsLimits_IsAllowed_OneBeyondIsNot()
    {
        var piece = Piece("Aim");

        Assert.True(piece.RecordSession(Today, 0.25m, 1, new string('w', 300), new string('n', 2000), Today).Succeeded);
        Assert.True(piece.RecordSession(Today, 24m, 500, "Staff", null, Today).Succeeded);
        Assert.Equal("WhoAttended", piece.RecordSession(Today, 1m, 1, new string('w', 301), null, Today).Field);
        Assert.Equal("WhoAttended", piece.RecordSession(Today, 1m, 1, " ", null, Today).Field);
        Assert.Equal(("Notes must be 2,000 characters or less", "Notes"), Refusal(piece.RecordSession(Today, 1m, 1, "Staff", new string('n', 2001), Today)));
    }

    [Fact]
    public void Close_RecordsTheOutcome_AndHowFarEachAimWasMet()
    {
        var piece = Piece("First aim", "Second aim");
        piece.RecordSession(Today, 2m, 8, "Pastoral team", null, Today);
        var (first, second) = (piece.AimsInOrder.First().Id, piece.AimsInOrder.Last().Id);

        var closed = piece.Close(" Circles run weekly in every tutor group ", new Dictionary<Guid, AimResult?> { [first] = AimResult.Met, [second] = AimResult.PartlyMet }, Today);

        Assert.True(closed.Succeeded);
        Assert.Equal((ConsultancyStatus.Closed, (DateOnly?)Today, "Circles run weekly in every tutor group"), (piece.Status, piece.ClosedOn, piece.OutcomeSummary));
        Assert.Equal([AimResult.Met, AimResult.PartlyMet], piece.AimsInOrder.Select(a => a.Result));
    }

    [Fact]
    public void Close_NeedsAgreedAims_AResultForEach_AndAnOutcome_OrNothingChanges()
    {
        Assert.Equal(
            "Agree at least one aim before closing the piece of work: change it to add the aims",
            Piece().Close("Done", new Dictionary<Guid, AimResult?>(), Today).Error);

        var piece = Piece("First aim", "Second aim");
        var (first, second) = (piece.AimsInOrder.First().Id, piece.AimsInOrder.Last().Id);
        Assert.Equal(("Select whether aim 2 was met", $"Results[{second}]"), Refusal(piece.Close("Done", new Dictionary<Guid, AimResult?> { [first] = AimResult.Met, [second] = null }, Today)));
        var all = new Dictionary<Guid, AimResult?> { [first] = AimResult.Met, [second] = AimResult.NotMet };
        Assert.Equal(("Enter the outcome of the piece of work", "Outcome"), Refusal(piece.Close(" ", all, Today)));
        Assert.Equal(("Outcome must be 2,000 characters or less", "Outcome"), Refusal(piece.Close(new string('o', 2001), all, Today)));

        Assert.Equal((ConsultancyStatus.Agreed, (DateOnly?)null, (string?)null), (piece.Status, piece.ClosedOn, piece.OutcomeSummary));
        Assert.All(piece.Aims, a => Assert.Null(a.Result));
        Assert.True(piece.Close(new string('o', 2000), all, Today).Succeeded);
    }

    [Fact]
    public void AClosedPiece_TakesNoSessions_NoChanges_AndNoSecondClosing()
    {
        var piece = Piece("Aim");
        var results = new Dictionary<Guid, AimResult?> { [piece.Aims[0].Id] = AimResult.NotMet };
        piece.Close("Staff changes stopped the work", results, Today);

        Assert.Equal("This piece of work is closed, so no more sessions can be recorded", piece.RecordSession(Today, 1m, 2, "Staff", null, Today).Error);
        Assert.Equal("This piece of work is closed, so it cannot be changed", piece.Change(School(), ["Aim"], Lead).Error);
        Assert.Equal("This piece of work is already closed", piece.Close("Again", results, Today).Error);
        Assert.Empty(piece.Sessions);
    }

    [Fact]
    public void FromEnquiry_CarriesOverTheEnquirerTheirOrganisationAndWhatTheyAsked()
    {
        var answers = TestEnquiries.Training();
        answers.Email = "dee@youthtrust.example.org";
        var enquiry = TestEnquiries.Submitted(answers);

        var request = ConsultancyRequest.FromEnquiry(enquiry);

        Assert.Equal(
            (ParticipantKind.PartnerAgency, OrganisationType.VoluntarySector, "Northmoor Youth Trust", "Dee Trainer", "dee@youthtrust.example.org", "Circle training for 12 youth workers."),
            (request.Kind!.Value, request.OrganisationType!.Value, request.OrganisationName, request.ContactName, request.ContactEmail, request.WhatWasAsked));
        Assert.Empty(request.Errors());
    }

    [Fact]
    public void RecordConsultancyStarted_AcceptsTheEnquiry_Once_AndNeverAFamilyEnquiry()
    {
        var actor = new EnquiryActor("trainer-1", "Ruth Okafor");
        var enquiry = TestEnquiries.Submitted(TestEnquiries.Training());

        Assert.True(enquiry.RecordConsultancyStarted("Northmoor Youth Trust (Voluntary sector)", actor, TestEnquiries.Now).Succeeded);
        Assert.Equal(EnquiryStatus.Accepted, enquiry.Status);
        Assert.Equal((EnquiryEvent.ConsultancyStarted, "Recorded as consultancy: Northmoor Youth Trust (Voluntary sector)"), (enquiry.History[^1].Event, enquiry.History[^1].Description));
        Assert.Equal("This enquiry is already accepted: reopen it to record consultancy from it", enquiry.RecordConsultancyStarted("Again", actor, TestEnquiries.Now).Error);
        Assert.Equal(
            "Only a training or consultancy enquiry can become a piece of consultancy work",
            TestEnquiries.Submitted().RecordConsultancyStarted("A family", actor, TestEnquiries.Now).Error);
    }

    [Fact]
    public void Reach_CountsPiecesByQuarterAndKindOfOrganisation_ClosedAmongThem()
    {
        var reach = ConsultancyReach.From(
        [
            new(ParticipantKind.PartnerAgency, OrganisationType.School, new DateOnly(2026, 3, 31), true),
            new(ParticipantKind.PartnerAgency, OrganisationType.School, new DateOnly(2026, 1, 1), false),
            new(ParticipantKind.PartnerAgency, OrganisationType.Police, new DateOnly(2026, 4, 1), false),
            new(ParticipantKind.CouncilStaff, null, new DateOnly(2026, 2, 14), false),
            new(ParticipantKind.PartnerAgency, null, new DateOnly(2026, 4, 2), false),
        ]);

        Assert.Equal((5, 1), (reach.Pieces, reach.Closed));
        Assert.Equal(
            [("2026 Q1", "Council team", 1, 0), ("2026 Q1", "School or education", 2, 1), ("2026 Q2", "Other", 1, 0), ("2026 Q2", "Police", 1, 0)],
            reach.Rows.Select(r => (r.QuarterShort, r.OrganisationKind, r.Pieces, r.Closed)));
        Assert.True(ConsultancyReach.From([]).IsEmpty);
    }

    private static (string?, string?) Refusal(Result result) => (result.Error, result.Field);

    private static (string?, string?) Refusal<T>(Result<T> result) => (result.Error, result.Field);
}
