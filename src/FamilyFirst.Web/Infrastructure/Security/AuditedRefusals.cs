using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace FamilyFirst.Web.Infrastructure.Security;

/// <summary>
/// Writes every authorisation refusal of a signed-in person (a page or API call their role does not allow: the 403
/// behind "You do not have access") to the audit trail, then answers as usual. A family the person may not see is
/// refused (and audited) by <c>FamilyAccess</c> as "Page not found" instead.
/// </summary>
public sealed class AuditedRefusals : IAuthorizationMiddlewareResultHandler
{
    /// <summary>The audit's record type for a refused address.</summary>
    public const string RecordType = "Address";

    private readonly AuthorizationMiddlewareResultHandler _answer = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var path = context.Request.Path.Value ?? "/";
            await context.RequestServices.GetRequiredService<AuditTrail>().RecordAndSaveAsync(
                AuditAction.AccessDenied,
                RecordType,
                path.Length > 100 ? path[..100] : path,
                detail: $"Refused by role: {context.Request.Method} {(path.Length > 400 ? path[..400] : path)}",
                cancellationToken: context.RequestAborted);
        }

        await _answer.HandleAsync(next, context, policy, authorizeResult);
    }
}
