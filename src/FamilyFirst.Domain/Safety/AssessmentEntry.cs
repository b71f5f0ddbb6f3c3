namespace FamilyFirst.Domain.Safety;

/// <summary>
/// One entry in a column of a safety assessment: its words, its kind, and the key that stays the same
/// when the entry is carried into the next version.
/// </summary>
public abstract class AssessmentEntry<TKind>
    where TKind : struct, Enum
{
    protected AssessmentEntry()
    {
        Text = string.Empty;
    }

    protected AssessmentEntry(Guid itemKey, TKind kind, string text, Guid? pairingId)
    {
        Id = Guid.NewGuid();
        ItemKey = itemKey;
        Kind = kind;
        Text = text;
        PairingId = pairingId;
    }

    public Guid Id { get; private set; }

    /// <summary>Stays the same when the entry is carried into the next version, so plan actions can say which entry they address.</summary>
    public Guid ItemKey { get; private set; }

    public TKind Kind { get; private set; }

    /// <summary>The words as written: never trimmed or re-cased.</summary>
    public string Text { get; private set; }

    /// <summary>Shared by a danger statement and the safety goal that answers it; null for every other kind.</summary>
    public Guid? PairingId { get; private set; }

    /// <summary>
    /// The entries of a new version, each keeping the item key of the earlier version's entry of the same kind with
    /// exactly the same words (each earlier entry lends its key once), so an entry written again unchanged is still
    /// the one plan actions address. Entries already carrying an earlier key keep it; changed words get a new key.
    /// </summary>
    internal static List<TEntry> KeepKeys<TEntry>(IEnumerable<TEntry> entries, IEnumerable<AssessmentEntry<TKind>> earlier)
        where TEntry : AssessmentEntry<TKind>
    {
        var list = entries.ToList();
        var unclaimed = earlier.ToList();
        unclaimed.RemoveAll(e => list.Any(n => n.ItemKey == e.ItemKey));
        foreach (var entry in list)
        {
            var match = unclaimed.FirstOrDefault(e => EqualityComparer<TKind>.Default.Equals(e.Kind, entry.Kind) && string.Equals(e.Text, entry.Text, StringComparison.Ordinal));
            if (match is not null)
            {
                entry.ItemKey = match.ItemKey;
                unclaimed.Remove(match);
            }
        }

        return list;
    }
}
