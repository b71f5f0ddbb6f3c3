using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>
/// The account check behind every signed-in staff request (docs/adr/0033, which amends 0027). The session may go on only
/// while the account is active and its security stamp is the one in the cookie (sign-out, a password change, a role or
/// team change, a second-factor reset, a passkey removal, the council's sign-in ending the session and deactivation all
/// change it).
/// <para>
/// The account's state (its stamps and whether it is active) and the claims built from it are kept in this node's
/// memory for a short time (<see cref="StaffSessionOptions.AccountCacheLifetime"/>). An ordinary request reads nothing
/// from the database: it trusts what is kept while <see cref="RevalidateAsync"/> keeps it true, which reads the state of
/// every kept account in one query every <see cref="StaffSessionOptions.AccountsRevalidatedEvery"/> and drops what has
/// changed (a change on another node, or written straight into the database). A change this node makes through the
/// database context drops its copy at once (<see cref="Changes"/>). If the re-check has not succeeded lately (the
/// database is away), nothing kept is trusted: every request reads the account's row, as before.
/// </para>
/// </summary>
public sealed class StaffAccountCheck(IOptions<StaffSessionOptions> sessions, IOptions<IdentityOptions> identity)
{
    private readonly ConcurrentDictionary<string, Kept> kept = new(StringComparer.Ordinal);

    /// <summary>Counts every drop, so a state read before a drop is not kept after it.</summary>
    private long drops;

    /// <summary>When the last re-check that succeeded began (<see cref="Environment.TickCount64"/>); none yet: -1.</summary>
    private long lastRevalidatedAt = -1;

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

        var now = Environment.TickCount64;
        if (kept.TryGetValue(userId, out var copy) && now - copy.KeptAt < sessions.Value.AccountCacheLifetime.TotalMilliseconds)
        {
            if (IsTrusted(now))
            {
                // The ordinary signed-in request: nothing read. What is kept was true at the last re-check, at most
                // AccountsRevalidatedEvery ago, or was read since.
                if (!MayGoOn(copy.State, stamp))
                {
                    await RejectAsync(context, userId);
                    return;
                }

                // A copy: nothing this request adds to its principal reaches another request's.
                context.ReplacePrincipal(copy.Principal.Clone());
                return;
            }

            // The re-check is not running (the database is away, or the node has just started): read the row.
            var state = await services.GetRequiredService<AppDbContext>().Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new AccountState(u.SecurityStamp, u.ConcurrencyStamp, u.IsActive)).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
            if (state is null || !MayGoOn(state, stamp))
            {
                await RejectAsync(context, userId);
                return;
            }

            if (state == copy.State)
            {
                context.ReplacePrincipal(copy.Principal.Clone());
                return;
            }
        }

        // Not kept on this node (or changed, or kept too long): the account read whole and its claims built again.
        var dropsBefore = Interlocked.Read(ref drops);
        var user = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(userId);
        var read = user is null ? null : new AccountState(user.SecurityStamp, user.ConcurrencyStamp, user.IsActive);
        if (read is null || !MayGoOn(read, stamp))
        {
            await RejectAsync(context, userId);
            return;
        }

        var claims = await services.GetRequiredService<SignInManager<ApplicationUser>>().CreateUserPrincipalAsync(user!);
        // Kept only if nothing was dropped while it was read: a change made meanwhile could be older than this read.
        if (Interlocked.Read(ref drops) == dropsBefore)
        {
            kept[userId] = new Kept(read, claims, now);
        }

        // A copy: nothing this request adds to its principal reaches another request's.
        context.ReplacePrincipal(claims.Clone());
    }

    /// <summary>
    /// Reads the state of every account kept on this node (in one query per 500) and drops each one that has changed or
    /// been kept longer than <see cref="StaffSessionOptions.AccountCacheLifetime"/>. Run every
    /// <see cref="StaffSessionOptions.AccountsRevalidatedEvery"/> by <see cref="StaffAccountRevalidation"/>.
    /// </summary>
    public async Task RevalidateAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var startedAt = Environment.TickCount64;
        foreach (var (userId, copy) in kept)
        {
            if (startedAt - copy.KeptAt >= sessions.Value.AccountCacheLifetime.TotalMilliseconds)
            {
                Drop(userId, copy);
            }
        }

        foreach (var batch in kept.ToArray().Chunk(500))
        {
            var ids = batch.Select(k => k.Key).ToList();
            var states = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
                .Select(u => new { u.Id, State = new AccountState(u.SecurityStamp, u.ConcurrencyStamp, u.IsActive) })
                .ToDictionaryAsync(u => u.Id, u => u.State, StringComparer.Ordinal, cancellationToken);
            foreach (var (userId, copy) in batch)
            {
                if (!states.TryGetValue(userId, out var state) || state != copy.State)
                {
                    Drop(userId, copy);
                }
            }
        }

        Interlocked.Exchange(ref lastRevalidatedAt, startedAt);
    }

    /// <summary>Forgets this node's copy of the person's account (the other nodes see the change at their next re-check).</summary>
    public void Forget(string userId)
    {
        Interlocked.Increment(ref drops);
        kept.TryRemove(userId, out _);
    }

    /// <summary>Drops the copies of the accounts a save is about to change, so this node never answers from them again.</summary>
    public IInterceptor Changes => field ??= new AccountChanges(this);

    private bool IsTrusted(long now)
    {
        var last = Interlocked.Read(ref lastRevalidatedAt);
        return last >= 0 && now - last <= 3 * sessions.Value.AccountsRevalidatedEvery.TotalMilliseconds;
    }

    private void Drop(string userId, Kept copy)
    {
        Interlocked.Increment(ref drops);
        // Only the copy that was checked: one kept since, from a fresher read, stays.
        kept.TryRemove(KeyValuePair.Create(userId, copy));
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

    private sealed record AccountState(string? SecurityStamp, string? ConcurrencyStamp, bool IsActive);

    private sealed record Kept(AccountState State, ClaimsPrincipal Principal, long KeptAt);

    /// <summary>Every save that changes or removes an account drops this node's copy of it before it is written.</summary>
    private sealed class AccountChanges(StaffAccountCheck check) : SaveChangesInterceptor
    {
        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            ForgetChanged(eventData.Context);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            ForgetChanged(eventData.Context);
            return ValueTask.FromResult(result);
        }

        private void ForgetChanged(DbContext? context)
        {
            if (context is null)
            {
                return;
            }

            foreach (var entry in context.ChangeTracker.Entries<ApplicationUser>())
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    check.Forget(entry.Entity.Id);
                }
            }
        }
    }
}

/// <summary>Runs <see cref="StaffAccountCheck.RevalidateAsync"/> on every node, whatever else is switched off.</summary>
public sealed partial class StaffAccountRevalidation(StaffAccountCheck check, IServiceScopeFactory scopes, IOptions<StaffSessionOptions> sessions, ILogger<StaffAccountRevalidation> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(sessions.Value.AccountsRevalidatedEvery);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await check.RevalidateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Until a re-check succeeds again, nothing kept is trusted: every request reads its account.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not re-check the signed-in accounts kept on this node; each request reads its account until it can.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
