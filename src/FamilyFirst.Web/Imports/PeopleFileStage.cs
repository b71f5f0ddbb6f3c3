using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace FamilyFirst.Web.Imports;

/// <summary>
/// PostgreSQL: a whole people file on its way in (docs/adr/0032, "The people file"). As the file is read, every valid row
/// goes into one binary COPY into a temporary table, with what the app alone can tell about it (its person_ref and
/// identifiers valid, the person it would create, built by <see cref="Person.Create"/> as the row-by-row path builds
/// them, and whether that person is a child today). Then, inside the import's transaction, one statement finds each
/// row's family (by its reference, or the programme list's) and the person holding its person_ref, and two statements
/// write what needs no decision by the domain: the new people with their membership, and the membership of people
/// already held whose row changes nothing about them.
/// </summary>
/// <remarks>
/// Every other row (a person_ref the file names more than once, a person whose names, date of birth or identifiers
/// the row changes, expecting_on, a family not held, anything the domain would refuse) is handed back by line, and the
/// importer applies those rows through <see cref="PeopleApplier"/> afterwards, in file order, as before. The two sets
/// touch different people (a person_ref is handled wholly one way or the other), so the outcome and the counts are
/// those of applying the rows one by one.
/// </remarks>
internal sealed class PostgresPeopleFileStage : IPartnerFileStage
{
    private const string File = "\"ff_people_file\"";
    private const string Matched = "\"ff_people_matched\"";

    /// <summary>No command timeout: the statements over a whole file take as long as they need (see <see cref="PostgresPartnerFileStage{TRecord}"/>).</summary>
    private const int NoTimeout = 0;

    private readonly AppDbContext _db;
    private readonly Guid _by;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;
    private readonly List<Column> _people;
    private readonly object _child;
    private readonly object _parent;
    private readonly object _familyFirst;
    private readonly object _programmeList;
    private NpgsqlBinaryImporter? _copy;

    private PostgresPeopleFileStage(AppDbContext db, Guid by, DateTimeOffset now, DateOnly today)
    {
        _db = db;
        _by = by;
        _now = now;
        _today = today;
        var person = db.Model.FindEntityType(typeof(Person)) ?? throw new InvalidOperationException("Person is not mapped.");
        var store = StoreObjectIdentifier.Table(person.GetTableName()!, person.GetSchema());
        _people = person.GetProperties()
            .Select(p => new Column(Quote(p.GetColumnName(store)!), (RelationalTypeMapping)p.GetTypeMapping(), p.GetGetter()))
            .ToList();
        var member = db.Model.FindEntityType(typeof(FamilyMember)) ?? throw new InvalidOperationException("FamilyMember is not mapped.");
        var role = (RelationalTypeMapping)member.FindProperty(nameof(FamilyMember.Role))!.GetTypeMapping();
        _child = Stored(role, FamilyRole.ChildOrYoungPerson);
        _parent = Stored(role, FamilyRole.Parent);
        var attachment = db.Model.FindEntityType(typeof(ProgrammeAttachment)) ?? throw new InvalidOperationException("ProgrammeAttachment is not mapped.");
        _familyFirst = Stored((RelationalTypeMapping)attachment.FindProperty(nameof(ProgrammeAttachment.Programme))!.GetTypeMapping(), Programme.FamilyFirst);
        var reference = db.Model.FindEntityType(typeof(ExternalReference)) ?? throw new InvalidOperationException("ExternalReference is not mapped.");
        _programmeList = Stored((RelationalTypeMapping)reference.FindProperty(nameof(ExternalReference.Source))!.GetTypeMapping(), ReferenceSource.ProgrammeList);
    }

    public int Rows { get; private set; }

    /// <summary>Creates the staging table and opens the COPY; null where the database is not PostgreSQL.</summary>
    public static async Task<IPartnerFileStage?> StartAsync(AppDbContext db, ImportRun run, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(clock);
        if (!db.Database.IsNpgsql())
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var stage = new PostgresPeopleFileStage(db, run.ImportedByUserId is { } userId ? StaffIds.FromUserKey(userId) : Guid.Empty, now, clock.DateOf(now));
        await stage.OpenAsync(cancellationToken);
        return stage;
    }

    private NpgsqlConnection Connection => (NpgsqlConnection)_db.Database.GetDbConnection();

    private NpgsqlTransaction Transaction =>
        (NpgsqlTransaction?)_db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException("A people file is applied inside the import's transaction; begin one first.");

    private string PeopleList => string.Join(", ", _people.Select(c => c.Name));

    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        // ON COMMIT DROP: the tables last for the import's transaction only (a rollback drops them too).
        var columns = string.Join(", ", _people.Select(c => $"{c.Name} {c.Mapping.StoreType}"));
        await ExecuteAsync(
            $"DROP TABLE IF EXISTS {File}; DROP TABLE IF EXISTS {Matched}; "
            + $"CREATE TEMP TABLE {File} (ff_line integer NOT NULL, ff_person_ref text NOT NULL, ff_family_ref text NOT NULL, ff_given text NOT NULL, "
            + $"ff_family text NOT NULL, ff_dob date NOT NULL, ff_upn text, ff_ni text, ff_ok boolean NOT NULL, ff_child boolean NOT NULL, ff_member_id uuid NOT NULL, {columns}) ON COMMIT DROP",
            cancellationToken);
        _copy = await Connection.BeginBinaryImportAsync(
            $"COPY {File} (ff_line, ff_person_ref, ff_family_ref, ff_given, ff_family, ff_dob, ff_upn, ff_ni, ff_ok, ff_child, ff_member_id, {PeopleList}) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
    }

    public async Task AddAsync(ImportRow row, CancellationToken cancellationToken)
    {
        var copy = _copy ?? throw new InvalidOperationException("The file's rows have already been applied or abandoned.");
        var person = (PersonRow)row;
        var personRef = PersonReference.Normalise(person.PersonRef);

        // What the row-by-row path checks before it looks at the records; a row failing any of them is left to it.
        var upn = person.Upn is null ? null : UniquePupilNumber.TryParse(person.Upn);
        var ni = person.NiNumber is null ? null : NationalInsuranceNumber.TryParse(person.NiNumber);
        Person? created = null;
        if (PersonReference.IsValid(personRef) && upn is not { Succeeded: false } && ni is not { Succeeded: false } && person.ExpectingOn is null)
        {
            var details = new PersonDetails(person.GivenName, person.FamilyName, person.DateOfBirth, null, Gender.NotKnown)
            {
                UniquePupilNumber = upn?.Value,
                NationalInsuranceNumber = ni?.Value,
            };
            created = Person.Create(details, DuplicateCheckOutcome.NoLikelyMatches, _by, _today, _now, personRef).Value;
        }

        await copy.StartRowAsync(cancellationToken);
        await copy.WriteAsync(row.Line, NpgsqlDbType.Integer, cancellationToken);
        await copy.WriteAsync(personRef, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(ReferenceKey.Normalise(person.FamilyRef), NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(person.GivenName, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(person.FamilyName, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(person.DateOfBirth, NpgsqlDbType.Date, cancellationToken);
        await WriteAsync(copy, upn?.Value?.Value, NpgsqlDbType.Text, cancellationToken);
        await WriteAsync(copy, ni?.Value?.Value, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(created is not null, NpgsqlDbType.Boolean, cancellationToken);
        await copy.WriteAsync(created?.AgeOn(_today) is < Person.AdultAge, NpgsqlDbType.Boolean, cancellationToken);
        // A version 7 id (beginning with the time), as partner records get: new memberships go to the end of the primary key's index.
        await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, cancellationToken);
        foreach (var column in _people)
        {
            await WriteAsync(copy, created is null ? null : column.ProviderValue(created), column.Type, cancellationToken);
        }

        Rows++;
    }

    /// <summary>
    /// Matches every row to its family and person and writes the rows that need no decision by the domain; the others
    /// come back in <see cref="PartnerFileApplied.ByRow"/>, for the importer to apply one by one in file order.
    /// </summary>
    public async Task<PartnerFileApplied> FinishAsync(CancellationToken cancellationToken)
    {
        var copy = _copy ?? throw new InvalidOperationException("The file's rows have already been applied or abandoned.");
        await copy.CompleteAsync(cancellationToken);
        await copy.DisposeAsync();
        _copy = null;
        if (Rows == 0)
        {
            return new PartnerFileApplied(0, 0, 0, []);
        }

        await ExecuteAsync($"ANALYZE {File}; SET LOCAL work_mem = '64MB'", cancellationToken);

        // ff_way: 1, a new person (their person_ref held by no one) joining a family held; 2, a person held whom the
        // row leaves as they are (names and date of birth the same, identifiers absent or the same), joining or already
        // in the family; 0, anything else: applied row by row. A person_ref named twice in the file is always 0.
        var same = "p.\"GivenName\" = f.ff_given AND p.\"FamilyName\" = f.ff_family AND p.\"DateOfBirth\" IS NOT DISTINCT FROM f.ff_dob "
            + "AND (f.ff_upn IS NULL OR f.ff_upn = p.\"UniquePupilNumber\") AND (f.ff_ni IS NULL OR f.ff_ni = p.\"NationalInsuranceNumber\")";
        await ExecuteAsync(
            $"CREATE TEMP TABLE {Matched} ON COMMIT DROP AS "
            + "WITH attached AS (SELECT DISTINCT ON (a.\"FamilyCaseId\") a.\"FamilyCaseId\", a.\"AttachedOn\" FROM \"ProgrammeAttachments\" a "
            + "WHERE a.\"Programme\" = @familyFirst ORDER BY a.\"FamilyCaseId\", a.\"AttachedOn\"), "
            + "members AS (SELECT DISTINCT m.\"FamilyCaseId\", m.\"PersonId\" FROM \"FamilyMembers\" m WHERE m.\"LeftOn\" IS NULL), "
            + $"counted AS (SELECT f.*, count(*) OVER (PARTITION BY f.ff_person_ref) AS ff_refs FROM {File} f), "
            + "found AS (SELECT f.*, coalesce(c.\"Id\", r.\"FamilyCaseId\") AS ff_case_id, p.\"Id\" AS ff_held_id, "
            + $"coalesce({same}, false) AS ff_same FROM counted f "
            + "LEFT JOIN \"FamilyCases\" c ON c.\"Reference\" = f.ff_family_ref "
            + "LEFT JOIN \"FamilyExternalReferences\" r ON r.\"Source\" = @programmeList AND r.\"Key\" = f.ff_family_ref "
            + "LEFT JOIN \"People\" p ON p.\"Reference\" = f.ff_person_ref) "
            + "SELECT f.*, a.\"AttachedOn\" AS ff_attached_on, (m.\"PersonId\" IS NOT NULL) AS ff_member, "
            + "CASE WHEN NOT f.ff_ok OR f.ff_case_id IS NULL OR f.ff_refs <> 1 THEN 0 WHEN f.ff_held_id IS NULL THEN 1 WHEN f.ff_same THEN 2 ELSE 0 END AS ff_way "
            + "FROM found f LEFT JOIN attached a ON a.\"FamilyCaseId\" = f.ff_case_id "
            + "LEFT JOIN members m ON m.\"FamilyCaseId\" = f.ff_case_id AND m.\"PersonId\" = f.ff_held_id",
            cancellationToken);

        // The new people, then every membership the rows add (a child if under 18 today, since the family joined Family
        // First, or today), as PeopleApplier adds them.
        await ExecuteAsync($"INSERT INTO \"People\" ({PeopleList}) SELECT {PeopleList} FROM {Matched} WHERE ff_way = 1 ORDER BY \"Reference\"", cancellationToken);
        await ExecuteAsync(
            "INSERT INTO \"FamilyMembers\" (\"Id\", \"FamilyCaseId\", \"PersonId\", \"Role\", \"Since\") "
            + $"SELECT ff_member_id, ff_case_id, coalesce(ff_held_id, \"Id\"), CASE WHEN ff_child THEN @child ELSE @parent END, coalesce(ff_attached_on, @today) "
            + $"FROM {Matched} WHERE ff_way = 1 OR (ff_way = 2 AND NOT ff_member) ORDER BY ff_case_id",
            cancellationToken);

        int added, updated, unchanged;
        await using (var count = Command(
            $"SELECT count(*) FILTER (WHERE ff_way = 1), count(*) FILTER (WHERE ff_way = 2 AND NOT ff_member), count(*) FILTER (WHERE ff_way = 2 AND ff_member) FROM {Matched}"))
        await using (var reader = await count.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (added, updated, unchanged) = (checked((int)reader.GetInt64(0)), checked((int)reader.GetInt64(1)), checked((int)reader.GetInt64(2)));
        }

        var byRow = new List<int>();
        await using (var read = Command($"SELECT ff_line FROM {Matched} WHERE ff_way = 0 ORDER BY ff_line"))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                byRow.Add(reader.GetInt32(0));
            }
        }

        return new PartnerFileApplied(added, updated, unchanged, []) { ByRow = byRow };
    }

    public async ValueTask DisposeAsync()
    {
        // Not finished: the COPY is cancelled (nothing of it stays), and the caller rolls the transaction back.
        if (_copy is { } copy)
        {
            _copy = null;
            await copy.DisposeAsync();
        }
    }

    private NpgsqlCommand Command(string sql)
    {
        var command = new NpgsqlCommand(sql, Connection, Transaction) { CommandTimeout = NoTimeout };
        command.Parameters.AddWithValue("familyFirst", _familyFirst);
        command.Parameters.AddWithValue("programmeList", _programmeList);
        command.Parameters.AddWithValue("child", _child);
        command.Parameters.AddWithValue("parent", _parent);
        command.Parameters.AddWithValue("today", NpgsqlDbType.Date, _today);
        return command;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter copy, object? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, type, cancellationToken);

    private static object Stored(RelationalTypeMapping mapping, object value) =>
        mapping.Converter is { } converter ? converter.ConvertToProvider(value)! : value;

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A column of the people table, with the value EF would store for a person.</summary>
    private sealed record Column(string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)
    {
        public NpgsqlDbType Type { get; } = TypeOf(Mapping.Converter?.ProviderClrType ?? Mapping.ClrType);

        public object? ProviderValue(object entity)
        {
            var value = Getter.GetClrValue(entity);
            return value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }

        private static NpgsqlDbType TypeOf(Type type) =>
            (Nullable.GetUnderlyingType(type) ?? type) switch
            {
                var t when t == typeof(DateTime) || t == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
                var t when t != typeof(string) && typeof(IEnumerable<Guid>).IsAssignableFrom(t) => NpgsqlDbType.Array | NpgsqlDbType.Uuid,
                var t => PostgresPartnerRecordUpsert<Person>.TypeOf(t),
            };
    }
}
