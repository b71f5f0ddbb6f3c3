using System.Runtime.CompilerServices;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Web.Outcomes;

namespace FamilyFirst.Web.Impact;

/// <summary>
/// The one computation of the impact report, used by the staff report page, the <c>report impact</c> verb and
/// <c>GET /api/reports/impact</c>, so all three always agree. Every family of the cohort is streamed once
/// through the results engine (<see cref="FamilyResultsService.StreamAsync"/>) into the domain's
/// <see cref="ProgrammeImpact"/>, which counts with <see cref="ImpactReport"/>; the Family Group Conference
/// figures come from <see cref="ConferenceDashboard"/> and the feedback scores from <see cref="FeedbackSummary"/>,
/// for the cohort's families; the Supporting Families figures at the same date, for every family on that framework, from
/// <see cref="SupportingFamiliesResultsService"/>. Everything it reads comes from the reporting database (<see cref="ReportingDatabase"/>).
/// </summary>
public sealed class ImpactReportService([FromKeyedServices(ReportingDatabase.Key)] AppDbContext db, FamilyResultsService results, SupportingFamiliesResultsService supporting)
{
    /// <summary>The contract figures (the <c>report impact</c> JSON) for the cohort.</summary>
    public async Task<ImpactFigures> HeadlineAsync(ImpactCohort cohort, CancellationToken cancellationToken)
    {
        var impact = new ProgrammeImpact(cohort.AsAt);
        await foreach (var (_, family) in StreamAsync(cohort, cancellationToken))
        {
            impact.Add(family);
        }

        return impact.Headline();
    }

    /// <summary>Every figure of the staff report for the cohort.</summary>
    public Task<ImpactReportFigures> ComputeAsync(ImpactCohort cohort, CancellationToken cancellationToken) =>
        ComputeAsync(cohort, progress: null, cancellationToken);

    /// <summary>
    /// Every figure of the staff report for the cohort, telling <paramref name="progress"/> (when given) how many of the
    /// cohort's families have been counted: once when they have been read (none done), then after each family.
    /// </summary>
    public async Task<ImpactReportFigures> ComputeAsync(ImpactCohort cohort, IImpactProgress? progress, CancellationToken cancellationToken)
    {
        var impact = new ProgrammeImpact(cohort.AsAt);
        var families = new HashSet<Guid>();
        var total = 0;
        var done = 0;
        var stream = progress is null ? StreamAsync(cohort, cancellationToken) : StreamAsync(cohort, cancellationToken, count => total = count);
        var started = false;
        await foreach (var (family, counted) in stream)
        {
            if (progress is not null && !started)
            {
                started = true;
                await progress.ReportAsync(0, total, cancellationToken);
            }

            impact.Add(counted);
            if (counted.Results.Eligible)
            {
                families.Add(family.FamilyCaseId);
            }

            done++;
            if (progress is not null)
            {
                await progress.ReportAsync(done, total, cancellationToken);
            }
        }

        var (conferences, feedback) = await ConferencesAndFeedbackAsync(cohort, families, cancellationToken);
        var supportingFamilies = await supporting.FiguresAsync(cohort.AsAt, cancellationToken);
        return new ImpactReportFigures(cohort, impact.Headline(), impact.Quarters(), impact.LookedAfter(), conferences, feedback, supportingFamilies);
    }

    /// <summary>The families behind a figure (eligible at the as-at date and counted by it), in reference order.</summary>
    public async Task<IReadOnlyList<Guid>> FamiliesBehindAsync(ImpactCohort cohort, ImpactMeasure measure, CancellationToken cancellationToken)
    {
        var behind = new List<Guid>();
        await foreach (var (family, counted) in StreamAsync(cohort, cancellationToken))
        {
            if (measure.Includes(counted))
            {
                behind.Add(family.FamilyCaseId);
            }
        }

        return behind;
    }

    /// <summary>Each family of the cohort (attachment period and team) with its results and looked-after children, in reference order.</summary>
    private async IAsyncEnumerable<(FamilyOnProgramme Family, FamilyImpact Counted)> StreamAsync(
        ImpactCohort cohort, [EnumeratorCancellation] CancellationToken cancellationToken, Action<int>? cohortCounted = null)
    {
        HashSet<Guid>? inTeam = null;
        if (cohort.TeamId is { } teamId)
        {
            inTeam = (await db.FamilyCases.AsNoTracking().Where(f => f.TeamId == teamId).Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
        }

        var lookedAfter = await LookedAfterPeriodsAsync(cancellationToken);
        Action<IReadOnlyList<FamilyOnProgramme>>? read = cohortCounted is null
            ? null
            : all => cohortCounted(inTeam is null ? all.Count : all.Count(f => inTeam.Contains(f.FamilyCaseId)));
        await foreach (var (family, familyResults) in results.StreamAsync(cohort.AsAt, cohort.AttachedFrom, cohort.AttachedTo, read, cancellationToken))
        {
            if (inTeam is not null && !inTeam.Contains(family.FamilyCaseId))
            {
                continue;
            }

            yield return (family, new FamilyImpact(
                familyResults,
                CountLookedAfter(family, lookedAfter, family.AttachedOn),
                CountLookedAfter(family, lookedAfter, cohort.AsAt)));
        }
    }

    /// <summary>Every looked-after period on record, by person: few beside the families, so read once.</summary>
    private async Task<Dictionary<Guid, List<(DateOnly Start, DateOnly? End)>>> LookedAfterPeriodsAsync(CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking()
            .Where(p => p.ChildStatuses.Any(s => s.Status == ChildStatus.LookedAfter))
            .Select(p => new { p.Id, p.ChildStatuses })
            .ToListAsync(cancellationToken);
        return people.ToDictionary(
            p => p.Id,
            p => p.ChildStatuses.Where(s => s.Status == ChildStatus.LookedAfter).Select(s => (s.Start, s.End)).ToList());
    }

    private static int CountLookedAfter(FamilyOnProgramme family, Dictionary<Guid, List<(DateOnly Start, DateOnly? End)>> periods, DateOnly on) =>
        periods.Count == 0
            ? 0
            : family.People.Count(p => periods.TryGetValue(p.PersonId, out var held) && held.Any(h => h.Start <= on && (h.End is null || on <= h.End)));

    /// <summary>
    /// The FGC figures (events dated from the start of the attachment period, or any time, to the day before the
    /// as-at date) and the feedback on the meetings and conferences held before the as-at date, for the cohort's families.
    /// </summary>
    private async Task<(ConferenceFigures, FeedbackFigures)> ConferencesAndFeedbackAsync(ImpactCohort cohort, HashSet<Guid> families, CancellationToken cancellationToken)
    {
        var periodFrom = cohort.AttachedFrom ?? DateOnly.MinValue;
        var periodTo = cohort.AsAt.AddDays(-1);
        var period = ReportingPeriod.Create(periodFrom <= periodTo ? periodFrom : periodTo, periodTo).Value!;
        var conferences = families.Count == 0
            ? []
            : (await db.FamilyGroupConferences.AsNoTracking().AsSplitQuery().ToListAsync(cancellationToken)).Where(c => families.Contains(c.FamilyId)).ToList();
        var dashboard = ConferenceDashboard.For(
            periodFrom <= periodTo ? conferences : [], [], period, cohort.AsAt);

        var feedbackOn = new HashSet<Guid>(conferences.Where(c => c.ConferenceHeldOn < cohort.AsAt).Select(c => c.Id));
        if (families.Count > 0)
        {
            var before = new DateTimeOffset(cohort.AsAt.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var meetings = await db.Meetings.AsNoTracking().Select(m => new { m.Id, m.FamilyId, m.StartsAt }).ToListAsync(cancellationToken);
            feedbackOn.UnionWith(meetings.Where(m => families.Contains(m.FamilyId) && m.StartsAt < before).Select(m => m.Id));
        }

        var responses = feedbackOn.Count == 0
            ? []
            : (await db.FeedbackResponses.AsNoTracking().ToListAsync(cancellationToken)).Where(r => feedbackOn.Contains(r.MeetingId)).ToList();
        return (ConferenceFigures.From(dashboard), FeedbackFigures.From(FeedbackSummary.From(responses)));
    }
}
