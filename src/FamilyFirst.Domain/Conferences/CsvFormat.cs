using System.Text;

namespace FamilyFirst.Domain.Conferences;

/// <summary>Writes rows as CSV for download: RFC 4180 quoting and CRLF line endings.</summary>
internal static class CsvFormat
{
    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.Append(string.Join(',', row.Select(Field))).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Field(string value)
    {
        // Free text typed by people (reasons) could start a spreadsheet formula; a leading apostrophe keeps it text.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
