using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Imports;

/// <summary>Step 1 of an import: choose the kind of file and the file. Nothing is applied until the preview is confirmed.</summary>
[RequestSizeLimit(ImportFiles.MaxPageUploadBytes + 65_536)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportFiles.MaxPageUploadBytes + 65_536)]
public sealed class UploadModel(IUploadStore uploads) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Select the kind of file")]
    [Display(Name = "Kind of file")]
    public string? Kind { get; set; }

    [BindProperty]
    [Display(Name = "Apply the valid rows even if some rows have errors")]
    public bool ValidRowsOnly { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public static IReadOnlyList<(string Value, string Label)> Kinds { get; } = ImportKinds.All.Select(k => (k.Name(), k.Describe())).ToList();

    public void OnGet()
    {
    }

    [ForAction(StaffAction.ImportPartnerData)]
    public async Task<IActionResult> OnPostAsync()
    {
        var kind = Kind is null ? null : ImportKinds.Parse(Kind);
        if (Kind is not null && kind is { Succeeded: false })
        {
            ModelState.AddModelError(nameof(Kind), "Select the kind of file");
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? "Select a CSV file" : "The selected file is empty");
        }
        else if (Upload.Length > ImportFiles.MaxPageUploadBytes)
        {
            ModelState.AddModelError(nameof(Upload), "The selected file must be smaller than 50 MB; import larger files with the API or the import command");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var content = Upload!.OpenReadStream();
        var upload = await uploads.SaveAsync(content, kind!.Value!, Upload.FileName, ValidRowsOnly, User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted);
        return RedirectToPage("Preview", new { id = upload.Id });
    }
}
