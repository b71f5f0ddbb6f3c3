using FamilyFirst.Domain.Outcomes.SupportingFamilies;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilyFirst.Web.Pages.Families.Needs;

/// <summary>The needs and evidence sources of the council's Supporting Families configuration, as the forms offer and show them.</summary>
public static class NeedChoices
{
    /// <summary>Every need, under its headline: the value is "headline:need" in codes.</summary>
    public static IReadOnlyList<SelectListItem> Needs(SupportingFamiliesFramework framework) =>
        [
            new SelectListItem("Select a need", string.Empty),
            .. framework.Needs.OrderBy(n => n.Headline).Select(n => new SelectListItem($"{HeadlineOutcomes.Name(n.Headline)}: {n.Name}", Value(n.Headline, n.Code))),
        ];

    public static IReadOnlyList<SelectListItem> EvidenceSources(SupportingFamiliesFramework framework) =>
        [new SelectListItem("Select the evidence", string.Empty), .. framework.EvidenceSources.Select(e => new SelectListItem(e.Name, e.Code))];

    public static string Value(HeadlineOutcome headline, string code) => HeadlineOutcomes.Code(headline) + ":" + code;

    /// <summary>Reads a "headline:need" value back, or null.</summary>
    public static (HeadlineOutcome Headline, string Code)? Parse(string? value)
    {
        var parts = (value ?? string.Empty).Split(':', 2);
        return parts.Length == 2 && HeadlineOutcomes.FromCode(parts[0]) is { } headline ? (headline, parts[1]) : null;
    }

    public static string NeedName(SupportingFamiliesFramework framework, RecordedNeed need) =>
        framework.Need(need.Headline, need.NeedCode)?.Name ?? need.NeedCode;

    public static string SourceName(SupportingFamiliesFramework framework, string? code) =>
        string.IsNullOrEmpty(code) ? "Not given" : framework.EvidenceSource(code)?.Name ?? code;
}
