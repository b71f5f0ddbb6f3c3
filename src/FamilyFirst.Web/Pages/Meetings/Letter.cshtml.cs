using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>A printable invitation letter in plain English: when, where and who to contact, never what the meeting is about.</summary>
public sealed class LetterModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time, StaffDirectory directory, IOptions<CouncilOptions> council)
    : MeetingPage(db, access, audit, time)
{
    public CouncilOptions Council => council.Value;

    public string FacilitatorName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId)
    {
        if (await LoadAsync(id, meetingId, forChange: false) is { } notFound)
        {
            return notFound;
        }

        var facilitator = StaffIds.FromUserKey(Meeting.FacilitatorUserId);
        FacilitatorName = (await directory.NamesAsync([facilitator]))[facilitator];
        await Audit.RecordAndSaveAsync(AuditAction.Export, nameof(Meeting), Meeting.Id.ToString(), Family.Id, "Invitation letter printed");
        return Page();
    }
}
