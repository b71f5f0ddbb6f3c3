using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Imports;

/// <summary>The unmatched queue: rows of partner data that named nobody, or several people. Staff match each to a person by their reference, and it is applied.</summary>
[ShowsTheRecord]
public sealed class UnmatchedModel(AppDbContext db, UnmatchedRowResolver resolver) : PageModel
{
    public IReadOnlyList<UnmatchedImportRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty]
    public Guid RowId { get; set; }

    [BindProperty]
    [Display(Name = "Person reference")]
    public string? PersonReference { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    [ForAction(StaffAction.ImportPartnerData)]
    public async Task<IActionResult> OnPostMatchAsync()
    {
        if (string.IsNullOrWhiteSpace(PersonReference))
        {
            ModelState.AddModelError(nameof(PersonReference), "Enter the person reference of the person the row is about");
        }
        else
        {
            var reference = Domain.Families.PersonReference.Normalise(PersonReference);
            var personId = await db.People.Where(p => p.Reference == reference && p.MergedIntoPersonId == null).Select(p => (Guid?)p.Id).SingleOrDefaultAsync();
            if (personId is null)
            {
                ModelState.AddModelError(nameof(PersonReference), $"No one in the family records has the person reference {reference}");
            }
            else
            {
                var result = await resolver.MatchAsync(RowId, personId.Value, Actor.From(User), HttpContext.RequestAborted);
                if (result.Succeeded)
                {
                    TempData.Success($"Row matched to {reference} and applied.");
                    return RedirectToPage();
                }

                ModelState.AddModelError(nameof(PersonReference), result.Error!);
            }
        }

        await LoadAsync();
        return Page();
    }

    [ForAction(StaffAction.ImportPartnerData)]
    public async Task<IActionResult> OnPostDismissAsync()
    {
        var result = await resolver.DismissAsync(RowId, Actor.From(User), HttpContext.RequestAborted);
        TempData.Success(result.Succeeded ? "Row dismissed: it will not be applied." : result.Error!);
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var waiting = db.UnmatchedImportRows.AsNoTracking().Where(u => u.Status == UnmatchedRowStatus.Waiting);
        Total = await waiting.CountAsync();
        Rows = await waiting.OrderBy(u => u.QueuedAtUtc).ThenBy(u => u.Line).Take(100).ToListAsync();
    }
}
