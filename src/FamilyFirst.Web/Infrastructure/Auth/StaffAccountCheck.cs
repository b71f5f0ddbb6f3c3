using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>
/// The account check behind every signed-in staff request (docs/adr/0027). One indexed read of the account's row (by
/// its key) answers whether the session may go on: the security stamp in the cookie must still be the account's
/// (sign-out, a password change, a role or team change, a second-factor reset, a passkey removal, the council's sign-in
/// ending the session and deactivation all change it) and the account must be active. The database is the
/// invalidation, so a change made on any node (or straight in the database) ends the session at its next request on
/// every node. What the read saves is the rest of Identity's check, rebuilding the person's claims (their roles, claims
/// and role claims): the claims built last time are kept in this node's memory for a short time
/// (<see cref="StaffSessionOptions.AccountCacheLifetime"/>), and used only while the account's security and concurrency
/// stamps are the ones they were built from. The first request on a node, and the first after any change to the
/// account, reads the account whole and builds them again, as Identity's check did at every request.
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
        if (userId is null || stamp is null)
        {
            await RejectAsync(context, userId);
            return;
        }

        var key = Key(userId);
        if (cache.TryGetValue(key, out CachedPrincipal? cached) && cached is not null)
        {
            // The one read of an ordinary signed-in request: by the primary key, three columns.
            var state = await services.GetRequiredService<AppDbContext>().Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new AccountState(u.SecurityStamp, u.ConcurrencyStamp, u.IsActive)).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
            if (state is null || !MayGoOn(state, stamp))
            {
                await RejectAsync(context, userId);
                return;
            }

            if (state == cached.State)
            {
                // A copy: nothing this request adds to its principal reaches another request's.
                context.ReplacePrincipal(cached.Principal.Clone());
                return;
            }
        }

        // Not known on this node yet (or the account has changed since): the account read whole, its claims built again.
        var user = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(userId);
        var now = user is null ? null : new AccountState(user.SecurityStamp, user.ConcurrencyStamp, user.IsActive);
        if (now is null || !MayGoOn(now, stamp))
        {
            await RejectAsync(context, userId);
            return;
        }

        cached = new CachedPrincipal(now, await services.GetRequiredService<SignInManager<ApplicationUser>>().CreateUserPrincipalAsync(user!));
        cache.Set(key, cached, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = sessions.Value.AccountCacheLifetime, Size = 1 });
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
