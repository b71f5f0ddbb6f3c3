using FamilyFirst.Domain.Audit;

namespace FamilyFirst.Domain.Tests.Audit;

/// <summary>A trail of several independent keyed chains (docs/adr/0030), verified chain by chain against a checkpoint of every head.</summary>
public class AuditChainsTests
{
    private static readonly DateTime At = new(2026, 12, 4, 9, 30, 0, DateTimeKind.Utc);
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private static List<AuditLink> Chain(int chain, int length)
    {
        var links = new List<AuditLink>();
        var previous = AuditChain.GenesisHash;
        for (var i = 1; i <= length; i++)
        {
            var link = new AuditLink(i, At.AddMinutes(i), "user-1", "Sam Practitioner", AuditAction.View, "FamilyCase", $"case-{chain}-{i}", Guid.Empty, "Viewed the family page", "10.0.0.1", previous, string.Empty, chain);
            link = link with { Hash = AuditChain.ComputeMac(Key, link) };
            links.Add(link);
            previous = link.Hash;
        }

        return links;
    }

    /// <summary>Chains 0, 1 and 3 (chain 2 never used), in the order verify reads them: by chain, then sequence.</summary>
    private static List<AuditLink> Trail() => [.. Chain(0, 4), .. Chain(1, 3), .. Chain(3, 2)];

    private static AuditCheckpoint CheckpointOf(IEnumerable<AuditLink> trail) =>
        AuditCheckpoint.Create(Key, trail.GroupBy(l => l.Chain).Select(g => new AuditChainHead(g.Key, g.Count(), g.Last().Hash)).ToList(), At.AddHours(1));

    private static AuditChainVerifier Verify(IEnumerable<AuditLink> links, AuditCheckpoint? checkpoint = null)
    {
        var verifier = new AuditChainVerifier(Key, 1, checkpoint);
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
    public void SeveralChains_VerifyTogether_AndGiveEveryHead()
    {
        var trail = Trail();

        var verifier = Verify(trail, CheckpointOf(trail));

        Assert.True(verifier.IsIntact, verifier.Problem);
        Assert.Equal(9, verifier.LinksChecked);
        Assert.Equal([(0, 4L), (1, 3L), (3, 2L)], verifier.Heads.Select(h => (h.Chain, h.Count)));
    }

    [Fact]
    public void DeletingTheHeadOfOneChain_IsDetectedAgainstTheCheckpoint()
    {
        var trail = Trail();
        var checkpoint = CheckpointOf(trail);

        var verifier = Verify(trail.Where(l => !(l.Chain == 1 && l.Sequence == 3)), checkpoint);

        Assert.False(verifier.IsIntact);
        Assert.Equal(1, verifier.FirstBrokenChain);
        Assert.Equal(3, verifier.FirstBrokenSequence);
        Assert.Contains("rows 3 to 3 of chain 1 have been deleted", verifier.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DeletingAWholeChain_IsDetectedAgainstTheCheckpoint()
    {
        var trail = Trail();
        var checkpoint = CheckpointOf(trail);

        var lastGone = Verify(trail.Where(l => l.Chain != 3), checkpoint);
        var middleGone = Verify(trail.Where(l => l.Chain != 1), checkpoint);

        Assert.Equal((3, 1L), (lastGone.FirstBrokenChain!.Value, lastGone.FirstBrokenSequence!.Value));
        Assert.Equal((1, 1L), (middleGone.FirstBrokenChain!.Value, middleGone.FirstBrokenSequence!.Value));
    }

    [Fact]
    public void TruncatingOneChainBelowItsCheckpoint_IsDetected_WhileTheOthersGrew()
    {
        var checkpoint = CheckpointOf(Trail());
        List<AuditLink> later = [.. Chain(0, 6), .. Chain(1, 1), .. Chain(3, 5)];

        var verifier = Verify(later, checkpoint);

        Assert.False(verifier.IsIntact);
        Assert.Equal(1, verifier.FirstBrokenChain);
        Assert.Contains("rows 2 to 3 of chain 1 have been deleted", verifier.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowMovedToAnotherChain_IsDetected()
    {
        // A database writer swaps the chain numbers of two rows that hold the same place in their chains.
        var trail = Trail();
        var swapped = trail.Select(l => (l.Chain, l.Sequence) switch
        {
            (0, 2) => l with { Chain = 1 },
            (1, 2) => l with { Chain = 0 },
            _ => l,
        }).OrderBy(l => l.Chain).ThenBy(l => l.Sequence).ToList();

        var verifier = Verify(swapped);

        Assert.False(verifier.IsIntact);
        Assert.Equal(0, verifier.FirstBrokenChain);
        Assert.Equal(2, verifier.FirstBrokenSequence);
    }

    [Fact]
    public void ARowCopiedIntoAnotherChainWithItsSealRecomputedWithoutTheKey_IsDetected()
    {
        var trail = Trail();
        var moved = trail.First(l => l.Chain == 3 && l.Sequence == 2) with { Chain = 4, Sequence = 1, PreviousHash = AuditChain.GenesisHash };
        moved = moved with { Hash = AuditChain.ComputeHash(moved) };

        var verifier = Verify([.. trail, moved]);

        Assert.False(verifier.IsIntact);
        Assert.Equal(4, verifier.FirstBrokenChain);
        Assert.Contains("altered", verifier.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowOfChainZero_KeepsTheSealItHadBeforeThereWereChains()
    {
        // The trail written before ADR 0030 is chain 0, and its seals must still verify unchanged.
        var link = new AuditLink(1, At, "user-1", "Sam", AuditAction.View, "FamilyCase", "case-1", null, null, null, AuditChain.GenesisHash, string.Empty);
        var expected = AuditChain.ComputeHash(1, At, "user-1", "Sam", AuditAction.View, "FamilyCase", "case-1", null, null, null, AuditChain.GenesisHash);

        Assert.Equal(expected, AuditChain.ComputeHash(link));
        Assert.NotEqual(AuditChain.ComputeMac(Key, link), AuditChain.ComputeMac(Key, link with { Chain = 1 }));
    }

    [Fact]
    public void ACheckpointOfEveryChain_IsAuthenticOnlyUnedited_AndAnOldOneStillReadsAsChainZero()
    {
        var checkpoint = CheckpointOf(Trail());
        var old = AuditCheckpoint.Create(Key, 4, new string('c', 64), At);

        Assert.True(checkpoint.IsAuthentic(Key));
        Assert.Equal(9, checkpoint.Count);
        Assert.False((checkpoint with { Heads = [.. checkpoint.Heads!.Where(h => h.Chain != 1)] }).IsAuthentic(Key));
        Assert.False((checkpoint with { Heads = [.. checkpoint.Heads!.Select(h => h with { Count = h.Count - 1 })], Count = 6 }).IsAuthentic(Key));
        Assert.True(old.IsAuthentic(Key));
        Assert.Equal(new AuditChainHead(0, 4, new string('c', 64)), old.HeadOf(0));
        Assert.Null(old.HeadOf(1));
    }
}
