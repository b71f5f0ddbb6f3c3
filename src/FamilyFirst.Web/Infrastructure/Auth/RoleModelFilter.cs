using System.Reflection;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>
/// Names the action (in the role model, <see cref="RoleModel"/>) a page handler does. On a handler method it covers
/// that handler; on the page model, every handler of the page (its form's GET as well as its POST). Every
/// state-changing staff handler has one; a test fails on one that does not, and checks each against the model.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class ForActionAttribute(StaffAction action) : Attribute
{
    public StaffAction Action { get; } = action;

    /// <summary>The action a handler does: its own attribute, else its page model's; null when it names none.</summary>
    public static StaffAction? Of(MethodInfo handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return (handler.GetCustomAttribute<ForActionAttribute>() ?? handler.DeclaringType?.GetCustomAttribute<ForActionAttribute>(inherit: true))?.Action;
    }
}

/// <summary>
/// Marks a page whose GET shows a record to everyone who may see it (the family plan, a meeting, a case note, the
/// conference), although its forms are only for those the role model allows. Without it, the GET of a page whose
/// forms name actions in the role model is held to them: someone who may do none of them is refused the form (403)
/// rather than shown a form they cannot send.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ShowsTheRecordAttribute : Attribute;

/// <summary>
/// Holds every page handler to the role model before it runs: a handler whose action the signed-in member of staff
/// may not do gets "You do not have permission" (403), whichever page it is on. The GET of a form page (one whose
/// POST handlers name actions, not marked <see cref="ShowsTheRecordAttribute"/>) is refused to someone who may do
/// none of its actions. For an action on a family the rule is asked with the family's facts; a family the person
/// may not see at all is left to the page, which answers 404 (so nobody learns it exists).
/// </summary>
public sealed class RoleModelFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod is not { } handler || context.HttpContext.User.Identity?.IsAuthenticated != true
            || ActionsOf(handler, context.ActionDescriptor) is not { Count: > 0 } actions)
        {
            await next();
            return;
        }

        var access = context.HttpContext.RequestServices.GetRequiredService<FamilyAccess>();
        var staff = await access.CurrentStaffAsync();
        bool allowed;
        if (actions.Any(a => RoleModel.For(a).OnAFamily))
        {
            if (!Guid.TryParse(context.RouteData.Values["id"]?.ToString(), out var familyId)
                || await access.FactsIfVisibleAsync(familyId) is not { } facts)
            {
                // No such family, or one this person may not see: the page's own load answers 404.
                await next();
                return;
            }

            allowed = actions.Any(a => RoleModel.Allows(staff, a, RoleModel.For(a).OnAFamily ? facts : null));
        }
        else
        {
            allowed = actions.Any(a => RoleModel.Allows(staff, a));
        }

        if (!allowed)
        {
            context.Result = new ForbidResult();
            return;
        }

        await next();
    }

    /// <summary>
    /// The actions a handler is held to: its own (or its page model's); for the GET of a form page, those of the
    /// page's POST handlers (any one of them lets the person in); none for a page that shows a record.
    /// </summary>
    public static IReadOnlyList<StaffAction> ActionsOf(HandlerMethodDescriptor handler, CompiledPageActionDescriptor page)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(page);
        if (ForActionAttribute.Of(handler.MethodInfo) is { } action)
        {
            return [action];
        }

        if (string.Equals(handler.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase)
            || page.HandlerTypeInfo.GetCustomAttribute<ShowsTheRecordAttribute>(inherit: true) is not null)
        {
            return [];
        }

        return page.HandlerMethods
            .Where(h => string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase))
            .Select(h => ForActionAttribute.Of(h.MethodInfo))
            .OfType<StaffAction>()
            .Distinct()
            .ToList();
    }
}
