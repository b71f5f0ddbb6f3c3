namespace FamilyFirst.Domain.Families;

/// <summary>The rows of a family network diagram, eldest generation at the top.</summary>
public enum DiagramRow
{
    Grandparents,
    Parents,
    Children,
    Grandchildren,
    Others,
}

/// <summary>A person to draw: their id, the label to show, and their role in the family if they have one.</summary>
public sealed record DiagramPerson(Guid PersonId, string Label, FamilyRole? Role);

/// <summary>A person placed on the diagram: the centre of their box.</summary>
public sealed record DiagramNode(Guid PersonId, string Label, DiagramRow Row, double X, double Y);

/// <summary>A line between two people, labelled from the first person's side.</summary>
public sealed record DiagramLine(Guid FromPersonId, Guid ToPersonId, RelationshipType Type)
{
    public bool Involves(Guid personId) => FromPersonId == personId || ToPersonId == personId;
}

/// <summary>The whole drawing: its size, the boxes and the lines. Pure data, for the web layer to draw as SVG.</summary>
public sealed record NetworkDiagram(double Width, double Height, IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramLine> Lines)
{
    /// <summary>
    /// Lines drawn, but between people the diagram could not place as the relationship says, because other
    /// relationships put them in other generations (recorded before the plausibility rules, or one of them wrong).
    /// </summary>
    public IReadOnlyList<DiagramLine> Contradicted { get; init; } = [];
}

/// <summary>Spacing of the diagram, in SVG user units.</summary>
public sealed record DiagramSpacing(double BoxWidth = 160, double BoxHeight = 56, double ColumnGap = 32, double RowGap = 72, double Margin = 16)
{
    public static DiagramSpacing Default { get; } = new();
}

/// <summary>
/// Lays out a family network in generations: grandparents, parents, children (and grandchildren) in rows,
/// and everyone not connected by a generational relationship (friends, unconnected relatives) in a last row.
/// </summary>
public static class NetworkDiagramLayout
{
    public static NetworkDiagram Arrange(IReadOnlyList<DiagramPerson> people, IEnumerable<Relationship> relationships, DiagramSpacing? spacing = null)
    {
        ArgumentNullException.ThrowIfNull(people);
        spacing ??= DiagramSpacing.Default;
        var ids = people.Select(p => p.PersonId).ToHashSet();
        var lines = relationships
            .Where(r => r.IsCurrent && ids.Contains(r.PersonId) && ids.Contains(r.RelatedPersonId))
            .Select(r => new DiagramLine(r.PersonId, r.RelatedPersonId, r.Type))
            .ToList();

        var generations = new Dictionary<Guid, int>();
        var rows = AssignRows(people, lines, generations);
        var ordered = OrderWithinRows(people, lines, rows);

        var usedRows = ordered.Where(r => r.Value.Count > 0).Select(r => r.Key).Order().ToList();
        var widest = usedRows.Count == 0 ? 0 : usedRows.Max(r => ordered[r].Count);
        var width = (2 * spacing.Margin) + (widest * spacing.BoxWidth) + (Math.Max(0, widest - 1) * spacing.ColumnGap);
        var height = (2 * spacing.Margin) + (usedRows.Count * spacing.BoxHeight) + (Math.Max(0, usedRows.Count - 1) * spacing.RowGap);

        var nodes = new List<DiagramNode>();
        for (var rowIndex = 0; rowIndex < usedRows.Count; rowIndex++)
        {
            var row = usedRows[rowIndex];
            var members = ordered[row];
            var rowWidth = (members.Count * spacing.BoxWidth) + ((members.Count - 1) * spacing.ColumnGap);
            var left = (width - rowWidth) / 2; // Each row is centred under the widest.
            var y = spacing.Margin + (rowIndex * (spacing.BoxHeight + spacing.RowGap)) + (spacing.BoxHeight / 2);
            for (var i = 0; i < members.Count; i++)
            {
                var x = left + (i * (spacing.BoxWidth + spacing.ColumnGap)) + (spacing.BoxWidth / 2);
                nodes.Add(new DiagramNode(members[i].PersonId, members[i].Label, row, x, y));
            }
        }

        var contradicted = lines
            .Where(l => GenerationStep(l.Type) is { } step && generations.TryGetValue(l.FromPersonId, out var from) && generations.TryGetValue(l.ToPersonId, out var to) && to - from != step)
            .ToList();
        return new NetworkDiagram(width, height, nodes, lines) { Contradicted = contradicted };
    }

    /// <summary>How many generations below the first person the second is, for relationships that say so.</summary>
    private static int? GenerationStep(RelationshipType type) => type switch
    {
        RelationshipType.ParentOf or RelationshipType.StepParentOf or RelationshipType.AuntOrUncleOf => 1,
        RelationshipType.ChildOf or RelationshipType.StepChildOf or RelationshipType.NieceOrNephewOf => -1,
        RelationshipType.GrandparentOf => 2,
        RelationshipType.GrandchildOf => -2,
        RelationshipType.SiblingOf or RelationshipType.HalfSiblingOf or RelationshipType.StepSiblingOf
            or RelationshipType.PartnerOf or RelationshipType.FormerPartnerOf or RelationshipType.CousinOf => 0,
        _ => null, // Carers and friends can be of any generation.
    };

    /// <summary>Gives each person a row, and fills <paramref name="generations"/> with each connected person's generation (comparable within their group).</summary>
    private static Dictionary<Guid, DiagramRow> AssignRows(IReadOnlyList<DiagramPerson> people, List<DiagramLine> lines, Dictionary<Guid, int> generations)
    {
        var neighbours = people.ToDictionary(p => p.PersonId, _ => new List<(Guid Other, int Step)>());
        foreach (var line in lines)
        {
            if (GenerationStep(line.Type) is { } step && line.FromPersonId != line.ToPersonId)
            {
                neighbours[line.FromPersonId].Add((line.ToPersonId, step));
                neighbours[line.ToPersonId].Add((line.FromPersonId, -step));
            }
        }

        var rows = new Dictionary<Guid, DiagramRow>();
        var seen = new HashSet<Guid>();
        foreach (var start in people)
        {
            if (!seen.Add(start.PersonId))
            {
                continue;
            }

            // Walk the connected group, giving each person a generation relative to the first (0); the first
            // value found wins if the recorded relationships contradict each other.
            var generation = new Dictionary<Guid, int> { [start.PersonId] = 0 };
            var queue = new Queue<Guid>([start.PersonId]);
            while (queue.TryDequeue(out var current))
            {
                foreach (var (other, step) in neighbours[current])
                {
                    if (seen.Add(other))
                    {
                        generation[other] = generation[current] + step;
                        queue.Enqueue(other);
                    }
                }
            }

            foreach (var (id, g) in generation)
            {
                generations[id] = g;
            }

            if (generation.Count == 1)
            {
                rows[start.PersonId] = RowFromRole(start.Role);
                continue;
            }

            var offset = AnchorOffset(people, generation);
            foreach (var (id, g) in generation)
            {
                rows[id] = (g + offset) switch
                {
                    <= -2 => DiagramRow.Grandparents,
                    -1 => DiagramRow.Parents,
                    0 => DiagramRow.Children,
                    _ => DiagramRow.Grandchildren,
                };
            }
        }

        return rows;
    }

    /// <summary>
    /// Places a connected group: a child or young person anchors the children row, otherwise a parent or
    /// carer anchors the parents row, otherwise the youngest generation is drawn as children.
    /// </summary>
    private static int AnchorOffset(IReadOnlyList<DiagramPerson> people, Dictionary<Guid, int> generation)
    {
        var roles = people.Where(p => generation.ContainsKey(p.PersonId)).ToList();
        var child = roles.FirstOrDefault(p => p.Role == FamilyRole.ChildOrYoungPerson);
        if (child is not null)
        {
            return -generation[child.PersonId];
        }

        var parent = roles.FirstOrDefault(p => p.Role is FamilyRole.Parent or FamilyRole.Carer);
        if (parent is not null)
        {
            return -1 - generation[parent.PersonId];
        }

        return -generation.Values.Max();
    }

    private static DiagramRow RowFromRole(FamilyRole? role) => role switch
    {
        FamilyRole.ChildOrYoungPerson => DiagramRow.Children,
        FamilyRole.Parent or FamilyRole.Carer => DiagramRow.Parents,
        _ => DiagramRow.Others,
    };

    /// <summary>
    /// Orders each row so partners sit side by side and children sit under their parents: the eldest row keeps
    /// the order given, and each row below is sorted by the average position of its people's parents above.
    /// </summary>
    private static SortedDictionary<DiagramRow, List<DiagramPerson>> OrderWithinRows(
        IReadOnlyList<DiagramPerson> people, List<DiagramLine> lines, Dictionary<Guid, DiagramRow> rows)
    {
        var byRow = new SortedDictionary<DiagramRow, List<DiagramPerson>>();
        foreach (var row in Enum.GetValues<DiagramRow>())
        {
            byRow[row] = KeepPartnersTogether(people.Where(p => rows[p.PersonId] == row).ToList(), lines);
        }

        var position = new Dictionary<Guid, double>();
        foreach (var row in new[] { DiagramRow.Grandparents, DiagramRow.Parents, DiagramRow.Children, DiagramRow.Grandchildren })
        {
            var members = byRow[row];
            var inputOrder = members.Select((p, i) => (p.PersonId, i)).ToDictionary(x => x.PersonId, x => x.i);
            var key = members.ToDictionary(p => p.PersonId, p =>
            {
                var above = lines
                    .Select(l => ParentOnLine(l, p.PersonId))
                    .Where(id => id is not null && position.ContainsKey(id.Value))
                    .Select(id => position[id!.Value])
                    .ToList();
                return above.Count > 0 ? above.Average() : double.NaN;
            });

            // People with no parent above keep their place relative to each other, after those with one.
            var sorted = members
                .OrderBy(p => double.IsNaN(key[p.PersonId]) ? 1 : 0)
                .ThenBy(p => double.IsNaN(key[p.PersonId]) ? 0 : key[p.PersonId])
                .ThenBy(p => inputOrder[p.PersonId])
                .ToList();
            byRow[row] = KeepPartnersTogether(sorted, lines);
            for (var i = 0; i < byRow[row].Count; i++)
            {
                position[byRow[row][i].PersonId] = i - ((byRow[row].Count - 1) / 2.0); // Rows are centred, so measure from the middle.
            }
        }

        return byRow;
    }

    private static Guid? ParentOnLine(DiagramLine line, Guid childId) => line.Type switch
    {
        RelationshipType.ParentOf or RelationshipType.StepParentOf when line.ToPersonId == childId => line.FromPersonId,
        RelationshipType.ChildOf or RelationshipType.StepChildOf when line.FromPersonId == childId => line.ToPersonId,
        _ => null,
    };

    private static List<DiagramPerson> KeepPartnersTogether(List<DiagramPerson> row, List<DiagramLine> lines)
    {
        var result = new List<DiagramPerson>();
        var placed = new HashSet<Guid>();
        foreach (var person in row)
        {
            if (!placed.Add(person.PersonId))
            {
                continue;
            }

            result.Add(person);
            var partners = lines
                .Where(l => l.Type == RelationshipType.PartnerOf && l.Involves(person.PersonId))
                .Select(l => l.FromPersonId == person.PersonId ? l.ToPersonId : l.FromPersonId);
            foreach (var partner in row.Where(p => partners.Contains(p.PersonId) && !placed.Contains(p.PersonId)))
            {
                placed.Add(partner.PersonId);
                result.Add(partner);
            }
        }

        return result;
    }
}
