using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;

namespace FamilyFirst.Domain.Tests.Training;

public class ParticipantDetailsTests
{
    [Fact]
    public void Errors_WhenEmpty_AskForEachAnswer()
    {
        var errors = new ParticipantDetails(null, null, null, null, null, null, null, null, null).Errors();

        Assert.Equal(
            [
                ("Name", "Enter the participant's name"),
                ("Email", "Enter the participant's email address, for their joining instructions"),
                ("Kind", "Select whether the participant works for the council or a partner agency"),
                ("JobRole", "Enter the participant's role, like teaching assistant or social worker"),
            ],
            errors.Select(e => (e.Field, e.Message)));
    }

    [Fact]
    public void Errors_ForAPartner_NeedTheOrganisation_AndForStaff_TheTeam()
    {
        var partner = new ParticipantDetails("Ann", "ann@example.org", null, ParticipantKind.PartnerAgency, null, null, null, " ", "Teacher").Errors();
        var staff = new ParticipantDetails("Ann", "ann@example.org", null, ParticipantKind.CouncilStaff, null, null, null, null, "Social worker").Errors();

        Assert.Equal(["OrganisationType", "OrganisationName"], partner.Select(e => e.Field));
        Assert.Equal(["TeamId"], staff.Select(e => e.Field));
    }

    [Fact]
    public void Errors_ABadPhoneNumber_IsRefused() =>
        Assert.Equal(
            "Enter a UK phone number, like 01632 960 001 or 07700 900 982",
            Assert.Single(new ParticipantDetails("Ann", "ann@example.org", "12", ParticipantKind.PartnerAgency, null, null, OrganisationType.Police, "Northmoor Police", "PCSO").Errors()).Message);
}
