using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;

namespace FamilyFirst.Web.Infrastructure.Demo;

/// <summary>
/// Fictional demo families across the two demo teams, built through the domain's own methods: people (with
/// identifiers that pass their checks), households, relationships, wider network, consent, case notes, one
/// restricted family and Family First attachments; and three families on the Supporting Families framework (one
/// claimable, one closed too recently to claim, one still open with an expectant parent), with needs and outcomes.
/// Dates are relative to the council clock's today. Each family is added once, found by its reference.
/// </summary>
public static class DemoFamilies
{
    public const string RiversReference = "FAM-DEMRVA";
    public const string OkaforReference = "FAM-DEMKTE";
    public const string HughesReference = "FAM-DEMPAR";
    public const string MarshReference = "FAM-DEMNWY";

    /// <summary>Supporting Families: closed eight months ago with every need met and held, so claimable.</summary>
    public const string AhmedReference = "FAM-DEMAHD";

    /// <summary>Supporting Families: closed two months ago with every need met, claimable in four months.</summary>
    public const string BrennanReference = "FAM-DEMPRN";

    /// <summary>Supporting Families: open, an expectant mother, needs still being worked on.</summary>
    public const string ClarkeReference = "FAM-DEMCRK";

    public static async Task<int> SeedAsync(AppDbContext db, TimeProvider time, SupportingFamiliesFramework framework)
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

        added += await SupportingFamiliesAsync(db, existing, framework, manager, priya, sam, north, south, now, today);
        await DemoSafetyAndPlans.SeedAsync(db, manager, priya, now, today);
        await ClosureRequestAsync(db, priya, now, today);
        return added;
    }

    /// <summary>
    /// The Supporting Families demo families: needs under three or more headline outcomes, each with its evidence, and
    /// outcomes recorded against them, so the needs, results, impact and claims pages all have something real to show.
    /// </summary>
    private static async Task<int> SupportingFamiliesAsync(
        AppDbContext db, List<string> existing, SupportingFamiliesFramework framework, Guid manager, Guid priya, Guid sam, Guid north, Guid south, DateTimeOffset now, DateOnly today)
    {
        var added = 0;
        if (!existing.Contains(AhmedReference))
        {
            // Assessed 17 months ago, closed 8 months ago, every outcome achieved before closure and still holding:
            // claimable since 2 months ago.
            var family = new Builder(db, AhmedReference, "Ahmed family", "Early help referral from the school: Yusuf's attendance had fallen and the family was behind on rent after Amina lost her job.", manager, now, today, since: today.AddMonths(-18));
            family.Allocate(priya, north, "Priya Practitioner (North Family Support)");
            var home = family.Household("31 Canal Street", "Northmoor", "NM1 8BT");
            var amina = family.Person("Amina", "Ahmed", new DateOnly(1987, 2, 11), Gender.Female, FamilyRole.Parent, home, nino: "ZX246810C", language: "Urdu");
            var yusuf = family.Person("Yusuf", "Ahmed", new DateOnly(2013, 10, 5), Gender.Male, FamilyRole.ChildOrYoungPerson, home, upn: "93012345607");
            var layla = family.Person("Layla", "Ahmed", new DateOnly(2018, 3, 22), Gender.Female, FamilyRole.ChildOrYoungPerson, home);
            family.Relate(amina, RelationshipType.ParentOf, yusuf);
            family.Relate(amina, RelationshipType.ParentOf, layla);
            family.Relate(yusuf, RelationshipType.SiblingOf, layla);
            family.Consent(amina, ConsentType.WorkingWithService, null, today.AddMonths(-18), ConsentMethod.Written);
            var assessed = today.AddMonths(-17);
            family.SupportingFamilies(assessed, assessed.AddDays(21));
            family.Need(framework, HeadlineOutcome.Education, "poor-attendance", yusuf, "Northmoor Primary School", "school-records", "Attendance 78% in the autumn term", assessed)
                .Outcome(framework, today.AddMonths(-11), "school-records", "Attendance 95% over the spring term");
            family.Need(framework, HeadlineOutcome.Housing, "rent-arrears", null, "Northmoor Homes", "housing-records", "Six weeks' rent owed", assessed)
                .Outcome(framework, today.AddMonths(-12), "housing-records", "Arrears cleared with a discretionary housing payment");
            family.Need(framework, HeadlineOutcome.FinancialStability, "worklessness", amina, "Lead practitioner", "practitioner-assessment", "Amina wants to return to work", assessed)
                .Outcome(framework, today.AddMonths(-10), "dwp-records", "Started work as a teaching assistant, 25 hours a week");
            family.Need(framework, HeadlineOutcome.FamilyRelationships, "parenting", amina, "Lead practitioner", "practitioner-assessment", "Bedtime and morning routines break down", assessed.AddDays(7))
                .Outcome(framework, today.AddMonths(-9), "practitioner-assessment", "Completed the parenting programme; routines kept at review");
            family.Close(today.AddMonths(-8), "Every need in the plan met; Amina agreed the case could close.");
            await family.SaveAsync();
            added++;
        }

        if (!existing.Contains(BrennanReference))
        {
            // Closed 2 months ago with every outcome achieved: claimable once they have held for six months after closure.
            var family = new Builder(db, BrennanReference, "Brennan family", "Youth offending service referral after Connor was arrested; his mother Siobhan is struggling with low mood.", manager, now, today, since: today.AddMonths(-14));
            family.Allocate(priya, north, "Priya Practitioner (North Family Support)");
            var home = family.Household("5 Ferry Road", "Northmoor", "NM4 1LS");
            var siobhan = family.Person("Siobhan", "Brennan", new DateOnly(1983, 7, 30), Gender.Female, FamilyRole.Parent, home);
            var connor = family.Person("Connor", "Brennan", new DateOnly(2011, 1, 19), Gender.Male, FamilyRole.ChildOrYoungPerson, home, upn: "93012345608");
            family.Relate(siobhan, RelationshipType.ParentOf, connor);
            family.Consent(siobhan, ConsentType.WorkingWithService, null, today.AddMonths(-14), ConsentMethod.Verbal);
            var assessed = today.AddMonths(-12);
            family.SupportingFamilies(assessed, assessed.AddDays(14));
            family.Need(framework, HeadlineOutcome.Crime, "youth-offending", connor, "Youth offending service", "police-records", "Arrested for criminal damage", assessed)
                .Outcome(framework, today.AddMonths(-5), "police-records", "No further offences since the referral order ended");
            family.Need(framework, HeadlineOutcome.Education, "exclusion", connor, "Northmoor Academy", "school-records", "Two suspensions this year", assessed)
                .Outcome(framework, today.AddMonths(-4), "school-records", "No suspensions over the last full term");
            family.Need(framework, HeadlineOutcome.Health, "adult-mental-health", siobhan, "GP", "health-records", "Low mood, not engaging with talking therapy", assessed)
                .Outcome(framework, today.AddMonths(-3), "health-records", "Attending talking therapy and reporting improvement");
            family.Close(today.AddMonths(-2), "Plan complete; Siobhan and Connor are managing well.");
            await family.SaveAsync();
            added++;
        }

        if (!existing.Contains(ClarkeReference))
        {
            // Open: an expectant mother with no children yet, needs identified two months ago and one met so far.
            var family = new Builder(db, ClarkeReference, "Clarke family", "Midwife referral: Hannah is pregnant, has left an abusive relationship and is sofa surfing.", manager, now, today, since: today.AddMonths(-3));
            family.Allocate(sam, south, "Sam South (South Family Support)");
            var hannah = family.Person("Hannah", "Clarke", new DateOnly(2001, 12, 8), Gender.Female, FamilyRole.Parent, null);
            Check(hannah.RecordExpecting(today.AddMonths(3)));
            family.Consent(hannah, ConsentType.WorkingWithService, null, today.AddMonths(-3), ConsentMethod.Written);
            var assessed = today.AddMonths(-2);
            family.SupportingFamilies(assessed, assessed.AddDays(10));
            family.Need(framework, HeadlineOutcome.DomesticAbuse, "victim", hannah, "Midwife", "health-records", "Disclosed abuse by her former partner", assessed);
            family.Need(framework, HeadlineOutcome.Housing, "homelessness-risk", hannah, "Housing options", "housing-records", "No settled address", assessed);
            family.Need(framework, HeadlineOutcome.Health, "adult-mental-health", hannah, "Midwife", "health-records", "Anxiety in pregnancy", assessed)
                .Outcome(framework, today.AddDays(-14), "health-records", "Seeing the perinatal mental health team");
            await family.SaveAsync();
            added++;
        }

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

    /// <summary>A demo need, to record its outcome.</summary>
    private sealed record DemoNeed(RecordedNeed Need, Guid By, DateOnly Today, DateTimeOffset Now)
    {
        public void Outcome(SupportingFamiliesFramework framework, DateOnly achievedOn, string evidenceSource, string evidence) =>
            Check(Need.RecordOutcome(achievedOn, null, evidenceSource, evidence, framework, By, Today, Now));
    }

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

        public Builder(AppDbContext db, string reference, string name, string reason, Guid openedBy, DateTimeOffset now, DateOnly today, DateOnly? since = null)
        {
            _db = db;
            _by = openedBy;
            _now = now;
            _today = today;
            _since = since ?? today.AddMonths(-8);
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

        /// <summary>Puts the family on the Supporting Families framework with its assessment and plan dates.</summary>
        public void SupportingFamilies(DateOnly assessedOn, DateOnly planAgreedOn) =>
            Check(_family.SetOutcomeFramework(OutcomeFramework.SupportingFamilies2022, assessedOn, planAgreedOn, _today));

        public DemoNeed Need(SupportingFamiliesFramework framework, HeadlineOutcome headline, string need, Person? about, string identifiedBy, string evidenceSource, string evidence, DateOnly identifiedOn)
        {
            var recorded = Check(RecordedNeed.Record(_family.Id, headline, need, about?.Id, identifiedBy, evidenceSource, evidence, identifiedOn, framework, _family.LeadPractitionerId ?? _by, _today, _now));
            _db.RecordedNeeds.Add(recorded);
            return new DemoNeed(recorded, _family.LeadPractitionerId ?? _by, _today, _now);
        }

        /// <summary>Closes the case on a past date, as the programme list would.</summary>
        public void Close(DateOnly on, string reason)
        {
            Check(_family.Close(reason, _by, _now, on));
            Chronology.Add(_db, _family.Id, ChronologyEventType.CaseStatus, on, $"Case closed: {reason}", _by, _now, nameof(FamilyCase), _family.Id);
        }

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
