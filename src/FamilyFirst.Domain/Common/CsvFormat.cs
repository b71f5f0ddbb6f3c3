using System.Globalization;
using System.Text;

namespace FamilyFirst.Domain.Common;

/// <summary>
/// The one CSV writer (RFC 4180 quoting, CRLF line endings). Every download and export (the conference
/// dashboard, the pre-proceedings report, the impact report, the results export, the claims list) goes
/// through <see cref="Write"/>, <see cref="Line"/> or <see cref="Field"/>, which neutralise formula cells:
/// a value a spreadsheet would run as a formula (starting <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or
/// a carriage return) is written with a leading apostrophe, so it opens as text. Plain numbers such as
/// <c>-3</c> or <c>+0.5</c> are left alone. <see cref="RawLine"/> writes values exactly, for files only this
/// service reads back (rows kept from imported files); never use it for a download.
/// </summary>
public static class CsvFormat
{
    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.Append(Line(row)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>One record of a download, without its line ending; formula cells neutralised.</summary>
    public static string Line(IReadOnlyList<string> fields) => string.Join(',', fields.Select(Field));

    /// <summary>One field of a download: neutralised, then quoted where it needs to be.</summary>
    public static string Field(string value) => Quote(Neutralise(value));

    /// <summary>One record written exactly as given, for a file only this service reads back.</summary>
    public static string RawLine(IReadOnlyList<string> fields) => string.Join(',', fields.Select(Quote));

    /// <summary>
    /// The value as a spreadsheet should show it: unchanged unless it would start a formula, in which case
    /// it gets a leading apostrophe (OWASP's advice for CSV injection).
    /// </summary>
    public static string Neutralise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0 || !IsFormulaStart(value[0]) || IsPlainNumber(value))
        {
            return value;
        }

        return "'" + value;
    }

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool IsPlainNumber(string value) =>
        value[0] is '+' or '-'
        && value.Length > 1
        && decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
