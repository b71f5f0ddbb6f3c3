using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Tests.Enquiries;

namespace FamilyFirst.Domain.Tests.Families;

public class FamilyCaseFromEnquiryTests
{
    [Theory]
    [InlineData("Jo Bloggs, Leo Bloggs", "Bloggs family")]
    [InlineData("Sam and Alex Jones", "Jones family")]
    [InlineData("Jo Bloggs (mum) & Leo Bloggs (9)", "Bloggs family")]
    [InlineData("Amy Price, Tom Price, Lou Smith", "Price family")]
    [InlineData("Leo", "")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void SuggestedFamilyName_UsesTheFamilyNameTheNamesShare(string? names, string expected)
    {
        Assert.Equal(expected, FamilyCaseFromEnquiry.SuggestedFamilyName(names));
    }

    [Fact]
    public void NamedPeople_SplitsTheNames_AndGivesALoneGivenNameTheSharedFamilyName()
    {
        var people = FamilyCaseFromEnquiry.NamedPeople("Sam and Alex Jones\nMary Ann Jones (nan); Leo / Leo");

        Assert.Equal(
            [new("Sam", "Jones"), new("Alex", "Jones"), new("Mary Ann", "Jones"), new("Leo", "Jones")],
            people);
    }

    [Fact]
    public void NamedPeople_WithoutAnyFamilyName_KeepsGivenNamesOnly()
    {
        var people = FamilyCaseFromEnquiry.NamedPeople("Leo and Mia");

        Assert.Equal([new("Leo", null), new("Mia", null)], people);
        Assert.Equal("Leo", people[0].FullName);
    }

    [Fact]
    public void NamedPeople_IgnoresPartsWithNoLetters()
    {
        Assert.Equal([new NamedInEnquiry("Jo", "Bloggs")], FamilyCaseFromEnquiry.NamedPeople("Jo Bloggs, 9, ()"));
    }

    [Fact]
    public void ReasonForInvolvement_ForAReferral_SaysWhatIsHappeningWhatWouldHelpAndWhoReferred()
    {
        var enquiry = TestEnquiries.Submitted(TestEnquiries.Referral());

        var reason = FamilyCaseFromEnquiry.ReasonForInvolvement(enquiry);

        Assert.Equal(
            $"What is happening: Leo is not going to school.{Environment.NewLine}What would help: Someone to talk to.{Environment.NewLine}Referred by Jo Bloggs (Northmoor Primary), enquiry {enquiry.Reference}",
            reason);
    }

    [Fact]
    public void ReasonForInvolvement_FromTheFamily_SaysWhoAsked()
    {
        var enquiry = TestEnquiries.Submitted();

        Assert.EndsWith($"Asked for by Jo Bloggs, enquiry {enquiry.Reference}", FamilyCaseFromEnquiry.ReasonForInvolvement(enquiry), StringComparison.Ordinal);
        Assert.Equal(EnquiryType.SupportForMyFamily, enquiry.Type);
    }
}
