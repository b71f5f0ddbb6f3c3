using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class RelationshipTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Ann = Guid.NewGuid();
    private static readonly Guid Ben = Guid.NewGuid();

    [Theory]
    [InlineData(RelationshipType.ParentOf, RelationshipType.ChildOf)]
    [InlineData(RelationshipType.GrandparentOf, RelationshipType.GrandchildOf)]
    [InlineData(RelationshipType.AuntOrUncleOf, RelationshipType.NieceOrNephewOf)]
    [InlineData(RelationshipType.StepParentOf, RelationshipType.StepChildOf)]
    [InlineData(RelationshipType.CarerOf, RelationshipType.CaredForBy)]
    [InlineData(RelationshipType.SiblingOf, RelationshipType.SiblingOf)]
    [InlineData(RelationshipType.PartnerOf, RelationshipType.PartnerOf)]
    [InlineData(RelationshipType.CousinOf, RelationshipType.CousinOf)]
    [InlineData(RelationshipType.FriendOf, RelationshipType.FriendOf)]
    public void Inverse_GivesTheOtherSide(RelationshipType type, RelationshipType inverse)
    {
        Assert.Equal(inverse, type.Inverse());
        Assert.Equal(type, inverse.Inverse());
    }

    [Fact]
    public void Inverse_OfTheInverse_IsTheOriginalForEveryType()
    {
        Assert.All(Enum.GetValues<RelationshipType>(), t => Assert.Equal(t, t.Inverse().Inverse()));
    }

    [Fact]
    public void Record_WithOneself_IsRefused()
    {
        var result = Relationship.Record(Ann, Ann, RelationshipType.ParentOf, Guid.NewGuid(), Now);

        Assert.False(result.Succeeded);
        Assert.Equal("Select 2 different people - a person cannot have a relationship with themselves", result.Error);
    }

    [Fact]
    public void From_ReadsTheRelationshipFromEitherSide()
    {
        var relationship = Relationship.Record(Ann, Ben, RelationshipType.ParentOf, Guid.NewGuid(), Now).Value!;

        Assert.Equal((Ben, RelationshipType.ParentOf), relationship.From(Ann));
        Assert.Equal((Ann, RelationshipType.ChildOf), relationship.From(Ben));
    }

    [Fact]
    public void SameAs_RecognisesTheSameFactEnteredTheOtherWayRound()
    {
        var relationship = Relationship.Record(Ann, Ben, RelationshipType.ParentOf, Guid.NewGuid(), Now).Value!;

        Assert.True(relationship.SameAs(Ben, Ann, RelationshipType.ChildOf));
        Assert.False(relationship.SameAs(Ben, Ann, RelationshipType.ParentOf));
    }

    [Fact]
    public void End_WithANote_KeepsTheRelationshipAsEnded()
    {
        var relationship = Relationship.Record(Ann, Ben, RelationshipType.PartnerOf, Guid.NewGuid(), Now).Value!;
        var by = Guid.NewGuid();

        var result = relationship.End(RelationshipEndReason.Ended, " Separated in March ", by, Now.AddDays(1));

        Assert.True(result.Succeeded);
        Assert.False(relationship.IsCurrent);
        Assert.Equal((RelationshipEndReason.Ended, "Separated in March", by, Now.AddDays(1)), (relationship.EndReason!.Value, relationship.EndNote, relationship.EndedBy!.Value, relationship.EndedAt!.Value));
    }

    [Theory]
    [InlineData(RelationshipEndReason.Ended, "Enter why the relationship has ended")]
    [InlineData(RelationshipEndReason.RecordedInError, "Enter what was wrong with the relationship")]
    public void End_WithoutANote_IsRefusedAndLeavesItCurrent(RelationshipEndReason reason, string error)
    {
        var relationship = Relationship.Record(Ann, Ben, RelationshipType.PartnerOf, Guid.NewGuid(), Now).Value!;

        var result = relationship.End(reason, "  ", Guid.NewGuid(), Now);

        Assert.Equal(error, result.Error);
        Assert.True(relationship.IsCurrent);
    }

    [Fact]
    public void End_Twice_IsRefused()
    {
        var relationship = Relationship.Record(Ann, Ben, RelationshipType.PartnerOf, Guid.NewGuid(), Now).Value!;
        relationship.End(RelationshipEndReason.RecordedInError, "Wrong people", Guid.NewGuid(), Now);

        Assert.Equal("This relationship has already been ended", relationship.End(RelationshipEndReason.Ended, "Again", Guid.NewGuid(), Now).Error);
    }

    [Fact]
    public void End_WithANoteOverTheLimit_IsRefused()
    {
        var relationship = Relationship.Record(Ann, Ben, RelationshipType.PartnerOf, Guid.NewGuid(), Now).Value!;

        Assert.Equal("Reason must be 2,000 characters or less", relationship.End(RelationshipEndReason.Ended, new string('a', 2001), Guid.NewGuid(), Now).Error);
        Assert.True(relationship.End(RelationshipEndReason.Ended, new string('a', 2000), Guid.NewGuid(), Now).Succeeded);
    }

    private static readonly RelationshipParty Mum = new(Ann, "Ann Rivers", new DateOnly(1990, 6, 1));
    private static readonly RelationshipParty Son = new(Ben, "Ben Rivers", new DateOnly(2002, 6, 1));

    [Fact]
    public void Rules_AParentExactlyTheYoungestParentAgeOlder_IsBelievable_AndADayLessIsNot()
    {
        Assert.True(RelationshipRules.Check(Mum, RelationshipType.ParentOf, Son, []).Succeeded);

        var tooYoung = RelationshipRules.Check(Mum, RelationshipType.ParentOf, Son with { DateOfBirth = new DateOnly(2002, 5, 31) }, []);

        Assert.False(tooYoung.Succeeded);
        Assert.Equal("Ann Rivers cannot be the parent of Ben Rivers: they were born less than 12 years before Ben Rivers. Check both dates of birth, or choose another relationship", tooYoung.Error);
    }

    [Fact]
    public void Rules_ReadTheAgeRuleFromEitherSide_AndForGrandparents()
    {
        var child = RelationshipRules.Check(Son, RelationshipType.ChildOf, Mum with { DateOfBirth = new DateOnly(1995, 1, 1) }, []);
        Assert.Equal("Ann Rivers cannot be the parent of Ben Rivers: they were born less than 12 years before Ben Rivers. Check both dates of birth, or choose another relationship", child.Error);

        Assert.False(RelationshipRules.Check(Mum, RelationshipType.GrandparentOf, Son, []).Succeeded);
        Assert.True(RelationshipRules.Check(Mum with { DateOfBirth = new DateOnly(1978, 6, 1) }, RelationshipType.GrandparentOf, Son, []).Succeeded);
        Assert.False(RelationshipRules.Check(Son, RelationshipType.GrandchildOf, Mum, []).Succeeded);
    }

    [Fact]
    public void Rules_WithoutBothDatesOfBirth_OrForOtherRelationships_DoNotCheckAges()
    {
        Assert.True(RelationshipRules.Check(Mum with { DateOfBirth = null }, RelationshipType.ParentOf, Son, []).Succeeded);
        Assert.True(RelationshipRules.Check(Son, RelationshipType.AuntOrUncleOf, Mum, []).Succeeded);
        Assert.True(RelationshipRules.Check(Son, RelationshipType.CarerOf, Mum, []).Succeeded);
    }

    [Fact]
    public void Rules_RefuseOneself_AndTheSameRelationshipEnteredEitherWayRound()
    {
        Assert.Equal(Relationship.SamePersonError, RelationshipRules.Check(Mum, RelationshipType.ParentOf, Mum, []).Error);

        var standing = new[] { Relationship.Record(Ann, Ben, RelationshipType.ParentOf, Guid.NewGuid(), Now).Value! };

        Assert.Equal("This relationship is already recorded", RelationshipRules.Check(Son, RelationshipType.ChildOf, Mum, standing).Error);
    }

    [Fact]
    public void Rules_RefuseASecondKinshipBetweenTheSamePair_ButAllowCaringAndFriendshipBesideIt()
    {
        var standing = new[] { Relationship.Record(Ann, Ben, RelationshipType.ParentOf, Guid.NewGuid(), Now).Value! };

        var sibling = RelationshipRules.Check(Son, RelationshipType.SiblingOf, Mum, standing);

        Assert.Equal("Ben Rivers and Ann Rivers already have a relationship recorded: Ben Rivers is the child of Ann Rivers. End that relationship first if it is wrong", sibling.Error);
        Assert.True(RelationshipRules.Check(Mum, RelationshipType.CarerOf, Son, standing).Succeeded);
    }

    [Fact]
    public void Rules_IgnoreRelationshipsThatHaveEnded()
    {
        var ended = Relationship.Record(Ann, Ben, RelationshipType.PartnerOf, Guid.NewGuid(), Now).Value!;
        ended.End(RelationshipEndReason.RecordedInError, "wrong people", Guid.NewGuid(), Now);

        Assert.True(RelationshipRules.Check(Mum, RelationshipType.ParentOf, Son, [ended]).Succeeded);
    }

    [Fact]
    public void Record_WithTheRules_RefusesWhatTheRulesRefuse()
    {
        var refused = Relationship.Record(Son, RelationshipType.ParentOf, Mum, [], Guid.NewGuid(), Now);

        Assert.False(refused.Succeeded);
        Assert.StartsWith("Ben Rivers cannot be the parent of Ann Rivers", refused.Error, StringComparison.Ordinal);
        Assert.Equal(RelationshipType.ParentOf, Relationship.Record(Mum, RelationshipType.ParentOf, Son, [], Guid.NewGuid(), Now).Value!.Type);
    }

    [Theory]
    [InlineData(RelationshipType.CarerOf, "Ann is the carer of Ben", "Ben is cared for by Ann")]
    [InlineData(RelationshipType.ParentOf, "Ann is the parent of Ben", "Ben is the child of Ann")]
    [InlineData(RelationshipType.FormerPartnerOf, "Ann is the former partner of Ben", "Ben is the former partner of Ann")]
    public void Phrase_ReadsAsEnglishFromBothSides(RelationshipType type, string one, string other)
    {
        Assert.Equal(one, $"Ann {type.Phrase()} Ben");
        Assert.Equal(other, $"Ben {type.Inverse().Phrase()} Ann");
    }

    [Fact]
    public void Phrase_ForEveryType_StartsWithIsAndNeverSaysIsTheCared()
    {
        Assert.All(Enum.GetValues<RelationshipType>(), t =>
        {
            Assert.StartsWith("is ", t.Phrase(), StringComparison.Ordinal);
            Assert.StartsWith("was ", t.PastPhrase(), StringComparison.Ordinal);
            Assert.DoesNotContain("the cared", t.Phrase(), StringComparison.Ordinal);
        });
    }
}
