using System.Text;
using CsCheck;
using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Domain.Tests.Imports;

public class CsvReaderTests
{
    [Fact]
    public void Read_SimpleRecords_GivesFieldsAndStartingLines()
    {
        var records = ReadAll("a,b,c\n1,2,3\n");

        Assert.Equal([(1, new[] { "a", "b", "c" }), (2, new[] { "1", "2", "3" })], records.Select(r => (r.Line, r.Fields)));
    }

    [Fact]
    public void Read_QuotedComma_StaysInOneField()
    {
        var records = ReadAll("name,town\n\"Smith, Jo\",Leeds");

        Assert.Equal(["Smith, Jo", "Leeds"], records[1].Fields);
    }

    [Fact]
    public void Read_DoubledQuoteInsideQuotes_IsOneQuoteMark()
    {
        var records = ReadAll("note\n\"She said \"\"hello\"\"\"\n\"\"\"\"");

        Assert.Equal("She said \"hello\"", records[1].Fields[0]);
        Assert.Equal("\"", records[2].Fields[0]);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Read_QuotedLineBreak_StaysInFieldAndLaterLinesAreCountedPhysically(string newline)
    {
        var text = $"a,b{newline}\"line one{newline}line two\",x{newline}next,row{newline}";

        var records = ReadAll(text);

        Assert.Equal($"line one{newline}line two", records[1].Fields[0]);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(4, records[2].Line);
        Assert.Equal(["next", "row"], records[2].Fields);
    }

    [Fact]
    public void Read_CrLfAndLoneCr_EndLines()
    {
        var records = ReadAll("a\r\nb\rc\nd");

        Assert.Equal([(1, "a"), (2, "b"), (3, "c"), (4, "d")], records.Select(r => (r.Line, r.Fields[0])));
    }

    [Fact]
    public void Read_ByteOrderMarkInText_IsSkipped()
    {
        var records = ReadAll("\uFEFFperson_ref,upn\nP1,U1");

        Assert.Equal("person_ref", records[0].Fields[0]);
    }

    [Fact]
    public void Read_Utf8FileWithByteOrderMark_IsReadWithoutIt()
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("given_name\nZoë\n")).ToArray();
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false));

        var records = ReadAll(reader);

        Assert.Equal("given_name", records[0].Fields[0]);
        Assert.Equal("Zoë", records[1].Fields[0]);
    }

    [Fact]
    public void Read_EmptyFieldsAndTrailingComma_AreEmptyValues()
    {
        var records = ReadAll("a,,c,\n,\n\"\",x");

        Assert.Equal(["a", "", "c", ""], records[0].Fields);
        Assert.Equal(["", ""], records[1].Fields);
        Assert.Equal(["", "x"], records[2].Fields);
    }

    [Fact]
    public void Read_BlankLines_AreSkippedButCounted()
    {
        var records = ReadAll("a\n\n\r\nb\n\n");

        Assert.Equal([(1, "a"), (4, "b")], records.Select(r => (r.Line, r.Fields[0])));
    }

    [Fact]
    public void Read_EmptyInput_HasNoRecordsAndNoError()
    {
        var csv = new CsvReader(new StringReader(""));

        Assert.False(csv.Read());
        Assert.Null(csv.Error);
    }

    [Fact]
    public void Read_UnterminatedQuote_StopsWithErrorOnTheLineTheQuoteOpened()
    {
        var csv = new CsvReader(new StringReader("a,b\n1,2\n3,\"never closed\n4,5\n"));

        Assert.True(csv.Read());
        Assert.True(csv.Read());
        Assert.False(csv.Read());
        Assert.Equal("Line 3: a value that starts with a quote mark (\") has no closing quote mark", csv.Error);
        Assert.Equal(3, csv.ErrorLine);
        Assert.False(csv.Read());
    }

    [Fact]
    public void Read_QuoteInsideUnquotedValue_IsAnErrorWithItsLine()
    {
        var csv = new CsvReader(new StringReader("a\nO\"Brien\n"));

        csv.Read();

        Assert.False(csv.Read());
        Assert.StartsWith("Line 2: a quote mark (\") can only be inside a value that starts and ends with a quote mark", csv.Error);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_IsAnErrorWithItsLine()
    {
        var csv = new CsvReader(new StringReader("a\n\"x\"y\n"));

        csv.Read();

        Assert.False(csv.Read());
        Assert.Equal("Line 2: a closing quote mark (\") must be followed by a comma or the end of the line", csv.Error);
    }

    [Fact]
    public void Read_RecordLongerThanTheLimit_IsAnErrorRatherThanUnboundedMemory()
    {
        var csv = new CsvReader(new StringReader("a\n\"" + new string('x', 200)), maxRecordLength: 100);

        csv.Read();

        Assert.False(csv.Read());
        Assert.Equal("Line 2: the record is longer than 100 characters; check for a quote mark (\") that is not closed", csv.Error);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Read_TinyBuffers_GiveTheSameRecords(int bufferSize)
    {
        const string text = "\uFEFFa,\"b,\"\"c\"\"\r\nd\"\r\n\"\",x\r\ny,\r";

        var records = ReadAll(new CsvReader(new StringReader(text), bufferSize: bufferSize));

        Assert.Equal([(1, new[] { "a", "b,\"c\"\r\nd" }), (3, new[] { "", "x" }), (4, new[] { "y", "" })], records.Select(r => (r.Line, r.Fields)));
    }

    [Fact]
    public void Read_AnyValuesWrittenWithCsvQuoting_ReadBackUnchanged()
    {
        var value = Gen.OneOf(
            Gen.String[Gen.Char["abc,\"\r\n xé'"], 0, 12],
            Gen.String);
        var records = value.Array[1, 6].Array[1, 5];

        Gen.Select(records, Gen.Int[1, 64], Gen.Bool, Gen.Bool).Sample((rows, bufferSize, crlf, quoteAll) =>
        {
            var newline = crlf ? "\r\n" : "\n";
            var text = string.Join(newline, rows.Select(r => string.Join(",", r.Select(v => quoteAll ? Quote(v) : QuoteWhereNeeded(v))))) + newline;

            var read = ReadAll(new CsvReader(new StringReader(text), bufferSize: bufferSize));

            Assert.Equal(rows.Length, read.Count);
            for (var i = 0; i < rows.Length; i++)
            {
                Assert.Equal(rows[i], read[i].Fields);
            }
        });
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

    // RFC 4180 quoting: only values holding a comma, quote mark or line break need it. An empty value is quoted
    // too, since a record of one empty value would otherwise be a blank line, which the reader skips; and so is
    // a leading byte-order mark, which would otherwise be taken for the file's.
    private static string QuoteWhereNeeded(string value) =>
        value.Length == 0 || value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == '\uFEFF' ? Quote(value) : value;

    private static List<(int Line, string[] Fields)> ReadAll(string text) => ReadAll(new StringReader(text));

    private static List<(int Line, string[] Fields)> ReadAll(TextReader reader) => ReadAll(new CsvReader(reader));

    private static List<(int Line, string[] Fields)> ReadAll(CsvReader csv)
    {
        var records = new List<(int, string[])>();
        while (csv.Read())
        {
            records.Add((csv.LineNumber, csv.GetFields()));
        }

        Assert.Null(csv.Error);
        return records;
    }
}
