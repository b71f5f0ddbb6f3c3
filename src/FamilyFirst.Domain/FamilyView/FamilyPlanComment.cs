namespace FamilyFirst.Domain.FamilyView;

/// <summary>What a family member wrote on their plan: a comment in their own words, or a request to change the plan.</summary>
public enum FamilyCommentKind
{
    Comment,
    ChangeRequest,
}

/// <summary>
/// A family member's own words on their family's plan, written in the family view. A request to change the plan is a
/// task for the lead practitioner until they record that it has been dealt with.
/// </summary>
public sealed class FamilyPlanComment
{
    public const int TextMaxLength = 2000;

    private FamilyPlanComment()
    {
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid FamilyCaseId { get; private set; }

    /// <summary>The household member who wrote it; null when a network member did.</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>The wider network member (by their network record) who wrote it; null when a household member did.</summary>
    public Guid? NetworkMemberId { get; private set; }

    /// <summary>Who wrote it: a person on the case or a network record.</summary>
    public FamilyViewPerson Writer => FamilyViewPerson.Of(PersonId, NetworkMemberId);

    public FamilyCommentKind Kind { get; private set; }

    /// <summary>Exactly as the family member wrote it.</summary>
    public string Text { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }

    /// <summary>For a change request: when the practitioner recorded that it had been dealt with.</summary>
    public DateTimeOffset? DealtWithAt { get; private set; }

    public Guid? DealtWithById { get; private set; }

    public bool IsOpenRequest => Kind == FamilyCommentKind.ChangeRequest && DealtWithAt is null;

    /// <summary>A household member writes on the plan.</summary>
    public static Result<FamilyPlanComment> Write(Guid familyCaseId, Guid personId, FamilyCommentKind kind, string? text, DateTimeOffset now) =>
        Write(familyCaseId, FamilyViewPerson.HouseholdMember(personId), kind, text, now);

    /// <summary>A household or network member writes on the plan, in their own words (kept as written, trimmed).</summary>
    public static Result<FamilyPlanComment> Write(Guid familyCaseId, FamilyViewPerson writer, FamilyCommentKind kind, string? text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<FamilyPlanComment>.Fail(kind == FamilyCommentKind.Comment ? "Enter your comment" : "Enter what you would like to change");
        }

        if (text.Length > TextMaxLength)
        {
            return Result<FamilyPlanComment>.Fail("What you write must be 2,000 characters or less");
        }

        return Result<FamilyPlanComment>.Ok(new FamilyPlanComment
        {
            Id = Guid.NewGuid(),
            FamilyCaseId = familyCaseId,
            PersonId = writer.PersonId,
            NetworkMemberId = writer.NetworkMemberId,
            Kind = kind,
            Text = text.Trim(),
            WrittenAt = now,
        });
    }

    /// <summary>The lead practitioner records that a change request has been dealt with (talked through, or the plan changed).</summary>
    public Result MarkDealtWith(Guid byId, DateTimeOffset now)
    {
        if (Kind != FamilyCommentKind.ChangeRequest)
        {
            return Result.Fail("Only a request to change the plan can be marked as dealt with");
        }

        if (DealtWithAt is not null)
        {
            return Result.Fail("This request has already been dealt with");
        }

        DealtWithAt = now;
        DealtWithById = byId;
        return Result.Ok();
    }
}
