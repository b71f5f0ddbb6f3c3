using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Pages.Meetings;
using Microsoft.Extensions.Options;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>
/// The conference summary: where it has got to, the next step, everything recorded so far and its history.
/// The steps that need no answers (preparation complete, start the conference, end private family time)
/// are buttons here; the domain refuses any out of order with a plain message.
/// </summary>
[ShowsTheRecord]
public sealed class ConferenceModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time, StaffDirectory directory, IOptions<CouncilOptions> council)
    : ConferencePage(db, access, audit, time)
{
    public bool CanChange { get; private set; }

    public string ReferrerName { get; private set; } = string.Empty;

    public string CoordinatorName { get; private set; } = "Not allocated";

    public string Timeliness { get; private set; } = string.Empty;

    public bool ReviewOverdue { get; private set; }

    public StepPrompt? NextStep { get; private set; }

    /// <summary>Whether the user may record the local authority's decision on the plan (the lead practitioner or a manager, never the coordinator).</summary>
    public bool CanDecide { get; private set; }

    /// <summary>Whether the user may allocate the coordinator (practitioners and managers who hold the case).</summary>
    public bool CanAllocateCoordinator { get; private set; }

    public IReadOnlyDictionary<Guid, string> PlanTexts { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Everyone on the family's record with their contact restrictions, for the warning on the invitation list.</summary>
    public FamilyContacts Contacts { get; private set; } = FamilyContacts.None;

    public ContactRestriction? RestrictionOf(ConferenceInvitation invitation) =>
        invitation.Kind == ParticipantKind.Professional ? null : Contacts.RestrictionFor(invitation.PersonId, invitation.NetworkMemberId, invitation.Name, Today);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid conferenceId)
    {
        if (await LoadAsync(id, conferenceId, forChange: false) is { } notFound)
        {
            return notFound;
        }

        await Audit.RecordAndSaveAsync(AuditAction.View, nameof(FamilyGroupConference), Conference.Id.ToString(), Family.Id);
        await ShowAsync();
        return Page();
    }

    [ForAction(StaffAction.RunConference)]
    public Task<IActionResult> OnPostCompletePreparationAsync(Guid id, Guid conferenceId) =>
        StepAsync(id, conferenceId, c => c.CompletePreparation(CouncilNow, UserKey), "Preparation complete. The conference is ready to start", "Family Group Conference preparation complete");

    [ForAction(StaffAction.RunConference)]
    public Task<IActionResult> OnPostStartInformationSharingAsync(Guid id, Guid conferenceId) =>
        StepAsync(id, conferenceId, c => c.StartInformationSharing(CouncilNow, UserKey), "Conference started: information sharing", "Family Group Conference held: information sharing started");

    [ForAction(StaffAction.RunConference)]
    public Task<IActionResult> OnPostEndPrivateFamilyTimeAsync(Guid id, Guid conferenceId) =>
        StepAsync(id, conferenceId, c => c.EndPrivateFamilyTime(CouncilNow, UserKey), "Private family time ended. The family can now present its plan", null);

    /// <summary>The conference as a calendar file: when and where only, never what it is about.</summary>
    public async Task<IActionResult> OnGetInvitationAsync(Guid id, Guid conferenceId)
    {
        if (await LoadAsync(id, conferenceId, forChange: false) is { } notFound)
        {
            return notFound;
        }

        if (Conference.ScheduledFor is not { } at)
        {
            return NotFound();
        }

        var invite = new CalendarInvite(Conference.Id, Conference.History.Count, "Family meeting", at, at + TimeSpan.FromHours(3), Conference.Venue, $"Contact {council.Value.Phone} if you cannot come.", council.Value.ServiceName);
        await Audit.RecordAndSaveAsync(AuditAction.Export, nameof(FamilyGroupConference), Conference.Id.ToString(), Family.Id, "Calendar invitation downloaded");
        return File(System.Text.Encoding.UTF8.GetBytes(invite.ToICalendar(Time.GetUtcNow())), "text/calendar", "family-meeting.ics");
    }

    private async Task<IActionResult> StepAsync(Guid id, Guid conferenceId, Func<FamilyGroupConference, Domain.Common.Result> step, string success, string? chronology)
    {
        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        if (Refused(step(Conference)))
        {
            await ShowAsync();
            return Page();
        }

        return await SavedAsync(success, chronology);
    }

    public string Date(DateOnly? date) => FamilyText.Date(date);

    public string Names(IEnumerable<Guid> invitationIds) =>
        string.Join(", ", invitationIds.Select(i => Conference.Invitations.FirstOrDefault(x => x.Id == i)?.Name ?? "someone no longer on the list"));

    public string Needs(ParticipationNeeds needs)
    {
        if (!needs.HasAny)
        {
            return "None recorded";
        }

        var parts = new List<string>();
        if (needs.InterpreterLanguage is { } language)
        {
            parts.Add($"Interpreter ({language})");
        }

        if (needs.Access is { } a)
        {
            parts.Add($"Access: {a}");
        }

        if (needs.Childcare)
        {
            parts.Add("Childcare");
        }

        if (needs.Transport)
        {
            parts.Add("Transport");
        }

        return string.Join("; ", parts);
    }

    private async Task ShowAsync()
    {
        CanChange = await Access.MayAsync(Family, StaffAction.RunConference);
        CanDecide = await Access.MayAsync(Family, StaffAction.RecordLocalAuthorityDecision);
        CanAllocateCoordinator = await Access.MayAsync(Family, StaffAction.ReferToConference);
        Contacts = await Db.FamilyContactsAsync(Family);
        var ids = new List<Guid> { StaffIds.FromUserKey(Conference.ReferrerUserId) };
        if (Conference.CoordinatorUserId is { } coordinator)
        {
            ids.Add(StaffIds.FromUserKey(coordinator));
        }

        var names = await directory.NamesAsync(ids);
        ReferrerName = names[ids[0]];
        if (Conference.CoordinatorUserId is { } allocated)
        {
            CoordinatorName = names[StaffIds.FromUserKey(allocated)];
        }

        var rules = ConferenceRules.Default;
        Timeliness = Conference.DaysFromReferralToConference is { } days
            ? $"{days} days (target {rules.TargetDaysToConference}){(days <= rules.TargetDaysToConference ? "" : ": over target")}"
            : $"{Today.DayNumber - Conference.ReferredOn.DayNumber} days so far (target {rules.TargetDaysToConference})";
        ReviewOverdue = Conference.IsReviewOverdue(Today);
        var planIds = Conference.PlanPresentations.Select(p => p.PlanId).ToList();
        PlanTexts = await Db.PresentedPlans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Text);
        NextStep = Next();
    }

    private StepPrompt? Next()
    {
        var links = this.Links();
        var (familyId, conferenceId) = (Family.Id, Conference.Id);
        return Conference.Stage switch
        {
            ConferenceStage.Referred when !CanAllocateCoordinator => new("Waiting for the lead practitioner or a manager to allocate an independent coordinator.", string.Empty, null, null),
            ConferenceStage.Referred => new("Allocate an independent coordinator: not the lead practitioner, the referrer or anyone on the case.", "Allocate a coordinator", links.ConferenceCoordinator(familyId, conferenceId), null),
            ConferenceStage.CoordinatorAllocated => new("Prepare the conference: the invitation list and needs, how the children take part, and the date and venue. Then mark preparation complete.", "Mark preparation complete", null, "CompletePreparation"),
            ConferenceStage.Prepared => new("On the day, start the conference with information sharing.", "Start information sharing", null, "StartInformationSharing"),
            ConferenceStage.InformationSharing or ConferenceStage.PlanNotAgreed => new(
                Conference.Stage == ConferenceStage.PlanNotAgreed
                    ? "The family may amend its plan in more private family time and present it again, or the conference can be closed."
                    : "When information sharing is over, the professionals and the coordinator leave for private family time.",
                "Start private family time", links.PrivateFamilyTime(familyId, conferenceId), null),
            ConferenceStage.PrivateFamilyTime when !Conference.PrivateFamilyTime[^1].HasEnded => new("When the family has written its plan, end private family time.", "End private family time", null, "EndPrivateFamilyTime"),
            ConferenceStage.PrivateFamilyTime => new("The family presents its plan.", "Record the plan presented", links.ConferencePlan(familyId, conferenceId), null),
            ConferenceStage.PlanPresented when !CanDecide => new("Waiting for the lead practitioner or a manager to record the local authority's decision on the plan.", string.Empty, null, null),
            ConferenceStage.PlanPresented => new("The referrer agrees the plan, or says why not, naming the bottom lines or the safety concern.", "Record the decision", links.ConferenceDecision(familyId, conferenceId), null),
            ConferenceStage.PlanAgreed => new($"Schedule the review, normally {ConferenceRules.Default.ReviewAfterDays} days after the conference.", "Schedule the review", links.ConferenceReview(familyId, conferenceId), null),
            ConferenceStage.ReviewScheduled => new("When the review has been held, record it.", "Record the review held", links.ConferenceReviewHeld(familyId, conferenceId), null),
            ConferenceStage.Reviewed => new("Schedule another review if the plan needs one, or close the conference.", "Schedule another review", links.ConferenceReview(familyId, conferenceId), null),
            _ => null,
        };
    }

    /// <summary>What to do next, as a link to the step's page or a button for a step with no questions.</summary>
    public sealed record StepPrompt(string Text, string Action, string? Href, string? Handler);
}
