using System.Text;
using System.Text.RegularExpressions;
using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Domain.Families;

/// <summary>A person named in an enquiry, as a starting point for adding them to the family (still through the duplicate check).</summary>
public sealed record NamedInEnquiry(string GivenName, string? FamilyName)
{
    public string FullName => FamilyName is null ? GivenName : $"{GivenName} {FamilyName}";
}

/// <summary>
/// What a family case opened from an accepted enquiry starts with: a family name, the reason for involvement
/// in the enquirer's words, and the people the enquiry names. The enquiry's free text is only read, never
/// trusted: everything is shown to the practitioner to check and change before the case is opened.
/// </summary>
public static partial class FamilyCaseFromEnquiry
{
    /// <summary>"Bloggs family" when the enquiry's names share a family name; otherwise empty, for the practitioner to enter.</summary>
    public static string SuggestedFamilyName(string? familyNames)
    {
        var surname = CommonFamilyName(Parts(familyNames));
        return surname is null ? string.Empty : $"{surname} family";
    }

    /// <summary>The reason for involvement, built from what the enquirer said was happening and what would help, and who asked.</summary>
    public static string ReasonForInvolvement(Enquiry enquiry)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(enquiry.WhatIsHappening))
        {
            text.Append("What is happening: ").AppendLine(enquiry.WhatIsHappening.Trim());
        }

        if (!string.IsNullOrWhiteSpace(enquiry.WhatWouldHelp))
        {
            text.Append("What would help: ").AppendLine(enquiry.WhatWouldHelp.Trim());
        }

        var from = enquiry.OrganisationName is { Length: > 0 } organisation
            ? $"{enquiry.ContactName} ({organisation})"
            : enquiry.ContactName;
        text.Append(enquiry.Type == EnquiryType.ReferringAFamily ? "Referred by " : "Asked for by ")
            .Append(from)
            .Append(", enquiry ")
            .Append(enquiry.Reference);
        return text.ToString();
    }

    /// <summary>
    /// The people the enquiry names, split on commas, "and", "&amp;", "/" and new lines, with any words in
    /// brackets left out ("Jo Bloggs (mum)"). A lone given name takes the family name the others share:
    /// "Sam and Alex Jones" names Sam Jones and Alex Jones.
    /// </summary>
    public static IReadOnlyList<NamedInEnquiry> NamedPeople(string? familyNames)
    {
        var parts = Parts(familyNames);
        var surname = CommonFamilyName(parts);
        var people = new List<NamedInEnquiry>();
        foreach (var words in parts)
        {
            var person = words.Length == 1
                ? new NamedInEnquiry(words[0], surname)
                : new NamedInEnquiry(string.Join(' ', words[..^1]), words[^1]);
            if (!people.Any(p => string.Equals(p.FullName, person.FullName, StringComparison.OrdinalIgnoreCase))
                && person.GivenName.Length <= Person.MaximumNameLength
                && (person.FamilyName?.Length ?? 0) <= Person.MaximumNameLength)
            {
                people.Add(person);
            }
        }

        return people;
    }

    private static string? CommonFamilyName(IReadOnlyList<string[]> parts) =>
        parts.Where(w => w.Length > 1)
            .GroupBy(w => w[^1], StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .Select(g => g.First()[^1])
            .FirstOrDefault();

    private static List<string[]> Parts(string? familyNames)
    {
        if (string.IsNullOrWhiteSpace(familyNames))
        {
            return [];
        }

        var withoutBrackets = Brackets().Replace(familyNames, " ");
        return Separators().Split(withoutBrackets)
            .Select(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(w => w.Any(char.IsLetter))
                .ToArray())
            .Where(words => words.Length > 0)
            .ToList();
    }

    [GeneratedRegex(@"\([^)]*\)?")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"[,;/&\r\n\t]+|\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();
}
