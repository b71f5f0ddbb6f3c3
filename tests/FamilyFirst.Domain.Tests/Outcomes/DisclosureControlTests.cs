using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Domain.Tests.Outcomes;

public class DisclosureControlTests
{
    [Theory]
    [InlineData(0, "fewer than 10")]
    [InlineData(9, "fewer than 10")]
    [InlineData(10, "10")]
    [InlineData(11, "11")]
    [InlineData(1234, "1,234")]
    public void CountText_HidesCountsBelowTen(int count, string expected)
    {
        Assert.Equal(expected, DisclosureControl.CountText(count));
    }

    [Fact]
    public void Publish_WithNineFamilies_WithholdsTheCountAndThePercentage()
    {
        var figure = DisclosureControl.Publish(9, 40);

        Assert.Equal(new PublishedFigure("fewer than 10", "40", null, true), figure);
    }

    [Fact]
    public void Publish_WithExactlyTenFamilies_ShowsTheCountAndThePercentage()
    {
        Assert.Equal(new PublishedFigure("10", "40", "25.0%", false), DisclosureControl.Publish(10, 40));
    }

    [Fact]
    public void Publish_WithElevenFamilies_ShowsTheCountAndThePercentage()
    {
        Assert.Equal(new PublishedFigure("11", "40", "27.5%", false), DisclosureControl.Publish(11, 40));
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(10, false)]
    [InlineData(11, false)]
    public void Publish_WithASmallDenominator_WithholdsThePercentage(int denominator, bool suppressed)
    {
        var figure = DisclosureControl.Publish(denominator, denominator);

        Assert.Equal(suppressed, figure.Suppressed);
        Assert.Equal(suppressed ? null : "100.0%", figure.Percent);
    }

    [Fact]
    public void Publish_UsesAConfiguredThreshold()
    {
        Assert.True(DisclosureControl.Publish(19, 100, threshold: 20).Suppressed);
        Assert.Equal("fewer than 20", DisclosureControl.Publish(19, 100, threshold: 20).Count);
        Assert.False(DisclosureControl.Publish(20, 100, threshold: 20).Suppressed);
    }

    [Fact]
    public void Publish_WithAThresholdBelowOne_IsABug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureControl.Publish(5, 10, threshold: 0));
    }
}
