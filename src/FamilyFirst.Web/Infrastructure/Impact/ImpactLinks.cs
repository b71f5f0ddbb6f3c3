using System.Globalization;
using FamilyFirst.Domain.Impact;
using Microsoft.AspNetCore.WebUtilities;

namespace FamilyFirst.Web.Infrastructure.Impact;

/// <summary>The list of families behind a figure (its paging query is still built here); every other address is in <see cref="FamilyFirstLinks"/>.</summary>
public static class ImpactLinks
{
    private const string Report = "/reports/impact";

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
