namespace FamilyFirst.Domain.Safety;

/// <summary>Who gave a scaling rating: each view is recorded separately so the family's progress shows from every side.</summary>
public enum ScalingRole
{
    FamilyMember,
    Practitioner,
    Manager,
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

    /// <summary>The person's record (family member or staff user), when they have one.</summary>
    public Guid? GivenById { get; private set; }

    /// <summary>The person's name as written when the rating was recorded; may be left out when <see cref="GivenById"/> is known.</summary>
    public string? GivenByName { get; private set; }

    public DateOnly RatedOn { get; private set; }

    /// <summary>Why they gave this number, in their words.</summary>
    public string? Comment { get; private set; }

    public static Result<ScalingRating> Record(
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

        return Result<ScalingRating>.Ok(new ScalingRating(
            familyId,
            score,
            givenByRole,
            givenById,
            string.IsNullOrWhiteSpace(givenByName) ? null : givenByName,
            ratedOn,
            string.IsNullOrWhiteSpace(comment) ? null : comment));
    }
}
