using System.Reflection;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.Filters;

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
/// Holds every page handler to the role model before it runs: a handler whose action the signed-in member of staff
/// may not do gets "You do not have permission" (403), whichever page it is on. For an action on a family the rule
/// is asked with the family's facts; a family the person may not see at all is left to the page, which answers 404
/// (so nobody learns it exists).
/// </summary>
public sealed class RoleModelFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod?.MethodInfo is not { } method || ForActionAttribute.Of(method) is not { } action
            || context.HttpContext.User.Identity?.IsAuthenticated != true)
        {
            await next();
            return;
        }

        var access = context.HttpContext.RequestServices.GetRequiredService<FamilyAccess>();
        var staff = await access.CurrentStaffAsync();
        var rule = RoleModel.For(action);
        bool allowed;
        if (rule.OnAFamily)
        {
            if (!Guid.TryParse(context.RouteData.Values["id"]?.ToString(), out var familyId)
                || await access.FactsIfVisibleAsync(familyId) is not { } facts)
            {
                // No such family, or one this person may not see: the page's own load answers 404.
                await next();
                return;
            }

            allowed = RoleModel.Allows(staff, action, facts);
        }
        else
        {
            allowed = RoleModel.Allows(staff, action);
        }

        if (!allowed)
        {
            context.Result = new ForbidResult();
            return;
        }

        await next();
    }
}
