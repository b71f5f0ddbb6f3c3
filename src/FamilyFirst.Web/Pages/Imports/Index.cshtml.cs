using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Imports;

/// <summary>The import history: every file imported, newest first, by whom and with what result.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<ImportRun> Runs { get; private set; } = [];

    public int Waiting { get; private set; }

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    public int PageCount { get; private set; }

    public async Task OnGetAsync()
    {
        var total = await db.ImportRuns.CountAsync();
        PageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Runs = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.StartedAtUtc).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        Waiting = await db.UnmatchedImportRows.CountAsync(u => u.Status == UnmatchedRowStatus.Waiting);
    }
}
