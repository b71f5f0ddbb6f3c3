using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Web.Imports;

/// <summary>
/// Every kind of partner data row held for some people, loaded (tracked) so a merge can re-point the duplicate's
/// rows to the person kept and save them with the rest of the merge.
/// </summary>
public sealed class PartnerRecordsHeld
{
    private readonly Dictionary<Guid, Action<Guid>> _repoint = [];

    private PartnerRecordsHeld()
    {
    }

    /// <summary>The rows, as the merge rule in <see cref="PersonMerge"/> sees them.</summary>
    public List<PartnerRecordHeld> Records { get; } = [];

    public static async Task<PartnerRecordsHeld> LoadAsync(AppDbContext db, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var held = new PartnerRecordsHeld();
        await held.AddAsync<AttendanceRow, AttendanceRecord>(db.AttendanceRecords, ImportKind.Attendance, personIds, cancellationToken);
        await held.AddAsync<ExclusionRow, ExclusionRecord>(db.ExclusionRecords, ImportKind.Exclusions, personIds, cancellationToken);
        await held.AddAsync<OffenceRow, OffenceRecord>(db.OffenceRecords, ImportKind.Offences, personIds, cancellationToken);
        await held.AddAsync<AsbIncidentRow, AsbIncidentRecord>(db.AsbIncidentRecords, ImportKind.Asb, personIds, cancellationToken);
        await held.AddAsync<BenefitRow, BenefitSpellRecord>(db.BenefitSpellRecords, ImportKind.Benefits, personIds, cancellationToken);
        await held.AddAsync<EmploymentRow, EmploymentSpellRecord>(db.EmploymentSpellRecords, ImportKind.Employment, personIds, cancellationToken);
        await held.AddAsync<WorkProgrammeReferralRow, WorkProgrammeReferralRecord>(db.WorkProgrammeReferralRecords, ImportKind.WorkProgramme, personIds, cancellationToken);
        return held;
    }

    /// <summary>Re-points the given rows to <paramref name="personId"/>; the change is saved with the context.</summary>
    public void MoveTo(IEnumerable<PartnerRecordHeld> records, Guid personId)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            _repoint[record.Id](personId);
        }
    }

    private async Task AddAsync<TRow, TRecord>(DbSet<TRecord> set, ImportKind kind, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
        where TRow : PersonDataRow
        where TRecord : class, IPartnerRecord<TRow>
    {
        foreach (var record in await set.Where(r => personIds.Contains(r.PersonId)).ToListAsync(cancellationToken))
        {
            Records.Add(new PartnerRecordHeld(record.Id, kind.Name(), record.PersonId, record.RecordKey));
            _repoint[record.Id] = person => record.PersonId = person;
        }
    }
}
