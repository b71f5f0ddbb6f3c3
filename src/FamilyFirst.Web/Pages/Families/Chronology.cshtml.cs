using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>The family's chronology: significant events in date order, filterable by type, and laid out to print.</summary>
public sealed class ChronologyModel(AppDbContext db, FamilyAccess access, StaffDirectory directory, TimeProvider time) : FamilyPageModel(access, time)
{
    public const int Limit = 2000;

    [BindProperty(SupportsGet = true, Name = "type")]
    [Display(Name = "Show events of these types")]
    public List<ChronologyEventType> Types { get; set; } = [];

    public IReadOnlyList<ChronologyEntry> Entries { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForViewAsync(id))
        {
            return NotFound();
        }

        var query = db.ChronologyEntries.AsNoTracking().Where(e => e.FamilyCaseId == id);
        if (Types.Count > 0)
        {
            var types = Types.Distinct().ToList();
            query = query.Where(e => types.Contains(e.Type));
        }

        Entries = await query.OrderBy(e => e.OccurredOn).ThenBy(e => e.RecordedAt).Take(Limit).ToListAsync();
        Names = await directory.NamesAsync(Entries.Select(e => e.RecordedBy));
        return Page();
    }

    /// <summary>Where an entry's record can be read, when it has a page.</summary>
    public string? LinkFor(ChronologyEntry entry) => (entry.RecordType, entry.RecordId) switch
    {
        (nameof(CaseNote), { } noteId) => this.Links().CaseNote(Family.Id, noteId),
        (nameof(Person), { } personId) => this.Links().Person(Family.Id, personId),
        _ => null,
    };
}
