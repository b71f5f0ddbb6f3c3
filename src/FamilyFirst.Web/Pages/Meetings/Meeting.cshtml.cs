using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Pages.Plans;
using Microsoft.Extensions.Options;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>A meeting: when and where, who took part and attended, a circle's rounds, the agreements, and the participants' feedback in aggregate.</summary>
[ShowsTheRecord]
public sealed class MeetingModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time, StaffDirectory directory, PlanRecords plans, IOptions<CouncilOptions> council)
    : MeetingPage(db, access, audit, time)
{
    public bool CanChange { get; private set; }

    public string FacilitatorName { get; private set; } = string.Empty;

    public string? FeedbackUrl { get; private set; }

    public FeedbackSummary Feedback { get; private set; } = FeedbackSummary.From([]);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId)
    {
        if (await LoadAsync(id, meetingId, forChange: false) is { } notFound)
        {
            return notFound;
        }

        CanChange = await Access.CanChangeAsync(Family);
        var facilitator = StaffIds.FromUserKey(Meeting.FacilitatorUserId);
        FacilitatorName = (await directory.NamesAsync([facilitator]))[facilitator];
        var token = await Db.FeedbackLinks.Where(l => l.MeetingId == meetingId).Select(l => l.Token).FirstOrDefaultAsync();
        FeedbackUrl = token is null ? null : this.Links().Absolute(this.Links().Feedback(token));
        Feedback = FeedbackSummary.From(await Db.FeedbackResponses.AsNoTracking().Where(f => f.MeetingId == meetingId).ToListAsync());
        await Audit.RecordAndSaveAsync(AuditAction.View, nameof(Meeting), Meeting.Id.ToString(), Family.Id);
        return Page();
    }

    /// <summary>The feedback link as a QR code (SVG), for the room's screen or a printed sheet, so participants can answer on their phones.</summary>
    public async Task<IActionResult> OnGetFeedbackQrCodeAsync(Guid id, Guid meetingId)
    {
        if (await LoadAsync(id, meetingId, forChange: false) is { } notFound)
        {
            return notFound;
        }

        var token = await Db.FeedbackLinks.Where(l => l.MeetingId == meetingId).Select(l => l.Token).FirstOrDefaultAsync();
        if (token is null)
        {
            return NotFound();
        }

        using var generator = new QRCoder.QRCodeGenerator();
        using var code = generator.CreateQrCode(this.Links().Absolute(this.Links().Feedback(token)), QRCoder.QRCodeGenerator.ECCLevel.M);
        var svg = new QRCoder.SvgQRCode(code).GetGraphic(8);
        return File(System.Text.Encoding.UTF8.GetBytes(svg), "image/svg+xml");
    }

    /// <summary>The meeting as a calendar file: when and where only, never what it is about.</summary>
    public async Task<IActionResult> OnGetInvitationAsync(Guid id, Guid meetingId)
    {
        if (await LoadAsync(id, meetingId, forChange: false) is { } notFound)
        {
            return notFound;
        }

        var invite = CalendarInvite.For(Meeting, "Family meeting", $"Contact {council.Value.Phone} if you cannot come.", council.Value.ServiceName, Meeting.Revision);
        await Audit.RecordAndSaveAsync(AuditAction.Export, nameof(Meeting), Meeting.Id.ToString(), Family.Id, "Calendar invitation downloaded");
        return File(System.Text.Encoding.UTF8.GetBytes(invite.ToICalendar(Time.GetUtcNow())), "text/calendar", "family-meeting.ics");
    }

    /// <summary>
    /// Adds every agreement not yet in the family plan as an action of the plan's draft, in one step: the plan is
    /// started on the case if there is none, and a new draft version is opened if the plan is agreed. Who will do
    /// it is matched to the meeting's participants; who checks is the meeting's facilitator, until changed.
    /// </summary>
    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAddToPlanAsync(Guid id, Guid meetingId)
    {
        if (await LoadAsync(id, meetingId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        var agreed = Meeting.AgreementsNotYetInPlan();
        if (agreed.Count == 0)
        {
            TempData.Success("Every agreement from this meeting is already in the family plan");
            return Redirect(MeetingPath);
        }

        var userId = StaffIds.Of(User);
        var plan = await plans.PlanAsync(id);
        if (plan is null)
        {
            plan = FamilyPlan.StartDirect(id, userId, Time.GetUtcNow());
            Db.FamilyPlans.Add(plan);
            Audit.Record(AuditAction.Create, PlanRecords.PlanRecord, plan.Id.ToString(), id, "Started the family plan from a meeting's agreements");
        }
        else if (plan.Draft is null)
        {
            plan.StartRevision();
        }

        var facilitator = StaffIds.FromUserKey(Meeting.FacilitatorUserId);
        var checker = new ActionChecker(null, $"{(await directory.NamesAsync([facilitator]))[facilitator]}, who facilitated the meeting");
        var contacts = await Db.FamilyContactsAsync(Family);
        foreach (var agreement in agreed)
        {
            var added = plan.AddAction(new PlanActionDetails(agreement.What, OwnerOf(agreement), agreement.ByWhen, checker), contacts, Today);
            if (!added.Succeeded)
            {
                Db.ChangeTracker.Clear();
                ModelState.AddModelError(string.Empty, $"The agreement \"{agreement.What}\" could not be added to the family plan: {added.Error}");
                return await OnGetAsync(id, meetingId);
            }

            Meeting.RecordAgreementAddedToPlan(agreement.AgreementId, added.Value!.ActionKey);
        }

        Audit.Record(AuditAction.Change, PlanRecords.PlanRecord, plan.Id.ToString(), id, $"Added {agreed.Count} agreements from a meeting to version {plan.Draft!.Number} of the plan");
        if (!await plans.TrySavePlanAsync())
        {
            ModelState.AddModelError(string.Empty, FamilyPlan.StaleMessage);
            return await OnGetAsync(id, meetingId);
        }

        TempData.Success(agreed.Count == 1
            ? $"1 agreement added to version {plan.Draft!.Number} of the family plan"
            : $"{agreed.Count} agreements added to version {plan.Draft!.Number} of the family plan");
        return Redirect(MeetingPath);
    }

    public string Date(DateOnly date) => FamilyText.Date(date);

    /// <summary>A family member on record, or whoever the agreement names, as the meeting's participants describe them.</summary>
    private ActionOwner OwnerOf(AgreedAction agreement)
    {
        var participant = Meeting.Participants.FirstOrDefault(p => string.Equals(p.Name, agreement.Who, StringComparison.OrdinalIgnoreCase));
        var personId = agreement.WhoPersonId ?? participant?.PersonId;
        return personId is { } person
            ? new ActionOwner(ActionOwnerKind.FamilyMember, person, null)
            : new ActionOwner(participant?.Kind == ParticipantKind.Professional ? ActionOwnerKind.ProfessionalOrService : ActionOwnerKind.NetworkMember, null, agreement.Who);
    }
}
