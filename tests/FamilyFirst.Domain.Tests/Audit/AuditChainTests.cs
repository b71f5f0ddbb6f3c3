using FamilyFirst.Domain.Audit;

namespace FamilyFirst.Domain.Tests.Audit;

public class AuditChainTests
{
    private static readonly DateTime At = new(2026, 11, 25, 9, 30, 0, DateTimeKind.Utc);

    private static List<AuditLink> Chain(int length)
    {
        var links = new List<AuditLink>();
        var previous = AuditChain.GenesisHash;
        for (var i = 1; i <= length; i++)
        {
            var link = new AuditLink(i, At.AddMinutes(i), "user-1", "Sam Practitioner", AuditAction.View, "FamilyCase", $"case-{i}", Guid.Empty, "Viewed the family page", "10.0.0.1", previous, string.Empty);
            link = link with { Hash = AuditChain.ComputeHash(link) };
            links.Add(link);
            previous = link.Hash;
        }

        return links;
    }

    private static AuditChainVerifier Verify(IEnumerable<AuditLink> links)
    {
        var verifier = new AuditChainVerifier();
        foreach (var link in links)
        {
            if (!verifier.Check(link))
            {
                break;
            }
        }

        return verifier;
    }

    [Fact]
    public void Verify_AnUntouchedChain_IsIntact()
    {
        var verifier = Verify(Chain(5));

        Assert.True(verifier.IsIntact);
        Assert.Equal(5, verifier.LinksChecked);
    }

    [Fact]
    public void Verify_AnEmptyChain_IsIntact()
    {
        Assert.True(Verify([]).IsIntact);
    }

    [Fact]
    public void Verify_WhenAFieldIsAltered_NamesThatRow()
    {
        var links = Chain(5);
        links[2] = links[2] with { UserDisplayName = "Someone else" };

        var verifier = Verify(links);

        Assert.Equal(3, verifier.FirstBrokenSequence);
        Assert.Contains("altered", verifier.Problem);
        Assert.Equal(2, verifier.LinksChecked);
    }

    [Fact]
    public void Verify_WhenARowIsAlteredAndRehashed_NamesTheNextRow()
    {
        var links = Chain(5);
        var forged = links[2] with { Action = AuditAction.Change };
        links[2] = forged with { Hash = AuditChain.ComputeHash(forged) };

        var verifier = Verify(links);

        Assert.Equal(4, verifier.FirstBrokenSequence);
        Assert.Contains("does not follow on", verifier.Problem);
    }

    [Fact]
    public void Verify_WhenARowIsRemoved_NamesTheMissingRow()
    {
        var links = Chain(5);
        links.RemoveAt(1);

        var verifier = Verify(links);

        Assert.Equal(2, verifier.FirstBrokenSequence);
        Assert.Contains("missing", verifier.Problem);
    }

    [Fact]
    public void Verify_WhenTheFirstRowIsRemoved_NamesRowOne()
    {
        var verifier = Verify(Chain(3).Skip(1));

        Assert.Equal(1, verifier.FirstBrokenSequence);
    }

    [Fact]
    public void ComputeHash_DependsOnEveryField()
    {
        var link = Chain(1)[0];
        var variants = new[]
        {
            link with { Sequence = 2 },
            link with { OccurredAtUtc = link.OccurredAtUtc.AddTicks(10) },
            link with { UserId = "user-2" },
            link with { UserDisplayName = null },
            link with { Action = AuditAction.Export },
            link with { RecordType = "Person" },
            link with { RecordId = "case-2" },
            link with { FamilyCaseId = null },
            link with { Detail = "Viewed the family page " },
            link with { ClientAddress = "10.0.0.2" },
            link with { PreviousHash = new string('1', 64) },
        };

        foreach (var variant in variants)
        {
            Assert.NotEqual(link.Hash, AuditChain.ComputeHash(variant));
        }
    }

    [Fact]
    public void ComputeHash_CannotBeFooledByMovingTextBetweenFields()
    {
        var link = Chain(1)[0] with { RecordType = "Family", RecordId = "Case" };
        var shifted = link with { RecordType = "FamilyCase", RecordId = string.Empty };

        Assert.NotEqual(AuditChain.ComputeHash(link), AuditChain.ComputeHash(shifted));
    }

    [Fact]
    public void Normalise_KeepsMicroseconds_SoAStoredTimeHashesTheSame()
    {
        var precise = new DateTime(2026, 11, 25, 9, 30, 0, DateTimeKind.Utc).AddTicks(1_234_567);

        var normalised = AuditChain.Normalise(precise);

        Assert.Equal(precise.AddTicks(-7), normalised);
        Assert.Equal(DateTimeKind.Utc, normalised.Kind);
    }
}
