using System.Text;

namespace FamilyFirst.Domain.Common;

/// <summary>
/// Writes rows as CSV (RFC 4180 quoting, CRLF line endings) for downloads and exports: the conference
/// dashboard, the results export, the claims list and rows kept from imported files.
/// </summary>
public static class CsvFormat
{
    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.Append(Line(row)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>One record, without its line ending.</summary>
    public static string Line(IReadOnlyList<string> fields) => string.Join(',', fields.Select(Field));

    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
