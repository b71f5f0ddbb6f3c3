using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.FamilyView;

namespace FamilyFirst.Web.Pages.FamilyView;

/// <summary>
/// The signed-in family member: their access, who they are (a household member by their person record, or a wider
/// network member by their network record), their name, and their family.
/// </summary>
public sealed record FamilyMember(FamilyMemberAccess Access, FamilyViewPerson Who, string Name, FamilyCase Family);

/// <summary>
/// What the family view's pages share. The family is always the signed-in family member's own, from their access
/// record (never from the address), and only family-facing parts of the record are read: the agreed plan, approved
/// bottom lines, meetings that are not professionals' meetings, names. Every view and change is audited.
/// </summary>
public sealed class FamilyViewWorkspace(AppDbContext db, IHttpContextAccessor http, AuditTrail audit, TimeProvider time)
{
    public const string FamilyViewRecord = "FamilyView";

    private FamilyMember? _member;

    public AppDbContext Db => db;

    public TimeProvider Clock => time;

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => time.Today;

    /// <summary>The signed-in family member, or null when the access behind the cookie no longer exists.</summary>
    public async Task<FamilyMember?> CurrentAsync()
    {
        if (_member is not null)
        {
            return _member;
        }

        var user = http.HttpContext?.User;
        if (user is null || FamilyMemberAuthentication.AccessId(user) is not { } accessId)
        {
            return null;
        }

        var access = await db.FamilyMemberAccesses.FirstOrDefaultAsync(a => a.Id == accessId);
        if (access is null || access.RevokedAt is not null)
        {
            return null;
        }

        var family = await db.FamilyCases.AsNoTracking().FirstOrDefaultAsync(f => f.Id == access.FamilyCaseId);
        var name = await NameAsync(access);
        if (family is null || name is null)
        {
            return null;
        }

        _member = new FamilyMember(access, access.Holder, name, family);
        return _member;
    }

    /// <summary>The name of the person the access was given to: a household member's, or a network member's as on their record.</summary>
    public async Task<string?> NameAsync(FamilyMemberAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.NetworkMemberId is { } member
            ? await db.NetworkMembers.AsNoTracking().Where(n => n.Id == member && n.FamilyCaseId == access.FamilyCaseId).Select(n => n.Name).FirstOrDefaultAsync()
            : (await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == access.PersonId))?.DisplayName;
    }

    /// <summary>The family's plan, tracked so progress can be saved.</summary>
    public Task<FamilyPlan?> PlanAsync(Guid familyId) =>
        db.FamilyPlans.Where(p => p.FamilyId == familyId).OrderBy(p => p.CreatedAt).FirstOrDefaultAsync();

    /// <summary>Bottom lines a manager has approved and that still apply: the only ones a family is shown.</summary>
    public async Task<IReadOnlyList<BottomLine>> BottomLinesAsync(Guid familyId) =>
        (await db.BottomLines.AsNoTracking().Where(b => b.FamilyId == familyId).ToListAsync())
            .Where(b => b.IsUsable)
            .OrderBy(b => b.WrittenAt)
            .ToList();

    /// <summary>
    /// The names the plan refers to: family members and network members by name only (no contact details; network
    /// members by their person record when they have one and by their network record), and the approved bottom lines.
    /// Worries are not included: the family view shows the plan, not the assessment.
    /// </summary>
    public async Task<PlanNames> NamesAsync(FamilyCase family)
    {
        var people = new Dictionary<Guid, string>();
        var memberIds = family.Members.Select(m => m.PersonId).ToList();
        foreach (var person in await db.People.AsNoTracking().Where(p => memberIds.Contains(p.Id)).Select(p => new { p.Id, p.GivenName, p.PreferredName, p.FamilyName }).ToListAsync())
        {
            people[person.Id] = $"{person.PreferredName ?? person.GivenName} {person.FamilyName}";
        }

        foreach (var member in await db.NetworkMembers.AsNoTracking().Where(n => n.FamilyCaseId == family.Id).Select(n => new { n.Id, n.PersonId, n.Name }).ToListAsync())
        {
            if (member.PersonId is { } personId)
            {
                people.TryAdd(personId, member.Name);
            }

            people.TryAdd(member.Id, member.Name);
        }

        var bottomLines = (await BottomLinesAsync(family.Id)).ToDictionary(b => b.Id, b => b.Text);
        return new PlanNames(people, null, bottomLines);
    }

    public async Task<IReadOnlyList<FamilyPlanComment>> CommentsAsync(Guid familyId) =>
        (await db.FamilyPlanComments.AsNoTracking().Where(c => c.FamilyCaseId == familyId).ToListAsync())
            .OrderByDescending(c => c.WrittenAt)
            .ToList();

    /// <summary>Audits a page the family member looked at, and saves.</summary>
    public Task AuditViewAsync(FamilyMember member, string detail) =>
        audit.RecordAndSaveAsync(AuditAction.View, FamilyViewRecord, member.Access.Id.ToString("D"), member.Family.Id, detail);

    /// <summary>Audits a change the family member made, in the same save as the change.</summary>
    public void AuditChange(FamilyMember member, AuditAction action, string recordType, Guid recordId, string detail) =>
        audit.Record(action, recordType, recordId.ToString("D"), member.Family.Id, detail);
}
