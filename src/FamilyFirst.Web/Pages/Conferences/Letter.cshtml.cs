using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Pages.Families;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>
/// A printable letter inviting one person on the invitation list to the conference, in plain English: what a
/// Family Group Conference is, when and where, and who to contact; never what the conference is about.
/// </summary>
public sealed class LetterModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time, StaffDirectory directory, IOptions<CouncilOptions> council)
    : ConferencePage(db, access, audit, time)
{
    public CouncilOptions Council => council.Value;

    public ConferenceInvitation Invitation { get; private set; } = default!;

    public string CoordinatorName { get; private set; } = string.Empty;

    /// <summary>Why no letter may be sent to this person (they must not be contacted); null when it may.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid conferenceId, Guid invitationId)
    {
        if (await LoadAsync(id, conferenceId, forChange: false) is { } notFound)
        {
            return notFound;
        }

        if (Conference.Invitations.FirstOrDefault(i => i.Id == invitationId) is not { Status: not InvitationStatus.NotInvited } invitation)
        {
            return NotFound();
        }

        Invitation = invitation;
        var mayWrite = FamilyGroupConference.MayBeInvited(invitation, await Db.FamilyContactsAsync(Family), Today, ContactWay.Letter);
        if (!mayWrite.Succeeded)
        {
            Refusal = mayWrite.Error;
            return Page();
        }

        if (Conference.CoordinatorUserId is { } coordinator)
        {
            var coordinatorId = StaffIds.FromUserKey(coordinator);
            CoordinatorName = (await directory.NamesAsync([coordinatorId]))[coordinatorId];
        }

        await Audit.RecordAndSaveAsync(AuditAction.Export, nameof(FamilyGroupConference), Conference.Id.ToString(), Family.Id, $"Invitation letter printed for {invitation.Name}");
        return Page();
    }
}
