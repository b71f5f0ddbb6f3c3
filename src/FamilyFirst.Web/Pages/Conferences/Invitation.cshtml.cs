using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>Step 3: an invitation's status: invited, accepted, declined, or not invited with a reason such as risk.</summary>
public sealed class InvitationModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : ConferencePage(db, access, audit, time)
{
    public ConferenceInvitation Invitation { get; private set; } = default!;

    [BindProperty]
    [Display(Name = "Status")]
    [Required(ErrorMessage = "Select where the invitation has got to")]
    public InvitationStatus? Status { get; set; }

    [BindProperty]
    [Display(Name = "Why did they decline? (optional)")]
    [StringLength(2000, ErrorMessage = "Why they declined must be 2,000 characters or less")]
    public string? DeclinedReason { get; set; }

    [BindProperty]
    [Display(Name = "Why are they not being invited?")]
    [StringLength(2000, ErrorMessage = "Why they are not being invited must be 2,000 characters or less")]
    public string? NotInvitedReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid conferenceId, Guid invitationId)
    {
        if (await LoadInvitationAsync(id, conferenceId, invitationId) is { } notFound)
        {
            return notFound;
        }

        Status = Invitation.Status == InvitationStatus.ToInvite ? null : Invitation.Status;
        DeclinedReason = Invitation.DeclinedReason;
        NotInvitedReason = Invitation.NotInvitedReason;
        return Page();
    }

    [ForAction(StaffAction.RunConference)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid conferenceId, Guid invitationId)
    {
        if (await LoadInvitationAsync(id, conferenceId, invitationId) is { } notFound)
        {
            return notFound;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var contacts = await Db.FamilyContactsAsync(Family);
        var result = Status switch
        {
            InvitationStatus.Invited => Conference.InviteToConference(invitationId, contacts, Today),
            InvitationStatus.Accepted => Conference.RecordInvitationAccepted(invitationId, contacts, Today),
            InvitationStatus.Declined => Conference.RecordInvitationDeclined(invitationId, DeclinedReason),
            InvitationStatus.NotInvited => Conference.RecordNotInvited(invitationId, NotInvitedReason ?? string.Empty),
            _ => Result.Fail("Select where the invitation has got to"),
        };
        if (Refused(result, Status == InvitationStatus.NotInvited && string.IsNullOrWhiteSpace(NotInvitedReason) ? nameof(NotInvitedReason) : nameof(Status)))
        {
            return Page();
        }

        return await SavedAsync($"{Invitation.Name}: {Meetings.MeetingText.Invitation(Status!.Value).ToLowerInvariant()}");
    }

    private async Task<IActionResult?> LoadInvitationAsync(Guid id, Guid conferenceId, Guid invitationId)
    {
        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        var invitation = Conference.Invitations.FirstOrDefault(i => i.Id == invitationId);
        if (invitation is null)
        {
            return NotFound();
        }

        Invitation = invitation;
        return null;
    }
}
