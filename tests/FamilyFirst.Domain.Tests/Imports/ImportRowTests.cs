using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Domain.Tests.Imports;

public class ImportRowTests
{
    private static readonly DateOnly Born = new(2012, 3, 4);

    [Fact]
    public void Families_ValidFile_GivesFamilyRowsKeyedByFamilyRef()
    {
        var row = Single<FamilyRow>(ImportKind.Families, "family_ref,attached_on,closed_on,lead_practitioner_email\n f-001 ,2024-01-15,2024-07-31,Sam.Lee@Council.example");

        Assert.Equal(new FamilyRow(2, "F-001", new DateOnly(2024, 1, 15), new DateOnly(2024, 7, 31), "sam.lee@council.example"), row);
        Assert.Equal("F-001", row.NaturalKey);
    }

    [Fact]
    public void People_ValidFile_GivesPersonRowsKeyedByPersonRef()
    {
        var row = Single<PersonRow>(
            ImportKind.People,
            "family_ref,person_ref,given_name,family_name,date_of_birth,upn,ni_number,postcode\nF-001,p-001, Zoë ,O'Brien,2012-03-04,a123456789012,qq123456c,ls1 4ap");

        Assert.Equal(new PersonRow(2, "F-001", "P-001", "Zoë", "O'Brien", Born, "A123456789012", "QQ123456C", "LS1 4AP"), row);
        Assert.Equal("P-001", row.NaturalKey);
    }

    [Fact]
    public void Attendance_ValidFile_GivesAttendanceRowsKeyedByPersonAndTermStart()
    {
        var row = Single<AttendanceRow>(
            ImportKind.Attendance,
            "upn,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\nA123456789012,2024-09-02,2024-12-20,140,6,12");

        Assert.Equal(new AttendanceRow(2, Person(upn: "A123456789012"), new DateOnly(2024, 9, 2), new DateOnly(2024, 12, 20), 140, 6, 12), row);
        Assert.Equal("upn:A123456789012|2024-09-02", row.NaturalKey);
        Assert.Equal("2024-09-02", row.RecordKey);
    }

    [Fact]
    public void Exclusions_ValidFile_GivesExclusionRowsKeyedByPersonDateAndType()
    {
        var row = Single<ExclusionRow>(ImportKind.Exclusions, "person_ref,exclusion_date,exclusion_type,sessions\nP-001,2024-01-10,Permanent,");

        Assert.Equal(new ExclusionRow(2, Person(personRef: "P-001"), new DateOnly(2024, 1, 10), ExclusionType.Permanent, null), row);
        Assert.Equal("ref:P-001|2024-01-10|permanent", row.NaturalKey);
    }

    [Fact]
    public void Offences_ValidFile_GivesOffenceRowsKeyedByPersonDateAndType()
    {
        var row = Single<OffenceRow>(ImportKind.Offences, "given_name,family_name,date_of_birth,offence_date,offence_type\nZoë,O'Brien,2012-03-04,2024-01-10,Criminal  damage");

        Assert.Equal(new OffenceRow(2, Person(given: "Zoë", family: "O'Brien", born: Born), new DateOnly(2024, 1, 10), "Criminal  damage"), row);
        Assert.Equal("name:zoe|o'brien|2012-03-04|2024-01-10|CRIMINAL DAMAGE", row.NaturalKey);
    }

    [Fact]
    public void Asb_ValidFile_GivesIncidentRowsKeyedByPersonDateAndType()
    {
        var row = Single<AsbIncidentRow>(ImportKind.Asb, "person_ref,incident_date,incident_type\nP-001,2024-02-11,Noise");

        Assert.Equal(new AsbIncidentRow(2, Person(personRef: "P-001"), new DateOnly(2024, 2, 11), "Noise"), row);
        Assert.Equal("ref:P-001|2024-02-11|NOISE", row.NaturalKey);
    }

    [Fact]
    public void Benefits_ValidFile_GivesBenefitRowsKeyedByPersonBenefitAndStart()
    {
        var row = Single<BenefitRow>(ImportKind.Benefits, "person_ref,benefit,start_date,end_date\nP-001,esa,2023-05-01,");

        Assert.Equal(new BenefitRow(2, Person(personRef: "P-001"), "ESA", new DateOnly(2023, 5, 1), null), row);
        Assert.Equal("ref:P-001|ESA|2023-05-01", row.NaturalKey);
        Assert.True(row.IsOutOfWorkBenefit);
    }

    [Fact]
    public void Employment_ValidFile_GivesEmploymentRowsKeyedByPersonAndStart()
    {
        var row = Single<EmploymentRow>(ImportKind.Employment, "person_ref,start_date,end_date,hours_per_week\nP-001,2024-04-01,2024-10-31,22.5");

        Assert.Equal(new EmploymentRow(2, Person(personRef: "P-001"), new DateOnly(2024, 4, 1), new DateOnly(2024, 10, 31), 22.5m), row);
        Assert.Equal("ref:P-001|2024-04-01", row.NaturalKey);
    }

    [Fact]
    public void WorkProgramme_ValidFile_GivesReferralRowsKeyedByPersonAndReferralDate()
    {
        var row = Single<WorkProgrammeReferralRow>(ImportKind.WorkProgramme, "person_ref,referral_date,programme\nP-001,2024-03-05,Restart");

        Assert.Equal(new WorkProgrammeReferralRow(2, Person(personRef: "P-001"), new DateOnly(2024, 3, 5), "Restart"), row);
        Assert.Equal("ref:P-001|2024-03-05", row.NaturalKey);
    }

    [Fact]
    public void NaturalKey_OfAttendance_IgnoresEverythingButPersonAndTermStart()
    {
        var first = Attendance(Person(personRef: "P1"), new DateOnly(2024, 9, 2), possible: 140);
        var sameTermOtherValues = first with { Line = 9, TermEnd = new DateOnly(2024, 12, 19), PossibleSessions = 120 };
        var otherTerm = first with { TermStart = new DateOnly(2025, 1, 6) };
        var otherPerson = first with { Person = Person(personRef: "P2") };

        Assert.Equal(first.NaturalKey, sameTermOtherValues.NaturalKey);
        Assert.NotEqual(first.NaturalKey, otherTerm.NaturalKey);
        Assert.NotEqual(first.NaturalKey, otherPerson.NaturalKey);
    }

    [Fact]
    public void NaturalKey_OfExclusions_IncludesTheType()
    {
        var fixedTerm = new ExclusionRow(2, Person(personRef: "P1"), new DateOnly(2024, 1, 10), ExclusionType.Fixed, 2);

        Assert.NotEqual(fixedTerm.NaturalKey, (fixedTerm with { ExclusionType = ExclusionType.Permanent }).NaturalKey);
        Assert.Equal(fixedTerm.NaturalKey, (fixedTerm with { Sessions = 4 }).NaturalKey);
    }

    [Fact]
    public void NaturalKey_OfOffences_TreatsTypesDifferingOnlyInCaseAndSpacingAsOne()
    {
        var theft = new OffenceRow(2, Person(personRef: "P1"), new DateOnly(2024, 1, 10), "Theft from shop");

        Assert.Equal(theft.NaturalKey, (theft with { OffenceType = " THEFT  from shop" }).NaturalKey);
        Assert.NotEqual(theft.NaturalKey, (theft with { OffenceType = "Burglary" }).NaturalKey);
        Assert.NotEqual(theft.NaturalKey, (theft with { OffenceType = null }).NaturalKey);
    }

    [Fact]
    public void NaturalKey_OfBenefits_IncludesBenefitAndStartButNotEnd()
    {
        var jsa = new BenefitRow(2, Person(personRef: "P1"), "JSA", new DateOnly(2023, 5, 1), null);

        Assert.Equal(jsa.NaturalKey, (jsa with { EndDate = new DateOnly(2024, 1, 1) }).NaturalKey);
        Assert.NotEqual(jsa.NaturalKey, (jsa with { Benefit = "ESA" }).NaturalKey);
        Assert.NotEqual(jsa.NaturalKey, (jsa with { StartDate = new DateOnly(2023, 5, 2) }).NaturalKey);
    }

    [Fact]
    public void NaturalKey_OfPersonNamedByName_IsTheSameHoweverTheNameIsWritten()
    {
        var one = Attendance(Person(given: "  Zoë ", family: "O'Brien", born: Born), new DateOnly(2024, 9, 2), possible: 140);
        var other = Attendance(Person(given: "ZOE", family: "o'brien", born: Born), new DateOnly(2024, 9, 2), possible: 140);

        Assert.Equal(one.NaturalKey, other.NaturalKey);
    }

    [Fact]
    public void HasSameValuesAs_SameValuesOnAnotherLine_IsTrue()
    {
        var row = Attendance(Person(personRef: "P1"), new DateOnly(2024, 9, 2), possible: 140);

        Assert.True(row.HasSameValuesAs(row with { Line = 40 }));
    }

    [Fact]
    public void HasSameValuesAs_ADifferentCount_IsFalse()
    {
        var row = Attendance(Person(personRef: "P1"), new DateOnly(2024, 9, 2), possible: 140);

        Assert.False(row.HasSameValuesAs(row with { UnauthorisedAbsenceSessions = 13 }));
        Assert.False(row.HasSameValuesAs(row with { TermEnd = new DateOnly(2024, 12, 21) }));
    }

    [Fact]
    public void HasSameValuesAs_HoursWrittenWithTrailingZeros_IsTrue()
    {
        var row = new EmploymentRow(2, Person(personRef: "P1"), new DateOnly(2024, 4, 1), null, 37.5m);

        Assert.True(row.HasSameValuesAs(row with { HoursPerWeek = 37.50m }));
        Assert.False(row.HasSameValuesAs(row with { HoursPerWeek = null }));
    }

    [Fact]
    public void HasSameValuesAs_BlankVersusMissingOptionalText_AreDifferentFromAnyText()
    {
        var row = new WorkProgrammeReferralRow(2, Person(personRef: "P1"), new DateOnly(2024, 3, 5), null);

        Assert.False(row.HasSameValuesAs(row with { Programme = "Restart" }));
        Assert.False(row.HasSameValuesAs(new OffenceRow(2, Person(personRef: "P1"), new DateOnly(2024, 3, 5), null)));
    }

    [Fact]
    public void HasSameValuesAs_PeopleWithAnotherSpelling_IsFalse()
    {
        var person = new PersonRow(2, "F1", "P1", "Zoe", "O'Brien", Born, null, null, null);

        Assert.False(person.HasSameValuesAs(person with { GivenName = "Zoë" }));
        Assert.True(person.HasSameValuesAs(person with { Line = 3 }));
    }

    [Fact]
    public void Schema_ListsRequiredOptionalAndKeyColumnsAsDocumented()
    {
        var attendance = ImportSchema.For(ImportKind.Attendance);
        var benefits = ImportSchema.For(ImportKind.Benefits);

        Assert.Equal(["term_start", "term_end", "possible_sessions", "authorised_absence_sessions", "unauthorised_absence_sessions"], attendance.RequiredColumns);
        Assert.Equal(["person_ref", "upn", "given_name", "family_name", "date_of_birth"], attendance.OptionalColumns);
        Assert.Equal(["person", "term_start"], attendance.NaturalKeyParts);
        Assert.True(attendance.MatchesByUpn);
        Assert.Equal(["person", "benefit", "start_date"], benefits.NaturalKeyParts);
        Assert.False(benefits.MatchesByUpn);
        Assert.Equal(["family_ref"], ImportSchema.For(ImportKind.Families).NaturalKeyParts);
        Assert.False(ImportSchema.For(ImportKind.People).MatchesPerson);
        Assert.True(attendance.IsKnownColumn("TERM_START"));
        Assert.False(attendance.IsKnownColumn("benefit"));
    }

    private static AttendanceRow Attendance(PersonMatch person, DateOnly termStart, int possible) =>
        new(2, person, termStart, termStart.AddDays(100), possible, 6, 12);

    private static PersonMatch Person(string? personRef = null, string? upn = null, string? given = null, string? family = null, DateOnly? born = null) =>
        PersonMatch.Create(personRef, upn, given, family, born, upnMatches: true).Value!;

    private static T Single<T>(ImportKind kind, string file)
        where T : ImportRow
    {
        var result = ImportFileValidator.Validate(kind, new StringReader(file));
        Assert.Empty(result.Report.Errors);
        Assert.True(result.Report.IsValid);
        return Assert.IsType<T>(Assert.Single(result.Rows));
    }
}
