using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;
using ColumnOf = FamilyFirst.Domain.Imports.ImportColumn;

namespace FamilyFirst.Domain.Imports;

/// <summary>
/// Checks a partner data file against its format (docs/data-formats.md) as it streams past, handing over each
/// valid row typed for its kind and counting and describing everything else, so the importer can match
/// people and apply rows knowing exactly what the file held. Within one file, a repeated row (same natural key,
/// same values) is a duplicate, skipped with a warning; the same key with different values is an error.
/// </summary>
/// <remarks>
/// Rows repeated inside one file: a row with the same natural key and the same values as an earlier row is a
/// duplicate: it is skipped, counted in <see cref="ImportValidationReport.DuplicateRows"/> and noted as a warning.
/// A row with the same natural key but different values is an error (counted as invalid): the file contradicts
/// itself and nobody can tell which row is right. The earlier row stands (it has already been handed over), so
/// "apply valid rows only" keeps the first; the analyst sees the conflict with both line numbers.
/// Duplicates are told apart by the key text, so a person named by person_ref in one row and by name in
/// another are two keys here; the importer settles that once it has matched them.
/// A row whose values are all blank (as spreadsheets leave at the end) is skipped with a warning and not counted.
/// </remarks>
public sealed class ImportFileValidator
{
    /// <summary>How many errors and warnings are kept for display; all are still counted.</summary>
    public const int DefaultMaxReportedIssues = 1_000;

    private readonly TextReader _reader;
    private readonly SupportingFamiliesFramework _framework;
    private readonly int _maxReportedIssues;
    private readonly List<ImportIssue> _errors = [];
    private readonly List<ImportIssue> _warnings = [];
    private int _errorCount;
    private int _warningCount;
    private bool _fileIsReadable = true;
    private int _rowsRead;
    private int _validRows;
    private int _invalidRows;
    private int _duplicateRows;
    private bool _started;
    private bool _finished;

    /// <param name="framework">
    /// The council's Supporting Families configuration, against which the needs and outcomes files' need and evidence
    /// source codes are checked; the national defaults when not given.
    /// </param>
    public ImportFileValidator(ImportKind kind, TextReader reader, int maxReportedIssues = DefaultMaxReportedIssues, SupportingFamiliesFramework? framework = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfNegative(maxReportedIssues);
        Schema = ImportSchema.For(kind);
        _reader = reader;
        _framework = framework ?? SupportingFamiliesFramework.National;
        _maxReportedIssues = maxReportedIssues;
    }

    public ImportKind Kind => Schema.Kind;

    public ImportSchema Schema { get; }

    /// <summary>Errors found in the rows read so far: a reader applying rows as they come can stop at the first.</summary>
    public int ErrorCountSoFar => _errorCount;

    /// <summary>False once the file has turned out unreadable as a whole (then nothing in it may be applied).</summary>
    public bool FileIsReadableSoFar => _fileIsReadable;

    /// <summary>The counts and messages; complete once <see cref="ReadValidRows"/> has been read to the end.</summary>
    public ImportValidationReport Report =>
        _finished
            ? new ImportValidationReport(Kind, _fileIsReadable, _rowsRead, _validRows, _invalidRows, _duplicateRows, _errorCount, _warningCount, _errors.ToArray(), _warnings.ToArray())
            : throw new InvalidOperationException("Read every row from ReadValidRows before asking for the report.");

    /// <summary>Validates the whole file, keeping its valid rows in memory: for files of ordinary size and for previews.</summary>
    public static ImportValidationResult Validate(ImportKind kind, TextReader reader, SupportingFamiliesFramework? framework = null)
    {
        var validator = new ImportFileValidator(kind, reader, framework: framework);
        var rows = validator.ReadValidRows().ToList();
        return new ImportValidationResult(validator.Report, rows);
    }

    /// <summary>
    /// Reads the file once, yielding each valid row (an <see cref="AttendanceRow"/> for attendance, and so on) in file order.
    /// Can be enumerated only once, since it consumes the reader. Rows come before the whole file has been checked:
    /// stage them, and apply them only once <see cref="Report"/> says the file may be applied (an unclosed quote
    /// near the end makes the whole file unreadable).
    /// </summary>
    public IEnumerable<ImportRow> ReadValidRows()
    {
        if (_started)
        {
            throw new InvalidOperationException("The rows of a file can be read only once.");
        }

        _started = true;
        return ReadRows();
    }

    private IEnumerable<ImportRow> ReadRows()
    {
        var csv = new CsvReader(_reader);
        if (!csv.Read())
        {
            _fileIsReadable = false;
            Error(csv.ErrorDescription is { } malformed
                ? new ImportIssue(csv.ErrorLine, null, malformed)
                : new ImportIssue(null, null, "The file is empty: it must start with a header row naming its columns"));
            _finished = true;
            yield break;
        }

        var headerFieldCount = csv.FieldCount;
        var fieldOfColumn = ReadHeader(csv.GetFields());
        if (!_fileIsReadable)
        {
            _finished = true;
            yield break;
        }

        var values = new ImportRowValues(csv, fieldOfColumn);
        var parse = ParserFor(Kind, _framework);
        var seen = new Dictionary<RowDigest, FirstSeen>();
        while (csv.Read())
        {
            if (IsBlankRecord(csv))
            {
                Warning(new ImportIssue(csv.LineNumber, null, "the row is empty and was ignored"));
                continue;
            }

            _rowsRead++;
            if (csv.FieldCount != headerFieldCount)
            {
                _invalidRows++;
                Error(new ImportIssue(csv.LineNumber, null, $"the row has {Plural(csv.FieldCount, "value")} but the header row has {Plural(headerFieldCount, "column")}"));
                continue;
            }

            values.BeginRow();
            var row = parse(values);
            if (row is null || values.HasErrors)
            {
                _invalidRows++;
                foreach (var issue in values.Issues)
                {
                    Error(issue);
                }

                continue;
            }

            var keyDigest = RowDigest.Of(row.NaturalKey);
            var valuesDigest = RowDigest.Of(row.ValuesFingerprint);
            if (seen.TryGetValue(keyDigest, out var first))
            {
                if (first.Values == valuesDigest)
                {
                    _duplicateRows++;
                    Warning(new ImportIssue(row.Line, null, $"the row repeats line {first.Line} and was skipped"));
                }
                else
                {
                    _invalidRows++;
                    Error(new ImportIssue(row.Line, null, $"the row has the same {Schema.NaturalKeyInWords()} as line {first.Line} but different values"));
                }

                continue;
            }

            seen.Add(keyDigest, new FirstSeen(row.Line, valuesDigest));
            _validRows++;
            yield return row;
        }

        if (csv.ErrorDescription is { } description)
        {
            _fileIsReadable = false;
            Error(new ImportIssue(csv.ErrorLine, null, description));
        }

        _finished = true;
    }

    /// <summary>Maps each known column to its field; reports unknown, repeated and missing columns.</summary>
    private int[] ReadHeader(string[] header)
    {
        var fieldOfColumn = new int[ImportColumns.Count];
        Array.Fill(fieldOfColumn, -1);
        var anyKnown = false;
        for (var field = 0; field < header.Length; field++)
        {
            var name = header[field].Trim();
            if (name.Length == 0)
            {
                Warning(new ImportIssue(null, null, $"Column {field + 1} has no name and was ignored"));
                continue;
            }

            if (!ImportSchema.TryFindColumn(name, out var column) || !Schema.IsKnown(column))
            {
                Warning(new ImportIssue(null, name, $"Column {name} is not part of the {Kind.Name()} format and was ignored"));
                continue;
            }

            anyKnown = true;
            if (fieldOfColumn[(int)column] >= 0)
            {
                FileError($"The header row has the column {column.Name()} more than once", column.Name());
                continue;
            }

            fieldOfColumn[(int)column] = field;
        }

        if (!anyKnown)
        {
            FileError($"The file has no header row: its first line must name the columns, such as {string.Join(",", Schema.RequiredColumns)}");
            return fieldOfColumn;
        }

        foreach (var column in Schema.Required)
        {
            if (fieldOfColumn[(int)column] < 0)
            {
                FileError($"The file must have a column named {column.Name()}", column.Name());
            }
        }

        if (Schema.MatchesPerson)
        {
            bool Has(ImportColumn c) => fieldOfColumn[(int)c] >= 0;
            var canMatch = Has(ColumnOf.PersonRef)
                || (Schema.MatchesByUpn && Has(ColumnOf.Upn))
                || (Has(ColumnOf.GivenName) && Has(ColumnOf.FamilyName) && Has(ColumnOf.DateOfBirth));
            if (!canMatch)
            {
                FileError(Schema.MatchesByUpn
                    ? "The file needs columns to match people: person_ref, upn, or given_name, family_name and date_of_birth"
                    : "The file needs columns to match people: person_ref, or given_name, family_name and date_of_birth");
            }
        }

        return fieldOfColumn;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count:N0} {noun}s";

    private static bool IsBlankRecord(CsvReader csv)
    {
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (!csv[i].IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    private void FileError(string description, string? column = null)
    {
        _fileIsReadable = false;
        Error(new ImportIssue(null, column, description));
    }

    private void Error(ImportIssue issue)
    {
        _errorCount++;
        if (_errors.Count < _maxReportedIssues)
        {
            _errors.Add(issue);
        }
    }

    private void Warning(ImportIssue issue)
    {
        _warningCount++;
        if (_warnings.Count < _maxReportedIssues)
        {
            _warnings.Add(issue);
        }
    }

    private static Func<ImportRowValues, ImportRow?> ParserFor(ImportKind kind, SupportingFamiliesFramework framework) => kind switch
    {
        ImportKind.Needs => r => ReadNeed(r, framework),
        ImportKind.Outcomes => r => ReadNeedOutcome(r, framework),
        ImportKind.Families => ReadFamily,
        ImportKind.People => ReadPerson,
        ImportKind.Attendance => ReadAttendance,
        ImportKind.Exclusions => ReadExclusion,
        ImportKind.Offences => ReadOffence,
        ImportKind.Asb => ReadAsbIncident,
        ImportKind.Benefits => ReadBenefit,
        ImportKind.Employment => ReadEmployment,
        ImportKind.WorkProgramme => ReadWorkProgrammeReferral,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an import kind."),
    };

    private static ImportRow? ReadFamily(ImportRowValues r)
    {
        var familyRef = r.Reference(ColumnOf.FamilyRef, required: true);
        var attachedOn = r.Date(ColumnOf.AttachedOn, required: true);
        var closedOn = r.Date(ColumnOf.ClosedOn);
        r.NotBefore(attachedOn, ColumnOf.AttachedOn, closedOn, ColumnOf.ClosedOn);
        var email = r.Text(ColumnOf.LeadPractitionerEmail)?.ToLowerInvariant();
        if (email is not null && !LooksLikeEmailAddress(email))
        {
            r.Fail(ColumnOf.LeadPractitionerEmail, "lead_practitioner_email must be an email address, like name@example.com");
        }

        var frameworkText = r.Text(ColumnOf.Framework);
        var framework = OutcomeFrameworks.FromCode(frameworkText);
        if (frameworkText is not null && framework is null)
        {
            r.Fail(ColumnOf.Framework, $"framework must be {OutcomeFrameworks.FamilyFirst2012Code} or {OutcomeFrameworks.SupportingFamilies2022Code}");
        }

        var assessedOn = r.Date(ColumnOf.AssessedOn);
        var planAgreedOn = r.Date(ColumnOf.PlanAgreedOn);
        r.NotBefore(assessedOn, ColumnOf.AssessedOn, planAgreedOn, ColumnOf.PlanAgreedOn);
        return r.HasErrors ? null : new FamilyRow(r.Line, familyRef!, attachedOn!.Value, closedOn, email, framework, assessedOn, planAgreedOn);
    }

    private static ImportRow? ReadPerson(ImportRowValues r)
    {
        var familyRef = r.Reference(ColumnOf.FamilyRef, required: true);
        var personRef = r.Reference(ColumnOf.PersonRef, required: true);
        var givenName = r.Text(ColumnOf.GivenName, required: true);
        var familyName = r.Text(ColumnOf.FamilyName, required: true);
        var dateOfBirth = r.Date(ColumnOf.DateOfBirth, required: true);
        var upn = r.Reference(ColumnOf.Upn);
        var niNumber = r.Reference(ColumnOf.NiNumber);
        var postcode = r.Reference(ColumnOf.Postcode);
        var expectingOn = r.Date(ColumnOf.ExpectingOn);
        if (dateOfBirth is { } born && expectingOn is { } due && due <= born)
        {
            r.Fail(ColumnOf.ExpectingOn, "expecting_on must be after date_of_birth");
        }

        return r.HasErrors
            ? null
            : new PersonRow(r.Line, familyRef!, personRef!, givenName!, familyName!, dateOfBirth!.Value, upn, niNumber, postcode, expectingOn);
    }

    private static ImportRow? ReadAttendance(ImportRowValues r)
    {
        var person = ReadPersonMatch(r, upnMatches: true);
        var termStart = r.Date(ColumnOf.TermStart, required: true);
        var termEnd = r.Date(ColumnOf.TermEnd, required: true);
        r.NotBefore(termStart, ColumnOf.TermStart, termEnd, ColumnOf.TermEnd);
        var possible = r.Count(ColumnOf.PossibleSessions, required: true);
        var authorised = r.Count(ColumnOf.AuthorisedAbsenceSessions, required: true);
        var unauthorised = r.Count(ColumnOf.UnauthorisedAbsenceSessions, required: true);
        if (possible is { } p && authorised is { } a && unauthorised is { } u && (long)a + u > p)
        {
            r.Fail(ColumnOf.PossibleSessions, "authorised_absence_sessions plus unauthorised_absence_sessions must not be more than possible_sessions");
        }

        return r.HasErrors
            ? null
            : new AttendanceRow(r.Line, person!, termStart!.Value, termEnd!.Value, possible!.Value, authorised!.Value, unauthorised!.Value);
    }

    private static ImportRow? ReadExclusion(ImportRowValues r)
    {
        var person = ReadPersonMatch(r, upnMatches: true);
        var date = r.Date(ColumnOf.ExclusionDate, required: true);
        ExclusionType? type = null;
        var rawType = r.Raw(ColumnOf.ExclusionType);
        if (rawType.IsEmpty)
        {
            r.Fail(ColumnOf.ExclusionType, "exclusion_type is required");
        }
        else if (rawType.Equals("fixed", StringComparison.OrdinalIgnoreCase))
        {
            type = ExclusionType.Fixed;
        }
        else if (rawType.Equals("permanent", StringComparison.OrdinalIgnoreCase))
        {
            type = ExclusionType.Permanent;
        }
        else
        {
            r.Fail(ColumnOf.ExclusionType, "exclusion_type must be fixed or permanent");
        }

        var sessions = r.Count(ColumnOf.Sessions);
        return r.HasErrors ? null : new ExclusionRow(r.Line, person!, date!.Value, type!.Value, sessions);
    }

    private static ImportRow? ReadOffence(ImportRowValues r)
    {
        var person = ReadPersonMatch(r, upnMatches: false);
        var date = r.Date(ColumnOf.OffenceDate, required: true);
        var type = r.Text(ColumnOf.OffenceType);
        return r.HasErrors ? null : new OffenceRow(r.Line, person!, date!.Value, type);
    }

    private static ImportRow? ReadAsbIncident(ImportRowValues r)
    {
        var person = ReadPersonMatch(r, upnMatches: false);
        var date = r.Date(ColumnOf.IncidentDate, required: true);
        var type = r.Text(ColumnOf.IncidentType);
        return r.HasErrors ? null : new AsbIncidentRow(r.Line, person!, date!.Value, type);
    }

    private static ImportRow? ReadBenefit(ImportRowValues r)
    {
        var person = ReadPersonMatch(r, upnMatches: false);
        var benefit = r.Reference(ColumnOf.Benefit, required: true);
        var start = r.Date(ColumnOf.StartDate, required: true);
        var end = r.Date(ColumnOf.EndDate);
        r.NotBefore(start, ColumnOf.StartDate, end, ColumnOf.EndDate);
        return r.HasErrors ? null : new BenefitRow(r.Line, person!, benefit!, start!.Value, end);
    }

    private static ImportRow? ReadEmployment(ImportRowValues r)
    {
        var person = ReadPersonMatch(r, upnMatches: false);
        var start = r.Date(ColumnOf.StartDate, required: true);
        var end = r.Date(ColumnOf.EndDate);
        r.NotBefore(start, ColumnOf.StartDate, end, ColumnOf.EndDate);

        // There are 168 hours in a week: more is a typing error, not a job.
        var hours = r.Number(ColumnOf.HoursPerWeek, maximum: 168m);
        return r.HasErrors ? null : new EmploymentRow(r.Line, person!, start!.Value, end, hours);
    }

    private static ImportRow? ReadWorkProgrammeReferral(ImportRowValues r)
    {
        var person = ReadPersonMatch(r, upnMatches: false);
        var date = r.Date(ColumnOf.ReferralDate, required: true);
        var programme = r.Text(ColumnOf.Programme);
        return r.HasErrors ? null : new WorkProgrammeReferralRow(r.Line, person!, date!.Value, programme);
    }

    private static ImportRow? ReadNeed(ImportRowValues r, SupportingFamiliesFramework framework)
    {
        var familyRef = r.Reference(ColumnOf.FamilyRef, required: true);
        var (headline, need) = ReadHeadlineAndNeed(r, framework);
        var identifiedOn = r.Date(ColumnOf.IdentifiedOn, required: true);
        var identifiedBy = r.Text(ColumnOf.IdentifiedBy);
        if (identifiedBy is { Length: > RecordedNeed.MaximumIdentifiedByLength })
        {
            r.Fail(ColumnOf.IdentifiedBy, $"identified_by must be {RecordedNeed.MaximumIdentifiedByLength} characters or less");
        }

        var source = ReadEvidenceSource(r, framework);
        var evidence = ReadEvidence(r);

        // No person match columns filled in: the need is the whole family's.
        PersonMatch? person = null;
        var namesSomeone = !r.Raw(ColumnOf.PersonRef).IsEmpty || !r.Raw(ColumnOf.Upn).IsEmpty || !r.Raw(ColumnOf.GivenName).IsEmpty
            || !r.Raw(ColumnOf.FamilyName).IsEmpty || !r.Raw(ColumnOf.DateOfBirth).IsEmpty;
        if (namesSomeone)
        {
            person = ReadPersonMatch(r, upnMatches: false);
        }

        return r.HasErrors ? null : new NeedRow(r.Line, familyRef!, headline!.Value, need!, person, identifiedOn!.Value, identifiedBy, source, evidence);
    }

    private static ImportRow? ReadNeedOutcome(ImportRowValues r, SupportingFamiliesFramework framework)
    {
        var familyRef = r.Reference(ColumnOf.FamilyRef, required: true);
        var (headline, need) = ReadHeadlineAndNeed(r, framework);
        var achievedOn = r.Date(ColumnOf.AchievedOn, required: true);
        var lapsedOn = r.Date(ColumnOf.LapsedOn);
        r.NotBefore(achievedOn, ColumnOf.AchievedOn, lapsedOn, ColumnOf.LapsedOn);
        var source = ReadEvidenceSource(r, framework);
        var evidence = ReadEvidence(r);
        return r.HasErrors ? null : new NeedOutcomeRow(r.Line, familyRef!, headline!.Value, need!, achievedOn!.Value, lapsedOn, source, evidence);
    }

    /// <summary>The headline's code, and the need's code as the council's configuration writes it under that headline.</summary>
    private static (HeadlineOutcome? Headline, string? Need) ReadHeadlineAndNeed(ImportRowValues r, SupportingFamiliesFramework framework)
    {
        var headlineText = r.Text(ColumnOf.Headline, required: true);
        HeadlineOutcome? headline = null;
        if (headlineText is not null)
        {
            headline = HeadlineOutcomes.FromCode(headlineText);
            if (headline is null)
            {
                r.Fail(ColumnOf.Headline, "headline must be one of " + string.Join(", ", HeadlineOutcomes.All.Select(HeadlineOutcomes.Code)));
            }
        }

        var needText = r.Text(ColumnOf.Need, required: true);
        if (needText is null || headline is null)
        {
            return (headline, null);
        }

        if (framework.Need(headline.Value, needText) is { } definition)
        {
            return (headline, definition.Code);
        }

        r.Fail(ColumnOf.Need, $"need {needText} is not a need under {HeadlineOutcomes.Code(headline.Value)} in the council's Supporting Families configuration");
        return (headline, null);
    }

    private static string? ReadEvidenceSource(ImportRowValues r, SupportingFamiliesFramework framework)
    {
        var text = r.Text(ColumnOf.EvidenceSource);
        if (text is null)
        {
            return null;
        }

        if (framework.EvidenceSource(text) is { } source)
        {
            return source.Code;
        }

        r.Fail(ColumnOf.EvidenceSource, $"evidence_source {text} is not an evidence source in the council's Supporting Families configuration");
        return null;
    }

    private static string? ReadEvidence(ImportRowValues r)
    {
        var evidence = r.Text(ColumnOf.Evidence);
        if (evidence is { Length: > RecordedNeed.MaximumEvidenceLength })
        {
            r.Fail(ColumnOf.Evidence, $"evidence must be {RecordedNeed.MaximumEvidenceLength:N0} characters or less");
        }

        return evidence;
    }

    /// <summary>Reads the person match columns; a bad date of birth is reported as such rather than as "cannot match".</summary>
    private static PersonMatch? ReadPersonMatch(ImportRowValues r, bool upnMatches)
    {
        var dateOfBirth = r.Date(ColumnOf.DateOfBirth);
        if (r.Failed(ColumnOf.DateOfBirth))
        {
            return null;
        }

        var match = PersonMatch.Create(
            r.Reference(ColumnOf.PersonRef),
            r.Reference(ColumnOf.Upn),
            r.Text(ColumnOf.GivenName),
            r.Text(ColumnOf.FamilyName),
            dateOfBirth,
            upnMatches);
        if (match.Succeeded)
        {
            return match.Value;
        }

        r.Fail(null, match.Error!);
        return null;
    }

    private static bool LooksLikeEmailAddress(string text)
    {
        // A light check only (one @ with something either side, no spaces): the address is confirmed when used.
        var at = text.IndexOf('@');
        return at > 0 && at == text.LastIndexOf('@') && at < text.Length - 1 && !text.Any(char.IsWhiteSpace);
    }

    private readonly record struct FirstSeen(int Line, RowDigest Values);
}

/// <summary>A whole file's validation: its report and every valid row, in file order.</summary>
public sealed record ImportValidationResult(ImportValidationReport Report, IReadOnlyList<ImportRow> Rows);
