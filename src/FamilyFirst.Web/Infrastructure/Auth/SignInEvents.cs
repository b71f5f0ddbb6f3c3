using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.Audit;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>The staff sign-in events written to the audit and the structured log.</summary>
public enum SignInEvent
{
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    SessionEndedIdle,
    SessionEndedLifetime,
    SecondFactorFailed,
    SecondFactorSetUp,
    SecondFactorReset,
    RecoveryCodesCreated,
    PasswordChanged,
    PasswordResetRequested,
    PasswordReset,
    SignInThrottled,
    PasskeyAdded,
    PasskeyRemoved,
    PasskeySignInFailed,
    SignedOutAtCouncil,
    CouncilSignOutRefused,
}

/// <summary>
/// Writes every staff sign-in event to the audit (through <see cref="AuditTrail"/>) and to the structured log. The log
/// line carries the event and the audit row's id, never an email address, a name or a client address: those stay in
/// the audit, which only managers and administrators can read.
/// </summary>
public sealed partial class SignInEvents(AuditTrail audit, AppDbContext db, ILogger<SignInEvents> log)
{
    /// <summary>The record type of sign-in audit rows; the record id is the staff account's id, or "unknown".</summary>
    public const string RecordType = "Staff sign-in";

    public const string UnknownAccount = "unknown";

    public async Task RecordAsync(SignInEvent kind, string? accountId, string? reason = null, CancellationToken cancellationToken = default)
    {
        var detail = Describe(kind) + (reason is null ? string.Empty : ": " + reason);
        var entry = audit.Record(AuditAction.Authentication, RecordType, accountId ?? UnknownAccount, detail: detail);
        await db.SaveChangesAsync(cancellationToken);
        Logged(log, kind, entry.Id);
    }

    public static string Describe(SignInEvent kind) => kind switch
    {
        SignInEvent.SignedIn => "Signed in",
        SignInEvent.SignInFailed => "Sign-in failed",
        SignInEvent.LockedOut => "Account locked after too many failed attempts",
        SignInEvent.SignedOut => "Signed out (every session ended)",
        SignInEvent.SessionEndedIdle => "Session ended: no activity for the idle time limit",
        SignInEvent.SessionEndedLifetime => "Session ended: it reached its longest allowed time",
        SignInEvent.SecondFactorFailed => "Wrong authenticator or recovery code",
        SignInEvent.SecondFactorSetUp => "Authenticator app set up",
        SignInEvent.SecondFactorReset => "Second factor reset",
        SignInEvent.RecoveryCodesCreated => "New recovery codes created",
        SignInEvent.PasswordChanged => "Password changed (every session ended)",
        SignInEvent.PasswordResetRequested => "Password reset requested",
        SignInEvent.PasswordReset => "Password reset by emailed link (every session ended)",
        SignInEvent.SignInThrottled => "Sign-in refused: too many attempts from one place or for one account",
        SignInEvent.PasskeyAdded => "Passkey added",
        SignInEvent.PasskeyRemoved => "Passkey removed (every other session ended)",
        SignInEvent.PasskeySignInFailed => "Passkey sign-in failed",
        SignInEvent.SignedOutAtCouncil => "Signed out at the council's identity provider (every session ended)",
        SignInEvent.CouncilSignOutRefused => "A sign-out message from the council's identity provider was refused",
        _ => kind.ToString(),
    };

    [LoggerMessage(EventId = 1700, Level = LogLevel.Information, Message = "Staff sign-in event {SignInEvent} (audit entry {AuditEntryId})")]
    private static partial void Logged(ILogger logger, SignInEvent signInEvent, Guid auditEntryId);
}
