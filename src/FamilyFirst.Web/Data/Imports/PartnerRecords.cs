using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Web.Data.Imports;

/// <summary>
/// A row of partner data held for a person: identified by the person and the row's record key (the natural
/// key of docs/data-formats.md without the person), so importing the same row again finds it.
/// </summary>
public interface IPartnerRecord<in TRow>
    where TRow : PersonDataRow
{
    /// <summary>
    /// A version 7 GUID (<see cref="Guid.CreateVersion7()"/>), which begins with the time it was made: imports add
    /// millions of records, and ids in order go to the end of the primary key's index rather than to random pages
    /// of it (measured on PostgreSQL, a batch of 10,000: a third less time and half the WAL; bench/README.md, Outcomes).
    /// </summary>
    Guid Id { get; }

    Guid PersonId { get; set; }

    /// <summary>The natural key without the person, as <see cref="PersonDataRow.RecordKey"/> writes it.</summary>
    string RecordKey { get; set; }

    /// <summary>The import that last added or changed the record.</summary>
    Guid ImportRunId { get; set; }

    /// <summary>Whether every value outside the natural key is the row's: then importing the row again changes nothing.</summary>
    bool HasValuesOf(TRow row);

    /// <summary>Takes the row's values (not its key).</summary>
    void TakeValuesOf(TRow row);
}

/// <summary>A child's attendance for one school term, from the education service.</summary>
public sealed class AttendanceRecord : IPartnerRecord<AttendanceRow>
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PersonId { get; set; }

    public string RecordKey { get; set; } = "";

    public Guid ImportRunId { get; set; }

    public DateOnly TermStart { get; set; }

    public DateOnly TermEnd { get; set; }

    public int PossibleSessions { get; set; }

    public int AuthorisedAbsenceSessions { get; set; }

    public int UnauthorisedAbsenceSessions { get; set; }

    public bool HasValuesOf(AttendanceRow row) =>
        TermStart == row.TermStart && TermEnd == row.TermEnd && PossibleSessions == row.PossibleSessions
        && AuthorisedAbsenceSessions == row.AuthorisedAbsenceSessions && UnauthorisedAbsenceSessions == row.UnauthorisedAbsenceSessions;

    public void TakeValuesOf(AttendanceRow row)
    {
        TermStart = row.TermStart;
        TermEnd = row.TermEnd;
        PossibleSessions = row.PossibleSessions;
        AuthorisedAbsenceSessions = row.AuthorisedAbsenceSessions;
        UnauthorisedAbsenceSessions = row.UnauthorisedAbsenceSessions;
    }
}

/// <summary>An exclusion from school, fixed-term or permanent, from the education service.</summary>
public sealed class ExclusionRecord : IPartnerRecord<ExclusionRow>
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PersonId { get; set; }

    public string RecordKey { get; set; } = "";

    public Guid ImportRunId { get; set; }

    public DateOnly ExclusionDate { get; set; }

    public ExclusionType ExclusionType { get; set; }

    public int? Sessions { get; set; }

    public bool HasValuesOf(ExclusionRow row) =>
        ExclusionDate == row.ExclusionDate && ExclusionType == row.ExclusionType && Sessions == row.Sessions;

    public void TakeValuesOf(ExclusionRow row)
    {
        ExclusionDate = row.ExclusionDate;
        ExclusionType = row.ExclusionType;
        Sessions = row.Sessions;
    }
}

/// <summary>A proven offence, from the police or the youth offending team.</summary>
public sealed class OffenceRecord : IPartnerRecord<OffenceRow>
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PersonId { get; set; }

    public string RecordKey { get; set; } = "";

    public Guid ImportRunId { get; set; }

    public DateOnly OffenceDate { get; set; }

    /// <summary>As the partner wrote it; compared through the record key, which ignores case and spacing.</summary>
    public string? OffenceType { get; set; }

    public bool HasValuesOf(OffenceRow row) => OffenceDate == row.OffenceDate && OffenceType == row.OffenceType;

    public void TakeValuesOf(OffenceRow row)
    {
        OffenceDate = row.OffenceDate;
        OffenceType = row.OffenceType;
    }
}

/// <summary>An anti-social behaviour incident, from the police or the council's ASB team.</summary>
public sealed class AsbIncidentRecord : IPartnerRecord<AsbIncidentRow>
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PersonId { get; set; }

    public string RecordKey { get; set; } = "";

    public Guid ImportRunId { get; set; }

    public DateOnly IncidentDate { get; set; }

    public string? IncidentType { get; set; }

    public bool HasValuesOf(AsbIncidentRow row) => IncidentDate == row.IncidentDate && IncidentType == row.IncidentType;

    public void TakeValuesOf(AsbIncidentRow row)
    {
        IncidentDate = row.IncidentDate;
        IncidentType = row.IncidentType;
    }
}

/// <summary>A spell on a benefit, from DWP; no end date means the claim is ongoing.</summary>
public sealed class BenefitSpellRecord : IPartnerRecord<BenefitRow>
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PersonId { get; set; }

    public string RecordKey { get; set; } = "";

    public Guid ImportRunId { get; set; }

    public string Benefit { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public bool HasValuesOf(BenefitRow row) => Benefit == row.Benefit && StartDate == row.StartDate && EndDate == row.EndDate;

    public void TakeValuesOf(BenefitRow row)
    {
        Benefit = row.Benefit;
        StartDate = row.StartDate;
        EndDate = row.EndDate;
    }
}

/// <summary>A spell of employment, from DWP or an employment programme; no end date means ongoing.</summary>
public sealed class EmploymentSpellRecord : IPartnerRecord<EmploymentRow>
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PersonId { get; set; }

    public string RecordKey { get; set; } = "";

    public Guid ImportRunId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public decimal? HoursPerWeek { get; set; }

    public bool HasValuesOf(EmploymentRow row) => StartDate == row.StartDate && EndDate == row.EndDate && HoursPerWeek == row.HoursPerWeek;

    public void TakeValuesOf(EmploymentRow row)
    {
        StartDate = row.StartDate;
        EndDate = row.EndDate;
        HoursPerWeek = row.HoursPerWeek;
    }
}

/// <summary>A referral to an employment programme such as the Work Programme.</summary>
public sealed class WorkProgrammeReferralRecord : IPartnerRecord<WorkProgrammeReferralRow>
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PersonId { get; set; }

    public string RecordKey { get; set; } = "";

    public Guid ImportRunId { get; set; }

    public DateOnly ReferralDate { get; set; }

    public string? Programme { get; set; }

    public bool HasValuesOf(WorkProgrammeReferralRow row) => ReferralDate == row.ReferralDate && Programme == row.Programme;

    public void TakeValuesOf(WorkProgrammeReferralRow row)
    {
        ReferralDate = row.ReferralDate;
        Programme = row.Programme;
    }
}
