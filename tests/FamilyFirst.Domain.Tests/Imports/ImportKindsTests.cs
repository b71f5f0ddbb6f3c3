using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Domain.Tests.Imports;

public class ImportKindsTests
{
    [Theory]
    [InlineData("families", ImportKind.Families)]
    [InlineData("people", ImportKind.People)]
    [InlineData("attendance", ImportKind.Attendance)]
    [InlineData("exclusions", ImportKind.Exclusions)]
    [InlineData("offences", ImportKind.Offences)]
    [InlineData("asb", ImportKind.Asb)]
    [InlineData("benefits", ImportKind.Benefits)]
    [InlineData("employment", ImportKind.Employment)]
    [InlineData("work_programme", ImportKind.WorkProgramme)]
    [InlineData("work-programme", ImportKind.WorkProgramme)]
    [InlineData(" Work_Programme ", ImportKind.WorkProgramme)]
    [InlineData("ASB", ImportKind.Asb)]
    [InlineData("needs", ImportKind.Needs)]
    [InlineData("outcomes", ImportKind.Outcomes)]
    public void Parse_DocumentedNames_GiveTheirKind(string text, ImportKind expected)
    {
        var result = ImportKinds.Parse(text);

        Assert.True(result.Succeeded);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void Parse_UnknownName_SaysWhichNamesWork()
    {
        var result = ImportKinds.Parse("workprogramme");

        Assert.False(result.Succeeded);
        Assert.Equal(
            "'workprogramme' is not a kind of file that can be imported. Use one of: families, people, attendance, exclusions, offences, asb, benefits, employment, work_programme, needs, outcomes",
            result.Error);
    }

    [Fact]
    public void Parse_Blank_AsksForAKind()
    {
        var result = ImportKinds.Parse("  ");

        Assert.False(result.Succeeded);
        Assert.StartsWith("Enter the kind of file to import", result.Error);
    }

    [Fact]
    public void Name_OfEveryKind_ParsesBackToIt()
    {
        Assert.Equal(11, ImportKinds.All.Count);
        Assert.All(ImportKinds.All, kind => Assert.Equal(kind, ImportKinds.Parse(kind.Name()).Value));
        Assert.Equal("work_programme", ImportKind.WorkProgramme.Name());
    }

    [Fact]
    public void Describe_EveryKind_InPlainEnglish_NeverItsCode()
    {
        Assert.Equal("Anti-social behaviour incidents", ImportKind.Asb.Describe());
        Assert.Equal("Employment programme referrals", ImportKind.WorkProgramme.Describe());
        Assert.Equal(ImportKinds.All.Count, ImportKinds.All.Select(k => k.Describe()).Distinct().Count());
    }
}
