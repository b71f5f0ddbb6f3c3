using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;
using FamilyFirst.Domain.Tests.Enquiries;

namespace FamilyFirst.Domain.Tests.Training;

public class BookingFromEnquiryTests
{
    private static readonly EnquiryActor Trainer = new("trainer-1", "Ruth Okafor");

    [Fact]
    public void FromEnquiry_CarriesOverTheEnquirersDetails()
    {
        var answers = TestEnquiries.Training();
        answers.Email = "dee@youthtrust.example.org";
        var enquiry = TestEnquiries.Submitted(answers);

        var participant = ParticipantDetails.FromEnquiry(enquiry);

        Assert.Equal(
            ("Dee Trainer", "dee@youthtrust.example.org", "01632 960 123", ParticipantKind.PartnerAgency, OrganisationType.VoluntarySector, "Northmoor Youth Trust"),
            (participant.Name, participant.Email, participant.Phone, participant.Kind, participant.OrganisationType, participant.OrganisationName));
        Assert.Equal(["JobRole"], participant.Errors().Select(e => e.Field));
    }

    [Fact]
    public void RecordTrainingBooked_AcceptsTheEnquiry_AndSaysWhereInTheHistory()
    {
        var enquiry = TestEnquiries.Submitted(TestEnquiries.Training());

        var result = enquiry.RecordTrainingBooked("Restorative practice: an introduction, 16 March 2026", Trainer, TestEnquiries.Now);

        Assert.True(result.Succeeded);
        Assert.Equal(EnquiryStatus.Accepted, enquiry.Status);
        Assert.Equal("Booked on Restorative practice: an introduction, 16 March 2026", enquiry.History[^1].Description);
        Assert.Equal(EnquiryEvent.TrainingBooked, enquiry.History[^1].Event);
    }

    [Fact]
    public void RecordTrainingBooked_Twice_OrForAFamilyEnquiry_IsRefused()
    {
        var enquiry = TestEnquiries.Submitted(TestEnquiries.Training());
        enquiry.RecordTrainingBooked("a session", Trainer, TestEnquiries.Now);

        Assert.Equal("This enquiry is already accepted: reopen it to book from it", enquiry.RecordTrainingBooked("a session", Trainer, TestEnquiries.Now).Error);
        Assert.Equal("Only a training or consultancy enquiry can become a training booking", TestEnquiries.Submitted().RecordTrainingBooked("a session", Trainer, TestEnquiries.Now).Error);
    }
}
