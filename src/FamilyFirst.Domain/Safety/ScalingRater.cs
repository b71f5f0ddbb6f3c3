namespace FamilyFirst.Domain.Safety;

/// <summary>Who gave a scaling rating, as a person: someone in the household, someone in the family's network, the professional, or someone else.</summary>
public enum ScalingRaterKind
{
    HouseholdMember,
    NetworkMember,
    Professional,

    /// <summary>Someone with no record on the family (for example the children's teacher): their name and role are written.</summary>
    SomeoneElse,
}

/// <summary>
/// The person who gave a scaling rating. A household member, network member or professional is chosen by their record,
/// so every rating they give is on one line whatever their name is written as; only someone else is written in, with
/// their role.
/// </summary>
public sealed record ScalingRater
{
    public const int NameMaxLength = 200;

    private ScalingRater(ScalingRaterKind kind, Guid? id, string? name, ScalingRole role, string? otherRole)
    {
        Kind = kind;
        Id = id;
        Name = name;
        Role = role;
        OtherRole = otherRole;
    }

    public ScalingRaterKind Kind { get; }

    /// <summary>The record chosen: the person (household), the network member, or the staff user (professional).</summary>
    public Guid? Id { get; }

    /// <summary>Their name as shown when the rating was given.</summary>
    public string? Name { get; }

    public ScalingRole Role { get; }

    /// <summary>For someone else only: their role, in words (for example "Kai's teacher").</summary>
    public string? OtherRole { get; }

    public static ScalingRater HouseholdMember(Guid personId, string name) =>
        new(ScalingRaterKind.HouseholdMember, personId, Tidy(name), ScalingRole.FamilyMember, null);

    public static ScalingRater NetworkMember(Guid networkMemberId, string name) =>
        new(ScalingRaterKind.NetworkMember, networkMemberId, Tidy(name), ScalingRole.FamilyMember, null);

    /// <summary>The practitioner or manager giving their own rating.</summary>
    public static ScalingRater Professional(Guid staffId, string name, bool isManager) =>
        new(ScalingRaterKind.Professional, staffId, Tidy(name), isManager ? ScalingRole.Manager : ScalingRole.Practitioner, null);

    public static ScalingRater SomeoneElse(string? name, string? role) =>
        new(ScalingRaterKind.SomeoneElse, null, Tidy(name), ScalingRole.SomeoneElse, Tidy(role));

    /// <summary>Refuses someone else without a name or role, and anyone chosen without a record.</summary>
    public Result Check()
    {
        if (Kind == ScalingRaterKind.SomeoneElse)
        {
            if (Name is null)
            {
                return Result.Fail("Enter the name of the person who gave the rating");
            }

            if (Name.Length > NameMaxLength)
            {
                return Result.Fail("Their name must be 200 characters or less");
            }

            if (OtherRole is null)
            {
                return Result.Fail("Enter their role, for example the children's teacher");
            }

            return OtherRole.Length > NameMaxLength ? Result.Fail("Their role must be 200 characters or less") : Result.Ok();
        }

        return Id is null || Id == Guid.Empty ? Result.Fail("Select who gave the rating") : Result.Ok();
    }

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
