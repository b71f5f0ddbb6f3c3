using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>
/// On the email and password sign-in page when <c>Authentication:Oidc:Only</c> is set: nobody signs in with a password,
/// whether they open the page or post to it; they go to the council's sign-in instead.
/// </summary>
public sealed class CouncilSignInOnly : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<CouncilSignInOptions>>().Value;
        if (options is { Enabled: true, Only: true } && context.HttpContext.User.Identity?.IsAuthenticated != true)
        {
            var returnUrl = context.HttpContext.Request.Query["ReturnUrl"].ToString();
            var links = context.HttpContext.RequestServices.GetRequiredService<FamilyFirstLinks>();
            context.Result = new RedirectResult(links.CouncilSignIn(string.IsNullOrEmpty(returnUrl) ? null : returnUrl));
            return;
        }

        await next();
    }
}
