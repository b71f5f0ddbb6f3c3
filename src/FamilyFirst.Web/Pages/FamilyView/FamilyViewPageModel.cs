using FamilyFirst.Web.Resources;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FamilyFirst.Web.Pages.FamilyView;

/// <summary>
/// Every signed-in page of the family view: only for a family member's own sign-in (the family member scheme, never
/// staff sign-in), with the family member loaded before any handler runs. A request no handler answers is a 404.
/// </summary>
public abstract class FamilyViewPageModel(FamilyViewWorkspace workspace, IStringLocalizer<FamilyViewText> text) : PageModel
{
    public FamilyMember Member { get; private set; } = default!;

    public IStringLocalizer<FamilyViewText> T => text;

    protected FamilyViewWorkspace Workspace => workspace;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod is null || await workspace.CurrentAsync() is not { } member)
        {
            context.Result = NotFound();
            return;
        }

        Member = member;
        await next();
    }

    /// <summary>Shows the confirmation once on the next page.</summary>
    protected void Confirm(string key) => TempData[Infrastructure.Flash.Key] = text[key].Value;
}
