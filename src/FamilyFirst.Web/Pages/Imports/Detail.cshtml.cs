using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Imports;

/// <summary>One import: the file, who imported it and when, its counts and the problems found.</summary>
public sealed class DetailModel(AppDbContext db) : PageModel
{
    public ImportRun Run { get; private set; } = default!;

    public int StillWaiting { get; private set; }

    public static string Describe(ImportRunStatus status) => status switch
    {
        ImportRunStatus.Applied => "Imported",
        ImportRunStatus.AppliedValidRowsOnly => "Valid rows imported",
        ImportRunStatus.Rejected => "Nothing imported",
        _ => status.ToString(),
    };

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.ImportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id) is not { } run)
        {
            return NotFound();
        }

        Run = run;
        StillWaiting = await db.UnmatchedImportRows.CountAsync(u => u.ImportRunId == id && u.Status == UnmatchedRowStatus.Waiting);
        return Page();
    }
}
