using FamilyFirst.Domain.Imports;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;

namespace FamilyFirst.Domain.Tests.Imports;

/// <summary>The needs and outcomes files checked like every other kind, their codes against the council's configuration.</summary>
public class NeedsFileValidatorTests
{
    private static ImportValidationResult Validate(ImportKind kind, string csv, SupportingFamiliesFramework? framework = null) =>
        ImportFileValidator.Validate(kind, new StringReader(csv), framework);

    [Fact]
    public void ANeedsRow_ReadsItsCodesAsConfigured_AndNoPersonMeansTheWholeFamily()
    {
        var result = Validate(ImportKind.Needs,
            "Family_Ref,HEADLINE,need,identified_on,person_ref,evidence_source\n"
            + "FF00098,Housing,Rent-Arrears,2024-01-10,,HOUSING-RECORDS\n"
            + "FF00098,education,poor-attendance,2024-01-11,P001,school-records\n");

        Assert.True(result.Report.IsValid);
        var whole = Assert.IsType<NeedRow>(result.Rows[0]);
        Assert.Equal((HeadlineOutcome.Housing, "rent-arrears", "housing-records"), (whole.Headline, whole.NeedCode, whole.EvidenceSource));
        Assert.Null(whole.Person);
        Assert.Equal("P001", Assert.IsType<NeedRow>(result.Rows[1]).Person!.PersonRef);
    }

    [Fact]
    public void TheSameNeedTwiceWithOtherValues_IsAnError_TheSameValuesADuplicate()
    {
        var result = Validate(ImportKind.Needs,
            "family_ref,headline,need,identified_on\n"
            + "FF1,housing,rent-arrears,2024-01-10\n"
            + "ff1,HOUSING,rent-arrears,2024-01-10\n"
            + "FF1,housing,rent-arrears,2024-01-12\n");

        Assert.Equal((1, 1, 1), (result.Report.ValidRows, result.Report.DuplicateRows, result.Report.InvalidRows));
        Assert.Contains(result.Report.Errors, e => e.Message == "Line 4: the row has the same family_ref, headline and need as line 2 but different values");
    }

    [Fact]
    public void AnOutcomeRow_LapsedBeforeItWasAchieved_IsReportedOnItsColumn()
    {
        var result = Validate(ImportKind.Outcomes,
            "family_ref,headline,need,achieved_on,lapsed_on\n"
            + "FF1,housing,rent-arrears,2024-03-01,2024-02-29\n");

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal(("lapsed_on", "Line 2: lapsed_on must be the same as or after achieved_on"), (error.Column, error.Message));
    }

    [Fact]
    public void ANeedTheCouncilsOwnConfigurationDoesNotList_IsAnError()
    {
        var own = SupportingFamiliesFramework.Parse("""{ "version": "own", "headlines": [ { "code": "housing", "needs": [ { "code": "own-need", "name": "Our own need" } ] } ] }""").Value!;

        var national = Validate(ImportKind.Needs, "family_ref,headline,need,identified_on\nFF1,housing,own-need,2024-01-10\n");
        var ours = Validate(ImportKind.Needs, "family_ref,headline,need,identified_on\nFF1,housing,own-need,2024-01-10\n", own);

        Assert.Equal("Line 2: need own-need is not a need under housing in the council's Supporting Families configuration", Assert.Single(national.Report.Errors).Message);
        Assert.True(ours.Report.IsValid);
    }

    [Fact]
    public void AFileWithoutTheRequiredColumns_IsRefused()
    {
        var result = Validate(ImportKind.Outcomes, "family_ref,headline,need\nFF1,housing,rent-arrears\n");

        Assert.False(result.Report.FileIsReadable);
        Assert.Contains(result.Report.Errors, e => e.Message == "The file must have a column named achieved_on");
    }
}
