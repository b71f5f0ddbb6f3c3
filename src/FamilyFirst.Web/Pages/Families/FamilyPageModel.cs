using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>
/// The one way a staff page reaches a family: every page under <c>/families/{id}</c> (the family's own pages, its
/// conferences, meetings and pre-proceedings) loads the family here, only through <see cref="FamilyAccess"/>, which
/// audits the view and refuses a family the user may not see (the page returns 404, so nobody learns it exists).
/// The page gets the family, the user's id, and today's date from the one clock.
/// </summary>
public abstract class FamilyPageModel(FamilyAccess access, TimeProvider time) : PageModel
{
    public FamilyCase Family { get; private set; } = default!;

    public Guid UserId { get; private set; }

    /// <summary>The instant now, in UTC: what is stored.</summary>
    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateOnly Today => time.Today;

    public string FamilyPath => this.Links().Family(Family.Id);

    protected FamilyAccess Access => access;

    protected TimeProvider Time => time;

    /// <summary>Loads the family to show (GET of a read-only page). False means return <see cref="PageBase.NotFound()"/>.</summary>
    protected async Task<bool> LoadForViewAsync(Guid id) => await SetAsync(await access.FindForViewAsync(id));

    /// <summary>
    /// Loads the family for a page that only shows it and saves nothing else in the request (its GET has no form to
    /// change the family): read without tracking. False means return <see cref="PageBase.NotFound()"/>.
    /// </summary>
    protected async Task<bool> LoadToShowAsync(Guid id) => await SetAsync(await access.FindToShowAsync(id));

    /// <summary>Loads the family to show a form that changes it (GET). False means return NotFound.</summary>
    protected async Task<bool> LoadForChangeFormAsync(Guid id) => await SetAsync(await access.FindForChangeFormAsync(id));

    /// <summary>Loads the family to change it (POST). False means return NotFound.</summary>
    protected async Task<bool> LoadForChangeAsync(Guid id) => await SetAsync(await access.FindForChangeAsync(id));

    /// <summary>Loads the family for its results (programme data, which analysts see pseudonymised). False means return NotFound.</summary>
    protected async Task<bool> LoadForResultsAsync(Guid id) => await SetAsync(await access.FindForResultsAsync(id));

    /// <summary>
    /// True when the domain refused the action: its message goes on the field it is about (or the page), for the
    /// error summary and the field. <c>if (Refused(family.Close(...), nameof(Reason))) return Page();</c>
    /// </summary>
    protected bool Refused(Result result, string field = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return false;
        }

        ModelState.AddModelError(field, result.Error!);
        return true;
    }

    /// <summary>As <see cref="Refused(Result, string)"/>, for a domain action that returns what it made or changed.</summary>
    protected bool Refused<T>(Result<T> result, string field = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        return Refused(result.Succeeded ? Result.Ok() : Result.Fail(result.Error!), field);
    }

    protected IActionResult BackToFamily() => Redirect(FamilyPath);

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
