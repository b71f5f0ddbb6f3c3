namespace FamilyFirst.Domain.Meetings;

/// <summary>What a restorative meeting agreed: who will do what, by when.</summary>
public sealed class MeetingAgreement
{
    private MeetingAgreement()
    {
        WhoWillDoIt = string.Empty;
        WhatTheyWillDo = string.Empty;
    }

    internal MeetingAgreement(Guid meetingId, string whoWillDoIt, Guid? personId, string whatTheyWillDo, DateOnly byWhen)
    {
        Id = Guid.NewGuid();
        MeetingId = meetingId;
        WhoWillDoIt = whoWillDoIt;
        PersonId = personId;
        WhatTheyWillDo = whatTheyWillDo;
        ByWhen = byWhen;
    }

    public Guid Id { get; private set; }

    public Guid MeetingId { get; private set; }

    public string WhoWillDoIt { get; private set; }

    /// <summary>The person on the family's record who will do it, when known.</summary>
    public Guid? PersonId { get; private set; }

    public string WhatTheyWillDo { get; private set; }

    public DateOnly ByWhen { get; private set; }

    /// <summary>The family plan action made from this agreement, once it has been added to the plan.</summary>
    public Guid? PlanActionId { get; private set; }

    public bool IsInPlan => PlanActionId is not null;

    /// <summary>The agreement as a plain value the family plan can turn into an action.</summary>
    public AgreedAction ToPlanAction() => new(MeetingId, Id, WhatTheyWillDo, WhoWillDoIt, PersonId, ByWhen);

    internal void RecordAddedToPlan(Guid planActionId) => PlanActionId = planActionId;
}

/// <summary>
/// An agreement ready to become a family plan action: what, who and by when, with the meeting it came
/// from so the plan can show where the action was agreed.
/// </summary>
public sealed record AgreedAction(
    Guid MeetingId,
    Guid AgreementId,
    string What,
    string Who,
    Guid? WhoPersonId,
    DateOnly ByWhen);
