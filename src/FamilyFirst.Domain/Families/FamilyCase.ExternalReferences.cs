namespace FamilyFirst.Domain.Families;

/// <summary>The family's references in the council's other systems (see <see cref="ExternalReference"/>).</summary>
public sealed partial class FamilyCase
{
    private readonly List<ExternalReference> _externalReferences = [];

    /// <summary>At most one per source.</summary>
    public IReadOnlyList<ExternalReference> ExternalReferences => _externalReferences;

    /// <summary>The family's reference in that system, if it has one.</summary>
    public ExternalReference? ReferenceIn(ReferenceSource source) => _externalReferences.FirstOrDefault(r => r.Source == source);

    /// <summary>
    /// Records the family's reference in another system, replacing the one held for that source (a correction).
    /// That no other family has the reference in the same source is checked against the records by the caller and
    /// enforced by the database.
    /// </summary>
    public Result RecordExternalReference(ReferenceSource source, string? value, DateTimeOffset now)
    {
        if (ExternalReference.Problem(value) is { } problem)
        {
            return Result.Fail(problem);
        }

        var held = ReferenceIn(source);
        if (held is not null && held.Key == ExternalReference.KeyOf(value))
        {
            return Result.Fail($"The family already has {held.Value} as its {ExternalReference.SourceName(source).ToLowerInvariant()} reference");
        }

        if (held is not null)
        {
            _externalReferences.Remove(held);
        }

        _externalReferences.Add(new ExternalReference(source, value!, now));
        return Result.Ok();
    }

    public Result RemoveExternalReference(ReferenceSource source)
    {
        var held = ReferenceIn(source);
        if (held is null)
        {
            return Result.Fail($"The family has no {ExternalReference.SourceName(source).ToLowerInvariant()} reference");
        }

        _externalReferences.Remove(held);
        return Result.Ok();
    }
}
