using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>
/// The account check behind every signed-in staff request (docs/adr/0027). One indexed read of the account's row (by
/// its key) answers whether the session may go on: the security stamp in the cookie must still be the account's (sign-out,
/// a password change, a role or team change, a second-factor reset, a passkey removal, deactivation and an administrator
/// ending sessions all change it) and the account must be active. The database is the invalidation, so a change made on
/// any node (or straight in the database) ends the session at its next request on every node. What the read saves is
/// the rest of Identity's check, rebuilding the person's claims (roles, claims, role claims: four more queries): the
/// claims built last time are kept in this node's memory for a short time, and only while the account's stamps are the
/// ones they were built from.
/// </summary>
public sealed class StaffAccountCheck(IMemoryCache cache, IOptions<StaffSessionOptions> sessions, IOptions<IdentityOptions> identity)
{
    /// <summary>Checks the account behind the cookie; rejects the session (and signs out) when it may not go on.</summary>
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var services = context.HttpContext.RequestServices;
        var userId = principal?.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = principal?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var db = services.GetRequiredService<AppDbContext>();
        // The one read of every signed-in request: by the primary key, three columns.
        var state = userId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new AccountState(u.SecurityStamp, u.ConcurrencyStamp, u.IsActive)).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (state is null || !MayGoOn(state, stamp))
        {
            await RejectAsync(context, userId);
            return;
        }

        var key = Key(userId!);
        if (!cache.TryGetValue(key, out CachedPrincipal? cached) || cached is null || cached.State != state)
        {
            var user = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(userId!);
            var now = user is null ? null : new AccountState(user.SecurityStamp, user.ConcurrencyStamp, user.IsActive);
            if (now is null || !MayGoOn(now, stamp))
            {
                // Changed between the two reads (signed out, deactivated): ended now rather than at the next request.
                await RejectAsync(context, userId);
                return;
            }

            // Kept with the stamps it was built from: if the account changed since the first read, the next request rebuilds it.
            cached = new CachedPrincipal(now, await services.GetRequiredService<SignInManager<ApplicationUser>>().CreateUserPrincipalAsync(user!));
            cache.Set(key, cached, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = sessions.Value.AccountCacheLifetime, Size = 1 });
        }

        // A copy: nothing this request adds to its principal reaches another request's.
        context.ReplacePrincipal(cached.Principal.Clone());
    }

    private static bool MayGoOn(AccountState state, string? cookieStamp) =>
        state.IsActive && cookieStamp is not null && string.Equals(state.SecurityStamp, cookieStamp, StringComparison.Ordinal);

    private async Task RejectAsync(CookieValidatePrincipalContext context, string? userId)
    {
        if (userId is not null)
        {
            Forget(userId);
        }

        context.RejectPrincipal();
        await context.HttpContext.RequestServices.GetRequiredService<SignInManager<ApplicationUser>>().SignOutAsync();
    }

    /// <summary>Forgets this node's copy of the person's claims (the other nodes see the changed stamps at their next request).</summary>
    public void Forget(string userId) => cache.Remove(Key(userId));

    private static string Key(string userId) => "staff-account:" + userId;

    private sealed record AccountState(string? SecurityStamp, string? ConcurrencyStamp, bool IsActive);

    private sealed record CachedPrincipal(AccountState State, ClaimsPrincipal Principal);
}
