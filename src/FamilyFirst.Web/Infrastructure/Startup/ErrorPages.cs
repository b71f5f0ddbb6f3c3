using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;

namespace FamilyFirst.Web.Infrastructure.Startup;

/// <summary>
/// The error page's side of the pipeline: it renders from what the request already has, never the database, so a
/// failure is always a page ("Sorry, the service is unavailable" while the database is out of reach), never an
/// empty answer.
/// </summary>
public static class ErrorPages
{
    /// <summary>How long a person is asked to wait before trying again while the database is out of reach.</summary>
    public const int RetryAfterSeconds = 30;

    private const string DeferredFailure = "FamilyFirst.DeferredDatabaseFailure";

    /// <summary>Whether this is the error page re-run in place of the page that failed (an exception or an error status).</summary>
    public static bool IsReExecution(HttpContext context) =>
        context.Features.Get<IExceptionHandlerPathFeature>() is not null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null;

    /// <summary>
    /// Wraps a sign-in cookie's account check (which reads the database). An error page re-run in place of another
    /// does not check again. A check that cannot reach the database does not fail inside the authentication
    /// handler, which would remember the failure and throw it again when the error page is rendered: it is kept,
    /// and thrown by <see cref="UseDeferredDatabaseFailures"/> once authentication is done.
    /// </summary>
    public static Func<CookieValidatePrincipalContext, Task> KeepingDatabaseFailures(Func<CookieValidatePrincipalContext, Task> validate) => async context =>
    {
        if (IsReExecution(context.HttpContext))
        {
            return;
        }

        try
        {
            await validate(context);
        }
        catch (Exception e) when (DatabaseUnavailable.Is(e))
        {
            context.HttpContext.Items[DeferredFailure] = ExceptionDispatchInfo.Capture(e);
        }
    };

    /// <summary>Throws, after authentication, a database failure the account check kept, so the exception handler shows the 503 page.</summary>
    public static IApplicationBuilder UseDeferredDatabaseFailures(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!IsReExecution(context) && context.Items.TryGetValue(DeferredFailure, out var failure) && failure is ExceptionDispatchInfo info)
        {
            info.Throw();
        }

        return next(context);
    });
}
