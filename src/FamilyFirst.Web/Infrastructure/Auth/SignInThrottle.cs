using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>How many sign-in attempts are allowed (<c>Security:SignInThrottle</c>).</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "Security:SignInThrottle";

    /// <summary>Failed attempts from one client address in a window (an office behind one address shares it).</summary>
    public int PerAddress { get; set; } = 30;

    /// <summary>Failed attempts for one account (by email address) in a window, from anywhere.</summary>
    public int PerAccount { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Slows password guessing and spraying: ASP.NET Core's rate limiters, one partition per client address and one per
/// account, counting failed sign-ins and codes and every forgotten-password request. While either is used up, even the
/// right password is refused, with the same answer for known and unknown emails. Successful sign-ins are not counted.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _byAddress;
    private readonly PartitionedRateLimiter<string> _byAccount;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        var o = options.Value;
        _byAddress = Limiter(o.PerAddress, o.Window);
        _byAccount = Limiter(o.PerAccount, o.Window);
        Window = o.Window;
    }

    public TimeSpan Window { get; }

    /// <summary>Whether the client address or the account has had too many failed attempts in the window.</summary>
    public bool IsThrottled(HttpContext context, string? account) =>
        Exhausted(_byAddress, AddressKey(context)) || (!string.IsNullOrWhiteSpace(account) && Exhausted(_byAccount, AccountKey(account)));

    /// <summary>Counts a failed attempt (a wrong password or code, or a forgotten-password request) against the address and the account.</summary>
    public void CountFailure(HttpContext context, string? account)
    {
        using var byAddress = _byAddress.AttemptAcquire(AddressKey(context));
        if (!string.IsNullOrWhiteSpace(account))
        {
            using var byAccount = _byAccount.AttemptAcquire(AccountKey(account));
        }
    }

    public void Dispose()
    {
        _byAddress.Dispose();
        _byAccount.Dispose();
    }

    private static string AddressKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string AccountKey(string account) => account.Trim().ToUpperInvariant();

    private static bool Exhausted(PartitionedRateLimiter<string> limiter, string key) => limiter.GetStatistics(key) is { CurrentAvailablePermits: <= 0 };

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(
            key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true }));
}
