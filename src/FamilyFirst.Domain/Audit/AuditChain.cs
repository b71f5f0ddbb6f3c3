using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FamilyFirst.Domain.Audit;

/// <summary>What someone did with a family's data, or a security event, as the audit trail records it (the kind of event the security log filters by).</summary>
public enum AuditAction
{
    View,
    Create,
    Change,
    Delete,
    Export,
    AccessDenied,

    /// <summary>
    /// A security event about a person's sign-in rather than a family's data: signed in, failed, locked out, signed
    /// out, second factor set up or reset, password changed. The row's record type is "Staff sign-in" and its detail names the event.
    /// </summary>
    Authentication,

    /// <summary>
    /// An administrator's change to who may do what: an account invited, deactivated or reactivated, a role or team
    /// changed, an API token issued or revoked. The row's record type names what changed.
    /// </summary>
    Administration,
}

/// <summary>
/// One link of the audit trail: who did what to which record, when and from where, with the hash of the
/// link before it. Changing any field of any link, or removing or inserting one, breaks the chain.
/// </summary>
public sealed record AuditLink(
    long Sequence,
    DateTime OccurredAtUtc,
    string? UserId,
    string? UserDisplayName,
    AuditAction Action,
    string RecordType,
    string RecordId,
    Guid? FamilyCaseId,
    string? Detail,
    string? ClientAddress,
    string PreviousHash,
    string Hash);

/// <summary>The rules of the hash chain that makes the audit trail tamper-evident.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first link.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// Times are kept to the microsecond, the finest precision both databases store, so a link read back
    /// hashes to the same value it was written with.
    /// </summary>
    public static DateTime Normalise(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    /// <summary>The SHA-256 of a link's contents and its predecessor's hash, as lower-case hex.</summary>
    public static string ComputeHash(
        long sequence,
        DateTime occurredAtUtc,
        string? userId,
        string? userDisplayName,
        AuditAction action,
        string recordType,
        string recordId,
        Guid? familyCaseId,
        string? detail,
        string? clientAddress,
        string previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Canonical(
            sequence, occurredAtUtc, userId, userDisplayName, action, recordType, recordId, familyCaseId, detail, clientAddress, previousHash)));

    public static string ComputeHash(AuditLink link) => ComputeHash(
        link.Sequence, link.OccurredAtUtc, link.UserId, link.UserDisplayName, link.Action, link.RecordType,
        link.RecordId, link.FamilyCaseId, link.Detail, link.ClientAddress, link.PreviousHash);

    /// <summary>
    /// The keyed seal of a link: HMAC-SHA256 of the same canonical text under a key kept outside the database, so
    /// someone who can write the database cannot recompute the chain after changing or removing rows.
    /// </summary>
    public static string ComputeMac(ReadOnlySpan<byte> key, AuditLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Canonical(
            link.Sequence, link.OccurredAtUtc, link.UserId, link.UserDisplayName, link.Action, link.RecordType,
            link.RecordId, link.FamilyCaseId, link.Detail, link.ClientAddress, link.PreviousHash)));
    }

    private static byte[] Canonical(
        long sequence,
        DateTime occurredAtUtc,
        string? userId,
        string? userDisplayName,
        AuditAction action,
        string recordType,
        string recordId,
        Guid? familyCaseId,
        string? detail,
        string? clientAddress,
        string previousHash)
    {
        // Each field is length-prefixed so that no two different links can share one canonical text.
        var text = new StringBuilder();
        void Field(string? value)
        {
            if (value is null)
            {
                text.Append("-1:");
                return;
            }

            text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        Field(sequence.ToString(CultureInfo.InvariantCulture));
        Field(Normalise(occurredAtUtc).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture));
        Field(userId);
        Field(userDisplayName);
        Field(action.ToString());
        Field(recordType);
        Field(recordId);
        Field(familyCaseId?.ToString("D"));
        Field(detail);
        Field(clientAddress);
        Field(previousHash);
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}

/// <summary>
/// The head of the chain at a moment, written outside the database (a file of JSON lines): how many rows there were
/// and the last row's seal, itself sealed with the key. Deleting the newest rows, or rewriting the chain, no longer
/// matches the latest checkpoint.
/// </summary>
public sealed record AuditCheckpoint(long Count, string Hash, DateTime WrittenAtUtc, string Mac)
{
    public static AuditCheckpoint Create(ReadOnlySpan<byte> key, long count, string hash, DateTime writtenAtUtc) =>
        new(count, hash, writtenAtUtc, ComputeMac(key, count, hash, writtenAtUtc));

    /// <summary>True when the checkpoint was written with the key (not forged or edited in the file).</summary>
    public bool IsAuthentic(ReadOnlySpan<byte> key) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(ComputeMac(key, Count, Hash, WrittenAtUtc)), Encoding.ASCII.GetBytes(Mac ?? string.Empty));

    private static string ComputeMac(ReadOnlySpan<byte> key, long count, string hash, DateTime writtenAtUtc) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(
            $"checkpoint:{count.ToString(CultureInfo.InvariantCulture)}:{hash}:{AuditChain.Normalise(writtenAtUtc).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture)}")));
}

/// <summary>
/// Checks the audit trail one link at a time, in sequence order, so a trail of any length is verified
/// without holding it in memory. Stops at the first broken link.
/// </summary>
public sealed class AuditChainVerifier
{
    private readonly byte[]? _key;
    private readonly long _keyedFrom;
    private readonly AuditCheckpoint? _checkpoint;
    private long _expectedSequence = 1;
    private string _previousHash = AuditChain.GenesisHash;

    /// <summary>A verifier of the unkeyed SHA-256 chain only (a trail written before the chain was keyed).</summary>
    public AuditChainVerifier()
    {
        _keyedFrom = long.MaxValue;
    }

    /// <summary>
    /// A verifier of the keyed chain: links from <paramref name="keyedFrom"/> on must carry the key's MAC (links
    /// before it, written before the chain was keyed, their SHA-256). With a <paramref name="checkpoint"/>, the link it
    /// counted must still carry the hash it recorded, and <see cref="Finish"/> finds rows deleted after it.
    /// </summary>
    public AuditChainVerifier(byte[] key, long keyedFrom = 1, AuditCheckpoint? checkpoint = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        _keyedFrom = Math.Max(1, keyedFrom);
        _checkpoint = checkpoint;
    }

    public long LinksChecked { get; private set; }

    /// <summary>The sequence number of the first link that breaks the chain, or null while it holds.</summary>
    public long? FirstBrokenSequence { get; private set; }

    public string? Problem { get; private set; }

    public bool IsIntact => FirstBrokenSequence is null;

    /// <summary>The hash of the last link checked: quote it to prove later that nothing before it changed.</summary>
    public string LastHash => _previousHash;

    /// <summary>Checks the next link; returns false once the chain is broken.</summary>
    public bool Check(AuditLink link)
    {
        if (!IsIntact)
        {
            return false;
        }

        string? problem = null;
        if (link.Sequence != _expectedSequence)
        {
            problem = link.Sequence > _expectedSequence
                ? $"row {_expectedSequence} is missing (the next row is {link.Sequence})"
                : $"row {link.Sequence} appears out of order after row {_expectedSequence - 1}";
        }
        else if (!string.Equals(link.PreviousHash, _previousHash, StringComparison.Ordinal))
        {
            problem = $"row {link.Sequence} does not follow on from row {link.Sequence - 1} (its previous hash differs)";
        }
        else if (!string.Equals(link.Hash, Seal(link), StringComparison.Ordinal))
        {
            problem = $"row {link.Sequence} has been altered (its contents do not match its hash)";
        }
        else if (_checkpoint is { } checkpoint && link.Sequence == checkpoint.Count && !string.Equals(link.Hash, checkpoint.Hash, StringComparison.Ordinal))
        {
            problem = $"row {link.Sequence} is not the row the checkpoint of {Describe(checkpoint)} recorded: the trail has been rewritten";
        }

        if (problem is not null)
        {
            FirstBrokenSequence = Math.Min(link.Sequence, _expectedSequence);
            Problem = problem;
            return false;
        }

        LinksChecked++;
        _expectedSequence++;
        _previousHash = link.Hash;
        return true;
    }

    /// <summary>After the last link: a trail shorter than the checkpoint counted has lost its newest rows.</summary>
    public void Finish()
    {
        if (IsIntact && _checkpoint is { } checkpoint && LinksChecked < checkpoint.Count)
        {
            FirstBrokenSequence = LinksChecked + 1;
            Problem = $"the checkpoint of {Describe(checkpoint)} counted {checkpoint.Count} row(s) but the trail ends at row {LinksChecked}: rows {LinksChecked + 1} to {checkpoint.Count} have been deleted";
        }
    }

    private string Seal(AuditLink link) =>
        _key is not null && link.Sequence >= _keyedFrom ? AuditChain.ComputeMac(_key, link) : AuditChain.ComputeHash(link);

    private static string Describe(AuditCheckpoint checkpoint) =>
        checkpoint.WrittenAtUtc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
