using FamilyFirst.Domain.Common;

namespace FamilyFirst.Domain.Audit;

/// <summary>The kinds of event the security log shows, each one kind of audit row.</summary>
public enum SecurityEventKind
{
    /// <summary>Sign-in events: signed in, failed, locked, throttled, signed out, sessions ended, second factor and password changes.</summary>
    SignIn,

    /// <summary>Refusals: a page or action the person's role does not allow, or a family they may not see.</summary>
    Refusal,

    /// <summary>Administration changes: accounts, roles, teams, invitations, API tokens.</summary>
    Administration,

    /// <summary>Downloads and exports of records.</summary>
    Export,
}

/// <summary>
/// What the security log is: which audit rows are security events, what each kind is called, and which date ranges
/// a search may ask for. The page that shows it (and its CSV download) asks this; the audit rows themselves are
/// written by <c>AuditTrail</c>.
/// </summary>
public static class SecurityLog
{
    /// <summary>The record type of the audit row written when someone reads or downloads the security log.</summary>
    public const string RecordType = "Security log";

    public static IReadOnlyList<SecurityEventKind> Kinds { get; } = Enum.GetValues<SecurityEventKind>();

    /// <summary>The audit actions that are security events, in the order of <see cref="Kinds"/>.</summary>
    public static IReadOnlyList<AuditAction> Actions { get; } = Kinds.Select(ActionOf).ToList();

    public static AuditAction ActionOf(SecurityEventKind kind) => kind switch
    {
        SecurityEventKind.SignIn => AuditAction.Authentication,
        SecurityEventKind.Refusal => AuditAction.AccessDenied,
        SecurityEventKind.Administration => AuditAction.Administration,
        SecurityEventKind.Export => AuditAction.Export,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind of a security event's audit row, or null for a row that is not a security event (a view or a change).</summary>
    public static SecurityEventKind? KindOf(AuditAction action) => action switch
    {
        AuditAction.Authentication => SecurityEventKind.SignIn,
        AuditAction.AccessDenied => SecurityEventKind.Refusal,
        AuditAction.Administration => SecurityEventKind.Administration,
        AuditAction.Export => SecurityEventKind.Export,
        _ => null,
    };

    public static string Describe(SecurityEventKind kind) => kind switch
    {
        SecurityEventKind.SignIn => "Sign-in",
        SecurityEventKind.Refusal => "Refused access",
        SecurityEventKind.Administration => "Administration change",
        SecurityEventKind.Export => "Download or export",
        _ => kind.ToString(),
    };

    /// <summary>
    /// Whether a search from <paramref name="from"/> to <paramref name="to"/> (either may be left out) makes sense on
    /// <paramref name="today"/>: the end on or after the start, and the start not in the future.
    /// </summary>
    public static Result CheckDates(DateOnly? from, DateOnly? to, DateOnly today)
    {
        if (from is { } start && start > today)
        {
            return Result.Fail("The date from must be today or in the past", nameof(from));
        }

        if (from is { } first && to is { } last && last < first)
        {
            return Result.Fail("The date to must be the same as or after the date from", nameof(to));
        }

        return Result.Ok();
    }
}
