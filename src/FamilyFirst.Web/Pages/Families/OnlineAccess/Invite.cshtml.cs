using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Pages.Plans;
using Microsoft.Extensions.Options;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Families.OnlineAccess;

/// <summary>
/// A practitioner invites someone to see the family's plan online: a household member (on the case, with consent to
/// work with the service recorded) or someone from the wider network who leads the plan or owns an action in it. The
/// domain refuses anyone who must not be contacted. The link is sent to the email address or mobile number given;
/// only its hash is kept.
/// </summary>
public sealed class InviteModel(
    AppDbContext db,
    FamilyAccess access,
    PlanRecords records,
    StaffDirectory directory,
    NotificationOutbox outbox,
    IOptions<CouncilOptions> council,
    AuditTrail audit,
    TimeProvider time) : FamilyPageModel(access, time)
{
    /// <summary>Who to invite, as <see cref="PlanPerson.Value"/>: <c>family:{person id}</c> or <c>network:{network member id}</c>.</summary>
    [BindProperty]
    [Display(Name = "Who do you want to invite?")]
    [Required(ErrorMessage = "Select who to invite")]
    public string? Invitee { get; set; }

    /// <summary>An email address (the invitation goes by email) or a mobile number (it goes by text message).</summary>
    [BindProperty]
    [Display(Name = "Their email address or mobile phone number")]
    [Required(ErrorMessage = "Enter an email address or a mobile phone number")]
    public string? Contact { get; set; }

    /// <summary>
    /// The people who can be invited: current household members with consent to work with the service, then the wider
    /// network members who lead the family plan or own an action in it (with any contact restriction shown).
    /// </summary>
    public IReadOnlyList<PlanPerson> Invitable { get; private set; } = [];

    private IReadOnlyList<PlanPerson> everyone = [];
    private FamilyPlan? plan;
    private HashSet<Guid> consented = [];

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
        var person = everyone.FirstOrDefault(p => p.Value == Invitee);
        if (Invitee is not null && person is null)
        {
            ModelState.AddModelError(nameof(Invitee), "Select who to invite");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var channel = Contact!.Contains('@', StringComparison.Ordinal) ? ContactChannel.Email : ContactChannel.TextMessage;
        var invited = FamilyMemberAccess.Invite(
            Family.Id,
            InviteeOf(person!),
            await db.FamilyContactsAsync(Family),
            channel,
            Contact,
            FamilyMemberAccess.Hash(token),
            UserId,
            UtcNow,
            Today);
        if (Refused(invited, invited.Field == "contact" ? nameof(Contact) : nameof(Invitee)))
        {
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
                ["name"] = person!.Name,
                ["practitioner"] = practitioner,
                ["serviceName"] = council.Value.ServiceName,
                ["link"] = link,
                ["contactPhone"] = council.Value.Phone,
            },
            regardingType: IndexModel.AccessRecord,
            regardingId: memberAccess.Id.ToString("D"));
        audit.Record(
            AuditAction.Create,
            IndexModel.AccessRecord,
            memberAccess.Id.ToString("D"),
            Family.Id,
            person.NetworkMemberId is { } member ? $"Invited a wider network member ({member:D}) to see the plan online" : "Invited a family member to see the plan online");
        await db.SaveChangesAsync();
        TempData.Success($"Invitation sent to {person.Name}");
        return Redirect(this.Links().OnlineAccess(Family.Id));
    }

    /// <summary>What the person said about them on the form: their role or relationship, and why they can be invited.</summary>
    public string Hint(PlanPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.NetworkMemberId is not { } member)
        {
            return person.Hint(Today);
        }

        var leads = new[] { plan?.CurrentVersion, plan?.Draft }.Any(v => v?.PlanLeadNetworkMemberId == member);
        var withHint = person with { Description = $"{person.Description}, wider network. {(leads ? "Leads the family plan" : "Owns an action in the family plan")}" };
        return withHint.Hint(Today);
    }

    private FamilyViewInvitee InviteeOf(PlanPerson person) => person.NetworkMemberId is { } member
        ? FamilyViewInvitee.NetworkMember(member, person.Name, plan)
        : FamilyViewInvitee.HouseholdMember(person.PersonId!.Value, person.Name, consented.Contains(person.PersonId!.Value));

    private async Task LoadAsync()
    {
        var current = Family.Members.Where(m => m.LeftOn is null).Select(m => m.PersonId).ToList();
        var consents = await db.Consents.AsNoTracking()
            .Where(c => c.FamilyCaseId == Family.Id && c.Type == ConsentType.WorkingWithService && current.Contains(c.PersonId))
            .ToListAsync();
        consented = consents.Where(c => c.IsActiveOn(Today)).Select(c => c.PersonId).ToHashSet();
        plan = await records.PlanAsync(Family.Id);
        everyone = await records.PeopleAsync(Family);
        Invitable = everyone
            .Where(p => InviteeOf(p).MayBeInvited)
            .OrderBy(p => p.NetworkMemberId is null ? 0 : 1)
            .ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}
