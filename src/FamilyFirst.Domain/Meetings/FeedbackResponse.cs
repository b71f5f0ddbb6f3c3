namespace FamilyFirst.Domain.Meetings;

/// <summary>
/// One participant's anonymous answers after a meeting: four ratings from 1 to 5 and their own words.
/// It holds no person, user or time, so it cannot be traced back to who gave it.
/// </summary>
public sealed class FeedbackResponse
{
    public const int LowestRating = 1;
    public const int HighestRating = 5;
    public const int CommentsMaxLength = 2000;

    private FeedbackResponse()
    {
    }

    private FeedbackResponse(Guid meetingId, int feltListenedTo, int treatedWithRespect, int hadASay, int planFeelsLikeOurs, string? comments)
    {
        Id = Guid.NewGuid();
        MeetingId = meetingId;
        FeltListenedTo = feltListenedTo;
        TreatedWithRespect = treatedWithRespect;
        HadASay = hadASay;
        PlanFeelsLikeOurs = planFeelsLikeOurs;
        Comments = comments;
    }

    public Guid Id { get; private set; }

    /// <summary>The meeting or Family Group Conference the feedback is about.</summary>
    public Guid MeetingId { get; private set; }

    public int FeltListenedTo { get; private set; }

    public int TreatedWithRespect { get; private set; }

    public int HadASay { get; private set; }

    public int PlanFeelsLikeOurs { get; private set; }

    public string? Comments { get; private set; }

    public static Result<FeedbackResponse> Submit(
        Guid meetingId,
        int feltListenedTo,
        int treatedWithRespect,
        int hadASay,
        int planFeelsLikeOurs,
        string? comments)
    {
        var error = CheckRating(feltListenedTo, "how far you felt listened to")
            ?? CheckRating(treatedWithRespect, "how far you were treated with respect")
            ?? CheckRating(hadASay, "how far you had a say")
            ?? CheckRating(planFeelsLikeOurs, "how far the plan feels like yours");
        if (error is not null)
        {
            return Result<FeedbackResponse>.Fail(error);
        }

        var text = string.IsNullOrWhiteSpace(comments) ? null : comments.Trim();
        if (text is not null && text.Length > CommentsMaxLength)
        {
            return Result<FeedbackResponse>.Fail($"Your comments must be {CommentsMaxLength:N0} characters or less");
        }

        return Result<FeedbackResponse>.Ok(new FeedbackResponse(meetingId, feltListenedTo, treatedWithRespect, hadASay, planFeelsLikeOurs, text));
    }

    private static string? CheckRating(int rating, string question) =>
        rating is < LowestRating or > HighestRating
            ? $"Select {question}, from {LowestRating} to {HighestRating}"
            : null;
}
