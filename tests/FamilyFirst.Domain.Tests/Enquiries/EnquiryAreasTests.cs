using FamilyFirst.Domain.Enquiries;
using static FamilyFirst.Domain.Tests.Enquiries.TestEnquiries;

namespace FamilyFirst.Domain.Tests.Enquiries;

public class EnquiryAreasTests
{
    private static readonly Guid North = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid South = Guid.Parse("00000000-0000-0000-0000-0000000000a2");

    private static readonly Dictionary<string, Guid> Areas = new() { ["NM1"] = North, ["NM12"] = South };

    [Theory]
    [InlineData(" nm1 ", "NM1")]
    [InlineData("NM12", "NM12")]
    [InlineData("sw1a", "SW1A")]
    [InlineData("B1", "B1")]
    public void ADistrict_IsTidied(string typed, string expected)
    {
        var district = EnquiryAreas.NormaliseDistrict(typed);

        Assert.True(district.Succeeded);
        Assert.Equal(expected, district.Value);
    }

    [Fact]
    public void AnEmptyDistrict_IsRefused() =>
        Assert.Equal("Enter a postcode district", EnquiryAreas.NormaliseDistrict("  ").Error);

    [Theory]
    [InlineData("NM1 1AA")]
    [InlineData("NM")]
    [InlineData("1NM")]
    [InlineData("NMX12")]
    public void SomethingNotShapedLikeADistrict_IsRefused(string typed) =>
        Assert.StartsWith("Enter a postcode district in the right format", EnquiryAreas.NormaliseDistrict(typed).Error, StringComparison.Ordinal);

    [Theory]
    [InlineData("NM1 1AA", "NM1")]
    [InlineData("nm121aa", "NM12")]
    [InlineData("SW1A 2AA", "SW1A")]
    [InlineData(null, null)]
    [InlineData("", null)]
    public void ThePostcodesDistrict_IsItsFirstHalf(string? postcode, string? expected) =>
        Assert.Equal(expected, EnquiryAreas.DistrictOf(postcode));

    [Fact]
    public void APostcodeInAMappedDistrict_GoesToThatTeam_AndNM12IsNotMistakenForNM1()
    {
        Assert.Equal(North, EnquiryAreas.TeamFor("NM1 1AA", Areas));
        Assert.Equal(South, EnquiryAreas.TeamFor("NM12 1AA", Areas));
    }

    [Theory]
    [InlineData("NM2 1AA")]
    [InlineData(null)]
    public void APostcodeInNoMappedDistrict_OrNone_GoesToNoTeam(string? postcode) =>
        Assert.Null(EnquiryAreas.TeamFor(postcode, Areas));

    [Fact]
    public void RoutingByArea_PutsTheEnquiryInTheTeamsQueue_KeepsItNew_AndTheHistorySaysWhy()
    {
        var enquiry = Submitted();

        var routed = enquiry.RouteByArea(North, "North Family Support", "NM1", Now);

        Assert.True(routed.Succeeded);
        Assert.Equal(North, enquiry.TeamId);
        Assert.Equal(EnquiryStatus.New, enquiry.Status);
        var entry = enquiry.History[^1];
        Assert.Equal(EnquiryEvent.RoutedToTeam, entry.Event);
        Assert.Null(entry.ActorId);
        Assert.Equal("Routed to North Family Support by area (postcode district NM1)", entry.Description);
    }

    [Fact]
    public void AManager_CanStillRouteByHand_AfterRoutingByArea()
    {
        var enquiry = Submitted();
        enquiry.RouteByArea(North, "North", "NM1", Now);

        Assert.True(enquiry.RouteTo(South, "South", Morgan, Now.AddHours(1)).Succeeded);
        Assert.Equal(South, enquiry.TeamId);
    }

    [Fact]
    public void ATrainingEnquiry_IsNotRoutedByArea()
    {
        var enquiry = Submitted(TestEnquiries.Training());

        Assert.False(enquiry.RouteByArea(North, "North", "NM1", Now).Succeeded);
        Assert.Null(enquiry.TeamId);
    }

    [Fact]
    public void AnEnquiryAlreadyWithATeam_IsNotRoutedByAreaAgain()
    {
        var enquiry = Submitted();
        enquiry.RouteTo(South, "South", Morgan, Now);

        Assert.False(enquiry.RouteByArea(North, "North", "NM1", Now).Succeeded);
        Assert.Equal(South, enquiry.TeamId);
    }
}
