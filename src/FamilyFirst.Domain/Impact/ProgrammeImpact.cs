using System.Globalization;
using System.Text.Json.Serialization;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;

namespace FamilyFirst.Domain.Impact;

/// <summary>A calendar quarter of attachment dates, for the report's trend: "January to March 2014".</summary>
public readonly record struct AttachmentQuarter(int Year, int Quarter) : IComparable<AttachmentQuarter>
{
    public static AttachmentQuarter Of(DateOnly date) => new(date.Year, (date.Month - 1) / 3 + 1);

    public DateOnly Start => new(Year, (Quarter - 1) * 3 + 1, 1);

    /// <summary>The last day of the quarter.</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public string Label => $"{Start.ToString("MMMM", CultureInfo.InvariantCulture)} to {End.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>A short label for chart axes: "2014 Q1".</summary>
    public string ShortLabel => $"{Year} Q{Quarter}";

    public int CompareTo(AttachmentQuarter other) => Start.CompareTo(other.Start);

    public static bool operator <(AttachmentQuarter left, AttachmentQuarter right) => left.CompareTo(right) < 0;

    public static bool operator <=(AttachmentQuarter left, AttachmentQuarter right) => left.CompareTo(right) <= 0;

    public static bool operator >(AttachmentQuarter left, AttachmentQuarter right) => left.CompareTo(right) > 0;

    public static bool operator >=(AttachmentQuarter left, AttachmentQuarter right) => left.CompareTo(right) >= 0;
}

/// <summary>
/// The impact report's Family First figures, built up one family at a time (any number of families can be
/// streamed through it): the contract figures of <see cref="ImpactReport"/> for the whole cohort and for each
/// attachment quarter, and looked-after children at attachment and at the as-at date. The headline figures
/// are exactly those of <see cref="ImpactReport"/>: there is one computation.
/// </summary>
public sealed class ProgrammeImpact
{
    private readonly ImpactReport _all;
    private readonly SortedDictionary<AttachmentQuarter, ImpactReport> _quarters = [];
    private int _lookedAfterAtAttachment;
    private int _lookedAfterNow;
    private int _familiesLookedAfterAtAttachment;
    private int _familiesLookedAfterNow;

    public ProgrammeImpact(DateOnly asAt)
    {
        AsAt = asAt;
        _all = new ImpactReport(asAt);
    }

    public DateOnly AsAt { get; }

    /// <summary>Counts one family; a family attached on or after the as-at date changes nothing.</summary>
    public void Add(FamilyImpact family)
    {
        ArgumentNullException.ThrowIfNull(family);
        _all.Add(family.Results);
        if (!family.Results.Eligible)
        {
            return;
        }

        var quarter = AttachmentQuarter.Of(family.Results.AttachedOn);
        if (!_quarters.TryGetValue(quarter, out var report))
        {
            report = new ImpactReport(AsAt);
            _quarters.Add(quarter, report);
        }

        report.Add(family.Results);
        _lookedAfterAtAttachment += family.LookedAfterAtAttachment;
        _lookedAfterNow += family.LookedAfterNow;
        if (family.LookedAfterAtAttachment > 0) _familiesLookedAfterAtAttachment++;
        if (family.LookedAfterNow > 0) _familiesLookedAfterNow++;
    }

    /// <summary>The contract figures (the <c>report impact</c> JSON) for the whole cohort.</summary>
    public ImpactFigures Headline() => _all.ToFigures();

    /// <summary>The contract figures for each attachment quarter with a family in it, oldest first.</summary>
    public IReadOnlyList<QuarterFigures> Quarters() =>
        _quarters.Select(q => new QuarterFigures(q.Key.Label, q.Key.ShortLabel, q.Key.Start, q.Value.ToFigures())).ToList();

    public LookedAfterFigures LookedAfter() =>
        new(_lookedAfterAtAttachment, _lookedAfterNow, _familiesLookedAfterAtAttachment, _familiesLookedAfterNow);
}

/// <summary>Who the report is about: the as-at date, the attachment period (both days included) and the team, when chosen.</summary>
public sealed record ImpactCohort(DateOnly AsAt, DateOnly? AttachedFrom, DateOnly? AttachedTo, Guid? TeamId, string? TeamName)
{
    /// <summary>The cohort in words: "families attached from 1 April 2013 to 31 March 2014, in the North team".</summary>
    public string Describe()
    {
        var period = (AttachedFrom, AttachedTo) switch
        {
            ({ } from, { } to) => $"attached from {Long(from)} to {Long(to)}",
            ({ } from, null) => $"attached from {Long(from)}",
            (null, { } to) => $"attached up to {Long(to)}",
            _ => "attached at any time",
        };
        return $"Families on the programme {period}" + (TeamName is null ? ", in every team" : $", in the {TeamName} team") + $", as at {Long(AsAt)}";
    }

    // "Long" is the long date format ("3 December 2026"), not the type; the name is used by four Razor views.
#pragma warning disable CA1720
    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
#pragma warning restore CA1720
}

/// <summary>The contract figures of the families attached in one quarter.</summary>
public sealed record QuarterFigures(string Label, string ShortLabel, DateOnly Start, ImpactFigures Figures);

/// <summary>Looked-after children among the cohort's families: children, and families with one, on each family's attachment date and on the as-at date.</summary>
public sealed record LookedAfterFigures(int ChildrenAtAttachment, int ChildrenNow, int FamiliesAtAttachment, int FamiliesNow);

/// <summary>The Family Group Conference figures for the cohort's families, from the FGC dashboard's rules.</summary>
public sealed record ConferenceFigures(
    DateOnly PeriodFrom, DateOnly PeriodTo, int Referrals, int Held, int PlansAgreed, decimal? AverageDaysToConference, decimal? MedianDaysToConference, int HeldWithinTarget, int TargetDays)
{
    public static ConferenceFigures From(ConferenceDashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        return new(
            dashboard.Period.From, dashboard.Period.To, dashboard.Referrals, dashboard.ConferencesHeld, dashboard.PlansAgreed,
            dashboard.AverageDaysToConference, dashboard.MedianDaysToConference, dashboard.HeldWithinTarget, dashboard.Rules.TargetDaysToConference);
    }
}

/// <summary>Participants' anonymous feedback on the cohort's meetings and conferences: averages (1 to 5) only once enough people answered.</summary>
public sealed record FeedbackFigures(
    int Responses, int MinimumResponses, decimal? FeltListenedTo, decimal? TreatedWithRespect, decimal? HadASay, decimal? PlanFeelsLikeOurs)
{
    public static FeedbackFigures From(FeedbackSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(
            summary.ResponseCount, summary.MinimumResponses, summary.AverageFeltListenedTo, summary.AverageTreatedWithRespect,
            summary.AverageHadASay, summary.AveragePlanFeelsLikeOurs);
    }

    public bool HasEnoughResponses => Responses >= MinimumResponses;
}

/// <summary>
/// Everything the staff impact report shows, as stored in a snapshot. <see cref="SupportingFamilies"/> is the
/// Supporting Families figures at the same as-at date (every family on that framework, whatever the cohort); it is
/// null in snapshots taken before they were part of the report, and then nothing about that framework is published.
/// </summary>
public sealed record ImpactReportFigures(
    ImpactCohort Cohort,
    ImpactFigures Headline,
    IReadOnlyList<QuarterFigures> Quarters,
    LookedAfterFigures LookedAfter,
    ConferenceFigures Conferences,
    FeedbackFigures Feedback,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SupportingFamiliesFigures? SupportingFamilies = null);
