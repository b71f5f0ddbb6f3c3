namespace FamilyFirst.Domain.Families;

/// <summary>How one person is related to another, read as "<c>Person</c> is the … of <c>RelatedPerson</c>".</summary>
public enum RelationshipType
{
    ParentOf,
    ChildOf,
    SiblingOf,
    HalfSiblingOf,
    StepSiblingOf,
    GrandparentOf,
    GrandchildOf,
    PartnerOf,
    FormerPartnerOf,
    AuntOrUncleOf,
    NieceOrNephewOf,
    CousinOf,
    StepParentOf,
    StepChildOf,
    CarerOf,
    CaredForBy,
    FriendOf,
}

/// <summary>The other side of each relationship: if Ann is the parent of Ben, Ben is the child of Ann.</summary>
public static class RelationshipTypes
{
    public static RelationshipType Inverse(this RelationshipType type) => type switch
    {
        RelationshipType.ParentOf => RelationshipType.ChildOf,
        RelationshipType.ChildOf => RelationshipType.ParentOf,
        RelationshipType.GrandparentOf => RelationshipType.GrandchildOf,
        RelationshipType.GrandchildOf => RelationshipType.GrandparentOf,
        RelationshipType.AuntOrUncleOf => RelationshipType.NieceOrNephewOf,
        RelationshipType.NieceOrNephewOf => RelationshipType.AuntOrUncleOf,
        RelationshipType.StepParentOf => RelationshipType.StepChildOf,
        RelationshipType.StepChildOf => RelationshipType.StepParentOf,
        RelationshipType.CarerOf => RelationshipType.CaredForBy,
        RelationshipType.CaredForBy => RelationshipType.CarerOf,
        RelationshipType.SiblingOf or RelationshipType.HalfSiblingOf or RelationshipType.StepSiblingOf
            or RelationshipType.PartnerOf or RelationshipType.FormerPartnerOf
            or RelationshipType.CousinOf or RelationshipType.FriendOf => type,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The words for the relationship, to finish "Ann is the …".</summary>
    public static string Describe(this RelationshipType type) => type switch
    {
        RelationshipType.ParentOf => "parent of",
        RelationshipType.ChildOf => "child of",
        RelationshipType.SiblingOf => "sibling of",
        RelationshipType.HalfSiblingOf => "half-sibling of",
        RelationshipType.StepSiblingOf => "step-sibling of",
        RelationshipType.GrandparentOf => "grandparent of",
        RelationshipType.GrandchildOf => "grandchild of",
        RelationshipType.PartnerOf => "partner of",
        RelationshipType.FormerPartnerOf => "former partner of",
        RelationshipType.AuntOrUncleOf => "aunt or uncle of",
        RelationshipType.NieceOrNephewOf => "niece or nephew of",
        RelationshipType.CousinOf => "cousin of",
        RelationshipType.StepParentOf => "step-parent of",
        RelationshipType.StepChildOf => "step-child of",
        RelationshipType.CarerOf => "carer of",
        RelationshipType.CaredForBy => "cared for by",
        RelationshipType.FriendOf => "friend of",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The words between the two names, read either way round: "Ann <c>is the parent of</c> Ben", "Ben <c>is cared for by</c> Ann".</summary>
    public static string Phrase(this RelationshipType type) =>
        type == RelationshipType.CaredForBy ? "is cared for by" : $"is the {type.Describe()}";

    /// <summary>The same words for a relationship that has ended: "Ann <c>was the partner of</c> Ben".</summary>
    public static string PastPhrase(this RelationshipType type) =>
        type == RelationshipType.CaredForBy ? "was cared for by" : $"was the {type.Describe()}";

    /// <summary>
    /// Whether the relationship says who the two people are by birth or family (parent, sibling, partner…): a pair
    /// has at most one such relationship at a time. Caring for someone and friendship can sit beside any of them.
    /// </summary>
    public static bool IsKinship(this RelationshipType type) =>
        type is not (RelationshipType.CarerOf or RelationshipType.CaredForBy or RelationshipType.FriendOf);

    /// <summary>How many years older the first person must be than the second, at least, for the relationship to be believable.</summary>
    public static int? MinimumYearsOlder(this RelationshipType type) => type switch
    {
        RelationshipType.ParentOf => RelationshipRules.YoungestParentAge,
        RelationshipType.GrandparentOf => RelationshipRules.YoungestGrandparentAge,
        RelationshipType.ChildOf => -RelationshipRules.YoungestParentAge,
        RelationshipType.GrandchildOf => -RelationshipRules.YoungestGrandparentAge,
        _ => null,
    };
}

/// <summary>One of the two people in a relationship being recorded, as the plausibility rules need them.</summary>
public sealed record RelationshipParty(Guid Id, string Name, DateOnly? DateOfBirth);

/// <summary>
/// Whether a new relationship is believable next to the ones that stand: two different people, not already recorded,
/// not contradicting another kinship between the same two, and a parent or grandparent old enough by their dates of
/// birth (an unborn child counts from the date it is due).
/// </summary>
public static class RelationshipRules
{
    /// <summary>The fewest years between a parent's birth and their child's.</summary>
    public const int YoungestParentAge = 12;

    /// <summary>The fewest years between a grandparent's birth and their grandchild's.</summary>
    public const int YoungestGrandparentAge = 24;

    public static Result Check(RelationshipParty person, RelationshipType type, RelationshipParty related, IEnumerable<Relationship> standing)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(related);
        if (person.Id == related.Id)
        {
            return Result.Fail(Relationship.SamePersonError);
        }

        foreach (var existing in standing.Where(r => r.IsCurrent && r.Involves(person.Id) && r.Involves(related.Id)))
        {
            if (existing.SameAs(person.Id, related.Id, type))
            {
                return Result.Fail("This relationship is already recorded");
            }

            var (_, existingType) = existing.From(person.Id);
            if (existingType.IsKinship() && type.IsKinship())
            {
                return Result.Fail($"{person.Name} and {related.Name} already have a relationship recorded: {person.Name} {existingType.Phrase()} {related.Name}. End that relationship first if it is wrong");
            }
        }

        if (type.MinimumYearsOlder() is { } years && person.DateOfBirth is { } personBorn && related.DateOfBirth is { } relatedBorn)
        {
            var (elder, younger, gap) = years > 0 ? (person, related, years) : (related, person, -years);
            var (elderBorn, youngerBorn) = years > 0 ? (personBorn, relatedBorn) : (relatedBorn, personBorn);
            if (elderBorn.AddYears(gap) > youngerBorn)
            {
                var role = years > 0 ? type : type.Inverse();
                return Result.Fail($"{elder.Name} cannot be the {role.Describe()} {younger.Name}: they were born less than {gap} years before {younger.Name}. Check both dates of birth, or choose another relationship");
            }
        }

        return Result.Ok();
    }
}

/// <summary>Why a relationship no longer stands.</summary>
public enum RelationshipEndReason
{
    /// <summary>It was true, and has ended (for example partners who separated).</summary>
    Ended,

    /// <summary>It was never true: entered by mistake.</summary>
    RecordedInError,
}

/// <summary>
/// A relationship between two people, stored once; <see cref="From"/> reads it from either person's side.
/// Ending it keeps the row, with who ended it, when and why, so the family's history stays whole.
/// </summary>
public sealed class Relationship
{
    public const int EndNoteMaximumLength = 2000;

    private Relationship()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid RelatedPersonId { get; private set; }

    /// <summary>Read as "Person is the … of RelatedPerson".</summary>
    public RelationshipType Type { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public RelationshipEndReason? EndReason { get; private set; }

    /// <summary>What the user wrote about the ending, for example "separated in March".</summary>
    public string? EndNote { get; private set; }

    public Guid? EndedBy { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>True while the relationship stands: shown in the list and on the network diagram.</summary>
    public bool IsCurrent => EndedAt is null;

    public const string SamePersonError = "Select 2 different people - a person cannot have a relationship with themselves";

    /// <summary>Records a relationship after the plausibility rules (<see cref="RelationshipRules"/>) against the relationships that stand.</summary>
    public static Result<Relationship> Record(RelationshipParty person, RelationshipType type, RelationshipParty related, IEnumerable<Relationship> standing, Guid recordedBy, DateTimeOffset now)
    {
        var check = RelationshipRules.Check(person, type, related, standing);
        return check.Succeeded ? Record(person.Id, related.Id, type, recordedBy, now) : Result<Relationship>.Fail(check.Error!);
    }

    /// <summary>Records a relationship between two different people, with no other check: for tests and for moving records.</summary>
    public static Result<Relationship> Record(Guid personId, Guid relatedPersonId, RelationshipType type, Guid recordedBy, DateTimeOffset now)
    {
        if (personId == relatedPersonId)
        {
            return Result<Relationship>.Fail(SamePersonError);
        }

        return Result<Relationship>.Ok(new Relationship
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            RelatedPersonId = relatedPersonId,
            Type = type,
            RecordedBy = recordedBy,
            RecordedAt = now,
        });
    }

    public bool Involves(Guid personId) => PersonId == personId || RelatedPersonId == personId;

    /// <summary>The relationship as seen from one of its two people: who the other is, and what this person is to them.</summary>
    public (Guid OtherPersonId, RelationshipType Type) From(Guid personId)
    {
        if (personId == PersonId)
        {
            return (RelatedPersonId, Type);
        }

        if (personId == RelatedPersonId)
        {
            return (PersonId, Type.Inverse());
        }

        throw new ArgumentException("The person is not part of this relationship.", nameof(personId));
    }

    /// <summary>True when this records the same fact as another relationship, whichever way round it was entered.</summary>
    public bool SameAs(Guid personId, Guid relatedPersonId, RelationshipType type) =>
        (PersonId == personId && RelatedPersonId == relatedPersonId && Type == type)
        || (PersonId == relatedPersonId && RelatedPersonId == personId && Type == type.Inverse());

    public void ChangeType(RelationshipType type) => Type = type;

    /// <summary>Ends the relationship (or marks it as recorded in error) with a note saying why; the record is kept.</summary>
    public Result End(RelationshipEndReason reason, string? note, Guid endedBy, DateTimeOffset now)
    {
        if (!IsCurrent)
        {
            return Result.Fail("This relationship has already been ended");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return Result.Fail(reason == RelationshipEndReason.RecordedInError
                ? "Enter what was wrong with the relationship"
                : "Enter why the relationship has ended");
        }

        if (note.Trim().Length > EndNoteMaximumLength)
        {
            return Result.Fail("Reason must be 2,000 characters or less");
        }

        EndReason = reason;
        EndNote = note.Trim();
        EndedBy = endedBy;
        EndedAt = now;
        return Result.Ok();
    }

    /// <summary>Points the relationship at the kept person after a duplicate merge.</summary>
    public void Repoint(Guid from, Guid to)
    {
        if (from == to)
        {
            throw new ArgumentException("A relationship cannot be re-pointed at the same person.", nameof(to));
        }

        if (PersonId == from)
        {
            PersonId = to;
        }

        if (RelatedPersonId == from)
        {
            RelatedPersonId = to;
        }
    }
}
