using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Pages.Families;
using Microsoft.Extensions.Options;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>Adds a participant from the family, the network or the professionals, and emails them an invitation if an address is given.</summary>
public sealed class ParticipantModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time, NotificationOutbox outbox, IOptions<CouncilOptions> council)
    : MeetingPage(db, access, audit, time)
{
    [BindProperty]
    [Display(Name = "Full name")]
    [Required(ErrorMessage = "Enter the participant's name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or less")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "Who are they?")]
    [Required(ErrorMessage = "Select whether they are family, family network or a professional")]
    public ParticipantKind? Kind { get; set; }

    [BindProperty]
    [Display(Name = "Relationship to the child, or job (optional)")]
    [StringLength(200, ErrorMessage = "Relationship must be 200 characters or less")]
    public string? Role { get; set; }

    [BindProperty]
    [Display(Name = "Email address for the invitation (optional)")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(320, ErrorMessage = "Email address must be 320 characters or less")]
    public string? Email { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId) =>
        await LoadAsync(id, meetingId, forChange: true) ?? Page();

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

        var added = Meeting.InviteParticipant(new NewParticipant(Name!, Kind!.Value, null, Role), await Db.FamilyContactsAsync(Family), Today);
        if (!added.Succeeded)
        {
            ModelState.AddModelError(nameof(Name), added.Error!);
            return Page();
        }

        if (!string.IsNullOrWhiteSpace(Email))
        {
            await outbox.QueueAsync(Email, NotificationChannel.Email, NotificationTemplates.MeetingInvitation, MeetingInvitations.Personalisation(Meeting, added.Value!.Name, council.Value, Time), nameof(Meeting), Meeting.Id.ToString());
            return await SavedAsync($"{added.Value.Name} added. An invitation will be emailed to them");
        }

        return await SavedAsync($"{added.Value!.Name} added");
    }
}

/// <summary>What an invitation to a family meeting says: when, where and who to contact. Never what it is about.</summary>
public static class MeetingInvitations
{
    public static IReadOnlyDictionary<string, string> Personalisation(Meeting meeting, string name, CouncilOptions council, TimeProvider clock) => new Dictionary<string, string>
    {
        ["name"] = name,
        ["serviceName"] = council.ServiceName,
        ["when"] = clock.Describe(meeting.StartsAt),
        ["where"] = meeting.Venue ?? "to be confirmed",
        ["phone"] = council.Phone,
    };
}
