using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>
/// Sends (and resends) the email that lets a new member of staff choose their password. The account shows as
/// "Invited" until they do. A resent invitation first gives the account a new security stamp, so the link sent
/// before stops working. Each sending is an administration change, audited in the same save.
/// </summary>
public sealed class StaffInvitations(
    UserManager<ApplicationUser> users, NotificationOutbox outbox, IOptions<CouncilOptions> council, FamilyFirstLinks links, AuditTrail audit, TimeProvider time)
{
    /// <summary>Sends the first invitation to a newly created account; <paramref name="what"/> describes the account for the audit.</summary>
    public Task InviteAsync(ApplicationUser user, string what) => SendAsync(user, "invited: " + what);

    /// <summary>Sends a new invitation; the one sent before stops working.</summary>
    public async Task ResendAsync(ApplicationUser user)
    {
        // The invitation token is bound to the security stamp: a new stamp makes every earlier link invalid.
        await users.UpdateSecurityStampAsync(user);
        await SendAsync(user, "invitation resent (the link sent before no longer works)");
    }

    /// <summary>The person has set their password from their invitation: the account is no longer "Invited".</summary>
    public async Task AcceptedAsync(ApplicationUser user)
    {
        user.InvitationSentAtUtc = null;
        await users.UpdateAsync(user);
    }

    private async Task SendAsync(ApplicationUser user, string auditDetail)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var invitationLink = links.Absolute(links.AcceptInvitation(user.Id, token));
        await outbox.QueueAsync(
            user.Email!,
            NotificationChannel.Email,
            NotificationTemplates.StaffInvitation,
            new Dictionary<string, string> { ["name"] = user.DisplayName, ["serviceName"] = council.Value.ServiceName, ["link"] = invitationLink },
            regardingType: "StaffUser",
            regardingId: user.Id);
        user.InvitationSentAtUtc = time.GetUtcNow().UtcDateTime;
        audit.RecordAccountChange(user, auditDetail);

        // Saves the account, the queued email and the audit row together.
        var saved = await users.UpdateAsync(user);
        if (!saved.Succeeded)
        {
            throw new InvalidOperationException("The invitation could not be saved: " + string.Join("; ", saved.Errors.Select(e => e.Description)));
        }
    }
}
