using Microsoft.AspNetCore.Identity;

namespace FamilyFirst.Web.Data;

/// <summary>A member of council staff who signs in to Family First.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>False once an administrator deactivates the account: sign-in is refused and open sessions end.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? DeactivatedAtUtc { get; set; }

    /// <summary>
    /// When the latest invitation was sent, while it waits to be accepted: the account shows as "Invited" until the
    /// person sets their password, which clears it. Null for an account that was never invited or has accepted.
    /// </summary>
    public DateTime? InvitationSentAtUtc { get; set; }

    /// <summary>Whether the person was invited and has not yet followed their link to set a password.</summary>
    public bool IsInvitationPending => InvitationSentAtUtc is not null && PasswordHash is null;

    public List<TeamMembership> Teams { get; set; } = [];
}

/// <summary>A team of staff, such as "North Family Support"; families are allocated to teams.</summary>
public sealed class Team
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public List<TeamMembership> Members { get; set; } = [];
}

/// <summary>A staff member's place in a team.</summary>
public sealed class TeamMembership
{
    public string UserId { get; set; } = string.Empty;

    public ApplicationUser User { get; set; } = default!;

    public Guid TeamId { get; set; }

    public Team Team { get; set; } = default!;
}
