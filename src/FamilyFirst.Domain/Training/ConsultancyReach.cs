using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Impact;

namespace FamilyFirst.Domain.Training;

/// <summary>One piece of consultancy as the reach of restorative practice counts it: who asked (the kind of organisation) and when.</summary>
public sealed record ConsultancyCounted(ParticipantKind Kind, OrganisationType? OrganisationType, DateOnly RequestedOn, bool IsClosed);

/// <summary>Pieces of consultancy asked for in one quarter by one kind of organisation ("Council team", "School or education", ...).</summary>
public sealed record ConsultancyReachRow(string Quarter, string QuarterShort, DateOnly QuarterStart, string OrganisationKind, int Pieces, int Closed);

/// <summary>
/// How many pieces of consultancy there have been, by the kind of organisation that asked and the quarter they asked
/// in (counts only: no organisation or person is named). A council team counts as "Council team"; a partner by its
/// sector, as training participants are.
/// </summary>
public sealed class ConsultancyReach
{
    public const string CouncilTeam = "Council team";

    private ConsultancyReach()
    {
    }

    public int Pieces { get; private init; }

    public int Closed { get; private init; }

    /// <summary>Earliest quarter first, then by kind of organisation.</summary>
    public IReadOnlyList<ConsultancyReachRow> Rows { get; private init; } = [];

    public bool IsEmpty => Pieces == 0;

    public static ConsultancyReach From(IEnumerable<ConsultancyCounted> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var all = pieces.ToList();
        var rows = all
            .GroupBy(p => (Quarter: AttachmentQuarter.Of(p.RequestedOn), Kind: KindOf(p)))
            .OrderBy(g => g.Key.Quarter).ThenBy(g => g.Key.Kind, StringComparer.Ordinal)
            .Select(g => new ConsultancyReachRow(g.Key.Quarter.Label, g.Key.Quarter.ShortLabel, g.Key.Quarter.Start, g.Key.Kind, g.Count(), g.Count(p => p.IsClosed)))
            .ToList();
        return new ConsultancyReach { Pieces = all.Count, Closed = all.Count(p => p.IsClosed), Rows = rows };
    }

    private static string KindOf(ConsultancyCounted piece) =>
        piece.Kind == ParticipantKind.CouncilStaff ? CouncilTeam : (piece.OrganisationType ?? OrganisationType.Other).Describe();
}
