using System.Globalization;

namespace FamilyFirst.Domain.Imports;

/// <summary>
/// Reads and checks the values of the current CSV record by column, collecting a plain message per problem.
/// Values are trimmed; a column the header lacks reads as blank. Checking works on spans: nothing is
/// allocated for a number or a date.
/// </summary>
internal sealed class ImportRowValues
{
    private readonly CsvReader _csv;
    private readonly int[] _fieldOfColumn;
    private readonly List<ImportIssue> _issues = [];
    private ulong _failedColumns;

    public ImportRowValues(CsvReader csv, int[] fieldOfColumn)
    {
        _csv = csv;
        _fieldOfColumn = fieldOfColumn;
    }

    public int Line => _csv.LineNumber;

    public IReadOnlyList<ImportIssue> Issues => _issues;

    public bool HasErrors => _issues.Count > 0;

    public void BeginRow()
    {
        _issues.Clear();
        _failedColumns = 0;
    }

    public bool Failed(ImportColumn column) => (_failedColumns & (1UL << (int)column)) != 0;

    public void Fail(ImportColumn? column, string description)
    {
        if (column is { } c)
        {
            _failedColumns |= 1UL << (int)c;
        }

        _issues.Add(new ImportIssue(Line, column?.Name(), description));
    }

    public ReadOnlySpan<char> Raw(ImportColumn column)
    {
        var field = _fieldOfColumn[(int)column];
        return field < 0 ? default : _csv[field].Trim();
    }

    public string? Text(ImportColumn column, bool required = false)
    {
        var raw = Raw(column);
        if (raw.IsEmpty)
        {
            return Missing<string>(column, required);
        }

        return new string(raw);
    }

    public string? Reference(ImportColumn column, bool required = false)
    {
        var raw = Raw(column);
        return raw.IsEmpty ? Missing<string>(column, required) : ReferenceKey.Normalise(raw);
    }

    public DateOnly? Date(ImportColumn column, bool required = false)
    {
        var raw = Raw(column);
        if (raw.IsEmpty)
        {
            return MissingValue<DateOnly>(column, required);
        }

        if (TryParseIsoDate(raw, out var date))
        {
            return date;
        }

        Fail(column, $"{column.Name()} must be a real date in the format yyyy-MM-dd");
        return null;
    }

    public int? Count(ImportColumn column, bool required = false)
    {
        var raw = Raw(column);
        if (raw.IsEmpty)
        {
            return MissingValue<int>(column, required);
        }

        // NumberStyles.None: digits only, so a sign, a decimal point or a thousands separator is not a count.
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        Fail(column, $"{column.Name()} must be a whole number of 0 or more");
        return null;
    }

    public decimal? Number(ImportColumn column, decimal maximum)
    {
        var raw = Raw(column);
        if (raw.IsEmpty)
        {
            return null;
        }

        if (decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number <= maximum)
        {
            return number;
        }

        Fail(column, $"{column.Name()} must be a number from 0 to {maximum.ToString(CultureInfo.InvariantCulture)}");
        return null;
    }

    /// <summary>The end of a span must not come before its start; only checked when both dates were read.</summary>
    public void NotBefore(DateOnly? start, ImportColumn startColumn, DateOnly? end, ImportColumn endColumn)
    {
        if (start is { } s && end is { } e && e < s)
        {
            Fail(endColumn, $"{endColumn.Name()} must be the same as or after {startColumn.Name()}");
        }
    }

    /// <summary>Strict ISO 8601 calendar date, yyyy-MM-dd, that exists (so 2024-02-30 does not).</summary>
    internal static bool TryParseIsoDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private T? Missing<T>(ImportColumn column, bool required)
        where T : class
    {
        if (required)
        {
            Fail(column, $"{column.Name()} is required");
        }

        return null;
    }

    private T? MissingValue<T>(ImportColumn column, bool required)
        where T : struct
    {
        if (required)
        {
            Fail(column, $"{column.Name()} is required");
        }

        return null;
    }
}
