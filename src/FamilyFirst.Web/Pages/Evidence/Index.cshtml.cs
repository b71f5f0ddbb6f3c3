using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Impact;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Evidence;

/// <summary>
/// The public evidence of impact page, with no sign-in: the headline figures of the snapshot a manager most
/// recently approved for publication, with its date. Never live data; small counts are hidden by
/// disclosure control at the configured threshold; nothing about any one family.
/// </summary>
public sealed class IndexModel(ImpactSnapshots snapshots, IOptions<ImpactOptions> options) : PageModel
{
    public ImpactSnapshot? Snapshot { get; private set; }

    public ImpactReportFigures? Figures { get; private set; }

    public int Threshold => options.Value.DisclosureThreshold;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Snapshot = await snapshots.LatestApprovedAsync(cancellationToken);
        Figures = Snapshot is null ? null : ImpactServices.Deserialise(Snapshot.Figures);
    }
}
