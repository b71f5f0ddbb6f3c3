using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.FamilyView;

/// <summary>
/// The family's lead practitioner and how to reach them, and who can see the family's information: the people the
/// need-to-know rule lets in (lead practitioner, their team, conference coordinators, or only those named on a
/// restricted record), and the family members who can see the plan online. Names only, no contact details but the
/// practitioner's work ones.
/// </summary>
public sealed class WhoCanSeeModel(FamilyViewWorkspace workspace, IStringLocalizer<FamilyViewText> text, StaffDirectory directory, IOptions<CouncilOptions> council) : FamilyViewPageModel(workspace, text)
{
    public string? LeadPractitioner { get; private set; }

    public string? LeadPractitionerEmail { get; private set; }

    public string? TeamName { get; private set; }

    public IReadOnlyList<string> Coordinators { get; private set; } = [];

    public IReadOnlyList<string> NamedStaff { get; private set; } = [];

    public IReadOnlyList<string> FamilyMembersOnline { get; private set; } = [];

    public CouncilOptions Council => council.Value;

    public async Task OnGetAsync()
    {
        var family = Member.Family;
        var db = Workspace.Db;
        if (family.LeadPractitionerId is { } leadId)
        {
            var key = Infrastructure.Access.StaffIds.ToUserKey(leadId);
            var lead = await db.Users.AsNoTracking().Where(u => u.Id == key).Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync();
            LeadPractitioner = lead?.DisplayName;
            LeadPractitionerEmail = lead?.Email;
        }

        if (family.TeamId is { } teamId)
        {
            TeamName = (await directory.TeamNamesAsync([teamId])).GetValueOrDefault(teamId);
        }

        var coordinatorKeys = await db.FamilyGroupConferences.AsNoTracking()
            .Where(c => c.FamilyId == family.Id && c.CoordinatorUserId != null)
            .Select(c => c.CoordinatorUserId!)
            .ToListAsync();
        Coordinators = (await directory.NamesAsync(coordinatorKeys.Select(Infrastructure.Access.StaffIds.FromUserKey))).Values.Distinct().Order().ToList();
        if (family.IsRestricted)
        {
            NamedStaff = (await directory.NamesAsync(family.NamedUserIds)).Values.Distinct().Order().ToList();
        }

        var now = Workspace.Now;
        var online = (await db.FamilyMemberAccesses.AsNoTracking().Where(a => a.FamilyCaseId == family.Id && a.RevokedAt == null).ToListAsync())
            .Where(a => a.HasOnlineAccess(now))
            .ToList();
        var personIds = online.Select(a => a.PersonId).OfType<Guid>().Distinct().ToList();
        var networkIds = online.Select(a => a.NetworkMemberId).OfType<Guid>().Distinct().ToList();
        // Household members and wider network members (like a grandmother who leads the plan) alike.
        FamilyMembersOnline = (await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToListAsync())
            .Select(p => p.DisplayName)
            .Concat(await db.NetworkMembers.AsNoTracking().Where(n => n.FamilyCaseId == family.Id && networkIds.Contains(n.Id)).Select(n => n.Name).ToListAsync())
            .Distinct()
            .Order()
            .ToList();
        await Workspace.AuditViewAsync(Member, "Family member viewed who can see the family's information");
    }
}
