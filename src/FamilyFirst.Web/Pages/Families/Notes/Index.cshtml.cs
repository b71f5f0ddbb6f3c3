using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Authorization;

namespace FamilyFirst.Web.Pages.Families.Notes;

/// <summary>The family's case notes, most recent contact first, a page at a time.</summary>
public sealed class IndexModel(AppDbContext db, FamilyAccess access, StaffDirectory directory, TimeProvider time) : FamilyPageModel(access, time)
{
    public const int PageSize = 20;

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int TotalPages { get; private set; }

    public IReadOnlyList<CaseNote> Notes { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Authors { get; private set; } = new Dictionary<Guid, string>();

    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForViewAsync(id))
        {
            return NotFound();
        }

        CanChange = await Access.CanChangeAsync(Family);
        var query = db.CaseNotes.AsNoTracking().Where(n => n.FamilyCaseId == id);
        Total = await query.CountAsync();
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        Notes = await query.OrderByDescending(n => n.OccurredOn).ThenByDescending(n => n.WrittenAt)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .AsSplitQuery()
            .ToListAsync();
        Authors = await directory.NamesAsync(Notes.Select(n => n.AuthorId));
        return Page();
    }
}
