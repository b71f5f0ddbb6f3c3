using System.Globalization;
using FamilyFirst.Domain.Impact;
using Microsoft.AspNetCore.WebUtilities;

namespace FamilyFirst.Web.Infrastructure.Impact;

/// <summary>Addresses of the impact report's pages.</summary>
public static class ImpactLinks
{
    public const string Report = "/reports/impact";
    public const string Definitions = "/reports/impact/definitions";
    public const string Snapshots = "/reports/impact/snapshots";
    public const string PublicPage = "/evidence-of-impact";

    public static string Definition(ImpactMeasure measure) => Definitions + "#" + measure.DefinitionAnchor();

    public static string Definition(string anchor) => Definitions + "#" + anchor;

    /// <summary>The list of families behind a figure, for a cohort: dates as yyyy-MM-dd, the team by id.</summary>
    public static string Families(ImpactCohort cohort, ImpactMeasure measure, int? page = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var query = new Dictionary<string, string?>
        {
            ["measure"] = measure.Slug(),
            ["asAt"] = Iso(cohort.AsAt),
        };
        if (cohort.AttachedFrom is { } from) query["from"] = Iso(from);
        if (cohort.AttachedTo is { } to) query["to"] = Iso(to);
        if (cohort.TeamId is { } team) query["team"] = team.ToString("D");
        if (page is { } p) query["page"] = p.ToString(CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(Report + "/families", query);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
