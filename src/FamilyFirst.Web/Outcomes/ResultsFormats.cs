using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Web.Outcomes;

/// <summary>The <c>results</c> export (CSV or JSON) and the impact report's JSON, exactly as docs/data-formats.md sets them out.</summary>
public static class ResultsFormats
{
    /// <summary>camelCase names, ISO dates, enums by name: the shape of the impact report and of the working.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Reads an ISO date (yyyy-MM-dd) as typed on a command line or in a query string.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string CsvHeader => CsvFormat.Line(FamilyResults.ResultsColumns.ToArray());

    public static string CsvRow(FamilyResults results) => CsvFormat.Line(results.ToResultsRow());

    /// <summary>One family as JSON: the CSV columns with their types, then the windows and each child's and adult's working.</summary>
    public static void WriteJson(Utf8JsonWriter writer, FamilyResults results)
    {
        writer.WriteStartObject();
        var values = results.ToResultsRow();
        for (var i = 0; i < values.Length; i++)
        {
            var name = FamilyResults.ResultsColumns[i];
            var value = values[i];
            if (value is "true" or "false")
            {
                writer.WriteBoolean(name, value == "true");
            }
            else if (name is "family_ref" or "attached_on")
            {
                writer.WriteString(name, value);
            }
            else
            {
                writer.WriteNumber(name, int.Parse(value, CultureInfo.InvariantCulture));
            }
        }

        writer.WriteString("as_at", results.AsAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WritePropertyName("working");
        JsonSerializer.Serialize(writer, Working(results), Json);
        writer.WriteEndObject();
    }

    /// <summary>The working a person checks a result against: windows, counts, rates and the reason for each result.</summary>
    public static object Working(FamilyResults results) => new
    {
        results.EligibilityReason,
        results.CrimeAndAsb,
        results.Education,
        results.Work,
        results.CrimeAsbEducationReason,
        results.TurnedAroundReason,
    };

    /// <summary>The family's results with their working as one JSON document: what a claim keeps as its evidence.</summary>
    public static string Evidence(FamilyResults results)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteJson(writer, results);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static readonly JsonSerializerOptions IndentedJson = new(Json) { WriteIndented = true };

    public static string ImpactJson(ImpactFigures figures) => JsonSerializer.Serialize(figures, IndentedJson);
}
