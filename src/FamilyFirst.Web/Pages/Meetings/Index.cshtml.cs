using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Pages.Families;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>A family's meetings, circles and Family Group Conferences, with the ways to record a new one.</summary>
public sealed class IndexModel(AppDbContext db, FamilyAccess access, AuditTrail audit, StaffDirectory directory) : PageModel
{
    public FamilyCase Family { get; private set; } = default!;

    public bool CanChange { get; private set; }

    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    public IReadOnlyList<FamilyGroupConference> Conferences { get; private set; } = [];

    private IReadOnlyDictionary<Guid, string> _names = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var family = await access.FindForViewAsync(id);
        if (family is null)
        {
            return NotFound();
        }

        Family = family;
        CanChange = await access.CanChangeAsync(family);
        Meetings = await db.Meetings.AsNoTracking().Where(m => m.FamilyId == id).OrderByDescending(m => m.StartsAt).ToListAsync();
        Conferences = (await db.FamilyGroupConferences.AsNoTracking().AsSplitQuery().Where(c => c.FamilyId == id).ToListAsync())
            .OrderByDescending(c => c.ReferredOn).ToList();
        _names = await directory.NamesAsync(Meetings.Select(m => StaffIds.FromUserKey(m.FacilitatorUserId)));
        await audit.RecordAndSaveAsync(AuditAction.View, nameof(Meeting), "list", id, "Meetings and conferences");
        return Page();
    }

    public string StaffName(string userKey) => _names.GetValueOrDefault(StaffIds.FromUserKey(userKey), "Unknown user");

    public string Date(DateOnly date) => FamilyText.Date(date);
}
