using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class NetworkDiagramLayoutTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static DiagramPerson P(string label, FamilyRole? role) => new(Guid.NewGuid(), label, role);

    private static Relationship R(DiagramPerson a, DiagramPerson b, RelationshipType type) =>
        Relationship.Record(a.PersonId, b.PersonId, type, Guid.NewGuid(), Now).Value!;

    [Fact]
    public void Arrange_PutsEachGenerationInItsRow()
    {
        var nan = P("Nan", FamilyRole.ExtendedFamily);
        var mum = P("Mum", FamilyRole.Parent);
        var dad = P("Dad", FamilyRole.Parent);
        var leo = P("Leo", FamilyRole.ChildOrYoungPerson);
        var mia = P("Mia", FamilyRole.ChildOrYoungPerson);
        var friend = P("Neighbour", FamilyRole.Friend);
        var relationships = new[]
        {
            R(nan, mum, RelationshipType.ParentOf),
            R(mum, dad, RelationshipType.PartnerOf),
            R(leo, dad, RelationshipType.ChildOf),
            R(mia, leo, RelationshipType.SiblingOf),
            R(friend, mum, RelationshipType.FriendOf),
        };

        var diagram = NetworkDiagramLayout.Arrange([leo, friend, mia, dad, mum, nan], relationships);

        var row = diagram.Nodes.ToDictionary(n => n.Label, n => n.Row);
        Assert.Equal(DiagramRow.Grandparents, row["Nan"]);
        Assert.Equal(DiagramRow.Parents, row["Mum"]);
        Assert.Equal(DiagramRow.Parents, row["Dad"]);
        Assert.Equal(DiagramRow.Children, row["Leo"]);
        Assert.Equal(DiagramRow.Children, row["Mia"]);
        Assert.Equal(DiagramRow.Others, row["Neighbour"]);
        Assert.Equal(5, diagram.Lines.Count);
    }

    [Fact]
    public void Arrange_RowsGoDownTheDrawing_AndNobodyOverlaps()
    {
        var nan = P("Nan", null);
        var mum = P("Mum", FamilyRole.Parent);
        var leo = P("Leo", FamilyRole.ChildOrYoungPerson);
        var mia = P("Mia", FamilyRole.ChildOrYoungPerson);
        var spacing = DiagramSpacing.Default;

        var diagram = NetworkDiagramLayout.Arrange(
            [nan, mum, leo, mia],
            [R(nan, mum, RelationshipType.ParentOf), R(mum, leo, RelationshipType.ParentOf), R(mum, mia, RelationshipType.ParentOf)]);

        var y = diagram.Nodes.ToDictionary(n => n.Label, n => n.Y);
        Assert.True(y["Nan"] < y["Mum"] && y["Mum"] < y["Leo"]);
        Assert.Equal(y["Leo"], y["Mia"]);
        var children = diagram.Nodes.Where(n => n.Row == DiagramRow.Children).OrderBy(n => n.X).ToList();
        Assert.True(children[1].X - children[0].X >= spacing.BoxWidth);
        Assert.All(diagram.Nodes, n =>
        {
            Assert.InRange(n.X - (spacing.BoxWidth / 2), 0, diagram.Width);
            Assert.InRange(n.X + (spacing.BoxWidth / 2), 0, diagram.Width);
            Assert.InRange(n.Y + (spacing.BoxHeight / 2), 0, diagram.Height);
        });
        Assert.Equal(diagram.Nodes.Single(n => n.Label == "Mum").X, (children[0].X + children[1].X) / 2, 3); // centred over her children
    }

    [Fact]
    public void Arrange_PlacesChildrenUnderTheirOwnParents()
    {
        var mumA = P("Mum A", FamilyRole.Parent);
        var mumB = P("Mum B", FamilyRole.Parent);
        var childOfB = P("Child of B", FamilyRole.ChildOrYoungPerson);
        var childOfA = P("Child of A", FamilyRole.ChildOrYoungPerson);

        var diagram = NetworkDiagramLayout.Arrange(
            [mumA, mumB, childOfB, childOfA],
            [R(mumA, mumB, RelationshipType.SiblingOf), R(mumA, childOfA, RelationshipType.ParentOf), R(childOfB, mumB, RelationshipType.ChildOf)]);

        var x = diagram.Nodes.ToDictionary(n => n.Label, n => n.X);
        Assert.True(x["Mum A"] < x["Mum B"]);
        Assert.True(x["Child of A"] < x["Child of B"]);
    }

    [Fact]
    public void Arrange_WithoutRelationships_UsesRoles()
    {
        var diagram = NetworkDiagramLayout.Arrange(
            [P("Carer", FamilyRole.Carer), P("Child", FamilyRole.ChildOrYoungPerson), P("Uncle", FamilyRole.ExtendedFamily)], []);

        var row = diagram.Nodes.ToDictionary(n => n.Label, n => n.Row);
        Assert.Equal((DiagramRow.Parents, DiagramRow.Children, DiagramRow.Others), (row["Carer"], row["Child"], row["Uncle"]));
    }

    [Fact]
    public void Arrange_NoPeople_GivesAnEmptyDrawing()
    {
        var diagram = NetworkDiagramLayout.Arrange([], []);

        Assert.Empty(diagram.Nodes);
        Assert.Empty(diagram.Lines);
    }

    [Fact]
    public void Arrange_LeavesOutEndedRelationships()
    {
        var mum = P("Mum", FamilyRole.Parent);
        var dad = P("Dad", FamilyRole.Parent);
        var ended = R(mum, dad, RelationshipType.PartnerOf);
        ended.End(RelationshipEndReason.Ended, "Separated", Guid.NewGuid(), Now);

        var diagram = NetworkDiagramLayout.Arrange([mum, dad], [ended, R(mum, dad, RelationshipType.FormerPartnerOf)]);

        Assert.Equal(RelationshipType.FormerPartnerOf, Assert.Single(diagram.Lines).Type);
    }

    [Fact]
    public void Arrange_NamesTheRelationshipsItCouldNotPlaceAsRecorded_AndNoneWhenTheyAgree()
    {
        var mum = P("Mum", FamilyRole.Parent);
        var leo = P("Leo", FamilyRole.ChildOrYoungPerson);
        var mia = P("Mia", FamilyRole.ChildOrYoungPerson);
        var agreeing = new[] { R(mum, leo, RelationshipType.ParentOf), R(mia, leo, RelationshipType.SiblingOf) };
        Assert.Empty(NetworkDiagramLayout.Arrange([mum, leo, mia], agreeing).Contradicted);

        // Recorded before the plausibility rules: Mia is Leo's sibling, Mum is Leo's parent, and Mum is Mia's sibling.
        var contradicting = agreeing.Append(R(mum, mia, RelationshipType.SiblingOf)).ToArray();

        var diagram = NetworkDiagramLayout.Arrange([mum, leo, mia], contradicting);

        // Which of the three is named depends on where the diagram starts; one of them cannot be drawn as recorded.
        var line = Assert.Single(diagram.Contradicted);
        Assert.Equal(RelationshipType.SiblingOf, line.Type);
        Assert.Equal(3, diagram.Lines.Count);
    }
}
