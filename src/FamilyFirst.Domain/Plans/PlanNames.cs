using System.Globalization;

namespace FamilyFirst.Domain.Plans;

/// <summary>
/// The names and words a plan refers to by id, looked up by the page: people (family, network, staff),
/// worries (by item key) and bottom lines. Anything not found is shown as not known rather than as an id.
/// </summary>
public sealed class PlanNames
{
    public const string NotKnown = "Not known";

    public PlanNames(
        IReadOnlyDictionary<Guid, string>? people = null,
        IReadOnlyDictionary<Guid, string>? worries = null,
        IReadOnlyDictionary<Guid, string>? bottomLines = null)
    {
        People = people ?? new Dictionary<Guid, string>();
        Worries = worries ?? new Dictionary<Guid, string>();
        BottomLines = bottomLines ?? new Dictionary<Guid, string>();
    }

    public static PlanNames None { get; } = new();

    public IReadOnlyDictionary<Guid, string> People { get; }

    public IReadOnlyDictionary<Guid, string> Worries { get; }

    public IReadOnlyDictionary<Guid, string> BottomLines { get; }

    public string Person(Guid? personId) =>
        personId is { } id && People.TryGetValue(id, out var name) ? name : NotKnown;

    /// <summary>The person's current name when on record, otherwise the name written on the plan.</summary>
    public string Person(Guid? personId, string? writtenName) =>
        personId is { } id && People.TryGetValue(id, out var name) ? name
            : !string.IsNullOrWhiteSpace(writtenName) ? writtenName
            : NotKnown;

    public string Owner(ActionOwner owner) => Person(owner.PersonId, owner.Name);

    public string Checker(ActionChecker checker) => Person(checker.PersonId, checker.Name);

    /// <summary>What an action addresses, in plain words, or null when it names nothing.</summary>
    public string? Addresses(Guid? worryKey, Guid? bottomLineId)
    {
        var parts = new List<string>();
        if (worryKey is { } w)
        {
            parts.Add($"the worry ‘{(Worries.TryGetValue(w, out var worry) ? worry : NotKnown)}’");
        }

        if (bottomLineId is { } b)
        {
            parts.Add($"the bottom line ‘{(BottomLines.TryGetValue(b, out var line) ? line : NotKnown)}’");
        }

        return parts.Count == 0 ? null : string.Join(" and ", parts);
    }

    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
