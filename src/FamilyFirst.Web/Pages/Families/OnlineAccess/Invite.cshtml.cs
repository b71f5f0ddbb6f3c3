using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.Extensions.Options;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Families.OnlineAccess;

/// <summary>
/// A practitioner invites a family member (on the case, with consent to work with the service recorded) to see the
/// family's plan online. The link is sent to the email address or mobile number given; only its hash is kept.
/// </summary>
public sealed class InviteModel(
    AppDbContext db,
    FamilyAccess access,
    StaffDirectory directory,
    NotificationOutbox outbox,
    IOptions<CouncilOptions> council,
    AuditTrail audit,
    TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Who do you want to invite?")]
    [Required(ErrorMessage = "Select who to invite")]
    public Guid? PersonId { get; set; }

    /// <summary>An email address (the invitation goes by email) or a mobile number (it goes by text message).</summary>
    [BindProperty]
    [Display(Name = "Their email address or mobile phone number")]
    [Required(ErrorMessage = "Enter an email address or a mobile phone number")]
    public string? Contact { get; set; }

    /// <summary>Current family members with consent to work with the service: the only people who can be invited.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Invitable { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForChangeFormAsync(id))
        {
            return NotFound();
        }

        await LoadAsync();
        return Page();
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        await LoadAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var person = Invitable.FirstOrDefault(p => p.Id == PersonId);
        if (person.Name is not null && Refused((await db.FamilyContactsAsync(Family)).MayReach(person.Id, null, person.Name, ContactWay.OnlineAccess, Today), nameof(PersonId)))
        {
            return Page();
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var channel = Contact!.Contains('@', StringComparison.Ordinal) ? ContactChannel.Email : ContactChannel.TextMessage;
        var invited = FamilyMemberAccess.Invite(
            Family.Id,
            PersonId!.Value,
            person.Name is not null,
            channel,
            Contact,
            FamilyMemberAccess.Hash(token),
            UserId,
            UtcNow);
        if (!invited.Succeeded)
        {
            ModelState.AddModelError(person.Name is null ? nameof(PersonId) : nameof(Contact), invited.Error!);
            return Page();
        }

        var memberAccess = invited.Value!;
        db.FamilyMemberAccesses.Add(memberAccess);
        var practitioner = (await directory.NamesAsync([UserId]))[UserId];
        var link = this.Links().Absolute(this.Links().FamilyViewInvitation(token));
        await outbox.QueueAsync(
            memberAccess.Contact,
            memberAccess.Channel == ContactChannel.Email ? NotificationChannel.Email : NotificationChannel.TextMessage,
            NotificationTemplates.FamilyViewInvitation,
            new Dictionary<string, string>
            {
                ["name"] = person.Name!,
                ["practitioner"] = practitioner,
                ["serviceName"] = council.Value.ServiceName,
                ["link"] = link,
                ["contactPhone"] = council.Value.Phone,
            },
            regardingType: IndexModel.AccessRecord,
            regardingId: memberAccess.Id.ToString("D"));
        audit.Record(AuditAction.Create, IndexModel.AccessRecord, memberAccess.Id.ToString("D"), Family.Id, "Invited a family member to see the plan online");
        await db.SaveChangesAsync();
        TempData.Success($"Invitation sent to {person.Name}");
        return Redirect(this.Links().OnlineAccess(Family.Id));
    }

    private async Task LoadAsync()
    {
        var current = Family.Members.Where(m => m.LeftOn is null).Select(m => m.PersonId).ToList();
        var consented = await db.Consents.AsNoTracking()
            .Where(c => c.FamilyCaseId == Family.Id && c.Type == ConsentType.WorkingWithService && current.Contains(c.PersonId))
            .ToListAsync();
        var ids = consented.Where(c => c.IsActiveOn(Today)).Select(c => c.PersonId).Distinct().ToList();
        Invitable = (await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync())
            .Select(p => (p.Id, p.DisplayName))
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)
            .ToList();
    }
}
