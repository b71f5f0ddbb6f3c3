using System.Globalization;
using FamilyFirst.Domain.Families;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>New references for families and people: random, checked against the database so each is unique.</summary>
public static class RecordReferences
{
    public static async Task<string> NewFamilyCaseReferenceAsync(AppDbContext db)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var reference = FamilyCaseReference.Generate(Random.Shared);
            if (!await db.FamilyCases.AnyAsync(f => f.Reference == reference))
            {
                return reference;
            }
        }

        throw new InvalidOperationException("Could not find an unused family case reference.");
    }

    public static async Task<string> NewPersonReferenceAsync(AppDbContext db)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var reference = PersonReference.Generate(Random.Shared);
            if (!await db.People.AnyAsync(p => p.Reference == reference))
            {
                return reference;
            }
        }

        throw new InvalidOperationException("Could not find an unused person reference.");
    }
}

/// <summary>Writes the family's chronology: one entry per significant event, added to the same save as the change.</summary>
public static class Chronology
{
    public static ChronologyEntry Add(
        AppDbContext db,
        Guid familyCaseId,
        ChronologyEventType type,
        DateOnly occurredOn,
        string summary,
        Guid recordedBy,
        DateTimeOffset now,
        string? recordType = null,
        Guid? recordId = null)
    {
        var entry = ChronologyEntry.Record(familyCaseId, type, occurredOn, Shorten(summary), recordedBy, now, recordType, recordId);
        if (!entry.Succeeded)
        {
            throw new InvalidOperationException(entry.Error);
        }

        db.ChronologyEntries.Add(entry.Value!);
        return entry.Value!;
    }

    private static string Shorten(string summary) =>
        summary.Length <= ChronologyEntry.MaximumSummaryLength ? summary : summary[..(ChronologyEntry.MaximumSummaryLength - 1)] + "…";
}

/// <summary>How family records read on the page: dates, roles, statuses and choices, in plain English.</summary>
public static class FamilyText
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "Not known";

    public static string Role(FamilyRole role) => role switch
    {
        FamilyRole.Parent => "Parent",
        FamilyRole.Carer => "Carer",
        FamilyRole.ChildOrYoungPerson => "Child or young person",
        FamilyRole.ExtendedFamily => "Extended family",
        FamilyRole.Friend => "Friend",
        _ => role.ToString(),
    };

    public static string Gender(Gender gender) => gender switch
    {
        Domain.Families.Gender.Female => "Female",
        Domain.Families.Gender.Male => "Male",
        Domain.Families.Gender.NonBinary => "Non-binary",
        Domain.Families.Gender.DescribedAnotherWay => "Described another way",
        Domain.Families.Gender.NotKnown => "Not known",
        Domain.Families.Gender.PreferNotToSay => "Prefers not to say",
        _ => gender.ToString(),
    };

    public static string Status(FamilyCaseStatus status) => status switch
    {
        FamilyCaseStatus.Open => "Open",
        FamilyCaseStatus.Closed => "Closed",
        FamilyCaseStatus.Reopened => "Reopened",
        _ => status.ToString(),
    };

    public static string StatusColour(FamilyCaseStatus status) => status == FamilyCaseStatus.Closed ? "grey" : "green";

    public static string NoteType(CaseNoteType type) => type switch
    {
        CaseNoteType.Visit => "Visit",
        CaseNoteType.PhoneCall => "Phone call",
        CaseNoteType.Meeting => "Meeting",
        CaseNoteType.Email => "Email",
        CaseNoteType.Letter => "Letter",
        CaseNoteType.Observation => "Observation",
        CaseNoteType.Other => "Other",
        _ => type.ToString(),
    };

    public static string ConsentMethod(ConsentMethod method) => method switch
    {
        Domain.Families.ConsentMethod.Verbal => "Verbally",
        Domain.Families.ConsentMethod.Written => "In writing",
        Domain.Families.ConsentMethod.Online => "Online",
        _ => method.ToString(),
    };

    /// <summary>"Born 4 March 2012 (aged 14)", "Due 1 May 2027", or "Date of birth not known".</summary>
    public static string Birth(Person person, DateOnly today) =>
        person.DateOfBirth is { } born ? $"{Date(born)} (aged {person.AgeOn(today)})"
        : person.ExpectedDateOfBirth is { } due ? $"Unborn, due {Date(due)}"
        : "Not known";

    public static IEnumerable<SelectListItem> Options<TEnum>(Func<TEnum, string> describe, bool withBlank = false)
        where TEnum : struct, Enum
    {
        if (withBlank)
        {
            yield return new SelectListItem("Select", string.Empty);
        }

        foreach (var value in Enum.GetValues<TEnum>())
        {
            yield return new SelectListItem(describe(value), value.ToString());
        }
    }
}
