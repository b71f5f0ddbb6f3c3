using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;

namespace FamilyFirst.Web.Infrastructure.Demo;

/// <summary>
/// Fictional demo families across the two demo teams, built through the domain's own methods: people (with
/// identifiers that pass their checks), households, relationships, wider network, consent, case notes, one
/// restricted family and Family First attachments. Each family is added once, found by its reference.
/// </summary>
public static class DemoFamilies
{
    public const string RiversReference = "FAM-DEMRVA";
    public const string OkaforReference = "FAM-DEMKTE";
    public const string HughesReference = "FAM-DEMPAR";
    public const string MarshReference = "FAM-DEMNWY";

    public static async Task<int> SeedAsync(AppDbContext db, TimeProvider time)
    {
        var users = await db.Users.ToDictionaryAsync(u => u.Email!, u => StaffIds.FromUserKey(u.Id));
        var teams = await db.Teams.ToDictionaryAsync(t => t.Name, t => t.Id);
        if (!teams.TryGetValue(DemoData.NorthTeam, out var north) || !teams.TryGetValue(DemoData.SouthTeam, out var south))
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var today = time.DateOf(now);
        var manager = users["manager@demo.familyfirst.test"];
        var priya = users["practitioner@demo.familyfirst.test"];
        var sam = users["practitioner.south@demo.familyfirst.test"];
        var existing = await db.FamilyCases.Where(f => f.Reference.StartsWith("FAM-DEM")).Select(f => f.Reference).ToListAsync();
        var added = 0;

        if (!existing.Contains(RiversReference))
        {
            var family = new Builder(db, RiversReference, "Rivers family", "School raised worries about Kai's attendance and Jade asked for help with the children's routines after a move.", manager, now, today);
            family.Allocate(priya, north, "Priya Practitioner (North Family Support)");
            family.Attach(today.AddMonths(-4));
            var home = family.Household("14 Mill Lane", "Northmoor", "NM1 4QX");
            var jade = family.Person("Jade", "Rivers", new DateOnly(1992, 5, 14), Gender.Female, FamilyRole.Parent, home, nhs: "999000001");
            var dean = family.Person("Dean", "Walker", new DateOnly(1989, 11, 2), Gender.Male, FamilyRole.Carer, home, nino: "ZX123456A");
            var kai = family.Person("Kai", "Rivers", new DateOnly(2012, 3, 4), Gender.Male, FamilyRole.ChildOrYoungPerson, home, upn: "93012345601");
            var mia = family.Person("Mia", "Rivers", new DateOnly(2016, 9, 21), Gender.Female, FamilyRole.ChildOrYoungPerson, home, upn: "93012345602");
            var baby = family.Unborn("Baby", "Rivers", today.AddDays(75), home);
            var carol = family.Person("Carol", "Rivers", new DateOnly(1965, 1, 30), Gender.Female, FamilyRole.ExtendedFamily, null);
            family.Relate(jade, RelationshipType.ParentOf, kai);
            family.Relate(jade, RelationshipType.ParentOf, mia);
            family.Relate(jade, RelationshipType.ParentOf, baby);
            family.Relate(dean, RelationshipType.ParentOf, baby);
            family.Relate(dean, RelationshipType.PartnerOf, jade);
            family.Relate(dean, RelationshipType.StepParentOf, kai);
            family.Relate(dean, RelationshipType.StepParentOf, mia);
            family.Relate(kai, RelationshipType.SiblingOf, mia);
            family.Relate(carol, RelationshipType.ParentOf, jade);
            Check(kai.RecordChildStatus(ChildStatus.ChildInNeed, today.AddMonths(-3)));
            family.Network("Carol Rivers", "Maternal grandmother", false, "07700 900 123", carol.Id);
            family.Network("Lee Rivers", "Jade's brother", false, null, null, refuseReason: "Kai has said he does not want contact with Lee; discuss with Jade first");
            family.Network("Sandra Mills", "Family friend and neighbour", true, "01632 960 456", null);
            family.Consent(jade, ConsentType.WorkingWithService, null, today.AddMonths(-4), ConsentMethod.Verbal);
            family.Consent(jade, ConsentType.SharingWithAgency, "Northmoor Primary School", today.AddMonths(-4), ConsentMethod.Written);
            family.Note(CaseNoteType.Visit, today.AddDays(-12), "Home visit with Jade and the children. Kai showed me his football medals. Jade said mornings are the hardest part; agreed to try a picture routine for Mia.", [jade.Id, kai.Id, mia.Id]);
            family.Note(CaseNoteType.PhoneCall, today.AddDays(-5), "Call with the school attendance officer: Kai's attendance is up to 88% this half term.", [kai.Id]);
            await family.SaveAsync();
            added++;
        }

        if (!existing.Contains(OkaforReference))
        {
            var family = new Builder(db, OkaforReference, "Okafor family", "Grace asked for support after Daniel was excluded for fighting; she wants a restorative meeting with the school.", manager, now, today);
            family.Allocate(priya, north, "Priya Practitioner (North Family Support)");
            family.Attach(today.AddMonths(-2));
            var home = family.Household("Flat 3, 27 Station Road", "Northmoor", "NM2 7HT");
            var grace = family.Person("Grace", "Okafor", new DateOnly(1985, 8, 9), Gender.Female, FamilyRole.Parent, home, language: "Yoruba");
            var daniel = family.Person("Daniel", "Okafor", new DateOnly(2010, 12, 1), Gender.Male, FamilyRole.ChildOrYoungPerson, home, upn: "93012345603");
            var ruth = family.Person("Ruth", "Okafor", new DateOnly(2014, 6, 17), Gender.Female, FamilyRole.ChildOrYoungPerson, home, upn: "93012345604");
            family.Relate(grace, RelationshipType.ParentOf, daniel);
            family.Relate(grace, RelationshipType.ParentOf, ruth);
            family.Relate(daniel, RelationshipType.SiblingOf, ruth);
            family.Network("Pastor James Ade", "Church minister who knows the family well", true, "01632 960 789", null);
            family.Consent(grace, ConsentType.WorkingWithService, null, today.AddMonths(-2), ConsentMethod.Written);
            family.Consent(grace, ConsentType.FamilyGroupConference, null, today.AddDays(-20), ConsentMethod.Written);
            await family.SaveAsync();
            added++;
        }

        if (!existing.Contains(HughesReference))
        {
            var family = new Builder(db, HughesReference, "Hughes family", "Police referral after two reports of anti-social behaviour involving Callum; Tom is caring for the children alone.", manager, now, today);
            family.Allocate(sam, south, "Sam South (South Family Support)");
            family.Attach(today.AddMonths(-7));
            var home = family.Household("2 Orchard Close", "Southbrook", "SB3 9RW");
            var tom = family.Person("Tom", "Hughes", new DateOnly(1980, 2, 25), Gender.Male, FamilyRole.Parent, home, nino: "ZX654321B");
            var callum = family.Person("Callum", "Hughes", new DateOnly(2009, 7, 7), Gender.Male, FamilyRole.ChildOrYoungPerson, home, upn: "93012345605");
            var ella = family.Person("Ella", "Hughes", new DateOnly(2013, 4, 12), Gender.Female, FamilyRole.ChildOrYoungPerson, home, upn: "93012345606");
            family.Relate(tom, RelationshipType.ParentOf, callum);
            family.Relate(tom, RelationshipType.ParentOf, ella);
            family.Relate(callum, RelationshipType.SiblingOf, ella);
            family.Network("Margaret Hughes", "Paternal grandmother", false, "01632 960 321", null);
            family.Consent(tom, ConsentType.WorkingWithService, null, today.AddMonths(-7), ConsentMethod.Verbal);
            family.Note(CaseNoteType.Meeting, today.AddDays(-30), "Circle with Tom, Callum and the neighbourhood officer. Callum spoke about what happened and agreed to help repair the bus shelter.", [tom.Id, callum.Id]);
            await family.SaveAsync();
            added++;
        }

        if (!existing.Contains(MarshReference))
        {
            // A staff member's relative: restricted to the lead practitioner and the team manager.
            var family = new Builder(db, MarshReference, "Marsh family", "Self-referral for parenting support. A family member works for the council, so the record is restricted.", manager, now, today);
            family.Allocate(priya, north, "Priya Practitioner (North Family Support)");
            family.Restrict(priya, manager);
            var home = family.Household("9 Heather Way", "Northmoor", "NM3 2DE");
            var sophie = family.Person("Sophie", "Marsh", new DateOnly(1990, 10, 3), Gender.Female, FamilyRole.Parent, home);
            var alfie = family.Person("Alfie", "Marsh", new DateOnly(2019, 1, 15), Gender.Male, FamilyRole.ChildOrYoungPerson, home);
            family.Relate(sophie, RelationshipType.ParentOf, alfie);
            family.Consent(sophie, ConsentType.WorkingWithService, null, today.AddDays(-10), ConsentMethod.Verbal);
            await family.SaveAsync();
            added++;
        }

        await DemoSafetyAndPlans.SeedAsync(db, manager, priya, now, today);
        await ClosureRequestAsync(db, priya, now, today);
        return added;
    }

    /// <summary>Priya has asked to close the Marsh family's case; it waits in Morgan's approvals inbox.</summary>
    private static async Task ClosureRequestAsync(AppDbContext db, Guid priya, DateTimeOffset now, DateOnly today)
    {
        var marsh = await db.FamilyCases.FirstOrDefaultAsync(f => f.Reference == MarshReference);
        if (marsh is null || marsh.IsClosed || await db.CaseClosureRequests.AnyAsync(r => r.FamilyId == marsh.Id))
        {
            return;
        }

        var asked = now.AddDays(-3);
        var request = CaseClosureRequest.Ask(marsh, false, "Sophie says the new routines are working and Alfie is settled at nursery; she agrees the case can close.", priya, asked).Value!;
        db.CaseClosureRequests.Add(request);
        Chronology.Add(db, marsh.Id, ChronologyEventType.CaseStatus, today.AddDays(-3), $"Asked to close the case: {request.Reason}", priya, asked, nameof(CaseClosureRequest), request.Id);
        await db.SaveChangesAsync();
    }

    private static void Check(Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo data: {result.Error}");
        }
    }

    private static T Check<T>(Result<T> result) =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException($"Demo data: {result.Error}");

    /// <summary>Builds one demo family, adding each record to the context; <see cref="SaveAsync"/> saves it all at once.</summary>
    private sealed class Builder
    {
        private readonly AppDbContext _db;
        private readonly Guid _by;
        private readonly List<Relationship> _relationships = [];
        private readonly DateTimeOffset _now;
        private readonly DateOnly _today;
        private readonly FamilyCase _family;
        private readonly DateOnly _since;

        public Builder(AppDbContext db, string reference, string name, string reason, Guid openedBy, DateTimeOffset now, DateOnly today)
        {
            _db = db;
            _by = openedBy;
            _now = now;
            _today = today;
            _since = today.AddMonths(-8);
            _family = Check(FamilyCase.Open(reference, name, reason, openedBy, now));
            db.FamilyCases.Add(_family);
            Chronology.Add(db, _family.Id, ChronologyEventType.CaseStatus, _since, $"Case opened: {reason}", openedBy, now, nameof(FamilyCase), _family.Id);
        }

        public void Allocate(Guid practitioner, Guid team, string description)
        {
            Check(_family.Allocate(practitioner, team, _by, _now));
            Chronology.Add(_db, _family.Id, ChronologyEventType.Allocation, _since, $"Allocated to {description}", _by, _now, nameof(FamilyCase), _family.Id);
        }

        public void Attach(DateOnly on)
        {
            Check(_family.AttachToProgramme(Programme.FamilyFirst, on));
            Chronology.Add(_db, _family.Id, ChronologyEventType.Programme, on, "Attached to the Family First programme", _by, _now, nameof(FamilyCase), _family.Id);
        }

        public void Restrict(params Guid[] named) => Check(_family.Restrict(named));

        public Household Household(string line1, string town, string postcode)
        {
            var household = Domain.Families.Household.Create(_family.Id, Check(Address.Create(line1, null, town, null, postcode)));
            _db.Households.Add(household);
            return household;
        }

        public Person Person(string given, string familyName, DateOnly born, Gender gender, FamilyRole role, Household? home, string? nhs = null, string? upn = null, string? nino = null, string? language = null)
        {
            var details = new PersonDetails(given, familyName, born, null, gender)
            {
                Language = language,
                NeedsInterpreter = language is not null,
                NhsNumber = nhs is null ? null : Check(NhsNumber.TryParse(WithNhsCheckDigit(nhs))),
                UniquePupilNumber = upn is null ? null : Check(UniquePupilNumber.TryParse(WithUpnCheckLetter(upn))),
                NationalInsuranceNumber = nino is null ? null : Check(NationalInsuranceNumber.TryParse(nino)),
            };
            return Add(details, role, home);
        }

        public Person Unborn(string given, string familyName, DateOnly due, Household home) =>
            Add(new PersonDetails(given, familyName, null, due, Gender.NotKnown), FamilyRole.ChildOrYoungPerson, home);

        public void Relate(Person person, RelationshipType type, Person related)
        {
            var relationship = Check(Relationship.Record(Party(person), type, Party(related), _relationships, _by, _now));
            _relationships.Add(relationship);
            _db.Relationships.Add(relationship);
        }

        private static RelationshipParty Party(Person person) => new(person.Id, person.DisplayName, person.DateOfBirth ?? person.ExpectedDateOfBirth);

        public void Network(string name, string relationship, bool isFriend, string? phone, Guid? personId, string? refuseReason = null)
        {
            var member = Check(NetworkMember.Add(_family.Id, name, relationship, isFriend, personId));
            Check(member.ChangeContactDetails(phone, null, null));
            if (refuseReason is not null)
            {
                Check(member.RefuseContact(refuseReason));
            }

            _db.NetworkMembers.Add(member);
        }

        public void Consent(Person person, ConsentType type, string? agency, DateOnly on, ConsentMethod method)
        {
            var consent = Check(Domain.Families.Consent.Record(_family.Id, person.Id, type, agency, on, method, _by, _today, _now));
            _db.Consents.Add(consent);
            Chronology.Add(_db, _family.Id, ChronologyEventType.Consent, on, $"{person.DisplayName} consented to {consent.Describe()}", _by, _now, nameof(Domain.Families.Consent), consent.Id);
        }

        public void Note(CaseNoteType type, DateOnly on, string text, IEnumerable<Guid> about)
        {
            var note = Check(CaseNote.Write(_family.Id, type, on, text, _family.LeadPractitionerId ?? _by, _today, _now, about));
            _db.CaseNotes.Add(note);
            Chronology.Add(_db, _family.Id, ChronologyEventType.CaseNote, on, $"{FamilyText.NoteType(type)} recorded", note.AuthorId, _now, nameof(CaseNote), note.Id);
        }

        public Task SaveAsync() => _db.SaveChangesAsync();

        private Person Add(PersonDetails details, FamilyRole role, Household? home)
        {
            var person = Check(Domain.Families.Person.Create(details, DuplicateCheckOutcome.NoLikelyMatches, _by, _today, _now));
            Check(_family.AddMember(person.Id, role, _since));
            if (home is not null)
            {
                Check(person.MoveInto(home.Id, _since));
            }

            _db.People.Add(person);
            return person;
        }

        /// <summary>Completes nine digits into a valid NHS number (the fictional 999 range), skipping to the next that has a check digit.</summary>
        private static string WithNhsCheckDigit(string nine)
        {
            var value = long.Parse(nine, System.Globalization.CultureInfo.InvariantCulture);
            while (true)
            {
                var digits = value.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
                if (NhsNumber.CheckDigitFor(digits) is { } check)
                {
                    return digits + check;
                }

                value++;
            }
        }

        private static string WithUpnCheckLetter(string eleven)
        {
            var lastTwelve = eleven + "0";
            return UniquePupilNumber.CheckLetterFor(lastTwelve) + lastTwelve;
        }
    }
}
