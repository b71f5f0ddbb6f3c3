using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>
/// What every page under <c>/families/{id}</c> shares: the family, loaded only through <see cref="FamilyAccess"/>
/// (so a family the user may not see is a 404), the user's id, and today's date from the one clock.
/// </summary>
public abstract class FamilyPageModel(FamilyAccess access, TimeProvider time) : PageModel
{
    public FamilyCase Family { get; private set; } = default!;

    public Guid UserId { get; private set; }

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => time.Today;

    public string FamilyPath => $"/families/{Family.Id}";

    protected FamilyAccess Access => access;

    /// <summary>Loads the family to show (GET of a read-only page). False means return <see cref="PageBase.NotFound()"/>.</summary>
    protected async Task<bool> LoadForViewAsync(Guid id) => await SetAsync(await access.FindForViewAsync(id));

    /// <summary>Loads the family to show a form that changes it (GET). False means return NotFound.</summary>
    protected async Task<bool> LoadForChangeFormAsync(Guid id) => await SetAsync(await access.FindForChangeFormAsync(id));

    /// <summary>Loads the family to change it (POST). False means return NotFound.</summary>
    protected async Task<bool> LoadForChangeAsync(Guid id) => await SetAsync(await access.FindForChangeAsync(id));

    /// <summary>Puts a refused domain action's message on the field it is about, for the error summary and the field.</summary>
    protected bool Check(Result result, string field)
    {
        if (!result.Succeeded)
        {
            ModelState.AddModelError(field, result.Error!);
        }

        return result.Succeeded;
    }

    protected IActionResult BackToFamily(string? section = null) => Redirect(FamilyPath + (section is null ? string.Empty : "/" + section));

    private async Task<bool> SetAsync(FamilyCase? family)
    {
        if (family is null)
        {
            return false;
        }

        Family = family;
        UserId = (await access.CurrentStaffAsync()).UserId;
        return true;
    }
}
