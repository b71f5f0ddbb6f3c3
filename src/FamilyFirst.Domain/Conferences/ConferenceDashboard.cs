using System.Globalization;

namespace FamilyFirst.Domain.Conferences;

/// <summary>A review waiting to be held, for the coordinators' and managers' lists.</summary>
public sealed record ReviewDue(Guid ConferenceId, Guid FamilyId, DateOnly DueOn);

/// <summary>A count with the reason people gave, for "declined (and why)".</summary>
public sealed record ReasonCount(string Reason, int Count);

/// <summary>One line of the dashboard, as shown on screen and in the download.</summary>
public sealed record DashboardRow(string Section, string Measure, string Value);

/// <summary>
/// The Family Group Conference dashboard for coordinators and managers: referrals by stage, timeliness
/// against the target, plans agreed, reviews due and overdue, and the FGC data items (Foundations and
/// Family Rights Group) for a chosen period. Counts in the period are by the date of each event;
/// reviews due and overdue are as at today, whatever the period.
/// </summary>
public sealed class ConferenceDashboard
{
    private const string NotGiven = "Not given";

    private ConferenceDashboard()
    {
    }

    public required ReportingPeriod Period { get; init; }

    public required DateOnly Today { get; init; }

    public required ConferenceRules Rules { get; init; }

    /// <summary>Families referred in the period.</summary>
    public required int Referrals { get; init; }

    /// <summary>Referrals made in the period, by the stage each has now reached; every stage is listed.</summary>
    public required IReadOnlyList<KeyValuePair<ConferenceStage, int>> ReferralsByStage { get; init; }

    public required int OffersMade { get; init; }

    public required int OffersAccepted { get; init; }

    public required int OffersDeclined { get; init; }

    public required int OffersWithNoResponse { get; init; }

    public required int OffersAwaitingResponse { get; init; }

    public required IReadOnlyList<ReasonCount> DeclinedReasons { get; init; }

    /// <summary>Families who withdrew consent to a conference in the period.</summary>
    public required int ConsentWithdrawn { get; init; }

    public required IReadOnlyList<ReasonCount> WithdrawalReasons { get; init; }

    public required int ConferencesHeld { get; init; }

    /// <summary>Of the conferences held in the period, median days from referral, to one decimal place.</summary>
    public required decimal? MedianDaysToConference { get; init; }

    public required decimal? AverageDaysToConference { get; init; }

    public required int HeldWithinTarget { get; init; }

    public required int PlansAgreed { get; init; }

    public required int ReviewsHeld { get; init; }

    /// <summary>Reviews due from today to the end of the "due soon" window, soonest first.</summary>
    public required IReadOnlyList<ReviewDue> ReviewsDueSoon { get; init; }

    /// <summary>Reviews past their due date and not held, most overdue first.</summary>
    public required IReadOnlyList<ReviewDue> ReviewsOverdue { get; init; }

    public static ConferenceDashboard For(
        IEnumerable<FamilyGroupConference> conferences,
        IEnumerable<PreProceedingsOffer> offers,
        ReportingPeriod period,
        DateOnly today,
        ConferenceRules? rules = null)
    {
        rules ??= ConferenceRules.Default;
        var all = conferences.ToList();
        var referred = all.Where(c => period.Contains(c.ReferredOn)).ToList();
        var held = all.Where(c => period.Contains(c.ConferenceHeldOn)).ToList();
        var days = held.Select(c => c.DaysFromReferralToConference!.Value).Order().ToList();
        var offered = offers.Where(o => period.Contains(o.OfferedOn)).ToList();
        var withdrawn = all.Where(c => period.Contains(c.WithdrawnOn)).ToList();

        return new ConferenceDashboard
        {
            Period = period,
            Today = today,
            Rules = rules,
            Referrals = referred.Count,
            ReferralsByStage = Enum.GetValues<ConferenceStage>()
                .Select(stage => KeyValuePair.Create(stage, referred.Count(c => c.Stage == stage)))
                .ToList(),
            OffersMade = offered.Count,
            OffersAccepted = offered.Count(o => o.Response == OfferResponse.Accepted),
            OffersDeclined = offered.Count(o => o.Response == OfferResponse.Declined),
            OffersWithNoResponse = offered.Count(o => o.Response == OfferResponse.NoResponse),
            OffersAwaitingResponse = offered.Count(o => o.Response == OfferResponse.AwaitingResponse),
            DeclinedReasons = CountReasons(offered.Where(o => o.Response == OfferResponse.Declined).Select(o => o.DeclinedReason)),
            ConsentWithdrawn = withdrawn.Count,
            WithdrawalReasons = CountReasons(withdrawn.Select(c => c.WithdrawalReason)),
            ConferencesHeld = held.Count,
            MedianDaysToConference = Median(days),
            AverageDaysToConference = days.Count == 0 ? null : Round((decimal)days.Sum() / days.Count),
            HeldWithinTarget = days.Count(d => d <= rules.TargetDaysToConference),
            PlansAgreed = all.Count(c => period.Contains(c.PlanAgreedOn)),
            ReviewsHeld = all.Sum(c => c.Reviews.Count(r => period.Contains(r.HeldOn))),
            ReviewsDueSoon = all
                .Where(c => c.IsReviewDueSoon(today, rules))
                .Select(c => new ReviewDue(c.Id, c.FamilyId, c.ReviewDueOn(rules)!.Value))
                .OrderBy(r => r.DueOn)
                .ToList(),
            ReviewsOverdue = all
                .Where(c => c.IsReviewOverdue(today, rules))
                .Select(c => new ReviewDue(c.Id, c.FamilyId, c.ReviewDueOn(rules)!.Value))
                .OrderBy(r => r.DueOn)
                .ToList(),
        };
    }

    /// <summary>The dashboard as rows of section, measure and value. Counts never appear as a bare percentage.</summary>
    public IReadOnlyList<DashboardRow> Rows()
    {
        var rows = new List<DashboardRow>
        {
            new("Period", "From", LongDate(Period.From)),
            new("Period", "To", LongDate(Period.To)),
            new("Referrals", "Referrals received", Count(Referrals)),
        };
        rows.AddRange(ReferralsByStage.Select(s => new DashboardRow("Referrals", $"Now at stage: {ConferenceStageNames.Describe(s.Key)}", Count(s.Value))));

        rows.Add(new("Offers", "Offers of a family group decision-making meeting", Count(OffersMade)));
        rows.Add(new("Offers", "Accepted", Count(OffersAccepted)));
        rows.Add(new("Offers", "Declined", Count(OffersDeclined)));
        rows.AddRange(DeclinedReasons.Select(r => new DashboardRow("Offers", $"Declined because: {r.Reason}", Count(r.Count))));
        rows.Add(new("Offers", "No response", Count(OffersWithNoResponse)));
        rows.Add(new("Offers", "Awaiting a response", Count(OffersAwaitingResponse)));
        rows.Add(new("Offers", "Families who withdrew consent to a conference", Count(ConsentWithdrawn)));
        rows.AddRange(WithdrawalReasons.Select(r => new DashboardRow("Offers", $"Withdrew because: {r.Reason}", Count(r.Count))));

        rows.Add(new("Conferences", "Conferences held", Count(ConferencesHeld)));
        rows.Add(new("Conferences", "Median days from referral to conference", Days(MedianDaysToConference)));
        rows.Add(new("Conferences", "Average days from referral to conference", Days(AverageDaysToConference)));
        rows.Add(new("Conferences", $"Held within {Rules.TargetDaysToConference} days of referral", OutOf(HeldWithinTarget, ConferencesHeld)));

        rows.Add(new("Plans", "Plans agreed", Count(PlansAgreed)));

        rows.Add(new("Reviews", "Reviews held", Count(ReviewsHeld)));
        rows.Add(new("Reviews", $"Reviews due in the next {Rules.ReviewDueSoonDays} days (as at {LongDate(Today)})", Count(ReviewsDueSoon.Count)));
        rows.Add(new("Reviews", $"Reviews overdue (as at {LongDate(Today)})", Count(ReviewsOverdue.Count)));
        return rows;
    }

    /// <summary>The rows as a CSV file with a header line, for download.</summary>
    public string ToCsv() =>
        CsvFormat.Write(Rows().Select(r => (IReadOnlyList<string>)[r.Section, r.Measure, r.Value]).Prepend(["Section", "Measure", "Value"]));

    private static IReadOnlyList<ReasonCount> CountReasons(IEnumerable<string?> reasons) =>
        reasons
            .Select(r => string.IsNullOrWhiteSpace(r) ? NotGiven : r.Trim())
            .GroupBy(r => r, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ReasonCount(g.First(), g.Count()))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.Reason, StringComparer.Ordinal)
            .ToList();

    private static decimal? Median(List<int> sorted)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : Round((sorted[middle - 1] + sorted[middle]) / 2m);
    }

    private static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Days(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "No conferences held";

    private static string OutOf(int part, int whole) => whole == 0
        ? "0 of 0"
        : $"{part} of {whole} ({Round(100m * part / whole).ToString("0.0", CultureInfo.InvariantCulture)}%)";

    private static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
