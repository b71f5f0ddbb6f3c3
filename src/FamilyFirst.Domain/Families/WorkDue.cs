namespace FamilyFirst.Domain.Families;

/// <summary>How soon a piece of work is needed.</summary>
public enum Urgency
{
    Due,
    Overdue,
}

/// <summary>One thing a lead practitioner needs to do for a family, and by when.</summary>
public sealed record WorkItem(string What, Urgency Urgency, DateOnly? By);

/// <summary>What is known about one of a practitioner's families, for working out what is due.</summary>
public sealed record FamilyWorkFacts(
    DateOnly OpenedOn,
    DateOnly? LastContactOn,
    bool HasConsentToWork,
    int PeopleCount,
    IReadOnlyList<(string Name, DateOnly Due)> UnbornChildren);

/// <summary>The timeliness the council expects; every figure is configuration with these defaults.</summary>
public sealed record WorkDueSettings(int ContactEveryDays = 28, int ContactDueWarningDays = 7, int ConsentWithinDays = 10, int BirthWarningDays = 28)
{
    public static WorkDueSettings Default { get; } = new();
}

/// <summary>
/// Works out what is due and overdue on a practitioner's family ("My work"): regular contact with the family,
/// consent to work with the service, the people recorded, and births due.
/// </summary>
public static class WorkDue
{
    public static IReadOnlyList<WorkItem> For(FamilyWorkFacts facts, DateOnly today, WorkDueSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        settings ??= WorkDueSettings.Default;
        var items = new List<WorkItem>();

        var contactBy = (facts.LastContactOn ?? facts.OpenedOn).AddDays(settings.ContactEveryDays);
        if (contactBy < today)
        {
            items.Add(new WorkItem(facts.LastContactOn is null ? "Make first contact with the family and write a case note" : "Contact the family: no case note since " + facts.LastContactOn.Value.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), Urgency.Overdue, contactBy));
        }
        else if (contactBy <= today.AddDays(settings.ContactDueWarningDays))
        {
            items.Add(new WorkItem("Contact the family", Urgency.Due, contactBy));
        }

        if (!facts.HasConsentToWork)
        {
            var consentBy = facts.OpenedOn.AddDays(settings.ConsentWithinDays);
            items.Add(new WorkItem("Record consent to work with the service", consentBy < today ? Urgency.Overdue : Urgency.Due, consentBy));
        }

        if (facts.PeopleCount == 0)
        {
            items.Add(new WorkItem("Add the people in the family", Urgency.Due, null));
        }

        foreach (var (name, due) in facts.UnbornChildren)
        {
            if (due < today)
            {
                items.Add(new WorkItem($"Record the birth of {name}: the due date has passed", Urgency.Overdue, due));
            }
            else if (due <= today.AddDays(settings.BirthWarningDays))
            {
                items.Add(new WorkItem($"{name} is due to be born: plan for the birth", Urgency.Due, due));
            }
        }

        return items.OrderBy(i => i.Urgency == Urgency.Overdue ? 0 : 1).ThenBy(i => i.By ?? DateOnly.MaxValue).ToList();
    }
}
