using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>Records what happened at a meeting; the first time, the meeting goes on the family's chronology as held.</summary>
public sealed class SummaryModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : MeetingPage(db, access, audit, time)
{
    [BindProperty]
    [Display(Name = "What happened at the meeting?")]
    [Required(ErrorMessage = "Enter what happened at the meeting")]
    [StringLength(Meeting.SummaryMaxLength, ErrorMessage = "What happened must be 2,000 characters or less")]
    public string? WhatHappened { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId)
    {
        if (await LoadAsync(id, meetingId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        WhatHappened = Meeting.Summary;
        return Page();
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid meetingId)
    {
        if (await LoadAsync(id, meetingId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var firstTime = Meeting.Summary is null;
        if (Refused(Meeting.RecordSummary(WhatHappened), nameof(WhatHappened)))
        {
            return Page();
        }

        if (firstTime)
        {
            Chronology.Add(Db, Family.Id, ChronologyEventType.Meeting, Time.DateOf(Meeting.StartsAt), $"{MeetingText.Type(Meeting.Type)} held", StaffIds.Of(User), Time.GetUtcNow(), nameof(Meeting), Meeting.Id);
        }

        return await SavedAsync("What happened at the meeting is recorded");
    }
}
