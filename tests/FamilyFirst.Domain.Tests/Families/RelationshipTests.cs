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
}
