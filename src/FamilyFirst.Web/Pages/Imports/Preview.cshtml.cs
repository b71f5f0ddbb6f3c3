using System.Security.Claims;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Imports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyFirst.Web.Pages.Imports;

/// <summary>Step 2: what the file would do (a dry run of the real importer), then apply it or cancel.</summary>
[Authorize(Policy = Policies.Imports)]
public sealed class PreviewModel(AppDbContext db, PartnerDataImporter importer) : PageModel
{
    public PendingImport Pending { get; private set; } = default!;

    public ImportOutcome Outcome { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await FindAsync(id) is not { } pending)
        {
            return NotFound();
        }

        Pending = pending;
        using var file = new MemoryStream(pending.Content);
        Outcome = await importer.ImportAsync(RequestFor(pending, dryRun: true), file, Actor.From(User));
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(Guid id)
    {
        if (await FindAsync(id) is not { } pending)
        {
            return NotFound();
        }

        using var file = new MemoryStream(pending.Content);
        var outcome = await importer.ImportAsync(RequestFor(pending, dryRun: false), file, Actor.From(User));
        db.PendingImports.Remove(pending);
        await db.SaveChangesAsync();
        if (outcome.Rejected)
        {
            TempData.Success($"Nothing was imported from {outcome.FileName}: the file has errors.");
        }
        else
        {
            TempData.Success($"{outcome.FileName} imported: {outcome.Applied} rows applied, {outcome.Duplicates} duplicates skipped, {outcome.Unmatched} unmatched.");
        }

        return RedirectToPage("Detail", new { id = outcome.RunId });
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        if (await FindAsync(id) is { } pending)
        {
            db.PendingImports.Remove(pending);
            await db.SaveChangesAsync();
        }

        return RedirectToPage("Index");
    }

    private static ImportRequest RequestFor(PendingImport pending, bool dryRun) =>
        new(pending.Kind, pending.FileName, ImportSource.Upload, pending.ValidRowsOnly, dryRun);

    // Only the person who uploaded a file sees its preview or applies it.
    private Task<PendingImport?> FindAsync(Guid id)
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        return db.PendingImports.SingleOrDefaultAsync(p => p.Id == id && p.UploadedByUserId == me);
    }
}
