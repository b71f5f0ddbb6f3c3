using FamilyFirst.Domain.Enquiries;
using static FamilyFirst.Domain.Tests.Enquiries.TestEnquiries;

namespace FamilyFirst.Domain.Tests.Enquiries;

public class EnquiryTests
{
    [Fact]
    public void Submit_CompleteAnswers_MakesANewEnquiryWithItsReceiptInTheHistory()
    {
        var key = Guid.NewGuid();

        var result = Enquiry.Submit(Support(), "ENQ-7K4M-2Q9P", key, Now);

        Assert.True(result.Succeeded);
        var enquiry = result.Value!;
        Assert.Equal(("ENQ-7K4M-2Q9P", key, EnquiryStatus.New, EnquiryType.SupportForMyFamily), (enquiry.Reference, enquiry.SubmissionKey, enquiry.Status, enquiry.Type));
        Assert.Equal(Now.UtcDateTime, enquiry.ReceivedAtUtc);
        Assert.Equal("NM1 1AA", enquiry.Postcode);
        Assert.Equal("jo@example.com", enquiry.Email);
        Assert.Equal("Leo is not going to school.", enquiry.WhatIsHappening);
        var received = Assert.Single(enquiry.History);
        Assert.Equal((EnquiryEvent.Received, null, EnquiryStatus.New), (received.Event, received.ActorId, received.StatusAfter));
    }

    [Fact]
    public void Submit_KeepsFreeTextExactlyAsTyped()
    {
        var answers = Support();
        answers.WhatIsHappening = "  <b>Leo</b> & \"Mum\"\r\n\ttabs\u0001 ";

        var enquiry = Enquiry.Submit(answers, EnquiryReference.Generate(), Guid.NewGuid(), Now).Value!;

        Assert.Equal("  <b>Leo</b> & \"Mum\"\r\n\ttabs\u0001 ", enquiry.WhatIsHappening);
    }

    [Fact]
    public void Submit_IncompleteAnswers_IsRefused()
    {
        var answers = Support();
        answers.AgreedToPrivacyNotice = false;

        var result = Enquiry.Submit(answers, EnquiryReference.Generate(), Guid.NewGuid(), Now);

        Assert.False(result.Succeeded);
        Assert.Contains("Privacy", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_ReferralTheFamilyDoesNotAgreeTo_IsRefused()
    {
        var answers = Referral();
        answers.FamilyKnowsAndAgrees = false;

        Assert.False(Enquiry.Submit(answers, EnquiryReference.Generate(), Guid.NewGuid(), Now).Succeeded);
    }

    [Fact]
    public void Submit_DropsAnswersToQuestionsThatNoLongerApply()
    {
        var answers = TestEnquiries.Training();
        answers.Role = EnquirerRole.Other;
        answers.FamilyNames = "typed before changing to a training enquiry";

        var enquiry = Submitted(answers);

        Assert.Null(enquiry.FamilyNames);
        Assert.Null(enquiry.OrganisationName);
        Assert.Null(enquiry.OrganisationType);
        Assert.Null(enquiry.FamilyKnowsAndAgrees);
    }

    [Fact]
    public void AssignTo_StartsTriageAndRecordsWhoAndWhen()
    {
        var enquiry = Submitted();

        var result = enquiry.AssignTo(Priya, Morgan, Now.AddHours(1));

        Assert.True(result.Succeeded);
        Assert.Equal((EnquiryStatus.InTriage, "user-priya", "Priya Practitioner"), (enquiry.Status, enquiry.AssignedToId, enquiry.AssignedToName));
        var entry = enquiry.History[^1];
        Assert.Equal((EnquiryEvent.Assigned, "user-morgan", "Morgan Manager", Now.AddHours(1).UtcDateTime, "Assigned to Priya Practitioner"), (entry.Event, entry.ActorId, entry.ActorName, entry.AtUtc, entry.Description));
    }

    [Fact]
    public void AssignTo_Themselves_ReadsAsSuch()
    {
        var enquiry = Submitted();

        enquiry.AssignTo(Priya, Priya, Now);

        Assert.Equal("Priya Practitioner assigned the enquiry to themselves", enquiry.History[^1].Description);
    }

    [Fact]
    public void AssignTo_TheSamePersonAgain_IsRefused()
    {
        var enquiry = Submitted();
        enquiry.AssignTo(Priya, Priya, Now);

        Assert.Equal("This enquiry is already assigned to Priya Practitioner", enquiry.AssignTo(Priya, Morgan, Now).Error);
        Assert.Equal(2, enquiry.History.Count);
    }

    [Fact]
    public void AddNote_KeepsTheNoteInTheHistory()
    {
        var enquiry = Submitted();

        var result = enquiry.AddNote("Called school: <b>no</b> concerns", Priya, Now);

        Assert.True(result.Succeeded);
        Assert.Equal(EnquiryStatus.InTriage, enquiry.Status);
        var note = Assert.Single(enquiry.Notes);
        Assert.Equal(("Called school: <b>no</b> concerns", "Priya Practitioner"), (note.Note, note.ActorName));
    }

    [Theory]
    [InlineData("", "Enter a triage note")]
    [InlineData("   ", "Enter a triage note")]
    public void AddNote_Empty_IsRefused(string text, string message)
    {
        Assert.Equal(message, Submitted().AddNote(text, Priya, Now).Error);
    }

    [Fact]
    public void AddNote_TooLong_IsRefused()
    {
        Assert.Equal("Triage note must be 2,000 characters or less", Submitted().AddNote(new string('a', 2001), Priya, Now).Error);
    }

    [Fact]
    public void Accept_AFamilyEnquiry_MakesItAccepted()
    {
        var enquiry = Submitted(Referral());

        var result = enquiry.Accept(Morgan, Now.AddDays(1));

        Assert.True(result.Succeeded);
        Assert.Equal((EnquiryStatus.Accepted, Now.AddDays(1).UtcDateTime), (enquiry.Status, enquiry.DecidedAtUtc));
        Assert.Equal("Accepted for a family case", enquiry.History[^1].Description);
    }

    [Fact]
    public void Accept_ATrainingEnquiry_IsRefused()
    {
        var enquiry = Submitted(TestEnquiries.Training());

        Assert.Equal("A training or consultancy enquiry cannot be accepted for a family case", enquiry.Accept(Morgan, Now).Error);
        Assert.Equal(EnquiryStatus.New, enquiry.Status);
    }

    [Fact]
    public void Close_WithAReason_RecordsItAndTheNote()
    {
        var enquiry = Submitted();

        var result = enquiry.Close("Signposted elsewhere", "Gave the number for the school nurse", Priya, Now);

        Assert.True(result.Succeeded);
        Assert.Equal((EnquiryStatus.Closed, "Signposted elsewhere"), (enquiry.Status, enquiry.ClosureReason));
        Assert.Equal(("Closed: Signposted elsewhere", "Gave the number for the school nurse"), (enquiry.History[^1].Description, enquiry.History[^1].Note));
    }

    [Fact]
    public void Close_WithoutAReason_IsRefused()
    {
        Assert.Equal("Select a reason for closing the enquiry", Submitted().Close(null, null, Priya, Now).Error);
    }

    [Fact]
    public void ClosedEnquiry_CannotBeAcceptedAssignedOrNoted_UntilReopened()
    {
        var enquiry = Submitted();
        enquiry.Close("Duplicate", null, Priya, Now);

        Assert.Equal("This enquiry is already closed", enquiry.Accept(Priya, Now).Error);
        Assert.Equal("This enquiry is closed and cannot be assigned", enquiry.AssignTo(Priya, Priya, Now).Error);
        Assert.False(enquiry.AddNote("more", Priya, Now).Succeeded);

        Assert.True(enquiry.Reopen(Morgan, Now).Succeeded);
        Assert.Equal((EnquiryStatus.InTriage, null), (enquiry.Status, enquiry.ClosureReason));
        Assert.True(enquiry.Accept(Priya, Now).Succeeded);
    }

    [Fact]
    public void Reopen_AnOpenEnquiry_IsRefused()
    {
        Assert.Equal("This enquiry is already open", Submitted().Reopen(Priya, Now).Error);
    }

    [Fact]
    public void RecordFamilyCaseOpened_OnAnAcceptedEnquiry_LinksTheCaseAndKeepsItInTheHistory()
    {
        var enquiry = Submitted(Referral());
        enquiry.Accept(Morgan, Now);
        var caseId = Guid.NewGuid();

        var result = enquiry.RecordFamilyCaseOpened(caseId, "FAM-7KQ2XH", Priya, Now.AddHours(1));

        Assert.True(result.Succeeded);
        Assert.Equal((caseId, EnquiryStatus.Accepted), (enquiry.FamilyCaseId, enquiry.Status));
        Assert.Equal((EnquiryEvent.FamilyCaseOpened, "Family case FAM-7KQ2XH opened from this enquiry", "user-priya"), (enquiry.History[^1].Event, enquiry.History[^1].Description, enquiry.History[^1].ActorId));
    }

    [Fact]
    public void RecordFamilyCaseOpened_Twice_IsRefusedAndKeepsTheFirstCase()
    {
        var enquiry = Submitted(Referral());
        enquiry.Accept(Morgan, Now);
        var first = Guid.NewGuid();
        enquiry.RecordFamilyCaseOpened(first, "FAM-7KQ2XH", Priya, Now);

        Assert.Equal("A family case has already been opened from this enquiry", enquiry.RecordFamilyCaseOpened(Guid.NewGuid(), "FAM-8KQ2XH", Priya, Now).Error);
        Assert.Equal(first, enquiry.FamilyCaseId);
    }

    [Fact]
    public void RecordFamilyCaseOpened_BeforeAccepting_IsRefused()
    {
        var enquiry = Submitted(Referral());

        Assert.Equal("Accept the enquiry before opening a family case from it", enquiry.RecordFamilyCaseOpened(Guid.NewGuid(), "FAM-7KQ2XH", Priya, Now).Error);
        Assert.Null(enquiry.FamilyCaseId);
    }

    [Fact]
    public void Reopen_AfterAFamilyCaseWasOpened_IsRefused()
    {
        var enquiry = Submitted(Referral());
        enquiry.Accept(Morgan, Now);
        enquiry.RecordFamilyCaseOpened(Guid.NewGuid(), "FAM-7KQ2XH", Priya, Now);

        Assert.Equal("A family case has been opened from this enquiry, so it cannot be reopened - close the family case instead", enquiry.Reopen(Priya, Now).Error);
        Assert.Equal(EnquiryStatus.Accepted, enquiry.Status);
    }

    [Fact]
    public void EveryChange_IncreasesTheVersion()
    {
        var enquiry = Submitted();
        var before = enquiry.Version;

        enquiry.AddNote("note", Priya, Now);

        Assert.Equal(before + 1, enquiry.Version);
    }
}
