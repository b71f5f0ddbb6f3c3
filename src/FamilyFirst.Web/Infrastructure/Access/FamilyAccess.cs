using System.Linq.Expressions;
using System.Security.Claims;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Infrastructure.Access;

/// <summary>
/// The one authorisation path for family-scoped records (Caldicott principle 4, need to know). Every page
/// and endpoint under <c>/families/{id}</c> loads its family through <see cref="FindForViewAsync"/> or
/// <see cref="FindForChangeAsync"/>, which return null when the signed-in member of staff may not see or
/// change it: the page then returns 404, so nobody learns the family exists, and the denial is audited.
/// Views are audited here too; a change is audited by the page, with <see cref="AuditTrail.Record"/>, in the
/// same save as the change.
/// Lists and search start from <see cref="VisibleCases"/> or <see cref="VisiblePeople"/>, so they only
/// ever contain what the user may see. The rule itself is <see cref="FamilyAccessRule"/> in the domain;
/// <see cref="VisibleTo"/> is the same rule written as a database query.
/// </summary>
public sealed partial class FamilyAccess(AppDbContext db, IHttpContextAccessor http, AuditTrail audit, ILogger<FamilyAccess> logger)
{
    private StaffMember? _staff;

    // The coordinators of each family's conferences, read once per request: the access check and the page's
    // "may change" link both need them.
    private readonly Dictionary<Guid, IReadOnlyList<Guid>> _coordinators = [];

    /// <summary>The signed-in member of staff: their user id (a GUID), roles from their sign-in, and teams from the database.</summary>
    public async Task<StaffMember> CurrentStaffAsync()
    {
        if (_staff is not null)
        {
            return _staff;
        }

        var userKey = StaffIds.ToUserKey(StaffIds.Of(http.HttpContext?.User ?? throw new InvalidOperationException("Family access needs a signed-in request.")));
        _staff = StaffFrom(await db.TeamMemberships.Where(m => m.UserId == userKey).Select(m => m.TeamId).ToListAsync());
        return _staff;
    }

    /// <summary>The signed-in member of staff with the teams given (read from the database by the caller).</summary>
    private StaffMember StaffFrom(IReadOnlyList<Guid> teams)
    {
        var user = http.HttpContext?.User ?? throw new InvalidOperationException("Family access needs a signed-in request.");
        var roles = Enum.GetValues<StaffRole>().Where(r => user.IsInRole(r.ToString()));
        return new StaffMember(StaffIds.Of(user), roles, teams);
    }

    /// <summary>A list the database aggregated into one comma-separated text (ids: they hold no commas).</summary>
    private static List<T> ParseList<T>(string? joined, Func<string, T> parse) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split(',').Select(parse).ToList();

    public const string FamilyCaseRecord = "FamilyCase";

    /// <summary>The family with its history and members, when the signed-in user may see it (the view is audited); otherwise null (the denial is audited).</summary>
    public Task<FamilyCase?> FindForViewAsync(Guid familyCaseId) => FindAsync(familyCaseId, FamilyAccessRule.CanView, auditView: true);

    /// <summary>
    /// As <see cref="FindForViewAsync"/>, for a page that only shows the family and changes nothing in the request (the
    /// case page): the family is read without tracking, so the context neither snapshots it and its collections nor
    /// compares them again when the view's audit row is saved (issue 21: a tenth of the page's processor time).
    /// </summary>
    public Task<FamilyCase?> FindToShowAsync(Guid familyCaseId) => FindAsync(familyCaseId, FamilyAccessRule.CanView, auditView: true, tracked: false);

    /// <summary>
    /// For a form that changes the family (its GET): the family when the signed-in user may change it, with the
    /// view audited; otherwise null (audited).
    /// </summary>
    public Task<FamilyCase?> FindForChangeFormAsync(Guid familyCaseId) => FindAsync(familyCaseId, FamilyAccessRule.CanChange, auditView: true);

    /// <summary>
    /// For a change (a POST): the family, tracked, when the signed-in user may change it; otherwise null (audited).
    /// The handler audits the change itself with <see cref="AuditTrail.Record"/> before saving.
    /// </summary>
    public Task<FamilyCase?> FindForChangeAsync(Guid familyCaseId) => FindAsync(familyCaseId, FamilyAccessRule.CanChange, auditView: false);

    /// <summary>
    /// Whether the signed-in user may write the family's case record (to show or hide change links): the role model's
    /// <see cref="StaffAction.WriteCaseRecord"/>, so a coordinator who may see the family is not offered its case work.
    /// Handlers still load through <see cref="FindForChangeAsync"/> and are held to the role model.
    /// </summary>
    public Task<bool> CanChangeAsync(FamilyCase familyCase) => MayAsync(familyCase, StaffAction.WriteCaseRecord);

    /// <summary>
    /// What the role model needs to know about the family (with its conferences' coordinators), when the signed-in
    /// user may see it; null when there is no such family or they may not (the page then answers 404 and audits it).
    /// </summary>
    public async Task<FamilyAccessFacts?> FactsIfVisibleAsync(Guid familyCaseId)
    {
        var familyCase = await db.FamilyCases.AsNoTracking().FirstOrDefaultAsync(f => f.Id == familyCaseId);
        if (familyCase is null)
        {
            return null;
        }

        var facts = await FactsWithCoordinatorsAsync(familyCase);
        return FamilyAccessRule.CanView(await CurrentStaffAsync(), facts) ? facts : null;
    }

    /// <summary>Whether the signed-in user may do the action on the family (to show or hide its link; the handler is held to the same rule).</summary>
    public async Task<bool> MayAsync(FamilyCase familyCase, StaffAction action) =>
        RoleModel.Allows(await CurrentStaffAsync(), action, await FactsWithCoordinatorsAsync(familyCase));

    /// <summary>
    /// For a family's results (programme data): the family when the signed-in user may see its results
    /// (<see cref="FamilyAccessRule.CanSeeResults"/>), with the view audited; otherwise null (audited). Whether the
    /// user may also see who the family are is <see cref="CanViewAsync"/>.
    /// </summary>
    public Task<FamilyCase?> FindForResultsAsync(Guid familyCaseId) => FindAsync(familyCaseId, FamilyAccessRule.CanSeeResults, auditView: true);

    /// <summary>Whether the signed-in user may see the family's identifiable record.</summary>
    public async Task<bool> CanViewAsync(FamilyCase familyCase) =>
        FamilyAccessRule.CanView(await CurrentStaffAsync(), await FactsWithCoordinatorsAsync(familyCase));

    /// <summary>Every family whose results the signed-in user may see (<see cref="FamilyAccessRule.CanSeeResults"/>), as a query.</summary>
    public async Task<IQueryable<FamilyCase>> ResultsVisibleCasesAsync()
    {
        var staff = await CurrentStaffAsync();
        var visible = await VisibleCasesAsync();
        var analyst = staff.HasRole(StaffRole.Analyst);
        var manager = staff.HasRole(StaffRole.Manager);
        return visible.Union(db.FamilyCases.AsNoTracking().Where(f => !f.IsRestricted && (analyst || (manager && f.TeamId == null))));
    }

    /// <summary>Whether the signed-in user may allocate the family to a practitioner in the team.</summary>
    public async Task<bool> CanAllocateAsync(FamilyCase familyCase, Guid toTeamId) =>
        FamilyAccessRule.CanAllocate(await CurrentStaffAsync(), Facts(familyCase), toTeamId);

    /// <summary>Whether the signed-in user may allocate the family at all (a manager of its team, or of any team when it has none).</summary>
    public async Task<bool> CanAllocateAnywhereAsync(FamilyCase familyCase)
    {
        var staff = await CurrentStaffAsync();
        var facts = Facts(familyCase);
        return staff.TeamIds.Any(t => FamilyAccessRule.CanAllocate(staff, facts, t));
    }

    /// <summary>Every family the signed-in user may see, as a query to filter, count and page.</summary>
    public async Task<IQueryable<FamilyCase>> VisibleCasesAsync()
    {
        var staff = await CurrentStaffAsync();
        var visible = VisibleTo(db.FamilyCases.AsNoTracking(), staff);
        if (!staff.HasRole(StaffRole.Coordinator))
        {
            return visible;
        }

        var userKey = StaffIds.ToUserKey(staff.UserId);
        var coordinated = db.FamilyGroupConferences.Where(c => c.CoordinatorUserId == userKey).Select(c => c.FamilyId);
        return visible.Union(db.FamilyCases.AsNoTracking().Where(f => coordinated.Contains(f.Id) && !f.IsRestricted));
    }

    /// <summary>Every person in (or formerly in) a family the signed-in user may see, merged duplicates included.</summary>
    public async Task<IQueryable<Person>> VisiblePeopleAsync()
    {
        var cases = await VisibleCasesAsync();
        return db.People.AsNoTracking().Where(p => cases.Any(f => f.Members.Any(m => m.PersonId == p.Id)));
    }

    /// <summary>
    /// <see cref="FamilyAccessRule.CanView"/> as a query, for team and allocation access. Coordinators of a
    /// family's conference (who may be in another team) are added by <see cref="VisibleCasesAsync"/>.
    /// </summary>
    public static IQueryable<FamilyCase> VisibleTo(IQueryable<FamilyCase> cases, StaffMember staff) =>
        cases.Where(VisibleToRule(staff));

    public static Expression<Func<FamilyCase, bool>> VisibleToRule(StaffMember staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var userId = staff.UserId;
        var teamIds = staff.TeamIds.ToList();
        var worksWithFamilies = staff.HasRole(StaffRole.Practitioner) || staff.HasRole(StaffRole.Coordinator) || staff.HasRole(StaffRole.Manager);
        var administrator = staff.HasRole(StaffRole.Administrator);

        return f =>
            (f.IsRestricted
                && f.NamedUserIds.Contains(userId)
                && (worksWithFamilies || (administrator && f.TeamId != null && teamIds.Contains(f.TeamId.Value))))
            || (!f.IsRestricted
                && ((worksWithFamilies && (f.LeadPractitionerId == userId || (f.TeamId != null && teamIds.Contains(f.TeamId.Value))))
                    || (administrator && f.TeamId != null && teamIds.Contains(f.TeamId.Value))));
    }

    private async Task<FamilyCase?> FindAsync(Guid familyCaseId, Func<StaffMember, FamilyAccessFacts, bool> rule, bool auditView, bool tracked = true)
    {
        // The family, with what the access rule needs beside it (the coordinators of its conferences and, unless this
        // request already has them, the user's teams), in one statement: the family's row with two aggregated
        // subqueries, then one query per owned collection (a split query: a single one would multiply the rows of
        // the collections together). The rule itself is still the domain's, asked once below.
        var userKey = StaffIds.ToUserKey(StaffIds.Of(http.HttpContext?.User ?? throw new InvalidOperationException("Family access needs a signed-in request.")));
        var needTeams = _staff is null;
        var cases = tracked ? db.FamilyCases : db.FamilyCases.AsNoTracking();
        var found = await cases.AsSplitQuery()
            .Where(f => f.Id == familyCaseId)
            .Select(f => new
            {
                Family = f,
                // string_agg / group_concat as scalar subqueries (grouped, so that they are aggregates, not collections).
                Coordinators = db.FamilyGroupConferences
                    .Where(c => c.FamilyId == f.Id && c.CoordinatorUserId != null)
                    .GroupBy(c => c.FamilyId)
                    .Select(g => string.Join(",", g.Select(c => c.CoordinatorUserId)))
                    .FirstOrDefault(),
                Teams = needTeams
                    ? db.TeamMemberships
                        .Where(m => m.UserId == userKey)
                        .GroupBy(m => m.UserId)
                        .Select(g => string.Join(",", g.Select(m => m.TeamId.ToString())))
                        .FirstOrDefault()
                    : null,
            })
            .FirstOrDefaultAsync();
        if (found is not null)
        {
            if (needTeams)
            {
                _staff = StaffFrom(ParseList(found.Teams, Guid.Parse));
            }

            _coordinators[found.Family.Id] = ParseList(found.Coordinators, StaffIds.FromUserKey);
        }

        var staff = await CurrentStaffAsync();
        var familyCase = found?.Family;
        var path = http.HttpContext?.Request.Path.Value;
        if (familyCase is null)
        {
            await audit.RecordAndSaveAsync(AuditAction.AccessDenied, FamilyCaseRecord, familyCaseId.ToString(), null, Detail("No such family", path));
            return null;
        }

        if (!rule(staff, await FactsWithCoordinatorsAsync(familyCase)))
        {
            // No names or case details in the log: the audit trail holds who tried to open what.
            AccessDenied(logger, staff.UserId);
            if (tracked)
            {
                db.Entry(familyCase).State = EntityState.Detached;
            }

            await audit.RecordAndSaveAsync(AuditAction.AccessDenied, FamilyCaseRecord, familyCaseId.ToString(), familyCaseId, Detail(null, path));
            return null;
        }

        if (auditView)
        {
            await audit.RecordAndSaveAsync(AuditAction.View, FamilyCaseRecord, familyCaseId.ToString(), familyCaseId, Detail(null, path));
        }

        return familyCase;
    }

    private static string? Detail(string? reason, string? path)
    {
        var detail = string.Join(": ", new[] { reason, path }.Where(p => !string.IsNullOrEmpty(p)));
        return detail.Length == 0 ? null : detail[..Math.Min(detail.Length, 500)];
    }
    private static FamilyAccessFacts Facts(FamilyCase familyCase) => familyCase.AccessFacts();

    /// <summary>The facts with the coordinators of the family's Family Group Conferences, who may see and change the family they coordinate for.</summary>
    private async Task<FamilyAccessFacts> FactsWithCoordinatorsAsync(FamilyCase familyCase)
    {
        if (!_coordinators.TryGetValue(familyCase.Id, out var coordinators))
        {
            var userKeys = await db.FamilyGroupConferences.AsNoTracking()
                .Where(c => c.FamilyId == familyCase.Id && c.CoordinatorUserId != null)
                .Select(c => c.CoordinatorUserId!)
                .ToListAsync();
            coordinators = userKeys.Select(StaffIds.FromUserKey).ToList();
            _coordinators[familyCase.Id] = coordinators;
        }

        return familyCase.AccessFacts(coordinators);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Family access denied for user {UserId} on a family case")]
    private static partial void AccessDenied(ILogger logger, Guid userId);
}

/// <summary>
/// Identity keeps user ids as strings holding GUIDs; the domain uses <see cref="Guid"/>. These are the only
/// conversions between the two.
/// </summary>
public static class StaffIds
{
    public static Guid Of(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The user is not signed in.");
        return Guid.Parse(id);
    }

    public static Guid FromUserKey(string userKey) => Guid.Parse(userKey);

    /// <summary>The Identity user id (<c>ApplicationUser.Id</c>) for a domain user id.</summary>
    public static string ToUserKey(Guid userId) => userId.ToString("D");
}
