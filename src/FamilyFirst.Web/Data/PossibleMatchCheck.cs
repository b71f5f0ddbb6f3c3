using FamilyFirst.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

/// <summary>
/// A task for a manager: a duplicate check, run while someone added a person to a family, found a possible match in
/// a family that person may not see. They were told only that a manager will check it; a manager who can see the
/// matched family checks whether it is the same person and marks the task checked.
/// </summary>
public sealed class PossibleMatchCheck
{
    private PossibleMatchCheck()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The family someone was adding a person to.</summary>
    public Guid FromFamilyId { get; private set; }

    /// <summary>The person found, in a family the one adding could not see.</summary>
    public Guid MatchedPersonId { get; private set; }

    /// <summary>The family of the matched person; managers who can see it get the task.</summary>
    public Guid MatchedFamilyId { get; private set; }

    public string RaisedByUserId { get; private set; } = string.Empty;

    public DateTime RaisedAtUtc { get; private set; }

    public string? CheckedByUserId { get; private set; }

    public DateTime? CheckedAtUtc { get; private set; }

    public bool IsChecked => CheckedAtUtc is not null;

    public static PossibleMatchCheck Raise(Guid fromFamilyId, Guid matchedPersonId, Guid matchedFamilyId, string raisedByUserId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        FromFamilyId = fromFamilyId,
        MatchedPersonId = matchedPersonId,
        MatchedFamilyId = matchedFamilyId,
        RaisedByUserId = raisedByUserId,
        RaisedAtUtc = now.UtcDateTime,
    };

    public Result MarkChecked(string userId, DateTimeOffset now)
    {
        if (IsChecked)
        {
            return Result.Fail("This possible match has already been checked");
        }

        CheckedByUserId = userId;
        CheckedAtUtc = now.UtcDateTime;
        return Result.Ok();
    }
}

internal sealed class PossibleMatchCheckConfiguration : IEntityTypeConfiguration<PossibleMatchCheck>
{
    public void Configure(EntityTypeBuilder<PossibleMatchCheck> builder)
    {
        builder.ToTable("PossibleMatchChecks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.RaisedByUserId).HasMaxLength(450);
        builder.Property(c => c.CheckedByUserId).HasMaxLength(450);
        builder.Ignore(c => c.IsChecked);
        builder.HasIndex(c => new { c.MatchedFamilyId, c.CheckedAtUtc });
    }
}
