using System.Globalization;

namespace FamilyFirst.Domain.Imports;

/// <summary>
/// Writes one valid row of partner data back as a one-row file of its kind (header and record), so a row
/// kept aside (in the unmatched queue) can later be read by the same validator as the file it came from.
/// </summary>
public static class ImportRowCsv
{
    public static string Write(PersonDataRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var columns = new List<string>(ImportSchema.PersonMatchColumnNames);
        var p = row.Person;
        var values = new List<string> { p.PersonRef ?? "", p.Upn ?? "", p.GivenName ?? "", p.FamilyName ?? "", Date(p.DateOfBirth) };
        foreach (var (column, value) in Values(row))
        {
            columns.Add(column);
            values.Add(value);
        }

        return CsvFormat.RawLine(columns) + "\r\n" + CsvFormat.RawLine(values) + "\r\n";
    }

    /// <summary>How the partner named the person, for staff to read ("person_ref P001; Zoe O'Brien, born 2012-03-04").</summary>
    public static string DescribePerson(PersonMatch person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var parts = new List<string>();
        if (person.PersonRef is { } reference) parts.Add("person_ref " + reference);
        if (person.Upn is { } upn) parts.Add("upn " + upn);
        var name = string.Join(' ', new[] { person.GivenName, person.FamilyName }.Where(n => !string.IsNullOrEmpty(n)));
        if (name.Length > 0 || person.DateOfBirth is not null)
        {
            parts.Add(person.DateOfBirth is { } born ? $"{name}, born {Date(born)}".TrimStart(',', ' ') : name);
        }

        return string.Join("; ", parts);
    }

    private static IEnumerable<(string Column, string Value)> Values(PersonDataRow row) => row switch
    {
        AttendanceRow a =>
        [
            ("term_start", Date(a.TermStart)), ("term_end", Date(a.TermEnd)), ("possible_sessions", Number(a.PossibleSessions)),
            ("authorised_absence_sessions", Number(a.AuthorisedAbsenceSessions)), ("unauthorised_absence_sessions", Number(a.UnauthorisedAbsenceSessions)),
        ],
        ExclusionRow e =>
        [
            ("exclusion_date", Date(e.ExclusionDate)), ("exclusion_type", e.ExclusionType == ExclusionType.Permanent ? "permanent" : "fixed"),
            ("sessions", e.Sessions is { } s ? Number(s) : ""),
        ],
        OffenceRow o => [("offence_date", Date(o.OffenceDate)), ("offence_type", o.OffenceType ?? "")],
        AsbIncidentRow i => [("incident_date", Date(i.IncidentDate)), ("incident_type", i.IncidentType ?? "")],
        BenefitRow b => [("benefit", b.Benefit), ("start_date", Date(b.StartDate)), ("end_date", Date(b.EndDate))],
        EmploymentRow e =>
        [
            ("start_date", Date(e.StartDate)), ("end_date", Date(e.EndDate)),
            ("hours_per_week", e.HoursPerWeek is { } h ? h.ToString("0.############################", CultureInfo.InvariantCulture) : ""),
        ],
        WorkProgrammeReferralRow w => [("referral_date", Date(w.ReferralDate)), ("programme", w.Programme ?? "")],
        _ => throw new ArgumentOutOfRangeException(nameof(row), row.GetType().Name, "Not a kind of partner data row."),
    };

    private static string Date(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
