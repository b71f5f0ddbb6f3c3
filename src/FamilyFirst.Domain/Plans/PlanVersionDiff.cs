namespace FamilyFirst.Domain.Plans;

/// <summary>The parts of a plan that a new version can change.</summary>
public enum PlanField
{
    What,
    WhoDoesIt,
    ByWhen,
    WhoChecks,
    AddressesWorry,
    AddressesBottomLine,
    ContingencyPlan,
    ResourcesAskedOfAgencies,
    PlanLead,
    ReviewArrangements,
    ReviewBy,
}

/// <summary>One changed field, with the text before and after (null when empty) and word-by-word highlighting.</summary>
public sealed record FieldChange(PlanField Field, string Label, string? Before, string? After)
{
    public IReadOnlyList<TextDiffSegment> Highlighted => TextDiff.Compare(Before, After);
}

/// <summary>An action that is in both versions but says something different.</summary>
public sealed record ChangedAction(Guid ActionKey, PlanAction Before, PlanAction After, IReadOnlyList<FieldChange> Changes);

/// <summary>
/// What changed from one plan version to the next: actions added, removed or changed, and changes to the
/// contingency plan, resources, plan lead and review. Progress (status and updates) is not a change to the plan.
/// </summary>
public sealed record PlanVersionDiff(
    int? PreviousNumber,
    int CurrentNumber,
    IReadOnlyList<PlanAction> AddedActions,
    IReadOnlyList<PlanAction> RemovedActions,
    IReadOnlyList<ChangedAction> ChangedActions,
    IReadOnlyList<FieldChange> ChangedFields)
{
    public bool HasChanges =>
        AddedActions.Count > 0 || RemovedActions.Count > 0 || ChangedActions.Count > 0 || ChangedFields.Count > 0;

    /// <summary>Compares two versions; with no previous version, every action counts as added.</summary>
    public static PlanVersionDiff Compare(PlanVersion? previous, PlanVersion current, PlanNames? names = null)
    {
        names ??= PlanNames.None;
        var before = previous?.Actions ?? [];

        var added = current.Actions.Where(a => before.All(b => b.ActionKey != a.ActionKey)).ToList();
        var removed = before.Where(b => current.Actions.All(a => a.ActionKey != b.ActionKey)).ToList();
        var changed = current.Actions
            .Select(a => (After: a, Before: before.FirstOrDefault(b => b.ActionKey == a.ActionKey)))
            .Where(pair => pair.Before is not null)
            .Select(pair => new ChangedAction(pair.After.ActionKey, pair.Before!, pair.After, ActionChanges(pair.Before!, pair.After, names)))
            .Where(c => c.Changes.Count > 0)
            .ToList();

        var fields = new List<FieldChange>();
        AddIfChanged(fields, PlanField.ContingencyPlan, "What we will do if the plan is not working", previous?.ContingencyPlan, current.ContingencyPlan);
        AddIfChanged(fields, PlanField.ResourcesAskedOfAgencies, "What we have asked agencies for", previous?.ResourcesAskedOfAgencies, current.ResourcesAskedOfAgencies);
        if (previous?.PlanLeadId != current.PlanLeadId)
        {
            fields.Add(new FieldChange(
                PlanField.PlanLead,
                "Plan lead",
                previous?.PlanLeadId is null ? null : names.Person(previous.PlanLeadId),
                current.PlanLeadId is null ? null : names.Person(current.PlanLeadId)));
        }

        AddIfChanged(fields, PlanField.ReviewArrangements, "How we will review the plan", previous?.ReviewArrangements, current.ReviewArrangements);
        AddIfChanged(fields, PlanField.ReviewBy, "When we will review the plan", Date(previous?.ReviewBy), Date(current.ReviewBy));

        return new PlanVersionDiff(previous?.Number, current.Number, added, removed, changed, fields);
    }

    private static List<FieldChange> ActionChanges(PlanAction before, PlanAction after, PlanNames names)
    {
        var changes = new List<FieldChange>();
        AddIfChanged(changes, PlanField.What, "What", before.What, after.What);
        if (before.Owner != after.Owner)
        {
            changes.Add(new FieldChange(PlanField.WhoDoesIt, "Who", names.Owner(before.Owner), names.Owner(after.Owner)));
        }

        AddIfChanged(changes, PlanField.ByWhen, "By when", Date(before.ByWhen), Date(after.ByWhen));
        if (before.WhoChecks != after.WhoChecks)
        {
            changes.Add(new FieldChange(PlanField.WhoChecks, "Who checks", names.Checker(before.WhoChecks), names.Checker(after.WhoChecks)));
        }

        if (before.AddressesWorryKey != after.AddressesWorryKey)
        {
            changes.Add(new FieldChange(PlanField.AddressesWorry, "Worry it addresses", names.Addresses(before.AddressesWorryKey, null), names.Addresses(after.AddressesWorryKey, null)));
        }

        if (before.AddressesBottomLineId != after.AddressesBottomLineId)
        {
            changes.Add(new FieldChange(PlanField.AddressesBottomLine, "Bottom line it addresses", names.Addresses(null, before.AddressesBottomLineId), names.Addresses(null, after.AddressesBottomLineId)));
        }

        return changes;
    }

    // Texts are compared exactly: a change of spacing or capitals in the family's words is still a change.
    private static void AddIfChanged(List<FieldChange> changes, PlanField field, string label, string? before, string? after)
    {
        var b = string.IsNullOrEmpty(before) ? null : before;
        var a = string.IsNullOrEmpty(after) ? null : after;
        if (!string.Equals(b, a, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, label, b, a));
        }
    }

    private static string? Date(DateOnly? date) => date is { } d ? PlanNames.LongDate(d) : null;
}
