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
}
