namespace FamilyFirst.Domain.Families;

/// <summary>What a person consented to.</summary>
public enum ConsentType
{
    WorkingWithService,
    SharingWithAgency,
    FamilyGroupConference,
}

/// <summary>How consent was given.</summary>
public enum ConsentMethod
{
    Verbal,
    Written,
    Online,
}

/// <summary>
/// A person's consent: to working with the service, to sharing information with a named agency, or to a
/// Family Group Conference; when and how it was given, and its withdrawal.
/// </summary>
public sealed class Consent
{
    private Consent()
    {
    }

    public Guid Id { get; private set; }

    public Guid FamilyCaseId { get; private set; }

    /// <summary>The person who consented.</summary>
    public Guid PersonId { get; private set; }

    public ConsentType Type { get; private set; }

    /// <summary>The agency information may be shared with; only for <see cref="ConsentType.SharingWithAgency"/>.</summary>
    public string? AgencyName { get; private set; }

    public DateOnly GivenOn { get; private set; }

    public ConsentMethod Method { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The first day the consent no longer applies.</summary>
    public DateOnly? WithdrawnOn { get; private set; }

    public string? WithdrawnReason { get; private set; }

    public static Result<Consent> Record(
        Guid familyCaseId,
        Guid personId,
        ConsentType type,
        string? agencyName,
        DateOnly givenOn,
        ConsentMethod method,
        Guid recordedBy,
        DateOnly today,
        DateTimeOffset now)
    {
        if (type == ConsentType.SharingWithAgency && string.IsNullOrWhiteSpace(agencyName))
        {
            return Result<Consent>.Fail("Enter the name of the agency information may be shared with", nameof(AgencyName));
        }

        if (type != ConsentType.SharingWithAgency && !string.IsNullOrWhiteSpace(agencyName))
        {
            throw new ArgumentException("Only consent to share with an agency names an agency.", nameof(agencyName));
        }

        if (givenOn > today)
        {
            return Result<Consent>.Fail("Date consent was given must be today or in the past", nameof(GivenOn));
        }

        return Result<Consent>.Ok(new Consent
        {
            Id = Guid.NewGuid(),
            FamilyCaseId = familyCaseId,
            PersonId = personId,
            Type = type,
            AgencyName = agencyName?.Trim(),
            GivenOn = givenOn,
            Method = method,
            RecordedBy = recordedBy,
            RecordedAt = now,
        });
    }

    /// <summary>Records the withdrawal of consent, which applies from the date given.</summary>
    public Result Withdraw(DateOnly withdrawnOn, string? reason, DateOnly today)
    {
        if (WithdrawnOn is not null)
        {
            return Result.Fail("This consent has already been withdrawn");
        }

        if (withdrawnOn < GivenOn)
        {
            return Result.Fail("Date consent was withdrawn must be the same as or after the date it was given");
        }

        if (withdrawnOn > today)
        {
            return Result.Fail("Date consent was withdrawn must be today or in the past");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Fail("Enter why consent was withdrawn");
        }

        WithdrawnOn = withdrawnOn;
        WithdrawnReason = reason.Trim();
        return Result.Ok();
    }

    /// <summary>True from the day consent was given until the day before it was withdrawn.</summary>
    public bool IsActiveOn(DateOnly date) => GivenOn <= date && (WithdrawnOn is null || date < WithdrawnOn);

    /// <summary>Moves the consent to the kept person after a duplicate merge.</summary>
    public void TransferTo(Guid personId) => PersonId = personId;

    /// <summary>What the person agreed to, in words: "sharing information with Riverside Academy".</summary>
    public string Describe() => Type switch
    {
        ConsentType.WorkingWithService => "working with the service",
        ConsentType.SharingWithAgency => $"sharing information with {AgencyName}",
        ConsentType.FamilyGroupConference => "a Family Group Conference",
        _ => throw new InvalidOperationException($"Unknown consent type {Type}."),
    };
}
