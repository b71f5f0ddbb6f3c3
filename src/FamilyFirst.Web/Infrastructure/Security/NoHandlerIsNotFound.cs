using Microsoft.AspNetCore.Mvc.Filters;

namespace FamilyFirst.Web.Infrastructure.Security;

/// <summary>
/// A request that none of a page's handlers answers (a POST to a read-only page, an unknown <c>?handler=</c>)
/// would otherwise render the page without running its code: without loading the record and without the
/// need-to-know check in it. Every such request to a page that has handlers is answered 404, as for a record
/// the user may not see. Pages without any handlers (plain content) render as usual.
/// </summary>
public sealed class NoHandlerIsNotFound : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
