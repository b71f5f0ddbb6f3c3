namespace FamilyFirst.Domain.Plans;

/// <summary>One action as printed: the family's words exactly as written, with names and dates spelled out.</summary>
public sealed record PrintableAction(int Number, string What, string Who, string ByWhen, string WhoChecks, string? Addresses, string Progress);

/// <summary>
/// A family plan version in plain language, ready to print or give to the family. Everything the family wrote
/// (actions, contingency plan, resources, review arrangements) is kept exactly as written: never trimmed or re-cased.
/// </summary>
public sealed record PrintablePlan(
    string Title,
    string VersionLine,
    string PlanLead,
    IReadOnlyList<PrintableAction> Actions,
    string ContingencyPlan,
    string ResourcesAskedOfAgencies,
    string ReviewArrangements,
    string ReviewBy,
    IReadOnlyList<string> AgreedBy,
    string LocalAuthorityDecision)
{
    public const string PlanLeadHeading = "Who leads our plan";
    public const string ActionsHeading = "What we will do";
    public const string ContingencyHeading = "What we will do if the plan is not working";
    public const string ResourcesHeading = "What we have asked agencies for";
    public const string ReviewHeading = "How and when we will look at the plan again";
    public const string AgreedByHeading = "Who agreed the plan";
    public const string DecisionHeading = "What the local authority decided";

    private const string NotWrittenYet = "Not written yet";

    /// <summary>The plan as printed; <paramref name="councilZone"/> gives the day it was agreed, as the council counts days.</summary>
    public static PrintablePlan From(PlanVersion version, PlanNames names, TimeZoneInfo councilZone)
    {
        var actions = version.Actions
            .Select((a, i) => new PrintableAction(
                i + 1,
                a.What,
                names.Owner(a.Owner),
                PlanNames.LongDate(a.ByWhen),
                names.Checker(a.WhoChecks),
                names.Addresses(a.AddressesWorryKey, a.AddressesBottomLineId),
                Progress(a.Status)))
            .ToList();

        var versionLine = version.IsAgreed && version.AgreedAt is { } agreedAt
            ? $"Version {version.Number}, agreed on {PlanNames.LongDate(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(agreedAt, councilZone).DateTime))}"
            : $"Version {version.Number}: a draft, not yet agreed";

        return new PrintablePlan(
            "Our family plan",
            versionLine,
            version.PlanLeadId is null ? "Not chosen yet" : names.Person(version.PlanLeadId),
            actions,
            version.ContingencyPlan ?? NotWrittenYet,
            version.ResourcesAskedOfAgencies ?? "Nothing asked for",
            version.ReviewArrangements ?? NotWrittenYet,
            version.ReviewBy is { } reviewBy ? PlanNames.LongDate(reviewBy) : "No date set",
            version.AgreedFamilyMemberIds.Select(id => names.Person(id)).ToList(),
            version.LocalAuthorityDecision ?? "Not decided yet");
    }

    private static string Progress(PlanActionStatus status) => status switch
    {
        PlanActionStatus.NotStarted => "Not started",
        PlanActionStatus.InProgress => "In progress",
        PlanActionStatus.Done => "Done",
        PlanActionStatus.NotDone => "Not done",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
