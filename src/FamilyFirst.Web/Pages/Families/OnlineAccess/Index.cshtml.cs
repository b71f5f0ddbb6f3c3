using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Families.OnlineAccess;

/// <summary>
/// The family and wider network members invited to see their family's plan online: who, how they were reached, where
/// each stands, and a way to stop anyone's access at once (their open session ends too).
/// </summary>
[ShowsTheRecord]
public sealed class IndexModel(AppDbContext db, FamilyAccess access, StaffDirectory directory, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    public const string AccessRecord = nameof(FamilyMemberAccess);

    public IReadOnlyList<FamilyMemberAccess> Accesses { get; private set; } = [];

    /// <summary>Names by person record (household members) and by network record (wider network members).</summary>
    public IReadOnlyDictionary<Guid, string> PersonNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> StaffNames { get; private set; } = new Dictionary<Guid, string>();

    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForViewAsync(id))
        {
            return NotFound();
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>Stops a family member's access: the link no longer works and any open session ends.</summary>
    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid accessId)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        var memberAccess = await db.FamilyMemberAccesses.FirstOrDefaultAsync(a => a.Id == accessId && a.FamilyCaseId == id);
        if (memberAccess is null)
        {
            return NotFound();
        }

        var revoked = memberAccess.Revoke(UserId, UtcNow);
        if (Refused(revoked, string.Empty))
        {
            await LoadAsync();
            return Page();
        }

        var name = (await NamesAsync([memberAccess])).GetValueOrDefault(memberAccess.Holder.Id, "The family member");
        audit.Record(AuditAction.Change, AccessRecord, memberAccess.Id.ToString("D"), id, memberAccess.NetworkMemberId is null ? "Stopped a family member's online access to the plan" : "Stopped a wider network member's online access to the plan");
        await db.SaveChangesAsync();
        TempData.Success($"{name} can no longer see the family's plan online");
        return Redirect(this.Links().OnlineAccess(Family.Id));
    }

    public static string Describe(FamilyMemberAccessStatus status) => status switch
    {
        FamilyMemberAccessStatus.Invited => "Invited, not signed in yet",
        FamilyMemberAccessStatus.SignedIn => "Signed in now",
        FamilyMemberAccessStatus.LinkUsed => "Link used",
        FamilyMemberAccessStatus.Expired => "Link expired",
        FamilyMemberAccessStatus.Locked => "Locked: too many codes",
        FamilyMemberAccessStatus.Revoked => "Access stopped",
        _ => status.ToString(),
    };

    public static string Colour(FamilyMemberAccessStatus status) => status switch
    {
        FamilyMemberAccessStatus.SignedIn => "green",
        FamilyMemberAccessStatus.Invited => "blue",
        FamilyMemberAccessStatus.Revoked or FamilyMemberAccessStatus.Locked => "red",
        _ => "grey",
    };

    private async Task LoadAsync()
    {
        Accesses = (await db.FamilyMemberAccesses.AsNoTracking().Where(a => a.FamilyCaseId == Family.Id).ToListAsync())
            .OrderByDescending(a => a.InvitedAt)
            .ToList();
        PersonNames = await NamesAsync(Accesses);
        StaffNames = await directory.NamesAsync(Accesses.Select(a => a.InvitedById).Concat(Accesses.Select(a => a.RevokedById).OfType<Guid>()));
        CanChange = await Access.CanChangeAsync(Family);
    }

    /// <summary>The names of the people the accesses were given to, by person or network record.</summary>
    private async Task<Dictionary<Guid, string>> NamesAsync(IReadOnlyCollection<FamilyMemberAccess> accesses)
    {
        var personIds = accesses.Select(a => a.PersonId).OfType<Guid>().Distinct().ToList();
        var networkIds = accesses.Select(a => a.NetworkMemberId).OfType<Guid>().Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (p.PreferredName ?? p.GivenName) + " " + p.FamilyName);
        foreach (var member in await db.NetworkMembers.AsNoTracking().Where(n => n.FamilyCaseId == Family.Id && networkIds.Contains(n.Id)).Select(n => new { n.Id, n.Name }).ToListAsync())
        {
            names[member.Id] = member.Name;
        }

        return names;
    }
}
