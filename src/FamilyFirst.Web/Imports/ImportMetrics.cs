using FamilyFirst.Web.Data.Imports;
using System.Diagnostics.Metrics;

namespace FamilyFirst.Web.Imports;

/// <summary>
/// How much work imports do: rows parsed (each pass of the validator over a file) and rows handed to the
/// database, tagged by whether the pass was a preview. One meter per app (from <see cref="IMeterFactory"/>),
/// so a test listens to its own app only.
/// </summary>
public sealed class ImportMetrics
{
    public const string MeterName = "FamilyFirst.Imports";

    private readonly Counter<long> _parsed;
    private readonly Counter<long> _written;

    public ImportMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _parsed = meter.CreateCounter<long>("familyfirst.imports.rows_parsed", "{row}", "Rows of partner files read by the validator, once for each pass over a file.");
        _written = meter.CreateCounter<long>("familyfirst.imports.rows_written", "{row}", "Valid rows of partner files given to the database to add, update or queue.");
    }

    public void Parsed(int rows, bool preview) => _parsed.Add(rows, new KeyValuePair<string, object?>("preview", preview));

    public void Written(int rows, bool preview) => _written.Add(rows, new KeyValuePair<string, object?>("preview", preview));
}
