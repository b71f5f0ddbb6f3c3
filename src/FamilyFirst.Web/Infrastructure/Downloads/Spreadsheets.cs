using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FamilyFirst.Domain.Common;

namespace FamilyFirst.Web.Infrastructure.Downloads;

/// <summary>One sheet of a download: its name and its rows (the first is the header). Numbers stay numbers.</summary>
public sealed record DownloadSheet(string Name, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>
/// The one way downloads are written as CSV and as an Excel workbook from the same rows, so the two always match:
/// CSV through the project's one CSV writer (<see cref="CsvFormat"/>, formula cells neutralised), Excel with numbers
/// as numbers and text as inline strings (never formulas).
/// </summary>
public static class Spreadsheets
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string CsvContentType = "text/csv";

    /// <summary>The sheets one after another, a blank line between them.</summary>
    public static string Csv(params IReadOnlyList<DownloadSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var lines = new List<IReadOnlyList<string>>();
        foreach (var sheet in sheets)
        {
            if (lines.Count > 0)
            {
                lines.Add([]);
            }

            lines.AddRange(sheet.Rows.Select(Text));
        }

        return CsvFormat.Write(lines);
    }

    public static byte[] Xlsx(params IReadOnlyList<DownloadSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var parts = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                AddSheet(workbook, parts, id++, sheet);
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A row's values as CSV text: numbers in the invariant culture, decimals to one place, nothing as blank.</summary>
    public static IReadOnlyList<string> Text(IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Select(v => v switch
        {
            null => string.Empty,
            int i => i.ToString(CultureInfo.InvariantCulture),
            decimal d => d.ToString("0.0", CultureInfo.InvariantCulture),
            _ => v.ToString()!,
        }).ToList();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, DownloadSheet sheet)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var values in sheet.Rows)
        {
            var row = new Row();
            foreach (var value in values)
            {
                row.Append(value switch
                {
                    int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i) },
                    decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
                    null => new Cell(),
                    _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
                });
            }

            data.Append(row);
        }

        part.Worksheet = new Worksheet(data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = sheet.Name });
    }
}
