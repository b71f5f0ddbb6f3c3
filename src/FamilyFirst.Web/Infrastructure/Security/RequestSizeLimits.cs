using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace FamilyFirst.Web.Infrastructure.Security;

/// <summary>
/// A request too large for where it is sent is answered 413 Content Too Large, never a 400 or a 500: a staff page
/// gets the GOV.UK error page (through the status code pages), the API a problem response. The limit is the
/// endpoint's own (<c>[RequestSizeLimit]</c> on a page, <see cref="RequestSizeLimitAttribute"/> metadata on an API
/// endpoint) or the app's default for forms. A declared length over the limit is refused before the body is read;
/// a body sent without a length is cut off by the server at the limit, and that failure becomes the same 413.
/// </summary>
public static class RequestSizeLimits
{
    /// <summary>The largest request anywhere without a limit of its own: forms are small.</summary>
    public const long DefaultMaxBodyBytes = 1_048_576;

    public static IApplicationBuilder UseRequestSizeLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // The error page, shown for the refused request itself, reads no body.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
            {
                await next();
                return;
            }

            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultMaxBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                await TooLargeAsync(context, limit);
                return;
            }

            try
            {
                await next();
            }
            catch (Exception e) when (IsTooLarge(e) && !context.Response.HasStarted)
            {
                context.Response.Clear();
                await TooLargeAsync(context, limit);
            }
        });

    /// <summary>How a limit reads to a person: "50 MB", "64 KB".</summary>
    public static string Describe(long bytes) => bytes >= 1_048_576
        ? $"{bytes / 1_048_576:N0} MB"
        : $"{Math.Max(1, bytes / 1024):N0} KB";

    private static bool IsTooLarge(Exception e) => e switch
    {
        BadHttpRequestException bad => bad.StatusCode == StatusCodes.Status413PayloadTooLarge,
        // Form reading past RequestFormLimits (a multipart body longer than the page allows).
        InvalidDataException => true,
        _ => e.InnerException is { } inner && IsTooLarge(inner),
    };

    private static Task TooLargeAsync(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Items[nameof(RequestSizeLimits)] = limit;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return Results.Problem(
                $"The request is too large: the most this address accepts is {Describe(limit)}.",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Content too large").ExecuteAsync(context);
        }

        // The status code pages show the GOV.UK error page for 413.
        return Task.CompletedTask;
    }

    /// <summary>The limit a refused request went over, for the error page; null if it was not refused for its size.</summary>
    public static long? RefusedLimit(HttpContext context) => context.Items[nameof(RequestSizeLimits)] as long?;
}
