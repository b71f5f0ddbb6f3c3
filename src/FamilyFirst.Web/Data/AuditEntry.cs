using FamilyFirst.Domain.Audit;

namespace FamilyFirst.Web.Data;

/// <summary>
/// One row of the append-only audit trail: a view, change, export or refused attempt on a family's data.
/// Rows are only ever added, never updated or deleted; <see cref="AuditTrail"/> writes them and
/// <see cref="Data.AppDbContext"/> seals each into the hash chain as it is saved.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>
    /// The chain the row was sealed into (docs/adr/0030): the trail is several independent chains, so concurrent
    /// requests append side by side; 0 is the chain written before there were several.
    /// </summary>
    public int Chain { get; internal set; }

    /// <summary>The row's place in its chain, from 1 with no gaps; assigned when the row is saved.</summary>
    public long Sequence { get; internal set; }

    public DateTime OccurredAtUtc { get; init; }

    public string? UserId { get; init; }

    public string? UserDisplayName { get; init; }

    public AuditAction Action { get; init; }

    /// <summary>What kind of record, such as "FamilyCase", "Person" or "CaseNote".</summary>
    public required string RecordType { get; init; }

    public required string RecordId { get; init; }

    /// <summary>The family the record belongs to, so "who has viewed this family" is one query.</summary>
    public Guid? FamilyCaseId { get; init; }

    /// <summary>A short description, such as the page viewed or what changed. Never the data itself.</summary>
    public string? Detail { get; init; }

    public string? ClientAddress { get; init; }

    public string PreviousHash { get; internal set; } = string.Empty;

    public string Hash { get; internal set; } = string.Empty;

    public AuditLink ToLink() => new(
        Sequence, OccurredAtUtc, UserId, UserDisplayName, Action, RecordType, RecordId, FamilyCaseId, Detail,
        ClientAddress, PreviousHash, Hash, Chain);
}
