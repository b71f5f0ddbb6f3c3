namespace FamilyFirst.Domain.Families;

/// <summary>A person's gender as they describe it.</summary>
public enum Gender
{
    Female,
    Male,
    NonBinary,
    DescribedAnotherWay,
    NotKnown,
    PreferNotToSay,
}

/// <summary>What is typed in to record a new person.</summary>
public sealed record PersonDetails(
    string? GivenName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    Gender Gender)
{
    public string? PreferredName { get; init; }

    public string? Language { get; init; }

    public bool NeedsInterpreter { get; init; }

    public NhsNumber? NhsNumber { get; init; }

    public UniquePupilNumber? UniquePupilNumber { get; init; }

    public NationalInsuranceNumber? NationalInsuranceNumber { get; init; }
}

/// <summary>
/// What the duplicate check found before a person was created: the likely matches shown and, if the user
/// still created a new person, why they are not one of them.
/// </summary>
public sealed record DuplicateCheckOutcome(IReadOnlyList<Guid> LikelyMatchIds, string? ReasonNotADuplicate)
{
    public static DuplicateCheckOutcome NoLikelyMatches { get; } = new([], null);
}

/// <summary>Someone in or around a family: a parent, carer, child or young person, unborn child, relative or friend.</summary>
public sealed class Person
{
    public const int MaximumNameLength = 100;
    public const int AdultAge = 18;

    private readonly List<Residence> _residences = [];
    private readonly List<ChildStatusPeriod> _childStatuses = [];
    private readonly List<Guid> _likelyMatchIdsShown = [];

    private Person()
    {
        Reference = string.Empty;
        GivenName = string.Empty;
        FamilyName = string.Empty;
        GivenNameKey = string.Empty;
        FamilyNameKey = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The council's reference for the person (<c>person_ref</c>), unique; see <see cref="PersonReference"/>.</summary>
    public string Reference { get; private set; }

    public string GivenName { get; private set; }

    public string FamilyName { get; private set; }

    /// <summary>The name the person likes to be called, when it differs from their given name.</summary>
    public string? PreferredName { get; private set; }

    public DateOnly? DateOfBirth { get; private set; }

    /// <summary>For an unborn child: the date the baby is due.</summary>
    public DateOnly? ExpectedDateOfBirth { get; private set; }

    public Gender Gender { get; private set; }

    /// <summary>For an expectant parent: the date the baby they are expecting is due (Supporting Families' <c>expecting_on</c>).</summary>
    public DateOnly? ExpectingOn { get; private set; }

    /// <summary>Special category data: optional, and only kept with the purpose it was recorded for.</summary>
    public string? Ethnicity { get; private set; }

    public string? EthnicityPurpose { get; private set; }

    public string? Language { get; private set; }

    public bool NeedsInterpreter { get; private set; }

    public NhsNumber? NhsNumber { get; private set; }

    public UniquePupilNumber? UniquePupilNumber { get; private set; }

    public NationalInsuranceNumber? NationalInsuranceNumber { get; private set; }

    /// <summary>Phonetic key of the given name, stored so the database can find sound-alikes (see <see cref="PhoneticKey"/>).</summary>
    public string GivenNameKey { get; private set; }

    /// <summary>Phonetic key of the family name, stored so the database can find sound-alikes.</summary>
    public string FamilyNameKey { get; private set; }

    /// <summary>Why the user created this person although likely matches were shown.</summary>
    public string? ReasonNotADuplicate { get; private set; }

    public IReadOnlyList<Guid> LikelyMatchIdsShown => _likelyMatchIdsShown;

    /// <summary>Set when this record was found to be a duplicate and merged into another; the record is kept for history.</summary>
    public Guid? MergedIntoPersonId { get; private set; }

    public DateTimeOffset? MergedAt { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<Residence> Residences => _residences;

    public IReadOnlyList<ChildStatusPeriod> ChildStatuses => _childStatuses;

    public bool IsUnborn => DateOfBirth is null && ExpectedDateOfBirth is not null;

    /// <summary>The name to show: preferred given name, then family name.</summary>
    public string DisplayName => $"{PreferredName ?? GivenName} {FamilyName}";

    /// <summary>
    /// Records a new person after the duplicate check. When likely matches were shown, a reason why this
    /// is a different person is required. The reference is the council's own (from <see cref="PersonReference.Generate"/>,
    /// or kept from another council system); when none is given a random one is made.
    /// </summary>
    public static Result<Person> Create(
        PersonDetails details,
        DuplicateCheckOutcome duplicateCheck,
        Guid createdBy,
        DateOnly today,
        DateTimeOffset now,
        string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(duplicateCheck);
        if (reference is not null && !PersonReference.IsValid(reference))
        {
            throw new ArgumentException("A person reference is 1 to 40 letters, digits, hyphens or underscores.", nameof(reference));
        }

        var nameError = ValidateNames(details.GivenName, details.FamilyName, details.PreferredName);
        if (nameError is not null)
        {
            return Result<Person>.Fail(nameError);
        }

        var dateError = ValidateDates(details.DateOfBirth, details.ExpectedDateOfBirth, today);
        if (dateError is not null)
        {
            return Result<Person>.Fail(dateError);
        }

        if (duplicateCheck.LikelyMatchIds.Count > 0 && string.IsNullOrWhiteSpace(duplicateCheck.ReasonNotADuplicate))
        {
            return Result<Person>.Fail("Enter why this is a different person from the possible matches");
        }

        var person = new Person
        {
            Id = Guid.NewGuid(),
            Reference = reference is null ? PersonReference.Generate(Random.Shared) : PersonReference.Normalise(reference),
            DateOfBirth = details.DateOfBirth,
            ExpectedDateOfBirth = details.ExpectedDateOfBirth,
            Gender = details.Gender,
            Language = Tidy(details.Language),
            NeedsInterpreter = details.NeedsInterpreter,
            NhsNumber = details.NhsNumber,
            UniquePupilNumber = details.UniquePupilNumber,
            NationalInsuranceNumber = details.NationalInsuranceNumber,
            ReasonNotADuplicate = duplicateCheck.LikelyMatchIds.Count > 0 ? duplicateCheck.ReasonNotADuplicate!.Trim() : null,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        person.SetNames(details.GivenName!, details.FamilyName!, details.PreferredName);
        person._likelyMatchIdsShown.AddRange(duplicateCheck.LikelyMatchIds);
        return Result<Person>.Ok(person);
    }

    public Result ChangeName(string? givenName, string? familyName, string? preferredName)
    {
        var error = ValidateNames(givenName, familyName, preferredName);
        if (error is not null)
        {
            return Result.Fail(error);
        }

        SetNames(givenName!, familyName!, preferredName);
        return Result.Ok();
    }

    public Result ChangeDateOfBirth(DateOnly? dateOfBirth, DateOnly? expectedDateOfBirth, DateOnly today)
    {
        var error = ValidateDates(dateOfBirth, expectedDateOfBirth, today);
        if (error is not null)
        {
            return Result.Fail(error);
        }

        DateOfBirth = dateOfBirth;
        ExpectedDateOfBirth = expectedDateOfBirth;
        return Result.Ok();
    }

    /// <summary>Records that an unborn child has been born; the expected date is replaced by the date of birth.</summary>
    public Result RecordBirth(DateOnly dateOfBirth, DateOnly today)
    {
        if (!IsUnborn)
        {
            return Result.Fail("Only an unborn child's birth can be recorded");
        }

        return ChangeDateOfBirth(dateOfBirth, null, today);
    }

    public void ChangeGender(Gender gender) => Gender = gender;

    /// <summary>How far ahead a due date typed on the record may be: a pregnancy is about nine months, with a month to spare.</summary>
    public const int ExpectingOnMonthsAhead = 10;

    /// <summary>
    /// How far back a due date typed on the record may be: long enough to record an expectant parent at an assessment
    /// made a while ago (the Supporting Families rule asks whether the baby was due after the assessment), not so far
    /// that a mistyped year passes.
    /// </summary>
    public const int ExpectingOnYearsBack = 3;

    /// <summary>
    /// Whether a due date typed on the family's record is plausible: no more than <see cref="ExpectingOnMonthsAhead"/>
    /// months after today and no more than <see cref="ExpectingOnYearsBack"/> years before it. (A programme list's
    /// <c>expecting_on</c> can be older: it records the past.)
    /// </summary>
    public static Result CheckExpectingOnFromTheRecord(DateOnly? expectingOn, DateOnly today)
    {
        if (expectingOn > today.AddMonths(ExpectingOnMonthsAhead))
        {
            return Result.Fail($"The date the baby is due must be no more than {ExpectingOnMonthsAhead} months from today", nameof(ExpectingOn));
        }

        if (expectingOn < today.AddYears(-ExpectingOnYearsBack))
        {
            return Result.Fail($"The date the baby is due must be within the last {ExpectingOnYearsBack} years", nameof(ExpectingOn));
        }

        return Result.Ok();
    }

    /// <summary>Records (or clears) the date the baby an expectant parent is expecting is due; an unborn child expects nobody.</summary>
    public Result RecordExpecting(DateOnly? expectingOn)
    {
        if (expectingOn is not null && IsUnborn)
        {
            return Result.Fail("An unborn child cannot be an expectant parent", nameof(ExpectingOn));
        }

        if (expectingOn is { } due && DateOfBirth is { } born && due <= born)
        {
            return Result.Fail("The date the baby is due must be after the person's date of birth", nameof(ExpectingOn));
        }

        ExpectingOn = expectingOn;
        return Result.Ok();
    }

    public void RecordLanguage(string? language, bool needsInterpreter)
    {
        Language = Tidy(language);
        NeedsInterpreter = needsInterpreter;
    }

    /// <summary>Records ethnicity, which is special category data: the purpose it is held for is mandatory.</summary>
    public Result RecordEthnicity(string? ethnicity, string? purpose)
    {
        if (string.IsNullOrWhiteSpace(ethnicity))
        {
            return Result.Fail("Select the person's ethnicity");
        }

        if (string.IsNullOrWhiteSpace(purpose))
        {
            return Result.Fail("Enter why the person's ethnicity is being recorded");
        }

        Ethnicity = ethnicity.Trim();
        EthnicityPurpose = purpose.Trim();
        return Result.Ok();
    }

    public void RemoveEthnicity()
    {
        Ethnicity = null;
        EthnicityPurpose = null;
    }

    public void RecordIdentifiers(NhsNumber? nhsNumber, UniquePupilNumber? uniquePupilNumber, NationalInsuranceNumber? nationalInsuranceNumber)
    {
        NhsNumber = nhsNumber;
        UniquePupilNumber = uniquePupilNumber;
        NationalInsuranceNumber = nationalInsuranceNumber;
    }

    /// <summary>Age in whole years on the date (a 29 February birthday falls on 1 March in other years); null when not known or not yet born.</summary>
    public int? AgeOn(DateOnly date)
    {
        if (DateOfBirth is not { } born || date < born)
        {
            return null;
        }

        var age = date.Year - born.Year;
        if ((date.Month, date.Day).CompareTo((born.Month, born.Day)) < 0)
        {
            age--;
        }

        return age;
    }

    /// <summary>
    /// True for someone under 18 on the date. An unborn child counts as a child, because work such as a
    /// pre-birth child protection plan starts before birth; someone whose date of birth is unknown does not.
    /// </summary>
    public bool IsChildOn(DateOnly date) => IsUnborn || AgeOn(date) is < AdultAge;

    /// <summary>Records the person living in a household from a date; any current residence ends the day before.</summary>
    public Result MoveInto(Guid householdId, DateOnly from)
    {
        var current = _residences.FirstOrDefault(r => r.To is null);
        if (current is not null)
        {
            if (current.HouseholdId == householdId)
            {
                return Result.Fail("The person already lives at this address");
            }

            if (from <= current.From)
            {
                return Result.Fail($"Date they moved must be after {current.From:d MMMM yyyy}, when they moved to their current address");
            }

            current.EndOn(from.AddDays(-1));
        }
        else if (_residences.Any(r => r.To >= from))
        {
            return Result.Fail("Date they moved must be after the end of their last recorded address");
        }

        _residences.Add(new Residence(householdId, from));
        return Result.Ok();
    }

    /// <summary>Records that the person has left their current household (for example into custody or care) without a new address yet.</summary>
    public Result MoveOut(DateOnly lastDay)
    {
        var current = _residences.FirstOrDefault(r => r.To is null);
        if (current is null)
        {
            return Result.Fail("The person has no current address");
        }

        if (lastDay < current.From)
        {
            return Result.Fail("Date they moved out must be the same as or after the date they moved in");
        }

        current.EndOn(lastDay);
        return Result.Ok();
    }

    public Guid? HouseholdOn(DateOnly date) => _residences.FirstOrDefault(r => r.Covers(date))?.HouseholdId;

    /// <summary>
    /// Records a period of a child status (child in need, child protection plan, looked after). Periods of
    /// the same status may not overlap; different statuses may (a child on a plan is also a child in need).
    /// </summary>
    public Result RecordChildStatus(ChildStatus status, DateOnly start, DateOnly? end = null)
    {
        if (end is { } last && last < start)
        {
            return Result.Fail("End date must be the same as or after the start date");
        }

        if (AgeOn(start) is >= AdultAge)
        {
            return Result.Fail($"A {status.Describe()} status can only start while the person is under {AdultAge}");
        }

        var clash = _childStatuses.FirstOrDefault(p => p.Status == status && p.Overlaps(start, end));
        if (clash is not null)
        {
            var clashEnd = clash.End is { } e ? $"to {e:d MMMM yyyy}" : "with no end date";
            return Result.Fail(
                $"Dates overlap an existing {status.Describe()} period from {clash.Start:d MMMM yyyy} {clashEnd}");
        }

        _childStatuses.Add(new ChildStatusPeriod(status, start, end));
        return Result.Ok();
    }

    /// <summary>Ends the open period of a status; the end day is the last day the status held.</summary>
    public Result EndChildStatus(ChildStatus status, DateOnly end)
    {
        var open = _childStatuses.FirstOrDefault(p => p.Status == status && p.IsOpen);
        if (open is null)
        {
            return Result.Fail($"The person has no current {status.Describe()} period");
        }

        if (end < open.Start)
        {
            return Result.Fail("End date must be the same as or after the start date");
        }

        open.EndOn(end);
        return Result.Ok();
    }

    /// <summary>The statuses the child held on the date, in the order child in need, child protection plan, looked after.</summary>
    public IReadOnlyList<ChildStatus> StatusOn(DateOnly date) =>
        _childStatuses.Where(p => p.Covers(date)).Select(p => p.Status).Distinct().Order().ToList();

    /// <summary>What the duplicate check compares.</summary>
    public PersonMatchDetails ToMatchDetails() =>
        new(GivenName, FamilyName, DateOfBirth ?? ExpectedDateOfBirth)
        {
            PreferredName = PreferredName,
            NhsNumber = NhsNumber,
            UniquePupilNumber = UniquePupilNumber,
            NationalInsuranceNumber = NationalInsuranceNumber,
        };

    /// <summary>Marks this record as a duplicate merged into another person; see <see cref="PersonMerge"/>.</summary>
    public Result MarkMergedInto(Guid keptPersonId, DateTimeOffset now)
    {
        if (keptPersonId == Id)
        {
            return Result.Fail("A person cannot be merged into themselves");
        }

        if (MergedIntoPersonId is not null)
        {
            return Result.Fail("This person has already been merged into another record");
        }

        MergedIntoPersonId = keptPersonId;
        MergedAt = now;
        return Result.Ok();
    }

    private void SetNames(string givenName, string familyName, string? preferredName)
    {
        GivenName = givenName.Trim();
        FamilyName = familyName.Trim();
        PreferredName = Tidy(preferredName);
        GivenNameKey = PhoneticKey.For(GivenName);
        FamilyNameKey = PhoneticKey.For(FamilyName);
    }

    private static string? ValidateNames(string? givenName, string? familyName, string? preferredName)
    {
        if (string.IsNullOrWhiteSpace(givenName))
        {
            return "Enter the person's given name";
        }

        if (string.IsNullOrWhiteSpace(familyName))
        {
            return "Enter the person's family name";
        }

        if (givenName.Trim().Length > MaximumNameLength)
        {
            return $"Given name must be {MaximumNameLength} characters or less";
        }

        if (familyName.Trim().Length > MaximumNameLength)
        {
            return $"Family name must be {MaximumNameLength} characters or less";
        }

        if (preferredName?.Trim().Length > MaximumNameLength)
        {
            return $"Preferred name must be {MaximumNameLength} characters or less";
        }

        return null;
    }

    private static string? ValidateDates(DateOnly? dateOfBirth, DateOnly? expectedDateOfBirth, DateOnly today)
    {
        if (dateOfBirth is not null && expectedDateOfBirth is not null)
        {
            return "Enter either a date of birth or an expected date of birth, not both";
        }

        if (dateOfBirth > today)
        {
            return "Date of birth must be today or in the past";
        }

        return null;
    }

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
