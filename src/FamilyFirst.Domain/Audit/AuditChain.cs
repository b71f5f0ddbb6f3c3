using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FamilyFirst.Domain.Audit;

/// <summary>What someone did with a family's data, as the audit trail records it.</summary>
public enum AuditAction
{
    View,
    Create,
    Change,
    Delete,
    Export,
    AccessDenied,

    /// <summary>A staff sign-in event: signed in or out, a failed attempt, a session ended, a second factor or password changed.</summary>
    Authentication,
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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static string ComputeHash(AuditLink link) => ComputeHash(
        link.Sequence, link.OccurredAtUtc, link.UserId, link.UserDisplayName, link.Action, link.RecordType,
        link.RecordId, link.FamilyCaseId, link.Detail, link.ClientAddress, link.PreviousHash);
}

/// <summary>
/// Checks the audit trail one link at a time, in sequence order, so a trail of any length is verified
/// without holding it in memory. Stops at the first broken link.
/// </summary>
public sealed class AuditChainVerifier
{
    private long _expectedSequence = 1;
    private string _previousHash = AuditChain.GenesisHash;

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
        else if (!string.Equals(link.Hash, AuditChain.ComputeHash(link), StringComparison.Ordinal))
        {
            problem = $"row {link.Sequence} has been altered (its contents do not match its hash)";
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
}
