namespace FamilyFirst.Domain.Conferences;

/// <summary>How the family group decision-making meeting was offered.</summary>
public enum OfferMethod
{
    InPerson,
    Letter,
    Phone,
    Email,
    AtMeeting,
}

/// <summary>The family's answer to the offer of a family group decision-making meeting.</summary>
public enum OfferResponse
{
    AwaitingResponse,
    Accepted,
    Declined,
    NoResponse,
}

/// <summary>
/// The offer of a family group decision-making meeting that the local authority must make before applying
/// for a care or supervision order (Children's Wellbeing and Schools Act 2026, s.1; Children Act 1989 s.31ZA).
/// </summary>
public sealed class PreProceedingsOffer
{
    private PreProceedingsOffer()
    {
    }

    private PreProceedingsOffer(Guid familyId, DateOnly offeredOn, OfferMethod method)
    {
        Id = Guid.NewGuid();
        FamilyId = familyId;
        OfferedOn = offeredOn;
        Method = method;
        Response = OfferResponse.AwaitingResponse;
    }

    public Guid Id { get; private set; }

    public Guid FamilyId { get; private set; }

    public DateOnly OfferedOn { get; private set; }

    public OfferMethod Method { get; private set; }

    public OfferResponse Response { get; private set; }

    public DateOnly? RespondedOn { get; private set; }

    /// <summary>Why the family declined, in their words, if they said.</summary>
    public string? DeclinedReason { get; private set; }

    public DateOnly? MeetingHeldOn { get; private set; }

    /// <summary>The Family Group Conference that the accepted offer led to, if any.</summary>
    public Guid? ConferenceId { get; private set; }

    public static Result<PreProceedingsOffer> Record(Guid familyId, DateOnly offeredOn, OfferMethod method, DateOnly today)
    {
        if (offeredOn > today)
        {
            return Result<PreProceedingsOffer>.Fail("The date of the offer must be today or in the past");
        }

        return Result<PreProceedingsOffer>.Ok(new PreProceedingsOffer(familyId, offeredOn, method));
    }

    public Result RecordResponse(OfferResponse response, DateOnly respondedOn, string? declinedReason, DateOnly today)
    {
        if (response == OfferResponse.AwaitingResponse)
        {
            return Result.Fail("Select the family's response");
        }

        if (MeetingHeldOn is not null)
        {
            return Result.Fail("The meeting has been held, so the response cannot change");
        }

        if (respondedOn < OfferedOn)
        {
            return Result.Fail("The date of the response must be on or after the date of the offer");
        }

        if (respondedOn > today)
        {
            return Result.Fail("The date of the response must be today or in the past");
        }

        Response = response;
        RespondedOn = respondedOn;
        DeclinedReason = response == OfferResponse.Declined && !string.IsNullOrWhiteSpace(declinedReason) ? declinedReason.Trim() : null;
        return Result.Ok();
    }

    public Result RecordMeetingHeld(DateOnly heldOn, Guid? conferenceId, DateOnly today)
    {
        if (Response != OfferResponse.Accepted)
        {
            return Result.Fail("Record that the family accepted the offer before recording the meeting");
        }

        if (heldOn < OfferedOn)
        {
            return Result.Fail("The date of the meeting must be on or after the date of the offer");
        }

        if (heldOn > today)
        {
            return Result.Fail("The date of the meeting must be today or in the past");
        }

        MeetingHeldOn = heldOn;
        ConferenceId = conferenceId;
        return Result.Ok();
    }
}

/// <summary>An application for a care or supervision order for a family's children, as recorded on the case.</summary>
public sealed class CareApplication
{
    public CareApplication(Guid familyId, DateOnly appliedOn)
    {
        Id = Guid.NewGuid();
        FamilyId = familyId;
        AppliedOn = appliedOn;
    }

    private CareApplication()
    {
    }

    public Guid Id { get; private set; }

    public Guid FamilyId { get; private set; }

    public DateOnly AppliedOn { get; private set; }

    public Guid RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Records that the local authority applied to the court; the date cannot be in the future.</summary>
    public static Result<CareApplication> Record(Guid familyId, DateOnly appliedOn, DateOnly today, Guid recordedById, DateTimeOffset now)
    {
        if (appliedOn > today)
        {
            return Result<CareApplication>.Fail("The date of the application must be today or in the past");
        }

        return Result<CareApplication>.Ok(new CareApplication(familyId, appliedOn) { RecordedById = recordedById, RecordedAt = now });
    }
}

/// <summary>A family that reached a care application without an offer of a family group decision-making meeting first.</summary>
public sealed record ApplicationWithoutOffer(Guid FamilyId, DateOnly AppliedOn, DateOnly? FirstOfferOn)
{
    /// <summary>What went wrong, in words for the report.</summary>
    public string Explanation => FirstOfferOn is { } offered
        ? $"Offer made only after the application (on {offered.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)})"
        : "No offer recorded";
}

/// <summary>Finds the families the pre-proceedings duty was not met for.</summary>
public static class PreProceedingsReport
{
    /// <summary>
    /// Every care application with no offer recorded for the family on or before the date of application,
    /// oldest application first.
    /// </summary>
    public static IReadOnlyList<ApplicationWithoutOffer> ApplicationsWithoutOffer(
        IEnumerable<CareApplication> applications,
        IEnumerable<PreProceedingsOffer> offers)
    {
        var offersByFamily = offers
            .GroupBy(o => o.FamilyId)
            .ToDictionary(g => g.Key, g => g.Select(o => o.OfferedOn).Order().ToList());

        return applications
            .Where(a => !offersByFamily.TryGetValue(a.FamilyId, out var dates) || dates[0] > a.AppliedOn)
            .Select(a => new ApplicationWithoutOffer(
                a.FamilyId,
                a.AppliedOn,
                offersByFamily.TryGetValue(a.FamilyId, out var dates) ? dates[0] : null))
            .OrderBy(a => a.AppliedOn)
            .ThenBy(a => a.FamilyId)
            .ToList();
    }
}
