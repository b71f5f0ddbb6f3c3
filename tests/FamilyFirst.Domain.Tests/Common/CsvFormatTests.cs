using FamilyFirst.Domain.Common;

namespace FamilyFirst.Domain.Tests.Common;

public sealed class CsvFormatTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Click\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+44 7700 900123", "'+44 7700 900123")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    public void Field_NeutralisesAValueASpreadsheetWouldRunAsAFormula(string value, string written) =>
        Assert.Equal(written, CsvFormat.Field(value));

    [Theory]
    [InlineData("-3")]
    [InlineData("+0.5")]
    [InlineData("-12.25")]
    [InlineData("Smith")]
    [InlineData("O'Brien")]
    [InlineData("")]
    [InlineData("2026-12-03")]
    [InlineData("a=b")]
    public void Field_LeavesPlainTextAndNumbersAlone(string value) =>
        Assert.Equal(value, CsvFormat.Field(value));

    [Fact]
    public void Field_StillQuotesCommasQuotesAndLineBreaks() =>
        Assert.Equal("\"Smith, \"\"Jo\"\"\"", CsvFormat.Field("Smith, \"Jo\""));

    [Fact]
    public void Write_NeutralisesEveryRow() =>
        Assert.Equal("Family,Note\r\n'=cmd,ok\r\n", CsvFormat.Write([["Family", "Note"], ["=cmd", "ok"]]));

    [Fact]
    public void RawLine_WritesValuesExactly_ForFilesOnlyTheServiceReadsBack() =>
        Assert.Equal("=cmd,-x,\"a,b\"", CsvFormat.RawLine(["=cmd", "-x", "a,b"]));
}
