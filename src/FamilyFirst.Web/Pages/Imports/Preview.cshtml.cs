using System.Security.Claims;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Imports;

/// <summary>
/// Step 2: what the file would do (every row checked and matched, nothing written), then apply it or cancel.
/// Only the person who uploaded a file sees its preview or applies it; an upload past its expiry must be uploaded again.
/// </summary>
public sealed class PreviewModel(IUploadStore uploads, PartnerDataImporter importer) : PageModel
{
    public UploadedFile Pending { get; private set; } = default!;

    public ImportOutcome Outcome { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var found = await FindAsync(id);
        if (found.Upload is not { } upload)
        {
            return found.Expired ? RedirectToPage("Expired") : NotFound();
        }

        Pending = upload;
        await using var file = uploads.Open(upload);
        Outcome = await importer.ImportAsync(RequestFor(upload, dryRun: true), file, Actor.From(User), cancellationToken: HttpContext.RequestAborted);
        return Page();
    }

    [ForAction(StaffAction.ImportPartnerData)]
    public async Task<IActionResult> OnPostApplyAsync(Guid id)
    {
        var found = await FindAsync(id);
        if (found.Upload is not { } upload)
        {
            return found.Expired ? RedirectToPage("Expired") : NotFound();
        }

        ImportOutcome outcome;
        await using (var file = uploads.Open(upload))
        {
            // Not the request's token: once the import has begun, it finishes (or rolls back) whatever the browser does.
            outcome = await importer.ImportAsync(RequestFor(upload, dryRun: false), file, Actor.From(User));
        }

        await uploads.RemoveAsync(upload.Id, CancellationToken.None);
        if (outcome.Rejected)
        {
            TempData.Success($"Nothing was imported from {outcome.FileName}: the file has errors.");
        }
        else
        {
            TempData.Success($"{outcome.FileName} imported: {outcome.Applied} {(outcome.Applied == 1 ? "row" : "rows")} applied, {outcome.Duplicates} {(outcome.Duplicates == 1 ? "duplicate" : "duplicates")} skipped, {outcome.Unmatched} unmatched.");
        }

        return RedirectToPage("Detail", new { id = outcome.RunId });
    }

    [ForAction(StaffAction.ImportPartnerData)]
    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        if ((await FindAsync(id)).Upload is { } upload)
        {
            await uploads.RemoveAsync(upload.Id, HttpContext.RequestAborted);
        }

        return RedirectToPage("Index");
    }

    private static ImportRequest RequestFor(UploadedFile upload, bool dryRun) =>
        new(upload.Kind, upload.FileName, ImportSource.Upload, upload.ValidRowsOnly, dryRun);

    private Task<UploadLookup> FindAsync(Guid id) =>
        uploads.FindAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted);
}
