using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Enquiry;

/// <summary>The start page of the online enquiry form: the safeguarding message first.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
