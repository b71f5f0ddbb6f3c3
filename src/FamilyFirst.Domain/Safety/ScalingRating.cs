namespace FamilyFirst.Domain.Safety;

/// <summary>Who gave a scaling rating: each view is recorded separately so the family's progress shows from every side.</summary>
public enum ScalingRole
{
    FamilyMember,
    Practitioner,
    Manager,

    /// <summary>Someone with no record on the family, whose role is written with the rating.</summary>
    SomeoneElse,
}

/// <summary>
/// One answer to the scaling question: on a scale of 0 to 10, where 10 means everyone agrees the children are safe
/// enough to close the case and 0 means the children cannot live at home, where are things now?
/// </summary>
public sealed class ScalingRating
{
    public const int LowestScore = 0;
    public const int HighestScore = 10;

    private ScalingRating()
    {
    }

    private ScalingRating(Guid familyId, int score, ScalingRater rater, DateOnly ratedOn, string? comment)
        : this(familyId, score, rater.Role, rater.Kind == ScalingRaterKind.NetworkMember ? null : rater.Id, rater.Name, ratedOn, comment)
    {
        RaterKind = rater.Kind;
        GivenByNetworkMemberId = rater.Kind == ScalingRaterKind.NetworkMember ? rater.Id : null;
        GivenByOtherRole = rater.OtherRole;
    }

    private ScalingRating(Guid familyId, int score, ScalingRole givenByRole, Guid? givenById, string? givenByName, DateOnly ratedOn, string? comment)
    {
        Id = Guid.NewGuid();
        FamilyId = familyId;
        Score = score;
        GivenByRole = givenByRole;
        GivenById = givenById;
        GivenByName = givenByName;
        RatedOn = ratedOn;
        Comment = comment;
    }

    public Guid Id { get; private set; }

    public Guid FamilyId { get; private set; }

    public int Score { get; private set; }

    public ScalingRole GivenByRole { get; private set; }

    /// <summary>Who gave it: a household member, a network member, the professional, or someone else (written in with their role).</summary>
    public ScalingRaterKind RaterKind { get; private set; }

    /// <summary>The person's record (household member or staff user), when they have one.</summary>
    public Guid? GivenById { get; private set; }

    /// <summary>The network member who gave it, when it was one.</summary>
    public Guid? GivenByNetworkMemberId { get; private set; }

    /// <summary>For someone else only: their role, in words. Ratings recorded before raters were people keep the role they were given here.</summary>
    public string? GivenByOtherRole { get; private set; }

    /// <summary>The person's name as written when the rating was recorded; may be left out when <see cref="GivenById"/> is known.</summary>
    public string? GivenByName { get; private set; }

    public DateOnly RatedOn { get; private set; }

    /// <summary>Why they gave this number, in their words.</summary>
    public string? Comment { get; private set; }

    /// <summary>Records a rating given by a chosen person (or someone else, written in with their role).</summary>
    public static Result<ScalingRating> Record(Guid familyId, int score, ScalingRater rater, DateOnly ratedOn, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(rater);
        if (score is < LowestScore or > HighestScore)
        {
            return Result<ScalingRating>.Fail("Enter a rating from 0 to 10");
        }

        var checkedRater = rater.Check();
        if (!checkedRater.Succeeded)
        {
            return Result<ScalingRating>.Fail(checkedRater.Error!);
        }

        return Result<ScalingRating>.Ok(new ScalingRating(familyId, score, rater, ratedOn, string.IsNullOrWhiteSpace(comment) ? null : comment));
    }

    /// <summary>
    /// Records a rating by role and a record or a written name, as before raters were people. Kept for the domain's own
    /// tests; pages choose the person with <see cref="Record(Guid, int, ScalingRater, DateOnly, string?)"/>.
    /// </summary>
    internal static Result<ScalingRating> Record(
        Guid familyId,
        int score,
        ScalingRole givenByRole,
        Guid? givenById,
        string? givenByName,
        DateOnly ratedOn,
        string? comment = null)
    {
        if (score is < LowestScore or > HighestScore)
        {
            return Result<ScalingRating>.Fail("Enter a rating from 0 to 10");
        }

        if (givenById is null && string.IsNullOrWhiteSpace(givenByName))
        {
            return Result<ScalingRating>.Fail("Enter who gave the rating");
        }

        var rating = new ScalingRating(
            familyId,
            score,
            givenByRole,
            givenById,
            string.IsNullOrWhiteSpace(givenByName) ? null : givenByName,
            ratedOn,
            string.IsNullOrWhiteSpace(comment) ? null : comment);
        (rating.RaterKind, rating.GivenByOtherRole) = (givenById, givenByRole) switch
        {
            (null, _) => (ScalingRaterKind.SomeoneElse, ScalingSeries.RoleDescription(givenByRole).ToLowerInvariant()),
            (_, ScalingRole.FamilyMember) => (ScalingRaterKind.HouseholdMember, null),
            _ => (ScalingRaterKind.Professional, (string?)null),
        };
        return Result<ScalingRating>.Ok(rating);
    }
}
