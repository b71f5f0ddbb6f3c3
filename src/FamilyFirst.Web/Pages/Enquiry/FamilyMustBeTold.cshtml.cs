using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Enquiry;

/// <summary>The end of the road for a referral the family has not agreed to, with the safeguarding route.</summary>
public sealed class FamilyMustBeToldModel : PageModel
{
    public void OnGet()
    {
    }
}
