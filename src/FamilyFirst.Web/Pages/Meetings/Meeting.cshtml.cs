using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Pages.Families;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>A meeting: when and where, who took part and attended, a circle's rounds, the agreements, and the participants' feedback in aggregate.</summary>
[Authorize(Policy = Policies.FamilyRecords)]
public sealed class MeetingModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time, StaffDirectory directory, IOptions<CouncilOptions> council)
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
        FeedbackUrl = token is null ? null : $"{Request.Scheme}://{Request.Host}/feedback/{token}";
        Feedback = FeedbackSummary.From(await Db.FeedbackResponses.AsNoTracking().Where(f => f.MeetingId == meetingId).ToListAsync());
        await Audit.RecordAndSaveAsync(AuditAction.View, nameof(Meeting), Meeting.Id.ToString(), Family.Id);
        return Page();
    }

    /// <summary>The meeting as a calendar file: when and where only, never what it is about.</summary>
    public async Task<IActionResult> OnGetInvitationAsync(Guid id, Guid meetingId)
    {
        if (await LoadAsync(id, meetingId, forChange: false) is { } notFound)
        {
            return notFound;
        }

        var invite = CalendarInvite.For(Meeting, "Family meeting", $"Contact {council.Value.Phone} if you cannot come.", council.Value.ServiceName);
        await Audit.RecordAndSaveAsync(AuditAction.Export, nameof(Meeting), Meeting.Id.ToString(), Family.Id, "Calendar invitation downloaded");
        return File(System.Text.Encoding.UTF8.GetBytes(invite.ToICalendar(Time.GetUtcNow())), "text/calendar", "family-meeting.ics");
    }

    public string Date(DateOnly date) => FamilyText.Date(date);
}
