using FamilyFirst.Domain.Common;

namespace FamilyFirst.Domain.Families;

/// <summary>Where a request to close a case stands.</summary>
public enum ClosureRequestStatus
{
    /// <summary>Waiting for a manager.</summary>
    Waiting,

    /// <summary>A manager approved it and the case was closed.</summary>
    Approved,

    /// <summary>A manager returned it with comments; the lead practitioner may answer with a new request.</summary>
    Returned,
}

/// <summary>
/// A lead practitioner's request to close a family's case, with their reason, approved (which closes the case) or
/// returned with comments by a manager. Nobody decides their own request. Every request is kept, so the case shows
/// each round of asking and answering.
/// </summary>
public sealed class CaseClosureRequest
{
    public const int TextMaxLength = 2000;

    private CaseClosureRequest()
    {
        Reason = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid FamilyId { get; private set; }

    public string Reason { get; private set; }

    public Guid RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public ClosureRequestStatus Status { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The manager's comments when returning the request (and any note with an approval).</summary>
    public string? Comments { get; private set; }

    public bool IsWaiting => Status == ClosureRequestStatus.Waiting;

    /// <summary>
    /// Asks to close the case. Refused for a closed case, one with a request already waiting, or without a reason.
    /// </summary>
    public static Result<CaseClosureRequest> Ask(FamilyCase family, bool anotherIsWaiting, string? reason, Guid requestedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(family);
        if (family.IsClosed)
        {
            return Result<CaseClosureRequest>.Fail("The case is already closed");
        }

        if (anotherIsWaiting)
        {
            return Result<CaseClosureRequest>.Fail("A request to close this case is already waiting for a manager");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<CaseClosureRequest>.Fail("Enter the reason for closing the case");
        }

        if (reason.Trim().Length > TextMaxLength)
        {
            return Result<CaseClosureRequest>.Fail("The reason must be 2,000 characters or less");
        }

        return Result<CaseClosureRequest>.Ok(new CaseClosureRequest
        {
            Id = Guid.NewGuid(),
            FamilyId = family.Id,
            Reason = reason.Trim(),
            RequestedBy = requestedBy,
            RequestedAt = now,
            Status = ClosureRequestStatus.Waiting,
        });
    }

    /// <summary>Approves the request and closes the case with its reason on the council's <paramref name="today"/>. Never by the person who asked.</summary>
    public Result Approve(FamilyCase family, Guid managerId, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(family);
        if (Decidable(managerId) is { } refused)
        {
            return refused;
        }

        var closed = family.Close(Reason, managerId, now, today);
        if (!closed.Succeeded)
        {
            return closed;
        }

        Status = ClosureRequestStatus.Approved;
        DecidedBy = managerId;
        DecidedAt = now;
        return Result.Ok();
    }

    /// <summary>Returns the request with comments saying what is needed first. Never by the person who asked.</summary>
    public Result Return(string? comments, Guid managerId, DateTimeOffset now)
    {
        if (Decidable(managerId) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(comments))
        {
            return Result.Fail("Enter your comments for the lead practitioner");
        }

        if (comments.Trim().Length > TextMaxLength)
        {
            return Result.Fail("Comments must be 2,000 characters or less");
        }

        Status = ClosureRequestStatus.Returned;
        DecidedBy = managerId;
        DecidedAt = now;
        Comments = comments.Trim();
        return Result.Ok();
    }

    private Result? Decidable(Guid managerId)
    {
        if (!IsWaiting)
        {
            return Result.Fail("This request has already been decided");
        }

        return managerId == RequestedBy
            ? Result.Fail("You asked to close this case, so a different manager must decide the request")
            : null;
    }
}
