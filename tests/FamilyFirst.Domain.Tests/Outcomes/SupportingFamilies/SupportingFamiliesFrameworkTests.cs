using FamilyFirst.Domain.Outcomes.SupportingFamilies;

namespace FamilyFirst.Domain.Tests.Outcomes.SupportingFamilies;

public class SupportingFamiliesFrameworkTests
{
    [Fact]
    public void TheNationalDefaults_HaveNeedsUnderEveryHeadline_ThreeHeadlinesAndSixMonths()
    {
        var framework = SupportingFamiliesFramework.National;

        Assert.Equal(3, framework.MinimumHeadlines);
        Assert.Equal(6, framework.SustainedMonths);
        Assert.All(HeadlineOutcomes.All, h => Assert.Contains(framework.Needs, n => n.Headline == h && n.Counts));
        Assert.NotNull(framework.Need(HeadlineOutcome.Education, "POOR-ATTENDANCE"));
        Assert.True(framework.EvidenceSource("school-records")!.Counts);
    }

    [Theory]
    [InlineData("not json", "The configuration is not valid JSON")]
    [InlineData("""{ "headlines": [ { "code": "happiness", "needs": [] } ] }""", "happiness is not a headline outcome code")]
    [InlineData("""{ "minimumHeadlines": 0 }""", "minimumHeadlines must be from 1 to 10")]
    [InlineData("""{ "headlines": [ { "code": "crime", "needs": [ { "code": "a", "name": "A" }, { "code": "A", "name": "B" } ] } ] }""", "Need A is listed twice under crime")]
    public void ABadConfiguration_SaysWhatIsWrong(string json, string message)
    {
        var parsed = SupportingFamiliesFramework.Parse(json);

        Assert.False(parsed.Succeeded);
        Assert.StartsWith(message, parsed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("education", HeadlineOutcome.Education)]
    [InlineData(" Early-Years ", HeadlineOutcome.EarlyYears)]
    [InlineData("financial-stability", HeadlineOutcome.FinancialStability)]
    public void HeadlineCodes_ReadBack(string code, HeadlineOutcome headline)
    {
        Assert.Equal(headline, HeadlineOutcomes.FromCode(code));
        Assert.Equal(headline, HeadlineOutcomes.FromCode(HeadlineOutcomes.Code(headline)));
    }
}
