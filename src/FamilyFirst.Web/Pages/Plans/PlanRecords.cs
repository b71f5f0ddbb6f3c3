using System.Text.Json;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Domain.Safety;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Pages.Families;

namespace FamilyFirst.Web.Pages.Plans;

/// <summary>A person the plan can name: a current family member or someone in the family's network.</summary>
public sealed record PlanPerson(string Value, Guid? PersonId, string Name, string Description, ActionOwnerKind Kind)
{
    public Guid? NetworkMemberId { get; init; }

    public ContactRestriction? Restriction { get; init; }

    /// <summary>The description, with a warning when the person must not be contacted (or a manager has allowed it).</summary>
    public string Hint(DateOnly today) => Restriction switch
    {
        { } r when r.StopsContactOn(today) => $"{Description}. Must not be contacted: {r.Describe()}",
        { Override: { } o } r when r.IsInForceOn(today) => $"{Description}. Contact restricted ({r.Describe()}); a manager allowed contact: {o.Reason}",
        _ => Description,
    };
}

/// <summary>
/// The family's plan records, shared by the safety, bottom line and plan pages: the plan, bottom lines and
/// assessments, the names a plan refers to, audit, chronology and the server-side drafts of long forms. The pages
/// load the family themselves (they are <see cref="FamilyPageModel"/>s) and pass in who is acting and when.
/// </summary>
public sealed class PlanRecords(AppDbContext db, StaffDirectory directory, AuditTrail audit)
{
    public const string PlanRecord = nameof(FamilyPlan);
    public const string AssessmentRecord = nameof(SafetyAssessment);
    public const string BottomLineRecord = nameof(BottomLine);

    public AppDbContext Db => db;

    public AuditTrail Audit => audit;

    /// <summary>The family's plan (one per family), tracked so a change can be saved.</summary>
    public Task<FamilyPlan?> PlanAsync(Guid familyId) =>
        db.FamilyPlans.Where(p => p.FamilyId == familyId).OrderBy(p => p.CreatedAt).FirstOrDefaultAsync();

    public async Task<IReadOnlyList<BottomLine>> BottomLinesAsync(Guid familyId) =>
        (await db.BottomLines.Where(b => b.FamilyId == familyId).ToListAsync()).OrderBy(b => b.WrittenAt).ToList();

    /// <summary>The bottom lines removed (with a reason, at referral) for the conference the plan came from, if it came from one.</summary>
    public async Task<IReadOnlyList<Guid>> RemovedForConferenceAsync(FamilyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.FamilyGroupConferenceId is not { } conferenceId)
        {
            return [];
        }

        return await db.FamilyGroupConferences.AsNoTracking()
            .Where(c => c.Id == conferenceId && c.FamilyId == plan.FamilyId)
            .Select(c => c.RemovedBottomLineIds)
            .FirstOrDefaultAsync() ?? [];
    }

    public async Task<IReadOnlyList<SafetyAssessment>> AssessmentsAsync(Guid familyId) =>
        (await db.SafetyAssessments.AsNoTracking().Where(a => a.FamilyId == familyId).ToListAsync()).OrderBy(a => a.VersionNumber).ToList();

    /// <summary>Current family members first, then the network; values are stable so forms can post them back.</summary>
    public async Task<IReadOnlyList<PlanPerson>> PeopleAsync(FamilyCase family)
    {
        var current = family.Members.Where(m => m.LeftOn is null).ToList();
        var ids = current.Select(m => m.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var result = current
            .Where(m => people.ContainsKey(m.PersonId))
            .Select(m => new PlanPerson($"family:{m.PersonId:D}", m.PersonId, people[m.PersonId].DisplayName, FamilyText.Role(m.Role), ActionOwnerKind.FamilyMember) { Restriction = m.Restriction })
            .ToList();
        var network = await db.NetworkMembers.AsNoTracking().Where(n => n.FamilyCaseId == family.Id).ToListAsync();
        result.AddRange(network
            .OrderBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .Select(n => new PlanPerson($"network:{n.Id:D}", n.PersonId, n.Name, n.RelationshipToFamily, ActionOwnerKind.NetworkMember) { NetworkMemberId = n.Id, Restriction = n.Restriction }));
        return result;
    }

    /// <summary>Everything a plan refers to by id, by name: people (family, network, staff), worries and bottom lines.</summary>
    public async Task<PlanNames> NamesAsync(FamilyCase family, FamilyPlan? plan)
    {
        var people = new Dictionary<Guid, string>();
        var memberIds = family.Members.Select(m => m.PersonId).ToList();
        foreach (var person in await db.People.AsNoTracking().Where(p => memberIds.Contains(p.Id)).ToListAsync())
        {
            people[person.Id] = person.DisplayName;
        }

        // Network members by their person record (when they have one) and by their network record (a plan lead, or
        // someone who agreed the plan, from the wider network).
        foreach (var member in await db.NetworkMembers.AsNoTracking().Where(n => n.FamilyCaseId == family.Id).ToListAsync())
        {
            if (member.PersonId is { } personId)
            {
                people.TryAdd(personId, member.Name);
            }

            people.TryAdd(member.Id, member.Name);
        }

        if (plan is not null)
        {
            var staffIds = plan.Versions.Select(v => v.AgreedById).OfType<Guid>().Append(plan.CreatedById).Distinct().ToList();
            foreach (var (id, name) in await directory.NamesAsync(staffIds))
            {
                people.TryAdd(id, name);
            }
        }

        var worries = new Dictionary<Guid, string>();
        foreach (var assessment in await AssessmentsAsync(family.Id))
        {
            foreach (var worry in assessment.Worries)
            {
                worries[worry.ItemKey] = worry.Text;
            }
        }

        var bottomLines = (await db.BottomLines.AsNoTracking().Where(b => b.FamilyId == family.Id).ToListAsync()).ToDictionary(b => b.Id, b => b.Text);
        return new PlanNames(people, worries, bottomLines);
    }

    public Task<IReadOnlyDictionary<Guid, string>> StaffNamesAsync(IEnumerable<Guid> ids) => directory.NamesAsync(ids);

    /// <summary>Adds the event to the family's chronology on <paramref name="on"/>, recorded at <paramref name="at"/> (added to the unit of work; the caller saves).</summary>
    public void Chronicle(Guid familyId, ChronologyEventType type, string summary, Guid by, string recordType, Guid recordId, DateOnly on, DateTimeOffset at) =>
        Chronology.Add(db, familyId, type, on, summary, by, at, recordType, recordId);

    public Task AuditViewAsync(string recordType, Guid recordId, Guid familyId, string detail) =>
        audit.RecordAndSaveAsync(AuditAction.View, recordType, recordId.ToString("D"), familyId, detail);

    public void AuditChange(AuditAction action, string recordType, Guid recordId, Guid familyId, string detail) =>
        audit.Record(action, recordType, recordId.ToString("D"), familyId, detail);

    /// <summary>What this person last typed into this form for this family, if they left without saving it.</summary>
    public async Task<(T Values, int? Revision, DateTimeOffset SavedAt)?> LoadDraftAsync<T>(Guid userId, Guid familyId, string form)
        where T : class
    {
        var draft = await db.PlanFormDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.UserId == userId && d.FamilyCaseId == familyId && d.Form == form);
        if (draft is null)
        {
            return null;
        }

        var values = JsonSerializer.Deserialize<T>(draft.Values);
        return values is null ? null : (values, draft.BasedOnRevision, draft.SavedAt);
    }

    /// <summary>Keeps what was typed (added to the unit of work; the caller saves).</summary>
    public async Task KeepDraftAsync<T>(Guid userId, Guid familyId, string form, T values, int? revision, DateTimeOffset savedAt)
    {
        var json = JsonSerializer.Serialize(values);
        if (json.Length > PlanFormDraft.MaximumValuesLength)
        {
            return;
        }

        var draft = await db.PlanFormDrafts.FirstOrDefaultAsync(d => d.UserId == userId && d.FamilyCaseId == familyId && d.Form == form);
        if (draft is null)
        {
            draft = new PlanFormDraft { Id = Guid.NewGuid(), UserId = userId, FamilyCaseId = familyId, Form = form };
            db.PlanFormDrafts.Add(draft);
        }

        draft.Values = json;
        draft.BasedOnRevision = revision;
        draft.SavedAt = savedAt;
    }

    /// <summary>Forgets the draft once the form has been saved (added to the unit of work).</summary>
    public async Task DiscardDraftAsync(Guid userId, Guid familyId, string form)
    {
        var draft = await db.PlanFormDrafts.FirstOrDefaultAsync(d => d.UserId == userId && d.FamilyCaseId == familyId && d.Form == form);
        if (draft is not null)
        {
            db.PlanFormDrafts.Remove(draft);
        }
    }

    /// <summary>
    /// Saves a change to the plan. False when someone else saved the plan after it was loaded (the revision no longer
    /// matches in the database): nothing is saved, and the tracked changes are dropped so a draft can still be kept.
    /// </summary>
    public async Task<bool> TrySavePlanAsync()
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public static string Date(DateOnly date) => PlanNames.LongDate(date);

    public static string Status(PlanActionStatus status) => status switch
    {
        PlanActionStatus.NotStarted => "Not started",
        PlanActionStatus.InProgress => "In progress",
        PlanActionStatus.Done => "Done",
        PlanActionStatus.NotDone => "Not done",
        _ => status.ToString(),
    };

    public static string StatusColour(PlanActionStatus status) => status switch
    {
        PlanActionStatus.Done => "green",
        PlanActionStatus.InProgress => "blue",
        PlanActionStatus.NotDone => "red",
        _ => "grey",
    };
}

/// <summary>A list of actions for the actions table; <see cref="ChangeFamilyId"/> is set when they can be changed (a draft).</summary>
public sealed record PlanActionsView(IReadOnlyList<PlanAction> Actions, PlanNames Names, DateOnly Today, Guid? ChangeFamilyId);
