using System.Globalization;
using System.Threading.RateLimiting;
using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Security;

/// <summary>
/// Protects the public enquiry form from abuse. A rate limit: how many times one client address may post
/// to it in a window (<c>Enquiry:RateLimit:PermitLimit</c> per <c>Enquiry:RateLimit:WindowSeconds</c>);
/// past the limit the answer is 429 Too Many Requests with a Retry-After header (counters are per app
/// node). A size limit: a post larger than one page of answers is refused with 413.
/// </summary>
public static class EnquiryFormProtection
{
    /// <summary>The largest post the form accepts: two 2,000-character answers, fully escaped, fit easily.</summary>
    public const long MaxRequestBytes = 64 * 1024;

    public static IServiceCollection AddEnquiryFormProtection(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!IsPostToTheForm(context))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var limits = context.RequestServices.GetRequiredService<IOptions<EnquiryOptions>>().Value.RateLimit;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter("enquiry " + client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, limits.PermitLimit),
                    Window = TimeSpan.FromSeconds(Math.Max(1, limits.WindowSeconds)),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = (rejected, _) =>
            {
                var window = rejected.HttpContext.RequestServices.GetRequiredService<IOptions<EnquiryOptions>>().Value.RateLimit.WindowSeconds;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(window);
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    public static IApplicationBuilder UseEnquiryFormProtection(this IApplicationBuilder app)
    {
        // The rate limit itself runs in the app's one UseRateLimiter, after routing (see UseFamilyFirst).
        return app.Use(async (context, next) =>
        {
            if (IsPostToTheForm(context))
            {
                if (context.Request.ContentLength > MaxRequestBytes)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    return;
                }

                // A body without a declared length is cut off at the limit by servers that support it (Kestrel).
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = MaxRequestBytes;
                }
            }

            await next();
        });
    }

    private static bool IsPostToTheForm(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/enquiry", StringComparison.OrdinalIgnoreCase);
}
