using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Domain.Tests.Imports;

public class ImportFileValidatorValueTests
{
    private const string AttendanceHeader = "person_ref,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions";

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("24/01/2024")]
    [InlineData("2024-1-5")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("0000-01-01")]
    [InlineData("2024-01-01T00:00")]
    [InlineData("２０２４-01-01")]
    public void Validate_DateThatIsNotARealIsoDate_IsReportedWithLineAndColumn(string termStart)
    {
        var report = Attendance($"P1,{termStart},2024-12-20,120,3,4");

        var error = Assert.Single(report.Errors);
        Assert.Equal("Line 2: term_start must be a real date in the format yyyy-MM-dd", error.Message);
        Assert.Equal((2, "term_start"), (error.Line, error.Column));
        Assert.Equal(1, report.InvalidRows);
    }

    [Fact]
    public void Validate_LeapDayInALeapYear_IsARealDate()
    {
        var result = Validate(ImportKind.Attendance, $"{AttendanceHeader}\nP1,2024-02-29,2024-03-29,40,0,0");

        Assert.Equal(new DateOnly(2024, 2, 29), Assert.IsType<AttendanceRow>(Assert.Single(result.Rows)).TermStart);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("+3")]
    [InlineData("1,000")]
    [InlineData("99999999999")]
    public void Validate_SessionCountThatIsNotAWholeNumberOfZeroOrMore_IsReported(string possible)
    {
        var report = Attendance($"P1,2024-09-02,2024-12-20,\"{possible}\",3,4");

        Assert.Equal(["Line 2: possible_sessions must be a whole number of 0 or more"], Messages(report.Errors));
    }

    [Fact]
    public void Validate_ValuesWithSpacesAround_AreTrimmed()
    {
        var result = Validate(ImportKind.Attendance, $"{AttendanceHeader}\n P1 , 2024-09-02 ,2024-12-20, 120 ,3,4");

        var row = Assert.IsType<AttendanceRow>(Assert.Single(result.Rows));
        Assert.Equal(("P1", 120), (row.Person.PersonRef, row.PossibleSessions));
    }

    [Fact]
    public void Validate_AbsenceMoreThanPossibleSessions_IsReported()
    {
        var report = Attendance("P1,2024-09-02,2024-12-20,10,6,5");

        Assert.Equal(
            ["Line 2: authorised_absence_sessions plus unauthorised_absence_sessions must not be more than possible_sessions"],
            Messages(report.Errors));
    }

    [Fact]
    public void Validate_AbsenceEqualToPossibleSessions_IsAllowed()
    {
        var report = Attendance("P1,2024-09-02,2024-12-20,10,6,4");

        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_TermEndBeforeTermStart_IsReported()
    {
        var report = Attendance("P1,2024-09-02,2024-09-01,10,0,0");

        Assert.Equal(["Line 2: term_end must be the same as or after term_start"], Messages(report.Errors));
    }

    [Fact]
    public void Validate_OneDayTerm_IsAllowed()
    {
        Assert.True(Attendance("P1,2024-09-02,2024-09-02,2,0,0").IsValid);
    }

    [Fact]
    public void Validate_MissingRequiredValues_AreEachReported()
    {
        var report = Attendance("P1,2024-09-02,2024-12-20,120,3,4", "P2,,2024-12-20,120,,4");

        Assert.Equal(["Line 3: term_start is required", "Line 3: authorised_absence_sessions is required"], Messages(report.Errors));
        Assert.Equal((2, 1, 1), (report.RowsRead, report.ValidRows, report.InvalidRows));
    }

    [Fact]
    public void Validate_SeveralProblemsOnOneLine_AreAllReported()
    {
        var report = Attendance("P1,2024-02-30,31/12/2024,x,-1,4");

        Assert.Equal(
            [
                "Line 2: term_start must be a real date in the format yyyy-MM-dd",
                "Line 2: term_end must be a real date in the format yyyy-MM-dd",
                "Line 2: possible_sessions must be a whole number of 0 or more",
                "Line 2: authorised_absence_sessions must be a whole number of 0 or more",
            ],
            Messages(report.Errors));
        Assert.Equal(1, report.InvalidRows);
    }

    [Fact]
    public void Validate_PersonWithOnlyAGivenName_CannotBeMatched()
    {
        var result = Validate(
            ImportKind.Attendance,
            "person_ref,upn,given_name,family_name,date_of_birth,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\n"
            + ",,Zoë,,,2024-09-02,2024-12-20,120,3,4");

        Assert.Equal(["Line 2: enter person_ref, upn, or given_name, family_name and date_of_birth to match the person"], Messages(result.Report.Errors));
    }

    [Fact]
    public void Validate_PersonWithOnlyUpnInAPoliceFile_CannotBeMatched()
    {
        var result = Validate(ImportKind.Offences, "person_ref,upn,offence_date\n,A123456789012,2024-01-10");

        Assert.Equal(["Line 2: enter person_ref, or given_name, family_name and date_of_birth to match the person"], Messages(result.Report.Errors));
    }

    [Fact]
    public void Validate_PersonWithABadDateOfBirth_IsToldAboutTheDate()
    {
        var result = Validate(ImportKind.Offences, "given_name,family_name,date_of_birth,offence_date\nZoë,O'Brien,04/03/2012,2024-01-10");

        Assert.Equal(["Line 2: date_of_birth must be a real date in the format yyyy-MM-dd"], Messages(result.Report.Errors));
    }

    [Theory]
    [InlineData("fixed", ExclusionType.Fixed)]
    [InlineData("FIXED", ExclusionType.Fixed)]
    [InlineData(" Permanent ", ExclusionType.Permanent)]
    public void Validate_ExclusionTypeInAnyCase_IsRead(string written, ExclusionType expected)
    {
        var result = Validate(ImportKind.Exclusions, $"upn,exclusion_date,exclusion_type\nA1,2024-01-10,{written}");

        Assert.Equal(expected, Assert.IsType<ExclusionRow>(Assert.Single(result.Rows)).ExclusionType);
    }

    [Theory]
    [InlineData("suspension", "Line 2: exclusion_type must be fixed or permanent")]
    [InlineData("fixed-term", "Line 2: exclusion_type must be fixed or permanent")]
    [InlineData("", "Line 2: exclusion_type is required")]
    public void Validate_ExclusionTypeNotFixedOrPermanent_IsReported(string written, string expected)
    {
        var result = Validate(ImportKind.Exclusions, $"upn,exclusion_date,exclusion_type\nA1,2024-01-10,{written}");

        Assert.Equal([expected], Messages(result.Report.Errors));
    }

    [Fact]
    public void Validate_ExclusionSessionsNegative_IsReported()
    {
        var result = Validate(ImportKind.Exclusions, "upn,exclusion_date,exclusion_type,sessions\nA1,2024-01-10,fixed,-2");

        Assert.Equal(["Line 2: sessions must be a whole number of 0 or more"], Messages(result.Report.Errors));
    }

    [Fact]
    public void Validate_BenefitBlank_IsRequired()
    {
        var result = Validate(ImportKind.Benefits, "person_ref,benefit,start_date\nP1, ,2024-01-10");

        Assert.Equal(["Line 2: benefit is required"], Messages(result.Report.Errors));
    }

    [Theory]
    [InlineData("uc", "UC", true)]
    [InlineData("JSA", "JSA", true)]
    [InlineData("SDA", "SDA", true)]
    [InlineData("PIP", "PIP", false)]
    [InlineData("child benefit", "CHILD BENEFIT", false)]
    public void Validate_AnyBenefitCode_IsAcceptedAndOutOfWorkOnesAreMarked(string written, string code, bool outOfWork)
    {
        var result = Validate(ImportKind.Benefits, $"person_ref,benefit,start_date\nP1,{written},2024-01-10");

        var row = Assert.IsType<BenefitRow>(Assert.Single(result.Rows));
        Assert.Equal((code, outOfWork), (row.Benefit, row.IsOutOfWorkBenefit));
    }

    [Theory]
    [InlineData(ImportKind.Benefits, "person_ref,benefit,start_date,end_date\nP1,JSA,2024-01-10,2024-01-09")]
    [InlineData(ImportKind.Employment, "person_ref,start_date,end_date\nP1,2024-01-10,2024-01-09")]
    public void Validate_SpellEndingBeforeItStarts_IsReported(ImportKind kind, string file)
    {
        var result = Validate(kind, file);

        Assert.Equal(["Line 2: end_date must be the same as or after start_date"], Messages(result.Report.Errors));
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("abc")]
    [InlineData("169")]
    [InlineData("1e2")]
    public void Validate_HoursPerWeekNotANumberFrom0To168_IsReported(string hours)
    {
        var result = Validate(ImportKind.Employment, $"person_ref,start_date,hours_per_week\nP1,2024-01-10,{hours}");

        Assert.Equal(["Line 2: hours_per_week must be a number from 0 to 168"], Messages(result.Report.Errors));
    }

    [Theory]
    [InlineData("37.5", 37.5)]
    [InlineData("0", 0.0)]
    [InlineData("168", 168.0)]
    [InlineData("", null)]
    public void Validate_HoursPerWeekGivenOrBlank_IsRead(string hours, double? expected)
    {
        var result = Validate(ImportKind.Employment, $"person_ref,start_date,hours_per_week\nP1,2024-01-10,{hours}");

        Assert.Equal((decimal?)expected, Assert.IsType<EmploymentRow>(Assert.Single(result.Rows)).HoursPerWeek);
    }

    [Fact]
    public void Validate_FamilyClosedBeforeItWasAttached_IsReported()
    {
        var result = Validate(ImportKind.Families, "family_ref,attached_on,closed_on\nF1,2024-03-01,2024-02-28");

        Assert.Equal(["Line 2: closed_on must be the same as or after attached_on"], Messages(result.Report.Errors));
    }

    [Theory]
    [InlineData("not an email")]
    [InlineData("name@")]
    [InlineData("a@b@c")]
    public void Validate_LeadPractitionerEmailNotAnAddress_IsReported(string email)
    {
        var result = Validate(ImportKind.Families, $"family_ref,attached_on,lead_practitioner_email\nF1,2024-03-01,{email}");

        Assert.Equal(["Line 2: lead_practitioner_email must be an email address, like name@example.com"], Messages(result.Report.Errors));
    }

    [Fact]
    public void Validate_PeopleWithoutRequiredValues_AreEachReported()
    {
        var result = Validate(ImportKind.People, "family_ref,person_ref,given_name,family_name,date_of_birth\nF1,,Zoë,,2012-03-04");

        Assert.Equal(["Line 2: person_ref is required", "Line 2: family_name is required"], Messages(result.Report.Errors));
    }

    private static ImportValidationReport Attendance(params string[] rows) =>
        Validate(ImportKind.Attendance, AttendanceHeader + "\n" + string.Join("\n", rows)).Report;

    private static ImportValidationResult Validate(ImportKind kind, string text) =>
        ImportFileValidator.Validate(kind, new StringReader(text));

    private static string[] Messages(IEnumerable<ImportIssue> issues) => issues.Select(i => i.Message).ToArray();
}
