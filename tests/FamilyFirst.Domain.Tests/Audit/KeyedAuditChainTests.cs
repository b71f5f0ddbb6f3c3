using FamilyFirst.Domain.Audit;

namespace FamilyFirst.Domain.Tests.Audit;

/// <summary>The keyed chain (HMAC-SHA256 under a key outside the database) and its checkpoint against a database writer.</summary>
public class KeyedAuditChainTests
{
    private static readonly DateTime At = new(2026, 11, 25, 9, 30, 0, DateTimeKind.Utc);
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    /// <summary>A chain sealed with <paramref name="seal"/> from <paramref name="keyedFrom"/>, plain SHA-256 before it.</summary>
    private static List<AuditLink> Chain(int length, Func<AuditLink, string> seal, int keyedFrom = 1)
    {
        var links = new List<AuditLink>();
        var previous = AuditChain.GenesisHash;
        for (var i = 1; i <= length; i++)
        {
            var link = new AuditLink(i, At.AddMinutes(i), "user-1", "Sam Practitioner", AuditAction.View, "FamilyCase", $"case-{i}", Guid.Empty, "Viewed the family page", "10.0.0.1", previous, string.Empty);
            link = link with { Hash = i >= keyedFrom ? seal(link) : AuditChain.ComputeHash(link) };
            links.Add(link);
            previous = link.Hash;
        }

        return links;
    }

    private static string Keyed(AuditLink link) => AuditChain.ComputeMac(Key, link);

    private static AuditChainVerifier Verify(IEnumerable<AuditLink> links, long keyedFrom = 1, AuditCheckpoint? checkpoint = null)
    {
        var verifier = new AuditChainVerifier(Key, keyedFrom, checkpoint);
        foreach (var link in links)
        {
            if (!verifier.Check(link))
            {
                break;
            }
        }

        verifier.Finish();
        return verifier;
    }

    [Fact]
    public void AKeyedChain_VerifiesWithItsKey()
    {
        var verifier = Verify(Chain(5, Keyed));

        Assert.True(verifier.IsIntact, verifier.Problem);
        Assert.Equal(5, verifier.LinksChecked);
    }

    [Fact]
    public void AChainRecomputedWithoutTheKey_IsDetected()
    {
        // A database writer rewrites row 3 and recomputes every hash from there on, without the key.
        var forged = Chain(5, AuditChain.ComputeHash);

        var verifier = Verify(forged);

        Assert.False(verifier.IsIntact);
        Assert.Equal(1, verifier.FirstBrokenSequence);
        Assert.Contains("altered", verifier.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AChainRecomputedWithAnotherKey_IsDetected()
    {
        var otherKey = Enumerable.Repeat((byte)7, 32).ToArray();

        var verifier = Verify(Chain(4, l => AuditChain.ComputeMac(otherKey, l)));

        Assert.False(verifier.IsIntact);
    }

    [Fact]
    public void DeletingTheNewestRows_IsDetectedAgainstTheCheckpoint()
    {
        var chain = Chain(6, Keyed);
        var checkpoint = AuditCheckpoint.Create(Key, 6, chain[5].Hash, At.AddHours(1));

        var verifier = Verify(chain.Take(4), checkpoint: checkpoint);

        Assert.False(verifier.IsIntact);
        Assert.Equal(5, verifier.FirstBrokenSequence);
        Assert.Contains("rows 5 to 6 have been deleted", verifier.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowAtTheCheckpointThatDiffers_IsDetected_EvenIfTheChainHolds()
    {
        // Someone with the key (or a restored older database) has a chain that holds but is not the one checkpointed.
        var checkpoint = AuditCheckpoint.Create(Key, 3, new string('a', 64), At.AddHours(1));

        var verifier = Verify(Chain(5, Keyed), checkpoint: checkpoint);

        Assert.False(verifier.IsIntact);
        Assert.Equal(3, verifier.FirstBrokenSequence);
        Assert.Contains("rewritten", verifier.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ATrailLongerThanTheCheckpoint_IsFine()
    {
        var chain = Chain(6, Keyed);

        Assert.True(Verify(chain, checkpoint: AuditCheckpoint.Create(Key, 4, chain[3].Hash, At)).IsIntact);
    }

    [Fact]
    public void AnExistingChain_ReKeyedFromAPoint_Verifies_AndItsKeyedPartCannotBeRecomputed()
    {
        var upgraded = Chain(6, Keyed, keyedFrom: 4);
        Assert.True(Verify(upgraded, keyedFrom: 4).IsIntact);

        var forged = Chain(6, AuditChain.ComputeHash);
        var verifier = Verify(forged, keyedFrom: 4);
        Assert.False(verifier.IsIntact);
        Assert.Equal(4, verifier.FirstBrokenSequence);
    }

    [Fact]
    public void ACheckpoint_IsAuthenticOnlyWithItsKey_AndUnedited()
    {
        var checkpoint = AuditCheckpoint.Create(Key, 10, new string('b', 64), At);

        Assert.True(checkpoint.IsAuthentic(Key));
        Assert.False((checkpoint with { Count = 8 }).IsAuthentic(Key));
        Assert.False(checkpoint.IsAuthentic(Enumerable.Repeat((byte)9, 32).ToArray()));
    }
}
