using System.Text;

namespace FamilyFirst.Domain.Conferences;

/// <summary>
/// Writes rows as CSV for download: RFC 4180 quoting and CRLF line endings. The dashboard never starts a
/// field with text people typed (reasons follow a fixed label), so no field can begin a spreadsheet formula.
/// </summary>
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

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
