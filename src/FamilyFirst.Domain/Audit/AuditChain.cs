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
/// link before it in its chain. Changing any field of any link, or removing or inserting one, breaks the chain.
/// The trail is several independent chains (docs/adr/0030), numbered from 0; <see cref="Sequence"/> is the link's
/// place in its own chain, from 1 with no gaps. Chain 0 is the trail written before there were chains.
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
    string Hash,
    int Chain = 0);

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
            0, sequence, occurredAtUtc, userId, userDisplayName, action, recordType, recordId, familyCaseId, detail, clientAddress, previousHash)));

    public static string ComputeHash(AuditLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return Convert.ToHexStringLower(SHA256.HashData(Canonical(
            link.Chain, link.Sequence, link.OccurredAtUtc, link.UserId, link.UserDisplayName, link.Action, link.RecordType,
            link.RecordId, link.FamilyCaseId, link.Detail, link.ClientAddress, link.PreviousHash)));
    }

    /// <summary>
    /// The keyed seal of a link: HMAC-SHA256 of the same canonical text under a key kept outside the database, so
    /// someone who can write the database cannot recompute the chain after changing or removing rows.
    /// </summary>
    public static string ComputeMac(ReadOnlySpan<byte> key, AuditLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Canonical(
            link.Chain, link.Sequence, link.OccurredAtUtc, link.UserId, link.UserDisplayName, link.Action, link.RecordType,
            link.RecordId, link.FamilyCaseId, link.Detail, link.ClientAddress, link.PreviousHash)));
    }

    private static byte[] Canonical(
        int chain,
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

        // A link of chain 0 has the canonical text it had before there were chains, so the trail written then still
        // verifies; a link of any other chain begins with its chain, so a row moved to another chain no longer matches
        // its seal (the texts differ in their number of fields, and fields are length-prefixed).
        if (chain != 0)
        {
            Field("chain " + chain.ToString(CultureInfo.InvariantCulture));
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

/// <summary>The head of one chain at a moment: how many links it had and the last one's seal.</summary>
public sealed record AuditChainHead(int Chain, long Count, string Hash);

/// <summary>
/// The heads of the chains at a moment, written outside the database (a file of JSON lines), sealed with the key.
/// Deleting the newest rows of any chain, or rewriting one, no longer matches the latest checkpoint. A line written
/// before there were chains (docs/adr/0030) has no <see cref="Heads"/>: its <see cref="Count"/> and <see cref="Hash"/>
/// are chain 0's head. A line with heads counts every chain's rows in <see cref="Count"/> and leaves
/// <see cref="Hash"/> empty.
/// </summary>
public sealed record AuditCheckpoint(long Count, string Hash, DateTime WrittenAtUtc, string Mac, IReadOnlyList<AuditChainHead>? Heads = null)
{
    /// <summary>A checkpoint of the single chain, as written before there were chains.</summary>
    public static AuditCheckpoint Create(ReadOnlySpan<byte> key, long count, string hash, DateTime writtenAtUtc) =>
        new(count, hash, writtenAtUtc, ComputeMac(key, count, hash, writtenAtUtc));

    /// <summary>A checkpoint of every chain's head.</summary>
    public static AuditCheckpoint Create(ReadOnlySpan<byte> key, IReadOnlyList<AuditChainHead> heads, DateTime writtenAtUtc)
    {
        ArgumentNullException.ThrowIfNull(heads);
        var ordered = heads.OrderBy(h => h.Chain).ToList();
        return new(ordered.Sum(h => h.Count), string.Empty, writtenAtUtc, ComputeMac(key, ordered, writtenAtUtc), ordered);
    }

    /// <summary>The chains this checkpoint recorded, in chain order.</summary>
    public IReadOnlyList<AuditChainHead> AllHeads => Heads ?? [new AuditChainHead(0, Count, Hash)];

    /// <summary>The head this checkpoint recorded for a chain, or null if it recorded none.</summary>
    public AuditChainHead? HeadOf(int chain) => AllHeads.FirstOrDefault(h => h.Chain == chain);

    /// <summary>True when the checkpoint was written with the key (not forged or edited in the file).</summary>
    public bool IsAuthentic(ReadOnlySpan<byte> key) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Heads is null ? ComputeMac(key, Count, Hash, WrittenAtUtc) : ComputeHeadsMacIfConsistent(key)),
            Encoding.ASCII.GetBytes(Mac ?? string.Empty));

    private string ComputeHeadsMacIfConsistent(ReadOnlySpan<byte> key) =>
        Count == Heads!.Sum(h => h.Count) && Hash.Length == 0 ? ComputeMac(key, Heads!, WrittenAtUtc) : string.Empty;

    private static string ComputeMac(ReadOnlySpan<byte> key, long count, string hash, DateTime writtenAtUtc) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(
            $"checkpoint:{count.ToString(CultureInfo.InvariantCulture)}:{hash}:{Time(writtenAtUtc)}")));

    private static string ComputeMac(ReadOnlySpan<byte> key, IReadOnlyList<AuditChainHead> heads, DateTime writtenAtUtc)
    {
        var text = new StringBuilder("checkpoint-chains:").Append(Time(writtenAtUtc));
        foreach (var head in heads)
        {
            text.Append(CultureInfo.InvariantCulture, $":{head.Chain}={head.Count}/{head.Hash}");
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Time(DateTime utc) => AuditChain.Normalise(utc).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture);
}

/// <summary>
/// Checks the audit trail one link at a time, chain by chain and in sequence order within a chain (the order of the
/// index on chain and sequence), so a trail of any length is verified without holding it in memory. Stops at the
/// first broken link. Every chain starts from the genesis hash; with a checkpoint, every chain it recorded must still
/// reach its recorded head, with the recorded seal there.
/// </summary>
public sealed class AuditChainVerifier
{
    private readonly byte[]? _key;
    private readonly long _keyedFrom;
    private readonly AuditCheckpoint? _checkpoint;
    private readonly List<AuditChainHead> _heads = [];
    private int _chain;
    private long _expectedSequence = 1;
    private string _previousHash = AuditChain.GenesisHash;

    /// <summary>A verifier of the unkeyed SHA-256 chain only (a trail written before the chain was keyed).</summary>
    public AuditChainVerifier()
    {
        _keyedFrom = long.MaxValue;
    }

    /// <summary>
    /// A verifier of the keyed chains: links of chain 0 from <paramref name="keyedFrom"/> on, and every link of any
    /// other chain, must carry the key's MAC (links of chain 0 before it, written before the chain was keyed, their
    /// SHA-256). With a <paramref name="checkpoint"/>, the link it counted in each chain must still carry the hash it
    /// recorded, and <see cref="Finish"/> finds rows deleted after it.
    /// </summary>
    public AuditChainVerifier(byte[] key, long keyedFrom = 1, AuditCheckpoint? checkpoint = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        _keyedFrom = Math.Max(1, keyedFrom);
        _checkpoint = checkpoint;
    }

    /// <summary>Links checked, over all chains.</summary>
    public long LinksChecked { get; private set; }

    /// <summary>The sequence number (within <see cref="FirstBrokenChain"/>) of the first link that breaks the trail, or null while it holds.</summary>
    public long? FirstBrokenSequence { get; private set; }

    /// <summary>The chain in which the trail first breaks.</summary>
    public int? FirstBrokenChain { get; private set; }

    public string? Problem { get; private set; }

    public bool IsIntact => FirstBrokenSequence is null;

    /// <summary>The hash of the last link checked: quote it to prove later that nothing before it changed.</summary>
    public string LastHash => _previousHash;

    /// <summary>The head of every chain checked so far (complete after <see cref="Finish"/>), in chain order.</summary>
    public IReadOnlyList<AuditChainHead> Heads => _heads;

    /// <summary>Checks the next link; returns false once the trail is broken.</summary>
    public bool Check(AuditLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (!IsIntact)
        {
            return false;
        }

        if (link.Chain != _chain)
        {
            if (link.Chain < _chain)
            {
                return Break(link.Chain, link.Sequence, $"{Row(link.Chain, link.Sequence)} appears out of order after chain {_chain}");
            }

            if (!EndChain())
            {
                return false;
            }

            for (var skipped = _chain + 1; skipped < link.Chain; skipped++)
            {
                _chain = skipped;
                _expectedSequence = 1;
                _previousHash = AuditChain.GenesisHash;
                if (!EndChain())
                {
                    return false;
                }
            }

            _chain = link.Chain;
            _expectedSequence = 1;
            _previousHash = AuditChain.GenesisHash;
        }

        string? problem = null;
        var recorded = _checkpoint?.HeadOf(link.Chain);
        if (link.Sequence != _expectedSequence)
        {
            problem = link.Sequence > _expectedSequence
                ? $"{Row(link.Chain, _expectedSequence)} is missing (the next row is {link.Sequence})"
                : $"{Row(link.Chain, link.Sequence)} appears out of order after row {_expectedSequence - 1}";
        }
        else if (!string.Equals(link.PreviousHash, _previousHash, StringComparison.Ordinal))
        {
            problem = $"{Row(link.Chain, link.Sequence)} does not follow on from row {link.Sequence - 1} (its previous hash differs)";
        }
        else if (!string.Equals(link.Hash, Seal(link), StringComparison.Ordinal))
        {
            problem = $"{Row(link.Chain, link.Sequence)} has been altered (its contents do not match its hash)";
        }
        else if (recorded is not null && link.Sequence == recorded.Count && !string.Equals(link.Hash, recorded.Hash, StringComparison.Ordinal))
        {
            problem = $"{Row(link.Chain, link.Sequence)} is not the row the checkpoint of {Describe(_checkpoint!)} recorded: the trail has been rewritten";
        }

        if (problem is not null)
        {
            return Break(link.Chain, Math.Min(link.Sequence, _expectedSequence), problem);
        }

        LinksChecked++;
        _expectedSequence++;
        _previousHash = link.Hash;
        return true;
    }

    /// <summary>After the last link: a chain shorter than the checkpoint counted, or missing, has lost its newest rows.</summary>
    public void Finish()
    {
        if (!IsIntact || !EndChain())
        {
            return;
        }

        foreach (var head in _checkpoint?.AllHeads.Where(h => h.Chain > _chain && h.Count > 0) ?? [])
        {
            _chain = head.Chain;
            _expectedSequence = 1;
            if (!EndChain())
            {
                return;
            }
        }
    }

    /// <summary>Ends the current chain: compares its length with the checkpoint's head for it, and records its head.</summary>
    private bool EndChain()
    {
        var length = _expectedSequence - 1;
        if (_checkpoint?.HeadOf(_chain) is { } recorded && length < recorded.Count)
        {
            var counted = _chain == 0 ? $"counted {recorded.Count} row(s) but the trail ends at row {length}" : $"counted {recorded.Count} row(s) in chain {_chain} but it ends at row {length}";
            Break(_chain, length + 1, $"the checkpoint of {Describe(_checkpoint)} {counted}: rows {length + 1} to {recorded.Count}{(_chain == 0 ? string.Empty : $" of chain {_chain}")} have been deleted");
            return false;
        }

        if (length > 0)
        {
            _heads.Add(new AuditChainHead(_chain, length, _previousHash));
        }

        return true;
    }

    private bool Break(int chain, long sequence, string problem)
    {
        FirstBrokenChain = chain;
        FirstBrokenSequence = sequence;
        Problem = problem;
        return false;
    }

    /// <summary>"row 3" in chain 0 (the trail as it was before there were chains), "row 3 of chain 5" in the others.</summary>
    public static string Row(int chain, long sequence) =>
        chain == 0 ? $"row {sequence}" : $"row {sequence} of chain {chain}";

    private string Seal(AuditLink link) =>
        _key is not null && (link.Chain != 0 || link.Sequence >= _keyedFrom) ? AuditChain.ComputeMac(_key, link) : AuditChain.ComputeHash(link);

    private static string Describe(AuditCheckpoint checkpoint) =>
        checkpoint.WrittenAtUtc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
