namespace FamilyFirst.Domain.Imports;

/// <summary>How a row in a partner file names its person, in the order the council prefers to match.</summary>
public enum PersonMatchMethod
{
    /// <summary>The council's own person reference.</summary>
    PersonRef,

    /// <summary>The unique pupil number; only in education files (attendance, exclusions).</summary>
    Upn,

    /// <summary>Given name, family name and date of birth, compared ignoring case, accents and spaces.</summary>
    NameAndDateOfBirth,
}

/// <summary>The person a row of partner data is about, as the partner identified them, and the way to match them.</summary>
public sealed record PersonMatch
{
    private PersonMatch(PersonMatchMethod method, string? personRef, string? upn, string? givenName, string? familyName, DateOnly? dateOfBirth)
    {
        Method = method;
        PersonRef = personRef;
        Upn = upn;
        GivenName = givenName;
        FamilyName = familyName;
        DateOfBirth = dateOfBirth;
        Key = method switch
        {
            PersonMatchMethod.PersonRef => "ref:" + NaturalKeys.Escape(personRef!),
            PersonMatchMethod.Upn => "upn:" + NaturalKeys.Escape(upn!),
            _ => "name:" + NaturalKeys.Escape(PersonNameKey.Normalise(givenName)) + "|"
                + NaturalKeys.Escape(PersonNameKey.Normalise(familyName)) + "|" + NaturalKeys.Date(dateOfBirth!.Value),
        };
    }

    public PersonMatchMethod Method { get; }

    /// <summary>Trimmed and upper-cased (<see cref="ReferenceKey"/>); null when not given.</summary>
    public string? PersonRef { get; }

    /// <summary>Trimmed and upper-cased; null when not given.</summary>
    public string? Upn { get; }

    /// <summary>As written, trimmed; compare with <see cref="PersonNameKey.Normalise"/>.</summary>
    public string? GivenName { get; }

    /// <summary>As written, trimmed; compare with <see cref="PersonNameKey.Normalise"/>.</summary>
    public string? FamilyName { get; }

    public DateOnly? DateOfBirth { get; }

    /// <summary>
    /// The person's part of a natural key: whatever identifies them in the row, normalised
    /// ("ref:P001", "upn:A123456789012", or "name:zoe|o'brien|2012-03-04").
    /// </summary>
    public string Key { get; }

    /// <summary>
    /// Chooses how to match: person_ref when given; otherwise upn where <paramref name="upnMatches"/> (education files);
    /// otherwise given name, family name and date of birth together. Blank values count as not given.
    /// </summary>
    public static Result<PersonMatch> Create(string? personRef, string? upn, string? givenName, string? familyName, DateOnly? dateOfBirth, bool upnMatches)
    {
        var reference = Blank(ReferenceKey.Normalise(personRef));
        var pupilNumber = Blank(ReferenceKey.Normalise(upn));
        var given = Blank(givenName?.Trim());
        var family = Blank(familyName?.Trim());

        PersonMatchMethod? method =
            reference is not null ? PersonMatchMethod.PersonRef
            : upnMatches && pupilNumber is not null ? PersonMatchMethod.Upn
            : given is not null && family is not null && dateOfBirth is not null ? PersonMatchMethod.NameAndDateOfBirth
            : null;

        return method is { } chosen
            ? Result<PersonMatch>.Ok(new PersonMatch(chosen, reference, pupilNumber, given, family, dateOfBirth))
            : Result<PersonMatch>.Fail(NotEnoughToMatch(upnMatches));
    }

    internal static string NotEnoughToMatch(bool upnMatches) =>
        upnMatches
            ? "enter person_ref, upn, or given_name, family_name and date_of_birth to match the person"
            : "enter person_ref, or given_name, family_name and date_of_birth to match the person";

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
