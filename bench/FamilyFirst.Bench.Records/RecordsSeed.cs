using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Pages.Families;
using Microsoft.EntityFrameworkCore;

namespace FamilyFirst.Bench.Records;

/// <summary>What the seed made, and real values to search for.</summary>
internal sealed record Seeded(
    int People,
    int Families,
    Guid BigFamilyId,
    string BigFamilyReference,
    IReadOnlyList<string> CommonFamilyNames,
    IReadOnlyList<string> TypoNames,
    IReadOnlyList<(string Name, DateOnly Born)> NamesWithBirth,
    IReadOnlyList<string> NhsNumbers,
    IReadOnlyList<string> Postcodes);

/// <summary>
/// Seeds families of four (two adults, two children) sharing a household, with a realistic spread of names (common
/// family names are common, and a long tail of rarer ones), half the people with an NHS number, and one big family
/// of 10 people with 200 case notes and 50 chronology events. Every family is in the benchmark practitioner's team,
/// so every person is in the search's reach: the worst case for need-to-know filtering.
/// </summary>
internal static class RecordsSeed
{
    public const string Email = "bench.practitioner@bench.familyfirst.test";
    public const string Password = "a long benchmark passphrase nobody would guess";

    private static readonly string[] CommonFamilyNames =
    [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
        "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
        "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
        "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
        "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
        "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy",
        "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh",
        "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali",
        "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight",
        "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey",
    ];

    private static readonly string[] Starts = ["Ash", "Black", "Brad", "Bram", "Cal", "Dun", "Fair", "Gold", "Hart", "Holl", "Kirk", "Lang", "Mar", "North", "Pen", "Red", "Ros", "Shel", "Stan", "Thorn", "Whit", "Wins", "Al", "Bur", "Cres", "Dal", "Ever", "Farn", "Glen", "Hay"];

    private static readonly string[] Ends = ["ford", "ley", "worth", "ton", "wood", "field", "by", "ham", "well", "brook", "combe", "den", "holm", "stone", "wick", "more", "dale", "hurst", "shaw", "croft"];

    private static readonly string[] AdultNames =
    [
        "Sarah", "Emma", "Laura", "Rebecca", "Claire", "Nicola", "Gemma", "Hannah", "Amy", "Rachel", "Jade", "Kelly", "Natalie", "Stacey", "Leanne",
        "Fatima", "Aisha", "Grace", "Joanne", "Michelle", "James", "David", "Daniel", "Michael", "Christopher", "Mark", "Paul", "Andrew", "Richard",
        "Thomas", "Matthew", "Lee", "Craig", "Dean", "Wayne", "Mohammed", "Adam", "Ryan", "Steven", "Jason",
    ];

    private static readonly string[] ChildNames =
    [
        "Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Arthur", "Muhammad", "Oscar", "Charlie", "Jacob", "Alfie", "Freddie", "Theo", "Archie",
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Sophia", "Grace", "Freya", "Poppy", "Ella", "Evie", "Daisy", "Kai", "Callum", "Ruby", "Maisie", "Tyler",
    ];

    private const string UnitLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public static async Task<Seeded> SeedAsync(IServiceProvider services, int people)
    {
        var random = new Random(20261125);
        var now = TimeProvider.System.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        Guid teamId;
        Guid practitionerId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var team = new Team { Id = Guid.NewGuid(), Name = "Bench Family Support" };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            teamId = team.Id;
            var created = await StaffAccounts.CreateAsync(scope.ServiceProvider, Email, "Bench Practitioner", [Roles.Practitioner], [teamId], Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(' ', created.Errors.Select(e => e.Description)));
            }

            practitionerId = StaffIds.FromUserKey(await db.Users.Where(u => u.Email == Email).Select(u => u.Id).SingleAsync());
        }

        var typoNames = new List<string>();
        var namesWithBirth = new List<(string, DateOnly)>();
        var nhsNumbers = new List<string>();
        var postcodes = new List<string>();
        var families = (people - 10) / 4;
        const int batch = 500;
        var personIndex = 0;
        for (var start = 0; start < families; start += batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var f = start; f < Math.Min(families, start + batch); f++)
            {
                var surname = FamilyName(random);
                var familyCase = FamilyCase.Open(Reference(f), $"{surname} family", "Seeded for the records benchmark", practitionerId, now).Value!;
                familyCase.Allocate(practitionerId, teamId, practitionerId, now);
                var postcode = Postcode(f);
                var household = Household.Create(familyCase.Id, Address.Create($"{1 + (f % 180)} {Starts[f % Starts.Length]}{Ends[f % Ends.Length]} Road", null, "Northmoor", null, postcode).Value!);
                db.Households.Add(household);
                for (var m = 0; m < 4; m++)
                {
                    var adult = m < 2;
                    var given = adult ? AdultNames[random.Next(AdultNames.Length)] : ChildNames[random.Next(ChildNames.Length)];
                    var born = adult ? new DateOnly(1965, 1, 1).AddDays(random.Next(35 * 365)) : new DateOnly(2006, 1, 1).AddDays(random.Next(19 * 365));
                    var nhs = personIndex % 2 == 0 ? Nhs(personIndex) : null;
                    var details = new PersonDetails(given, surname, born, null, random.Next(2) == 0 ? Gender.Female : Gender.Male) { NhsNumber = nhs };
                    var person = Person.Create(details, DuplicateCheckOutcome.NoLikelyMatches, practitionerId, today, now, $"P{personIndex}").Value!;
                    person.MoveInto(household.Id, today.AddYears(-1));
                    db.People.Add(person);
                    familyCase.AddMember(person.Id, adult ? FamilyRole.Parent : FamilyRole.ChildOrYoungPerson, today.AddYears(-1));
                    if (personIndex % 4001 == 7 && typoNames.Count < 20)
                    {
                        typoNames.Add($"{given} {Typo(surname)}");
                        namesWithBirth.Add(($"{given} {surname}", born));
                        postcodes.Add(postcode);
                    }

                    if (nhs is not null && personIndex % 3999 == 0 && nhsNumbers.Count < 20)
                    {
                        nhsNumbers.Add(nhs.Value);
                    }

                    personIndex++;
                }

                db.FamilyCases.Add(familyCase);
                Chronology.Add(db, familyCase.Id, ChronologyEventType.CaseStatus, today.AddYears(-1), "Case opened", practitionerId, now, nameof(FamilyCase), familyCase.Id);
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        var (bigId, bigReference) = await SeedBigFamilyAsync(services, practitionerId, teamId, families, today, now);
        return new Seeded(personIndex + 10, families + 1, bigId, bigReference, CommonFamilyNames[..5], typoNames, namesWithBirth, nhsNumbers, postcodes);
    }

    /// <summary>The family page's case: 10 people, relationships between them, 200 case notes and 50 chronology events.</summary>
    private static async Task<(Guid, string)> SeedBigFamilyAsync(IServiceProvider services, Guid practitionerId, Guid teamId, int index, DateOnly today, DateTimeOffset now)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var familyCase = FamilyCase.Open(Reference(index), "Benchmark family", "The family page benchmark's family", practitionerId, now).Value!;
        familyCase.Allocate(practitionerId, teamId, practitionerId, now);
        familyCase.AttachToProgramme(Programme.FamilyFirst, today.AddMonths(-6));
        var people = new List<(Person Person, FamilyRole Role)>();
        string[] names = ["Amina", "Tariq", "Yusuf", "Leila", "Sami", "Noor", "Zain", "Hana", "Fatima", "Omar"];
        for (var i = 0; i < names.Length; i++)
        {
            var role = i < 2 ? FamilyRole.Parent : i < 8 ? FamilyRole.ChildOrYoungPerson : FamilyRole.ExtendedFamily;
            var born = role == FamilyRole.ChildOrYoungPerson ? new DateOnly(2008 + i, 3, 1 + i) : new DateOnly(i < 2 ? 1984 + i : 1955 + i, 6, 1);
            var person = Person.Create(new PersonDetails(names[i], "Benchmark", born, null, i % 2 == 0 ? Gender.Female : Gender.Male), DuplicateCheckOutcome.NoLikelyMatches, practitionerId, today, now, $"BIG{i}").Value!;
            db.People.Add(person);
            familyCase.AddMember(person.Id, role, today.AddMonths(-6));
            people.Add((person, role));
        }

        for (var child = 2; child < 8; child++)
        {
            db.Relationships.Add(Relationship.Record(people[0].Person.Id, people[child].Person.Id, RelationshipType.ParentOf, practitionerId, now).Value!);
            db.Relationships.Add(Relationship.Record(people[1].Person.Id, people[child].Person.Id, RelationshipType.ParentOf, practitionerId, now).Value!);
        }

        db.Relationships.Add(Relationship.Record(people[0].Person.Id, people[1].Person.Id, RelationshipType.PartnerOf, practitionerId, now).Value!);
        db.Relationships.Add(Relationship.Record(people[8].Person.Id, people[0].Person.Id, RelationshipType.ParentOf, practitionerId, now).Value!);
        db.Relationships.Add(Relationship.Record(people[9].Person.Id, people[1].Person.Id, RelationshipType.ParentOf, practitionerId, now).Value!);

        var types = Enum.GetValues<CaseNoteType>();
        for (var n = 0; n < 200; n++)
        {
            var text = $"Note {n + 1}: visited the family at home. {string.Join(' ', Enumerable.Repeat("Talked about mornings, school and what is going well.", 1 + n % 6))}";
            db.CaseNotes.Add(CaseNote.Write(familyCase.Id, types[n % types.Length], today.AddDays(-n), text, practitionerId, today, now, [people[n % 10].Person.Id]).Value!);
        }

        var eventTypes = Enum.GetValues<ChronologyEventType>();
        for (var e = 0; e < 50; e++)
        {
            Chronology.Add(db, familyCase.Id, eventTypes[e % eventTypes.Length], today.AddDays(-3 * e), $"Event {e + 1} on the family's chronology", practitionerId, now);
        }

        db.FamilyCases.Add(familyCase);
        await db.SaveChangesAsync();
        return (familyCase.Id, familyCase.Reference);
    }

    /// <summary>Mostly the 100 commonest family names, weighted so the first are commonest, and a long tail of rarer ones.</summary>
    private static string FamilyName(Random random)
    {
        if (random.NextDouble() < 0.6)
        {
            // Zipf-like: the k-th commonest name is about 1/k as common as the first.
            var r = random.NextDouble() * 5.187;
            var total = 0.0;
            for (var k = 0; k < CommonFamilyNames.Length; k++)
            {
                total += 1.0 / (k + 1);
                if (r <= total)
                {
                    return CommonFamilyNames[k];
                }
            }

            return CommonFamilyNames[^1];
        }

        return Starts[random.Next(Starts.Length)] + Ends[random.Next(Ends.Length)];
    }

    /// <summary>
    /// A vowel changed, as people mistype names ("Smoth" for "Smith"), in a place where the slip keeps the name's
    /// sound-alike key (<see cref="PhoneticKey"/>): the search finds family names through that key, so this is the
    /// kind of typo it is meant to tolerate. A vowel straight after an opening C is never changed: it decides
    /// whether the C is hard or soft ("Celby" sounds like Selby, not Calby), so the key changes and the search,
    /// by design, looks among other names (see bench/README.md, Records).
    /// </summary>
    private static string Typo(string name)
    {
        var key = PhoneticKey.For(name);
        var chars = name.ToCharArray();
        for (var i = chars.Length - 1; i > 0; i--)
        {
            if ("aeiou".Contains(chars[i], StringComparison.Ordinal))
            {
                var original = chars[i];
                chars[i] = original == 'e' ? 'a' : 'e';
                var typo = new string(chars);
                if (PhoneticKey.For(typo) == key)
                {
                    return typo;
                }

                chars[i] = original;
            }
        }

        // No vowel can change without changing the key: a doubled last letter keeps it ("Smithh").
        return name + name[^1];
    }

    private static string Reference(int i)
    {
        Span<char> code = stackalloc char[FamilyCaseReference.Length];
        for (var d = code.Length - 1; d >= 0; d--)
        {
            code[d] = FamilyCaseReference.Alphabet[i % FamilyCaseReference.Alphabet.Length];
            i /= FamilyCaseReference.Alphabet.Length;
        }

        return FamilyCaseReference.Prefix + new string(code);
    }

    /// <summary>A distinct real-format postcode per family, such as "NM12 3AB".</summary>
    private static string Postcode(int i) =>
        $"NM{1 + i % 99} {i / 99 % 10}{UnitLetters[i / 990 % 20]}{UnitLetters[i / 19800 % 20]}";

    /// <summary>A distinct valid NHS number (modulus 11), or null when this one's check digit would be 10.</summary>
    private static NhsNumber? Nhs(int i)
    {
        var digits = (400_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var d = 0; d < 9; d++)
        {
            sum += (digits[d] - '0') * (10 - d);
        }

        var check = 11 - sum % 11;
        if (check == 10)
        {
            return null;
        }

        return NhsNumber.TryParse(digits + (check == 11 ? 0 : check).ToString(System.Globalization.CultureInfo.InvariantCulture)).Value;
    }
}
