using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Domain.Tests.Imports;

/// <summary>A row kept in the unmatched queue is written back as a one-row file and must read back as the same row.</summary>
public class ImportRowCsvTests
{
    [Theory]
    [InlineData(ImportKind.Attendance, "person_ref,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\nP1,2013-01-07,2013-03-28,100,5,20\n")]
    [InlineData(ImportKind.Exclusions, "upn,exclusion_date,exclusion_type,sessions\nB801200005001,2013-01-07,permanent,\n")]
    [InlineData(ImportKind.Offences, "given_name,family_name,date_of_birth,offence_date,offence_type\nZoë,\"O'Brien, Jr\",2000-01-15,2013-05-01,\"Theft, from a shop\"\n")]
    [InlineData(ImportKind.Asb, "person_ref,incident_date,incident_type\nP1,2013-05-01,\n")]
    [InlineData(ImportKind.Benefits, "person_ref,benefit,start_date,end_date\nP1,JSA,2012-01-01,2013-02-03\n")]
    [InlineData(ImportKind.Employment, "person_ref,start_date,end_date,hours_per_week\nP1,2013-01-07,,37.5\n")]
    [InlineData(ImportKind.WorkProgramme, "person_ref,referral_date,programme\nP1,2013-01-07,Work Programme\n")]
    public void Write_ReadsBackAsTheSameRow(ImportKind kind, string file)
    {
        var original = Assert.IsAssignableFrom<PersonDataRow>(Assert.Single(ImportFileValidator.Validate(kind, new StringReader(file)).Rows));

        var written = ImportRowCsv.Write(original);
        var read = ImportFileValidator.Validate(kind, new StringReader(written));

        Assert.True(read.Report.IsValid, string.Join("; ", read.Report.Errors));
        var again = Assert.IsAssignableFrom<PersonDataRow>(Assert.Single(read.Rows));
        Assert.Equal(original.NaturalKey, again.NaturalKey);
        Assert.True(original.HasSameValuesAs(again));
    }

    [Fact]
    public void DescribePerson_SaysHowThePartnerNamedThem()
    {
        var row = (OffenceRow)ImportFileValidator.Validate(ImportKind.Offences, new StringReader("given_name,family_name,date_of_birth,offence_date\nZoë,O'Brien,2000-01-15,2013-05-01\n")).Rows.Single();

        Assert.Equal("Zoë O'Brien, born 2000-01-15", ImportRowCsv.DescribePerson(row.Person));
    }
}
