using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>Search for a family or person among the families the signed-in member of staff may see.</summary>
public sealed class SearchModel(AppDbContext db, FamilyAccess access) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    [Display(Name = "Name, reference or identifier")]
    [StringLength(200, ErrorMessage = "Search must be 200 characters or less")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "dob")]
    [Display(Name = "Date of birth (optional)")]
    public DateOnly? Dob { get; set; }

    [BindProperty(SupportsGet = true, Name = "postcode")]
    [Display(Name = "Postcode (optional)")]
    [StringLength(10, ErrorMessage = "Postcode must be 10 characters or less")]
    public string? Postcode { get; set; }

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    public FamilySearch.Results? Results { get; private set; }

    public int TotalPages { get; private set; }

    public bool Searched { get; private set; }

    public async Task OnGetAsync()
    {
        var criteria = new FamilySearch.Criteria(Q, Dob, Postcode);
        var posted = Request.Query.ContainsKey("q") || Request.Query.ContainsKey("postcode") || Request.Query.ContainsKey("dob.Day");
        if (!posted)
        {
            return;
        }

        if (criteria.IsEmpty && ModelState.IsValid)
        {
            ModelState.AddModelError("q", "Enter a name, reference, identifier, date of birth or postcode");
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        Searched = true;
        var visible = await access.VisibleCasesAsync();
        PageNumber = Math.Max(1, PageNumber);
        Results = await new FamilySearch(db).SearchAsync(visible, criteria, PageNumber, PageSize);
        TotalPages = Math.Max(1, (Results.Total + PageSize - 1) / PageSize);
    }
}
