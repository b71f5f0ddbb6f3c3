namespace FamilyFirst.Domain.Imports;

/// <summary>The kinds of partner data file the council imports (see docs/data-formats.md).</summary>
public enum ImportKind
{
    Families,
    People,
    Attendance,
    Exclusions,
    Offences,
    Asb,
    Benefits,
    Employment,
    WorkProgramme,
    Needs,
    Outcomes,
}
