using FamilyFirst.Domain.Training;

namespace FamilyFirst.Domain.Impact;

/// <summary>
/// The impact report's figures as they stood when a manager took them, kept so that they can be reviewed and,
/// once approved, published. Only an approved snapshot is ever shown to the public, never live data. The
/// figures are stored whole (as JSON written by the app), so the snapshot never changes afterwards.
/// </summary>
public sealed class ImpactSnapshot
{
    public const int NameMaxLength = 200;

    private ImpactSnapshot()
    {
        Figures = string.Empty;
        CreatedByUserId = string.Empty;
        CreatedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public DateOnly AsAt { get; private set; }

    public DateOnly? AttachedFrom { get; private set; }

    public DateOnly? AttachedTo { get; private set; }

    public Guid? TeamId { get; private set; }

    public string? TeamName { get; private set; }

    /// <summary>The stored report (<see cref="ImpactReportFigures"/> as JSON).</summary>
    public string Figures { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedByUserId { get; private set; }

    public string CreatedByName { get; private set; }

    public DateTime? ApprovedAtUtc { get; private set; }

    public string? ApprovedByUserId { get; private set; }

    public string? ApprovedByName { get; private set; }

    public bool IsApproved => ApprovedAtUtc is not null;

    /// <summary>People who had completed restorative practice training by the as-at date (null in snapshots taken before it was counted).</summary>
    public int? PeopleTrained { get; private set; }

    /// <summary>The organisations those people came from (the council counting as one).</summary>
    public int? TrainingOrganisations { get; private set; }

    /// <summary>
    /// The reach of training as it stood at the as-at date, published with the rest of the snapshot once it is
    /// approved: the same two-person approval covers every figure that goes on the public page.
    /// </summary>
    public TrainingHeadline? Training => PeopleTrained is { } people ? new TrainingHeadline(people, TrainingOrganisations ?? 0) : null;

    public static ImpactSnapshot Take(ImpactCohort cohort, string figures, string userId, string userName, DateTime nowUtc, TrainingHeadline? training = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentException.ThrowIfNullOrWhiteSpace(figures);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new ImpactSnapshot
        {
            Id = Guid.NewGuid(),
            AsAt = cohort.AsAt,
            AttachedFrom = cohort.AttachedFrom,
            AttachedTo = cohort.AttachedTo,
            TeamId = cohort.TeamId,
            TeamName = cohort.TeamName,
            Figures = figures,
            CreatedAtUtc = nowUtc,
            CreatedByUserId = userId,
            CreatedByName = Trim(userName),
            PeopleTrained = training?.PeopleTrained,
            TrainingOrganisations = training?.Organisations,
        };
    }

    public ImpactCohort Cohort => new(AsAt, AttachedFrom, AttachedTo, TeamId, TeamName);

    /// <summary>Approves the snapshot for publication on the public evidence of impact page. Once only.</summary>
    public Result Approve(string userId, string userName, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (IsApproved)
        {
            return Result.Fail("This snapshot has already been approved for publication");
        }

        // Publishing figures needs two people: the one who took the snapshot never approves it.
        if (string.Equals(userId, CreatedByUserId, StringComparison.Ordinal))
        {
            return Result.Fail("You took this snapshot, so a different manager must approve it for publication");
        }

        ApprovedAtUtc = nowUtc;
        ApprovedByUserId = userId;
        ApprovedByName = Trim(userName);
        return Result.Ok();
    }

    private static string Trim(string name) => name.Length > NameMaxLength ? name[..NameMaxLength] : name;
}
