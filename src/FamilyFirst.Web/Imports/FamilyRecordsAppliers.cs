using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Outcomes;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Imports;

/// <summary>
/// Applies the council's programme list (families file): the family case with the family_ref is attached to
/// Family First on attached_on (or its date corrected), closed when closed_on is given, and allocated to the
/// lead practitioner named by email. family_ref is the council's programme list reference (any text), or the
/// service's own FAM- reference. A programme list reference the records do not hold opens a new case with a new FAM-
/// reference and the programme list reference recorded on it; an unknown FAM- reference opens a case with that
/// reference, as before.
/// </summary>
/// <remarks>
/// The outcome framework with its assessment and plan dates is set when the row has any of them; a new family
/// without them takes the council's default (<see cref="OutcomeFrameworkSettings"/>). A closed family's closure date is
/// closed_on.
/// </remarks>
public sealed class FamiliesApplier(TimeProvider clock, IOptions<OutcomeFrameworkSettings> frameworks) : IImportApplier
{
    public ImportKind Kind => ImportKind.Families;

    public async Task ApplyAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        var db = batch.Db;
        var rows = batch.Rows.Cast<FamilyRow>().ToList();
        var cases = await FamilyCasesAsync(batch, rows.Select(r => r.FamilyRef), cancellationToken);
        var emails = rows.Where(r => r.LeadPractitionerEmail is not null).Select(r => r.LeadPractitionerEmail!.Trim().ToUpperInvariant()).Distinct().ToList();
        var practitioners = (await db.Users.AsNoTracking().Where(u => emails.Contains(u.NormalizedEmail!))
                .Select(u => new { u.Id, u.NormalizedEmail, Team = u.Teams.Select(t => (Guid?)t.TeamId).FirstOrDefault() })
                .ToListAsync(cancellationToken))
            .ToDictionary(u => u.NormalizedEmail!, StringComparer.Ordinal);
        var by = batch.Run.ImportedByUserId is { } userId ? StaffIds.FromUserKey(userId) : Guid.Empty;
        var now = clock.GetUtcNow();
        var unheld = rows.Select(r => ReferenceKey.Normalise(r.FamilyRef)).Distinct(StringComparer.Ordinal)
            .Count(r => !cases.ContainsKey(r) && !FamilyCaseReference.IsWellFormed(r));
        var newReferences = await NewCaseReferencesAsync(batch, cases, unheld, cancellationToken);

        foreach (var row in rows)
        {
            var reference = ReferenceKey.Normalise(row.FamilyRef);
            var added = false;
            var changed0 = false;
            if (!cases.TryGetValue(reference, out var familyCase))
            {
                if (ExternalReference.Problem(row.FamilyRef) is { } problem)
                {
                    batch.NoteUnmatched(row.Line, "family_ref " + reference, $"family_ref: {problem}");
                    continue;
                }

                var ours = FamilyCaseReference.IsWellFormed(reference);
                var caseReference = ours ? reference : newReferences.Dequeue();
                var opened = FamilyCase.Open(caseReference, "Family " + row.FamilyRef.Trim(), $"Attached to Family First from the programme list ({batch.Run.FileName})", by, now);
                familyCase = opened.Value!;
                if (!ours)
                {
                    familyCase.RecordExternalReference(ReferenceSource.ProgrammeList, row.FamilyRef, now);
                }

                if (!batch.Preview)
                {
                    db.FamilyCases.Add(familyCase);
                }

                cases[reference] = familyCase;
                added = true;
                if (!row.SetsFramework)
                {
                    familyCase.SetOutcomeFramework(frameworks.Value.Default, null, null, clock.DateOf(now));
                }
            }

            if (row.SetsFramework)
            {
                var framework = row.Framework ?? familyCase.Framework;
                if (familyCase.OutcomeFrameworkDiffers(framework, row.AssessedOn, row.PlanAgreedOn))
                {
                    var set = familyCase.SetOutcomeFramework(framework, row.AssessedOn, row.PlanAgreedOn, clock.DateOf(now));
                    if (!set.Succeeded)
                    {
                        batch.NoteUnmatched(row.Line, "family_ref " + reference, (set.Field == nameof(FamilyCase.PlanAgreedOn) ? "plan_agreed_on: " : "assessed_on: ") + set.Error);
                        continue;
                    }

                    changed0 = true;
                }
            }

            var changed = changed0;
            var attachedOn = familyCase.AttachedOn(Programme.FamilyFirst);
            if (attachedOn is null)
            {
                familyCase.AttachToProgramme(Programme.FamilyFirst, row.AttachedOn);
                changed = true;
            }
            else if (attachedOn != row.AttachedOn)
            {
                familyCase.ChangeProgrammeAttachment(Programme.FamilyFirst, row.AttachedOn);
                changed = true;
            }

            if (row.LeadPractitionerEmail is { } email)
            {
                if (!practitioners.TryGetValue(email.Trim().ToUpperInvariant(), out var practitioner) || practitioner.Team is null)
                {
                    batch.NoteUnmatched(row.Line, "lead_practitioner_email " + email, practitioner is null
                        ? $"No member of staff has the email {email}; the family was imported without changing its lead practitioner"
                        : $"{email} is not in a team; the family was imported without changing its lead practitioner");
                }
                else
                {
                    var staffId = StaffIds.FromUserKey(practitioner.Id);
                    if (familyCase.LeadPractitionerId != staffId && !familyCase.IsClosed)
                    {
                        familyCase.Allocate(staffId, practitioner.Team.Value, by, now);
                        changed = true;
                    }
                }
            }

            if (row.ClosedOn is { } closedOn && !familyCase.IsClosed)
            {
                familyCase.Close($"Closed on {closedOn:yyyy-MM-dd} (programme list {batch.Run.FileName})", by, now, closedOn);
                changed = true;
            }
            else if (row.ClosedOn is { } correctedOn && familyCase.ClosedOn != correctedOn)
            {
                familyCase.CorrectClosureDate(correctedOn);
                changed = true;
            }

            if (added) batch.Run.Added++;
            else if (changed) batch.Run.Updated++;
            else batch.Run.Duplicates++;
        }
    }

    /// <summary>
    /// The family cases with these references, by reference. An import tracks them, to save its changes; a preview
    /// reads them untracked and keeps them, changed and opened, for its later batches, since it saves nothing.
    /// </summary>
    /// <remarks>
    /// A file's family_ref is looked up as the service's own reference first, then as a programme list reference: the
    /// key is the reference as written in the file (trimmed, capitals), so a people file finds the family whichever
    /// of the two the families file used.
    /// </remarks>
    internal static async Task<Dictionary<string, FamilyCase>> FamilyCasesAsync(ImportBatch batch, IEnumerable<string> familyRefs, CancellationToken cancellationToken)
    {
        var cases = batch.Preview ? batch.Remembered<Dictionary<string, FamilyCase>>() : new Dictionary<string, FamilyCase>(StringComparer.Ordinal);
        var references = familyRefs.Select(ReferenceKey.Normalise).Distinct().Where(r => !cases.ContainsKey(r)).ToList();
        if (references.Count == 0)
        {
            return cases;
        }

        var held = batch.Preview ? batch.Db.FamilyCases.AsNoTracking() : batch.Db.FamilyCases;
        var found = await held
            .Where(f => references.Contains(f.Reference)
                || f.ExternalReferences.Any(r => r.Source == ReferenceSource.ProgrammeList && references.Contains(r.Key)))
            .ToListAsync(cancellationToken);
        foreach (var familyCase in found.Where(f => f.ReferenceIn(ReferenceSource.ProgrammeList) is not null))
        {
            cases[familyCase.ReferenceIn(ReferenceSource.ProgrammeList)!.Key] = familyCase;
        }

        foreach (var familyCase in found)
        {
            // The service's own reference wins should a programme list ever use one of them for another family.
            cases[familyCase.Reference] = familyCase;
        }

        return cases;
    }

    /// <summary>
    /// As many new FAM- references as the file needs, unused in the records and among the cases this import holds (a
    /// preview's are not saved): drawn together and checked in one query per round, since at 27^6 references a large
    /// programme list would otherwise meet a used one.
    /// </summary>
    private static async Task<Queue<string>> NewCaseReferencesAsync(ImportBatch batch, Dictionary<string, FamilyCase> cases, int count, CancellationToken cancellationToken)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        var taken = cases.Values.Select(c => c.Reference).ToHashSet(StringComparer.Ordinal);
        for (var round = 0; chosen.Count < count; round++)
        {
            if (round == 20)
            {
                throw new InvalidOperationException("Could not find enough unused family case references.");
            }

            var candidates = new HashSet<string>(StringComparer.Ordinal);
            while (candidates.Count < count - chosen.Count)
            {
                var candidate = FamilyCaseReference.Generate(Random.Shared);
                if (!taken.Contains(candidate) && !chosen.Contains(candidate))
                {
                    candidates.Add(candidate);
                }
            }

            foreach (var chunk in candidates.Chunk(1000))
            {
                var used = await batch.Db.FamilyCases.Where(f => chunk.Contains(f.Reference)).Select(f => f.Reference).ToListAsync(cancellationToken);
                taken.UnionWith(used);
                chosen.UnionWith(chunk.Except(used, StringComparer.Ordinal));
            }
        }

        return new Queue<string>(chosen);
    }
}

/// <summary>
/// Applies the people file: the person with the person_ref is created (or their names, date of birth and
/// identifiers brought up to date) and made a member of the family with the family_ref, which must be held.
/// </summary>
/// <remarks>
/// On PostgreSQL an import (not a preview) streams the whole file into a staging table and writes new people, and the
/// membership of people it leaves unchanged, set-based (<see cref="PostgresPeopleFileStage"/>); the rows that need the
/// domain's decisions come back here, in file order.
/// </remarks>
public sealed class PeopleApplier(TimeProvider clock) : IWholeFileApplier
{
    public ImportKind Kind => ImportKind.People;

    public Task<IPartnerFileStage?> StartFileAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return PostgresPeopleFileStage.StartAsync(batch.Db, batch.Run, clock, cancellationToken);
    }

    /// <summary>A people file's stage leaves no row to the queue: a row it cannot apply comes back to <see cref="ApplyAsync"/>.</summary>
    public Task QueueUnmatchedAsync(ImportBatch batch, IReadOnlyList<(ImportRow Row, int Holders)> rows, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("People rows are not queued; the stage hands back the rows it cannot apply.");

    public async Task ApplyAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        var db = batch.Db;
        var rows = batch.Rows.Cast<PersonRow>().ToList();
        var cases = await FamiliesApplier.FamilyCasesAsync(batch, rows.Select(r => r.FamilyRef), cancellationToken);
        var people = batch.Preview ? batch.Remembered<Dictionary<string, Person>>() : new Dictionary<string, Person>(StringComparer.Ordinal);
        var personRefs = rows.Select(r => PersonReference.Normalise(r.PersonRef)).Distinct().Where(r => !people.ContainsKey(r)).ToList();
        var held = batch.Preview ? db.People.AsNoTracking() : db.People;
        foreach (var person in await held.Where(p => personRefs.Contains(p.Reference)).ToListAsync(cancellationToken))
        {
            people[person.Reference] = person;
        }
        var by = batch.Run.ImportedByUserId is { } userId ? StaffIds.FromUserKey(userId) : Guid.Empty;
        var now = clock.GetUtcNow();
        var today = clock.DateOf(now);

        foreach (var row in rows)
        {
            var personRef = PersonReference.Normalise(row.PersonRef);
            var familyRef = ReferenceKey.Normalise(row.FamilyRef);
            var describe = $"person_ref {personRef}";
            if (!cases.TryGetValue(familyRef, out var familyCase))
            {
                batch.NoteUnmatched(row.Line, describe, $"No family case has reference {familyRef}: import the families file first");
                continue;
            }

            if (!PersonReference.IsValid(personRef))
            {
                batch.NoteUnmatched(row.Line, describe, "person_ref must be 1 to 40 letters, digits, hyphens or underscores");
                continue;
            }

            var upn = row.Upn is null ? null : UniquePupilNumber.TryParse(row.Upn);
            var ni = row.NiNumber is null ? null : NationalInsuranceNumber.TryParse(row.NiNumber);
            if (upn is { Succeeded: false } || ni is { Succeeded: false })
            {
                batch.NoteUnmatched(row.Line, describe, upn is { Succeeded: false } ? $"upn: {upn.Error}" : $"ni_number: {ni!.Error}");
                continue;
            }

            var changed = false;
            var added = false;
            if (!people.TryGetValue(personRef, out var person))
            {
                var details = new PersonDetails(row.GivenName, row.FamilyName, row.DateOfBirth, null, Gender.NotKnown)
                {
                    UniquePupilNumber = upn?.Value,
                    NationalInsuranceNumber = ni?.Value,
                };
                var created = Person.Create(details, DuplicateCheckOutcome.NoLikelyMatches, by, today, now, personRef);
                if (!created.Succeeded)
                {
                    batch.NoteUnmatched(row.Line, describe, created.Error!);
                    continue;
                }

                person = created.Value!;
                if (!batch.Preview)
                {
                    db.People.Add(person);
                }

                people[personRef] = person;
                added = true;
            }
            else
            {
                if (person.GivenName != row.GivenName || person.FamilyName != row.FamilyName)
                {
                    var renamed = person.ChangeName(row.GivenName, row.FamilyName, person.PreferredName);
                    changed |= renamed.Succeeded;
                }

                if (person.DateOfBirth != row.DateOfBirth)
                {
                    changed |= person.ChangeDateOfBirth(row.DateOfBirth, null, today).Succeeded;
                }

                var newUpn = upn?.Value ?? person.UniquePupilNumber;
                var newNi = ni?.Value ?? person.NationalInsuranceNumber;
                if (newUpn?.Value != person.UniquePupilNumber?.Value || newNi?.Value != person.NationalInsuranceNumber?.Value)
                {
                    person.RecordIdentifiers(person.NhsNumber, newUpn, newNi);
                    changed = true;
                }
            }

            // A file without expecting_on leaves the date held as it is (the family record's form clears it).
            if (row.ExpectingOn is { } expectingOn && person.ExpectingOn != expectingOn)
            {
                var expecting = person.RecordExpecting(expectingOn);
                if (!expecting.Succeeded)
                {
                    batch.NoteUnmatched(row.Line, describe, "expecting_on: " + expecting.Error);
                    continue;
                }

                changed = true;
            }

            if (!familyCase.HasMember(person.Id))
            {
                var role = person.AgeOn(today) is < Person.AdultAge ? FamilyRole.ChildOrYoungPerson : FamilyRole.Parent;
                familyCase.AddMember(person.Id, role, familyCase.AttachedOn(Programme.FamilyFirst) ?? today);
                changed = true;
            }

            if (added) batch.Run.Added++;
            else if (changed) batch.Run.Updated++;
            else batch.Run.Duplicates++;
        }
    }
}
