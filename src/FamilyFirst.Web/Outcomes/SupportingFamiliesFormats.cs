using System.Globalization;
using System.Text.Json;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;

namespace FamilyFirst.Web.Outcomes;

/// <summary>The <c>results --framework supporting-families-2022</c> export, CSV or JSON, as docs/data-formats.md sets it out.</summary>
public static class SupportingFamiliesFormats
{
    public static string CsvHeader => CsvFormat.Line(SupportingFamiliesResult.ResultsColumns.ToArray());

    public static string CsvRow(SupportingFamiliesResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return CsvFormat.Line(result.ToResultsRow());
    }

    /// <summary>One family as JSON: the CSV columns with their types (null for an empty date), the as-at date, each need's standing and the working.</summary>
    public static string Json(SupportingFamiliesResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            var values = result.ToResultsRow();
            for (var i = 0; i < values.Length; i++)
            {
                var name = SupportingFamiliesResult.ResultsColumns[i];
                var value = values[i];
                if (value is "true" or "false")
                {
                    writer.WriteBoolean(name, value == "true");
                }
                else if (name is "family_ref" or "closed_on" or "claimable_from")
                {
                    if (value.Length == 0) writer.WriteNull(name);
                    else writer.WriteString(name, value);
                }
                else
                {
                    writer.WriteNumber(name, int.Parse(value, CultureInfo.InvariantCulture));
                }
            }

            writer.WriteString("as_at", result.AsAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("configuration", result.FrameworkVersion);
            writer.WriteStartArray("needs");
            foreach (var need in result.NeedResults)
            {
                writer.WriteStartObject();
                writer.WriteString("headline", HeadlineOutcomes.Code(need.Need.Headline));
                writer.WriteString("need", need.Need.NeedCode);
                writer.WriteBoolean("counts", need.Counts);
                writer.WriteBoolean("sustained", need.Sustained);
                writer.WriteString("working", need.Working);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("working");
            foreach (var line in result.Working)
            {
                writer.WriteStringValue(line);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
