using FamilyFirst.Web.Data.Imports;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Web.Imports;

/// <summary>
/// How much work imports do: rows parsed (each pass of the validator over a file) and rows handed to the
/// database, tagged by whether the pass was a preview; imports run, by kind and status, and how long they took. One
/// meter per app (from <see cref="IMeterFactory"/>), so a test listens to its own app only. Each import is also a span of
/// <see cref="Source"/> ("import families"), tagged with counts only: never the file's name, rows or people.
/// </summary>
public sealed class ImportMetrics
{
    public const string MeterName = "FamilyFirst.Imports";

    private readonly Counter<long> _parsed;
    private readonly Counter<long> _written;
    private readonly Counter<long> _runs;
    private readonly Histogram<double> _duration;

    /// <summary>The imports' spans (exported when telemetry is on: docs/operations.md, Observability).</summary>
    public static ActivitySource Source { get; } = new(MeterName);

    public ImportMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _parsed = meter.CreateCounter<long>("familyfirst.imports.rows_parsed", "{row}", "Rows of partner files read by the validator, once for each pass over a file.");
        _written = meter.CreateCounter<long>("familyfirst.imports.rows_written", "{row}", "Valid rows of partner files given to the database to add, update or queue.");
        _runs = meter.CreateCounter<long>("familyfirst.imports.runs", "{import}", "Imports and previews of partner files, by kind, status and whether it was a preview.");
        _duration = meter.CreateHistogram<double>("familyfirst.imports.duration", "s", "How long an import or preview took, from the file's hash to the outcome.");
    }

    public void Parsed(int rows, bool preview) => _parsed.Add(rows, new KeyValuePair<string, object?>("preview", preview));

    public void Written(int rows, bool preview) => _written.Add(rows, new KeyValuePair<string, object?>("preview", preview));

    /// <summary>Counts a finished import and its duration, and tags its span with the counts (nothing from the file itself).</summary>
    public void Finished(ImportOutcome outcome, TimeSpan took, Activity? span)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var tags = new TagList { { "kind", outcome.Kind.Name() }, { "status", outcome.Status.ToString() }, { "preview", outcome.DryRun } };
        _runs.Add(1, tags);
        _duration.Record(took.TotalSeconds, tags);
        span?.SetTag("familyfirst.import.status", outcome.Status.ToString())
            .SetTag("familyfirst.import.rows_read", outcome.RowsRead)
            .SetTag("familyfirst.import.added", outcome.Added)
            .SetTag("familyfirst.import.updated", outcome.Updated)
            .SetTag("familyfirst.import.unmatched", outcome.Unmatched)
            .SetTag("familyfirst.import.invalid", outcome.Invalid);
    }
}
