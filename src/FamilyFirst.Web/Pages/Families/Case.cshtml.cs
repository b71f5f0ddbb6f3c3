using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>The family case: its summary, the people in the family, and the latest events on its chronology.</summary>
public sealed class CaseModel(AppDbContext db, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public IReadOnlyList<MemberRow> FormerMembers { get; private set; } = [];

    public IReadOnlyList<ChronologyEntry> LatestEvents { get; private set; } = [];

    public string LeadPractitioner { get; private set; } = "Not allocated";

    public string Team { get; private set; } = "Not allocated";

    public int NoteCount { get; private set; }

    public int NetworkCount { get; private set; }

    public int ActiveConsentCount { get; private set; }

    public bool CanChange { get; private set; }

    /// <summary>Whether the user has a part in closing the case (the lead practitioner asks, a team manager decides) or may reopen it.</summary>
    public bool CanClose { get; private set; }

    /// <summary>Whether the user may add people to the family.</summary>
    public bool CanAddPeople { get; private set; }

    public bool CanAllocate { get; private set; }

    public bool IsManager { get; private set; }

    /// <summary>The enquiry the case was opened from: its reference, and whether this user may open it.</summary>
    public (Guid Id, string Reference, bool CanOpen)? SourceEnquiry { get; private set; }

    /// <summary>People the source enquiry names who are not in the family yet, to add through the duplicate check.</summary>
    public IReadOnlyList<NamedInEnquiry> PeopleNamedInEnquiry { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        // Read-only: the family is not tracked (nothing on this page changes it; the view's audit row is the only save).
        if (!await LoadToShowAsync(id))
        {
            return NotFound();
        }

        var family = Family;
        CanChange = await Access.CanChangeAsync(family);
        CanClose = family.IsClosed
            ? await Access.MayAsync(family, StaffAction.ReopenCase)
            : await Access.MayAsync(family, StaffAction.RequestCaseClosure) || await Access.MayAsync(family, StaffAction.DecideCaseClosure);
        CanAddPeople = await Access.MayAsync(family, StaffAction.ChangeFamilyMembers);
        CanAllocate = await Access.CanAllocateAnywhereAsync(family);
        IsManager = User.IsInRole(Roles.Manager);

        // The members' people with their owned periods and residences in one query (a handful of rows each: a single
        // query is right here, not the context's default split into three).
        var personIds = family.Members.Select(m => m.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().AsSingleQuery().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var rows = family.Members
            .Where(m => people.ContainsKey(m.PersonId))
            .Select(m => new MemberRow(people[m.PersonId], m))
            .OrderBy(r => r.Member.Role == FamilyRole.ChildOrYoungPerson ? 1 : 0)
            .ThenBy(r => r.Person.DateOfBirth ?? r.Person.ExpectedDateOfBirth ?? DateOnly.MaxValue)
            .ToList();
        Members = rows.Where(r => r.Member.LeftOn is null).ToList();
        FormerMembers = rows.Where(r => r.Member.LeftOn is not null).ToList();

        // Everything else the page shows, in one round trip: the lead practitioner's and the team's names, the source
        // enquiry and the three counts, as subqueries of one SELECT.
        var leadKey = family.LeadPractitionerId is { } lead ? StaffIds.ToUserKey(lead) : null;
        var shown = await db.FamilyCases.AsNoTracking()
            .Where(f => f.Id == id)
            .Select(f => new
            {
                Lead = db.Users.Where(u => u.Id == leadKey).Select(u => u.DisplayName).FirstOrDefault(),
                Team = db.Teams.Where(t => t.Id == f.TeamId).Select(t => t.Name).FirstOrDefault(),
                EnquiryReference = db.Enquiries.Where(e => e.Id == f.SourceEnquiryId).Select(e => e.Reference).FirstOrDefault(),
                EnquiryType = db.Enquiries.Where(e => e.Id == f.SourceEnquiryId).Select(e => (EnquiryType?)e.Type).FirstOrDefault(),
                EnquiryFamilyNames = db.Enquiries.Where(e => e.Id == f.SourceEnquiryId).Select(e => e.FamilyNames).FirstOrDefault(),
                Notes = EF.Property<int>(f, FamilyCaseConfiguration.NoteCount),
                Network = db.NetworkMembers.Count(n => n.FamilyCaseId == id),
                ActiveConsents = db.Consents.Count(c => c.FamilyCaseId == id && c.WithdrawnOn == null),
            })
            .SingleAsync();

        // The five latest events: a query of their own (joined to the one above, a limited collection needs APPLY,
        // which SQLite has not got).
        LatestEvents = await db.ChronologyEntries.AsNoTracking()
            .Where(e => e.FamilyCaseId == id)
            .OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.RecordedAt)
            .Take(5)
            .ToListAsync();

        if (family.SourceEnquiryId is { } enquiryId && shown.EnquiryReference is { } enquiryReference && shown.EnquiryType is { } enquiryType)
        {
            SourceEnquiry = (enquiryId, enquiryReference, EnquiryAccess.CanWork(User, enquiryType));
            var inFamily = Members.SelectMany(m => new[] { $"{m.Person.GivenName} {m.Person.FamilyName}", m.Person.DisplayName }).ToHashSet(StringComparer.OrdinalIgnoreCase);
            PeopleNamedInEnquiry = FamilyCaseFromEnquiry.NamedPeople(shown.EnquiryFamilyNames).Where(n => !inFamily.Contains(n.FullName)).ToList();
        }

        if (family.LeadPractitionerId is not null)
        {
            LeadPractitioner = shown.Lead ?? "Unknown user";
        }

        if (family.TeamId is not null)
        {
            Team = shown.Team ?? "Unknown team";
        }

        NoteCount = shown.Notes;
        NetworkCount = shown.Network;
        ActiveConsentCount = shown.ActiveConsents;
        return Page();
    }

    public sealed record MemberRow(Person Person, FamilyMember Member);
}
