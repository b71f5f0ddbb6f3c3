using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Domain.Tests.Imports;

public class ImportFileValidatorTests
{
    private const string AttendanceHeader = "person_ref,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions";

    [Fact]
    public void Validate_EmptyFile_IsInvalid()
    {
        var result = Validate(ImportKind.Attendance, "");

        Assert.False(result.Report.IsValid);
        Assert.False(result.Report.FileIsReadable);
        Assert.Equal(["The file is empty: it must start with a header row naming its columns"], Messages(result.Report.Errors));
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Validate_FileOfBlankLines_IsEmptyAndInvalid()
    {
        var result = Validate(ImportKind.Families, "\r\n\n");

        Assert.False(result.Report.IsValid);
        Assert.Equal(["The file is empty: it must start with a header row naming its columns"], Messages(result.Report.Errors));
    }

    [Fact]
    public void Validate_HeaderOnly_IsAValidEmptyImport()
    {
        var result = Validate(ImportKind.Attendance, AttendanceHeader + "\r\n");

        Assert.True(result.Report.IsValid);
        Assert.Equal(0, result.Report.RowsRead);
        Assert.Empty(result.Rows);
        Assert.Empty(result.Report.Errors);
    }

    [Fact]
    public void Validate_FirstLineIsDataNotAHeader_SaysTheHeaderIsMissing()
    {
        var result = Validate(ImportKind.Families, "F001,2024-01-15\nF002,2024-02-01");

        Assert.False(result.Report.FileIsReadable);
        Assert.Equal(["The file has no header row: its first line must name the columns, such as family_ref,attached_on"], Messages(result.Report.Errors));
    }

    [Fact]
    public void Validate_MissingRequiredColumn_MakesTheFileInvalidWithAPlainMessage()
    {
        var result = Validate(ImportKind.Attendance, "person_ref,term_start,term_end,possible_sessions,authorised_absence_sessions\nP1,2024-09-02,2024-12-20,120,3");

        Assert.False(result.Report.FileIsReadable);
        Assert.Equal(["The file must have a column named unauthorised_absence_sessions"], Messages(result.Report.Errors));
        Assert.Equal("unauthorised_absence_sessions", result.Report.Errors[0].Column);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Validate_NoColumnsToMatchPeopleBy_MakesTheFileInvalid()
    {
        var result = Validate(ImportKind.Offences, "given_name,upn,offence_date\nZoë,A123,2024-01-01");

        Assert.False(result.Report.FileIsReadable);
        Assert.Equal(
            ["The file needs columns to match people: person_ref, or given_name, family_name and date_of_birth"],
            Messages(result.Report.Errors));
    }

    [Fact]
    public void Validate_UpnColumnAloneInAnEducationFile_IsEnoughToMatch()
    {
        var result = Validate(ImportKind.Exclusions, "upn,exclusion_date,exclusion_type\nA123456789012,2024-01-10,fixed");

        Assert.True(result.Report.IsValid);
        Assert.Equal(PersonMatchMethod.Upn, Assert.IsType<ExclusionRow>(Assert.Single(result.Rows)).Person.Method);
    }

    [Fact]
    public void Validate_ColumnRepeated_MakesTheFileInvalid()
    {
        var result = Validate(ImportKind.Families, "family_ref,attached_on,Family_Ref\nF1,2024-01-01,F2");

        Assert.Equal(["The header row has the column family_ref more than once"], Messages(result.Report.Errors));
        Assert.False(result.Report.FileIsReadable);
    }

    [Fact]
    public void Validate_UnknownColumns_AreWarningsAndIgnored()
    {
        var result = Validate(ImportKind.Families, "family_ref,notes,attached_on,\nF1,\"anything, at all\",2024-01-15,x");

        Assert.True(result.Report.IsValid);
        Assert.Equal(
            ["Column notes is not part of the families format and was ignored", "Column 4 has no name and was ignored"],
            Messages(result.Report.Warnings));
        Assert.Equal("F1", Assert.IsType<FamilyRow>(Assert.Single(result.Rows)).FamilyRef);
    }

    [Fact]
    public void Validate_ColumnsOfAnotherKind_AreUnknownForThisKind()
    {
        var result = Validate(ImportKind.Families, "family_ref,attached_on,term_start\nF1,2024-01-15,2024-09-02");

        Assert.True(result.Report.IsValid);
        Assert.Equal(["Column term_start is not part of the families format and was ignored"], Messages(result.Report.Warnings));
    }

    [Fact]
    public void Validate_HeaderNamesInAnyCaseAndOrder_AreMatched()
    {
        var result = Validate(
            ImportKind.Attendance,
            "Unauthorised_Absence_Sessions, TERM_END ,Possible_Sessions,term_start,AUTHORISED_ABSENCE_SESSIONS,Person_Ref\n4,2024-12-20,120,2024-09-02,3,P1");

        var row = Assert.IsType<AttendanceRow>(Assert.Single(result.Rows));
        Assert.Equal(new AttendanceRow(2, row.Person, new DateOnly(2024, 9, 2), new DateOnly(2024, 12, 20), 120, 3, 4), row);
        Assert.Empty(result.Report.Warnings);
    }

    [Fact]
    public void Validate_ByteOrderMarkBeforeHeader_IsAccepted()
    {
        var result = Validate(ImportKind.Families, "\uFEFFfamily_ref,attached_on\r\nF1,2024-01-15\r\n");

        Assert.True(result.Report.IsValid);
        Assert.Single(result.Rows);
    }

    [Fact]
    public void Validate_QuotedValuesWithCommasQuotesAndLineBreaks_AreReadWhole()
    {
        var result = Validate(
            ImportKind.Offences,
            "person_ref,offence_date,offence_type\nP1,2024-01-01,\"Theft, from a \"\"shop\"\"\nsecond line\"\nP2,2024-01-02,Criminal damage");

        var rows = result.Rows.Cast<OffenceRow>().ToList();
        Assert.Equal("Theft, from a \"shop\"\nsecond line", rows[0].OffenceType);
        Assert.Equal(4, rows[1].Line);
    }

    [Fact]
    public void Validate_UnterminatedQuote_MakesTheFileUnreadableWithItsLine()
    {
        var result = Validate(ImportKind.Offences, "person_ref,offence_date,offence_type\nP1,2024-01-01,Theft\nP2,2024-01-02,\"Criminal damage\nP3,2024-01-03,Theft");

        Assert.False(result.Report.FileIsReadable);
        Assert.False(result.Report.IsValid);
        Assert.Equal(["Line 3: a value that starts with a quote mark (\") has no closing quote mark"], Messages(result.Report.Errors));
        Assert.Equal(3, result.Report.Errors[0].Line);
    }

    [Fact]
    public void Validate_RowWithTheWrongNumberOfValues_IsInvalid()
    {
        var result = Validate(ImportKind.Families, "family_ref,attached_on\nF1\nF2,2024-01-15");

        Assert.Equal(["Line 2: the row has 1 value but the header row has 2 columns"], Messages(result.Report.Errors));
        Assert.Equal((2, 1, 1), (result.Report.RowsRead, result.Report.ValidRows, result.Report.InvalidRows));
        Assert.True(result.Report.FileIsReadable);
    }

    [Fact]
    public void Validate_RowOfEmptyValues_IsSkippedWithAWarning()
    {
        var result = Validate(ImportKind.Families, "family_ref,attached_on\nF1,2024-01-15\n,\n");

        Assert.True(result.Report.IsValid);
        Assert.Equal(1, result.Report.RowsRead);
        Assert.Equal(["Line 3: the row is empty and was ignored"], Messages(result.Report.Warnings));
    }

    [Fact]
    public void Validate_SameRowTwice_SkipsTheSecondAsADuplicate()
    {
        var result = Validate(
            ImportKind.Attendance,
            AttendanceHeader + "\nP1,2024-09-02,2024-12-20,120,3,4\nP2,2024-09-02,2024-12-20,120,0,0\n p1 ,2024-09-02,2024-12-20,120,3,4");

        Assert.True(result.Report.IsValid);
        Assert.Equal((3, 2, 0, 1), (result.Report.RowsRead, result.Report.ValidRows, result.Report.InvalidRows, result.Report.DuplicateRows));
        Assert.Equal(["Line 4: the row repeats line 2 and was skipped"], Messages(result.Report.Warnings));
        Assert.Equal([2, 3], result.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Validate_SameKeyWithDifferentValues_IsAnErrorAndTheFirstRowStands()
    {
        var result = Validate(
            ImportKind.Attendance,
            AttendanceHeader + "\nP1,2024-09-02,2024-12-20,120,3,4\nP1,2024-09-02,2024-12-20,120,3,9");

        Assert.False(result.Report.IsValid);
        Assert.True(result.Report.FileIsReadable);
        Assert.Equal(["Line 3: the row has the same person and term_start as line 2 but different values"], Messages(result.Report.Errors));
        Assert.Equal((2, 1, 1, 0), (result.Report.RowsRead, result.Report.ValidRows, result.Report.InvalidRows, result.Report.DuplicateRows));
        Assert.Equal(4, Assert.IsType<AttendanceRow>(Assert.Single(result.Rows)).UnauthorisedAbsenceSessions);
    }

    [Fact]
    public void Validate_InvalidAndValidRows_AreCountedSeparately()
    {
        var result = Validate(
            ImportKind.Attendance,
            AttendanceHeader + "\nP1,2024-09-02,2024-12-20,120,3,4\nP2,2024-09-02,2024-12-20,-1,3,4\nP3,2024-09-02,2024-12-20,120,3,4");

        Assert.False(result.Report.IsValid);
        Assert.True(result.Report.FileIsReadable);
        Assert.Equal((3, 2, 1, 0), (result.Report.RowsRead, result.Report.ValidRows, result.Report.InvalidRows, result.Report.DuplicateRows));
        Assert.Equal([2, 4], result.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Validate_ManyErrors_KeepsTheFirstFewButCountsThemAll()
    {
        var lines = Enumerable.Range(0, 30).Select(i => $"F{i},not a date");
        var validator = new ImportFileValidator(ImportKind.Families, new StringReader("family_ref,attached_on\n" + string.Join("\n", lines)), maxReportedIssues: 5);

        var rows = validator.ReadValidRows().ToList();

        Assert.Empty(rows);
        Assert.Equal(30, validator.Report.ErrorCount);
        Assert.Equal(5, validator.Report.Errors.Count);
        Assert.Equal("Line 2: attached_on must be a real date in the format yyyy-MM-dd", validator.Report.Errors[0].Message);
    }

    [Fact]
    public void ReadValidRows_StreamsRowsBeforeTheFileIsFinished()
    {
        var validator = new ImportFileValidator(ImportKind.Families, new StringReader("family_ref,attached_on\nF1,2024-01-15\nF2,2024-01-16"));

        using var rows = validator.ReadValidRows().GetEnumerator();
        Assert.True(rows.MoveNext());

        Assert.Equal("F1", ((FamilyRow)rows.Current).FamilyRef);
        Assert.Throws<InvalidOperationException>(() => validator.Report);
    }

    [Fact]
    public void ReadValidRows_SecondTime_IsAProgrammingError()
    {
        var validator = new ImportFileValidator(ImportKind.Families, new StringReader("family_ref,attached_on"));
        _ = validator.ReadValidRows().ToList();

        Assert.Throws<InvalidOperationException>(() => validator.ReadValidRows());
    }

    [Fact]
    public void ReadValidRows_LargeFile_CountsEveryRow()
    {
        const int rowCount = 50_000;
        var validator = new ImportFileValidator(ImportKind.Attendance, new GeneratedAttendanceReader(rowCount));

        var valid = validator.ReadValidRows().Count();

        Assert.Equal(rowCount, valid);
        Assert.Equal(rowCount, validator.Report.RowsRead);
        Assert.True(validator.Report.IsValid);
    }

    private static ImportValidationResult Validate(ImportKind kind, string text) =>
        ImportFileValidator.Validate(kind, new StringReader(text));

    private static string[] Messages(IEnumerable<ImportIssue> issues) => issues.Select(i => i.Message).ToArray();
}
