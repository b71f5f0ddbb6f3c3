namespace FamilyFirst.Domain.Families;

/// <summary>The details the duplicate check compares: names, date of birth and identifiers.</summary>
public sealed record PersonMatchDetails(string GivenName, string FamilyName, DateOnly? DateOfBirth)
{
    public string? PreferredName { get; init; }

    public NhsNumber? NhsNumber { get; init; }

    public UniquePupilNumber? UniquePupilNumber { get; init; }

    public NationalInsuranceNumber? NationalInsuranceNumber { get; init; }

    public string DisplayName => $"{GivenName} {FamilyName}";
}

/// <summary>Configuration of the duplicate check. The default threshold catches a similar name with the same date of birth, not a shared family name alone.</summary>
public sealed record DuplicateMatchSettings(int LikelyMatchThreshold = 65)
{
    public static DuplicateMatchSettings Default { get; } = new();
}

/// <summary>How alike two people's records are: a score from 0 to 100 and the reasons, in words a practitioner can check.</summary>
public sealed record DuplicateScore(int Value, IReadOnlyList<string> Reasons, bool IsLikelyMatch);

/// <summary>An existing person who may be the one being added.</summary>
public sealed record DuplicateMatch(Guid PersonId, PersonMatchDetails Details, DuplicateScore Score);

/// <summary>
/// What the database should look for before scoring: people sharing either phonetic name key, the date of
/// birth or any identifier. Store <see cref="Person.GivenNameKey"/> and <see cref="Person.FamilyNameKey"/> as indexed columns.
/// </summary>
public sealed record DuplicateSearchCriteria(
    string GivenNameKey,
    string FamilyNameKey,
    DateOnly? DateOfBirth,
    string? NhsNumber,
    string? UniquePupilNumber,
    string? NationalInsuranceNumber)
{
    public static DuplicateSearchCriteria For(PersonMatchDetails proposed) => new(
        PhoneticKey.For(proposed.GivenName),
        PhoneticKey.For(proposed.FamilyName),
        proposed.DateOfBirth,
        proposed.NhsNumber?.Value,
        proposed.UniquePupilNumber?.Value,
        proposed.NationalInsuranceNumber?.Value);
}

/// <summary>
/// Scores how likely an existing person is the one about to be added, tolerant of typing mistakes
/// (Damerau–Levenshtein distance), sound-alike spellings (<see cref="PhoneticKey"/>), accents, case,
/// spaces and common short forms of given names.
/// </summary>
public sealed class DuplicateCandidateScorer(DuplicateMatchSettings settings)
{
    // Points, out of 100 without identifiers: family name 30, given name 25, date of birth 45.
    private const int FamilyExact = 30, FamilySoundsAndSpelt = 26, FamilySpelt = 24, FamilySounds = 20, FamilySharesPart = 18;
    private const int GivenExact = 25, GivenVariant = 21, GivenSoundsAndSpelt = 21, GivenSpelt = 20, GivenSounds = 17, GivenInitial = 8;
    private const int GivenDifferent = -20;
    private const int BirthSame = 45, BirthClose = 20, BirthDifferent = -30;
    private const int IdentifierSame = 50, IdentifierDifferent = -50, IdentifierSameFloor = 90;

    public DuplicateCandidateScorer()
        : this(DuplicateMatchSettings.Default)
    {
    }

    public DuplicateMatchSettings Settings { get; } = settings ?? throw new ArgumentNullException(nameof(settings));

    /// <summary>Scores every candidate the search found and returns the likely matches, best first.</summary>
    public IReadOnlyList<DuplicateMatch> LikelyMatches(PersonMatchDetails proposed, IEnumerable<(Guid PersonId, PersonMatchDetails Details)> candidates) =>
        candidates
            .Select(c => new DuplicateMatch(c.PersonId, c.Details, Score(proposed, c.Details)))
            .Where(m => m.Score.IsLikelyMatch)
            .OrderByDescending(m => m.Score.Value)
            .ThenBy(m => m.Details.FamilyName, StringComparer.OrdinalIgnoreCase)
            .ToList();

    public DuplicateScore Score(PersonMatchDetails proposed, PersonMatchDetails existing)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(existing);

        var reasons = new List<string>();
        var score = 0;
        var sameIdentifier = false;

        void CompareIdentifier(string? a, string? b, string name)
        {
            if (a is null || b is null)
            {
                return;
            }

            if (a == b)
            {
                score += IdentifierSame;
                sameIdentifier = true;
                reasons.Add($"Same {name}");
            }
            else
            {
                score += IdentifierDifferent;
                reasons.Add($"Different {name}");
            }
        }

        CompareIdentifier(proposed.NhsNumber?.Value, existing.NhsNumber?.Value, "NHS number");
        CompareIdentifier(proposed.UniquePupilNumber?.Value, existing.UniquePupilNumber?.Value, "unique pupil number");
        CompareIdentifier(proposed.NationalInsuranceNumber?.Value, existing.NationalInsuranceNumber?.Value, "National Insurance number");

        var family = CompareFamilyNames(proposed.FamilyName, existing.FamilyName);
        var given = CompareGivenNames(proposed, existing);
        score += FamilyPoints(family) + GivenPoints(given.Likeness);
        reasons.AddRange(NameReasons(family, given, existing));

        score += CompareBirthDates(proposed.DateOfBirth, existing.DateOfBirth, reasons);

        if (sameIdentifier)
        {
            // A shared identifier outweighs a changed name or a mistyped date; it is the strongest evidence there is.
            score = Math.Max(score, IdentifierSameFloor);
        }

        var value = Math.Clamp(score, 0, 100);
        return new DuplicateScore(value, reasons, value >= Settings.LikelyMatchThreshold);
    }

    private enum Likeness
    {
        Same,
        Variant,
        SoundsAndSpeltAlike,
        SpeltAlike,
        SoundsAlike,
        SharesPart,
        Initial,
        Different,
        Missing,
    }

    private sealed record GivenComparison(Likeness Likeness, string ProposedForm, string ExistingForm);

    private static Likeness CompareFamilyNames(string proposed, string existing)
    {
        var a = NameText.Normalise(proposed);
        var b = NameText.Normalise(existing);
        if (a.Length == 0 || b.Length == 0)
        {
            return Likeness.Missing;
        }

        var whole = CompareWords(a, b);
        if (whole != Likeness.Different)
        {
            return whole;
        }

        // Double-barrelled and changed names: "Smith-Jones" and "Jones" share a part.
        var sharesPart = NameText.Parts(proposed).Any(p => NameText.Parts(existing).Any(q => CompareWords(p, q) is Likeness.Same or Likeness.SoundsAndSpeltAlike or Likeness.SpeltAlike));
        return sharesPart ? Likeness.SharesPart : Likeness.Different;
    }

    private static GivenComparison CompareGivenNames(PersonMatchDetails proposed, PersonMatchDetails existing)
    {
        // Each side's given name, its first word ("Mary" of "Mary Jane") and preferred name can match.
        static IEnumerable<string> Forms(PersonMatchDetails p) =>
            new[] { NameText.Normalise(p.GivenName), NameText.Parts(p.GivenName) is { Count: > 0 } parts ? parts[0] : string.Empty, NameText.Normalise(p.PreferredName) }
                .Where(f => f.Length > 0)
                .Distinct();

        var best = new GivenComparison(Likeness.Missing, string.Empty, string.Empty);
        foreach (var a in Forms(proposed))
        {
            foreach (var b in Forms(existing))
            {
                var likeness = GivenNameVariants.AreVariants(a, b) ? Likeness.Variant : CompareWords(a, b);
                if (likeness == Likeness.Different && (a.Length == 1 || b.Length == 1) && a[0] == b[0])
                {
                    likeness = Likeness.Initial;
                }

                if (likeness < best.Likeness)
                {
                    best = new GivenComparison(likeness, a, b);
                }
            }
        }

        return best;
    }

    private static Likeness CompareWords(string a, string b)
    {
        if (a == b)
        {
            return Likeness.Same;
        }

        var sounds = a.Length > 1 && b.Length > 1 && PhoneticKey.For(a) == PhoneticKey.For(b);
        var spelt = IsTypingSlip(a, b);
        return (sounds, spelt) switch
        {
            (true, true) => Likeness.SoundsAndSpeltAlike,
            (false, true) => Likeness.SpeltAlike,
            (true, false) => Likeness.SoundsAlike,
            _ => Likeness.Different,
        };
    }

    /// <summary>One slip (a wrong, missing, extra or swapped letter) in a name of 4 or more letters, two in 8 or more.</summary>
    private static bool IsTypingSlip(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        var allowed = shorter >= 8 ? 2 : shorter >= 4 ? 1 : 0;
        return allowed > 0 && Math.Abs(a.Length - b.Length) <= allowed && EditDistance.DamerauLevenshtein(a, b) <= allowed;
    }

    private static int FamilyPoints(Likeness likeness) => likeness switch
    {
        Likeness.Same => FamilyExact,
        Likeness.SoundsAndSpeltAlike => FamilySoundsAndSpelt,
        Likeness.SpeltAlike => FamilySpelt,
        Likeness.SoundsAlike => FamilySounds,
        Likeness.SharesPart => FamilySharesPart,
        _ => 0, // A different family name is common after marriage or separation, so it does not count against.
    };

    private static int GivenPoints(Likeness likeness) => likeness switch
    {
        Likeness.Same => GivenExact,
        Likeness.Variant => GivenVariant,
        Likeness.SoundsAndSpeltAlike => GivenSoundsAndSpelt,
        Likeness.SpeltAlike => GivenSpelt,
        Likeness.SoundsAlike => GivenSounds,
        Likeness.Initial => GivenInitial,
        Likeness.Different => GivenDifferent, // Siblings, twins especially, share a family name and sometimes a birthday.
        _ => 0,
    };

    private static IEnumerable<string> NameReasons(Likeness family, GivenComparison given, PersonMatchDetails existing)
    {
        var name = existing.DisplayName;
        if (family == Likeness.Same && given.Likeness == Likeness.Same)
        {
            yield return "Same name";
            yield break;
        }

        if (given.Likeness == Likeness.Variant)
        {
            yield return $"'{Title(given.ProposedForm)}' and '{Title(given.ExistingForm)}' can be the same given name";
        }

        var likenesses = new[] { family, given.Likeness == Likeness.Variant ? Likeness.Same : given.Likeness };
        if (likenesses.Any(l => l is Likeness.SoundsAlike or Likeness.SoundsAndSpeltAlike)
            && likenesses.All(l => l is Likeness.Same or Likeness.SoundsAlike or Likeness.SoundsAndSpeltAlike or Likeness.SpeltAlike))
        {
            yield return $"Name sounds like '{name}'";
            yield break;
        }

        if (likenesses.Any(l => l == Likeness.SpeltAlike) && likenesses.All(l => l is Likeness.Same or Likeness.SpeltAlike))
        {
            yield return $"Name is spelt similarly to '{name}'";
            yield break;
        }

        if (likenesses.All(l => l == Likeness.Same))
        {
            yield break; // The same name apart from a short form, already explained.
        }

        switch (family)
        {
            case Likeness.Same:
                yield return "Same family name";
                break;
            case Likeness.SoundsAlike or Likeness.SoundsAndSpeltAlike:
                yield return $"Family name sounds like '{existing.FamilyName}'";
                break;
            case Likeness.SpeltAlike:
                yield return $"Family name is spelt similarly to '{existing.FamilyName}'";
                break;
            case Likeness.SharesPart:
                yield return $"Family name shares a part with '{existing.FamilyName}'";
                break;
        }

        switch (given.Likeness)
        {
            case Likeness.Same or Likeness.Variant:
                if (given.Likeness == Likeness.Same)
                {
                    yield return "Same given name";
                }

                break;
            case Likeness.SoundsAlike or Likeness.SoundsAndSpeltAlike:
                yield return $"Given name sounds like '{existing.GivenName}'";
                break;
            case Likeness.SpeltAlike:
                yield return $"Given name is spelt similarly to '{existing.GivenName}'";
                break;
            case Likeness.Initial:
                yield return $"Same initial as '{existing.GivenName}'";
                break;
            case Likeness.Different:
                yield return "Different given name";
                break;
        }
    }

    private static int CompareBirthDates(DateOnly? proposed, DateOnly? existing, List<string> reasons)
    {
        if (proposed is not { } a || existing is not { } b)
        {
            return 0;
        }

        if (a == b)
        {
            reasons.Add("Same date of birth");
            return BirthSame;
        }

        if (IsLikelyDateSlip(a, b))
        {
            reasons.Add($"Date of birth is close to {b:d MMMM yyyy}");
            return BirthClose;
        }

        reasons.Add("Different date of birth");
        return BirthDifferent;
    }

    /// <summary>One digit mistyped in day, month or year, or the day and month swapped.</summary>
    private static bool IsLikelyDateSlip(DateOnly a, DateOnly b)
    {
        var x = a.ToString("ddMMyyyy", System.Globalization.CultureInfo.InvariantCulture);
        var y = b.ToString("ddMMyyyy", System.Globalization.CultureInfo.InvariantCulture);
        var differingDigits = x.Zip(y).Count(p => p.First != p.Second);
        var swapped = a.Year == b.Year && a.Day == b.Month && a.Month == b.Day;
        return differingDigits == 1 || swapped;
    }

    private static string Title(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}

/// <summary>How many single-letter changes turn one name into another.</summary>
internal static class EditDistance
{
    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of adjacent letters each count 1.</summary>
    public static int DamerauLevenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
