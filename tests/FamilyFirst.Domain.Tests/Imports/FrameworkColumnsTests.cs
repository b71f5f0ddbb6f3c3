using FamilyFirst.Domain.Imports;
using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Domain.Tests.Imports;

/// <summary>The Supporting Families columns of the families and people files: framework, assessed_on, plan_agreed_on, expecting_on.</summary>
public class FrameworkColumnsTests
{
    private const string FamiliesHeader = "family_ref,attached_on,framework,assessed_on,plan_agreed_on";

    [Fact]
    public void AFamily_CarriesItsFrameworkAndDates()
    {
        var result = ImportFileValidator.Validate(ImportKind.Families, new StringReader($"{FamiliesHeader}\nFF00098,2023-01-05,Supporting-Families-2022,2023-01-10,2023-02-01\nFF00099,2023-01-05,,,"));

        Assert.True(result.Report.IsValid);
        var rows = result.Rows.Cast<FamilyRow>().ToList();
        Assert.Equal(new FamilyRow(2, "FF00098", new DateOnly(2023, 1, 5), null, null, OutcomeFramework.SupportingFamilies2022, new DateOnly(2023, 1, 10), new DateOnly(2023, 2, 1)), rows[0]);
        Assert.True(rows[0].SetsFramework);
        Assert.False(rows[1].SetsFramework);
    }

    [Theory]
    [InlineData("FF1,2023-01-05,supporting-families,,", "Line 2: framework must be family-first-2012 or supporting-families-2022", "framework")]
    [InlineData("FF1,2023-01-05,supporting-families-2022,2023-02-30,", "Line 2: assessed_on must be a real date in the format yyyy-MM-dd", "assessed_on")]
    [InlineData("FF1,2023-01-05,supporting-families-2022,2023-02-01,2023-01-31", "Line 2: plan_agreed_on must be the same as or after assessed_on", "plan_agreed_on")]
    public void BadValues_AreReportedWithLineAndColumn(string row, string message, string column)
    {
        var report = ImportFileValidator.Validate(ImportKind.Families, new StringReader($"{FamiliesHeader}\n{row}")).Report;

        var error = Assert.Single(report.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal((2, column), (error.Line, error.Column));
    }

    [Fact]
    public void APerson_CarriesTheDateTheyAreExpecting_AfterTheirBirth()
    {
        const string header = "family_ref,person_ref,given_name,family_name,date_of_birth,expecting_on";
        var good = ImportFileValidator.Validate(ImportKind.People, new StringReader($"{header}\nFF1,P1,Jade,Smith,1999-04-01,2023-06-01"));
        var bad = ImportFileValidator.Validate(ImportKind.People, new StringReader($"{header}\nFF1,P1,Jade,Smith,1999-04-01,1999-04-01"));

        Assert.Equal(new DateOnly(2023, 6, 1), Assert.IsType<PersonRow>(Assert.Single(good.Rows)).ExpectingOn);
        var error = Assert.Single(bad.Report.Errors);
        Assert.Equal(("Line 2: expecting_on must be after date_of_birth", "expecting_on"), (error.Message, error.Column));
    }
}
