using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;
using FamilyFirst.Web.Infrastructure.Access;

namespace FamilyFirst.Web.Imports;

/// <summary>
/// The needs already recorded for the families a batch names, by family, headline and need. An import tracks them to
/// save its changes; a preview reads them untracked and keeps what it would have added for its later batches.
/// </summary>
internal sealed class HeldNeeds : Dictionary<(Guid FamilyId, HeadlineOutcome Headline, string NeedCode), RecordedNeed>
{
    public HashSet<Guid> FamiliesRead { get; } = [];

    public static async Task<HeldNeeds> ForAsync(ImportBatch batch, IEnumerable<Guid> familyIds, CancellationToken cancellationToken)
    {
        var held = batch.Preview ? batch.Remembered<HeldNeeds>() : new HeldNeeds();
        var toRead = familyIds.Distinct().Where(id => !held.FamiliesRead.Contains(id)).ToList();
        if (toRead.Count > 0)
        {
            var needs = batch.Preview ? batch.Db.RecordedNeeds.AsNoTracking() : batch.Db.RecordedNeeds;
            foreach (var need in await needs.Where(n => toRead.Contains(n.FamilyCaseId)).ToListAsync(cancellationToken))
            {
                held[(need.FamilyCaseId, need.Headline, need.NeedCode)] = need;
            }

            held.FamiliesRead.UnionWith(toRead);
        }

        return held;
    }
}

/// <summary>
/// Applies the needs file: each row records a Supporting Families need on the family with the family_ref (which must be
/// held), about the person the person match columns name (who must be a member of that family) or about the whole
/// family; a need already recorded under the same headline is corrected when the row's values differ, and otherwise
/// skipped as a duplicate. Rows naming an unknown family or person, or refused by the need's rules (a date in the
/// future), are reported as unmatched with the reason.
/// </summary>
public sealed class NeedsApplier(TimeProvider clock, IPersonDirectory directory, SupportingFamiliesFramework framework) : IImportApplier
{
    public ImportKind Kind => ImportKind.Needs;

    public async Task ApplyAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        var rows = batch.Rows.Cast<NeedRow>().ToList();
        var cases = await FamiliesApplier.FamilyCasesAsync(batch, rows.Select(r => r.FamilyRef), cancellationToken);
        var people = await directory.MatchAsync(rows.Where(r => r.Person is not null).Select(r => r.Person!).DistinctBy(p => p.Key).ToList(), cancellationToken);
        var held = await HeldNeeds.ForAsync(batch, cases.Values.Select(c => c.Id), cancellationToken);
        var by = batch.Run.ImportedByUserId is { } userId ? StaffIds.FromUserKey(userId) : Guid.Empty;
        var now = clock.GetUtcNow();
        var today = clock.DateOf(now);

        foreach (var row in rows)
        {
            var describe = $"family_ref {ReferenceKey.Normalise(row.FamilyRef)}, {HeadlineOutcomes.Code(row.Headline)} {row.NeedCode}";
            if (!cases.TryGetValue(ReferenceKey.Normalise(row.FamilyRef), out var familyCase))
            {
                batch.NoteUnmatched(row.Line, describe, $"No family case has reference {ReferenceKey.Normalise(row.FamilyRef)}: import the families file first");
                continue;
            }

            Guid? personId = null;
            if (row.Person is { } match)
            {
                var lookup = people[match.Key];
                if (lookup.PersonId is not { } found)
                {
                    batch.NoteUnmatched(row.Line, describe + "; " + ImportRowCsv.DescribePerson(match), lookup.Reason ?? "No one matches");
                    continue;
                }

                if (!familyCase.HasMember(found))
                {
                    batch.NoteUnmatched(row.Line, describe + "; " + ImportRowCsv.DescribePerson(match), $"The person is not a member of family {familyCase.Reference}");
                    continue;
                }

                personId = found;
            }

            var key = (familyCase.Id, row.Headline, row.NeedCode);
            if (!held.TryGetValue(key, out var need))
            {
                var recorded = RecordedNeed.Record(familyCase.Id, row.Headline, row.NeedCode, personId, row.IdentifiedBy, row.EvidenceSource, row.Evidence, row.IdentifiedOn, framework, by, today, now);
                if (!recorded.Succeeded)
                {
                    batch.NoteUnmatched(row.Line, describe, recorded.Error!);
                    continue;
                }

                held[key] = recorded.Value!;
                if (!batch.Preview)
                {
                    batch.Db.RecordedNeeds.Add(recorded.Value!);
                }

                batch.Run.Added++;
                continue;
            }

            if (!need.DetailsDiffer(personId, row.IdentifiedBy, row.EvidenceSource, row.Evidence, row.IdentifiedOn))
            {
                batch.Run.Duplicates++;
                continue;
            }

            // A preview must not change what it read (nor what an earlier batch would have added): it checks a copy.
            var changed = batch.Preview
                ? Copy(need, today, now).ChangeDetails(personId, row.IdentifiedBy, row.EvidenceSource, row.Evidence, row.IdentifiedOn, framework, today)
                : need.ChangeDetails(personId, row.IdentifiedBy, row.EvidenceSource, row.Evidence, row.IdentifiedOn, framework, today);
            if (!changed.Succeeded)
            {
                batch.NoteUnmatched(row.Line, describe, changed.Error!);
                continue;
            }

            batch.Run.Updated++;
        }
    }

    private RecordedNeed Copy(RecordedNeed need, DateOnly today, DateTimeOffset now)
    {
        var copy = RecordedNeed.Record(need.FamilyCaseId, need.Headline, need.NeedCode, need.PersonId, need.IdentifiedBy, need.EvidenceSource, need.Evidence, need.IdentifiedOn, framework, need.RecordedById, today, now).Value!;
        if (need.AchievedOn is { } achieved)
        {
            copy.RecordOutcome(achieved, need.LapsedOn, need.OutcomeEvidenceSource, need.OutcomeEvidence, framework, need.OutcomeRecordedById ?? Guid.Empty, today, now);
        }

        return copy;
    }
}

/// <summary>
/// Applies the outcomes file: each row records (or corrects) the outcome against a need already recorded for the
/// family under that headline; the same outcome again is a duplicate. A row whose family or need is not held, or that
/// the need's rules refuse (achieved before the need was identified, or in the future), is reported as unmatched.
/// </summary>
public sealed class OutcomesApplier(TimeProvider clock, SupportingFamiliesFramework framework) : IImportApplier
{
    public ImportKind Kind => ImportKind.Outcomes;

    public async Task ApplyAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        var rows = batch.Rows.Cast<NeedOutcomeRow>().ToList();
        var cases = await FamiliesApplier.FamilyCasesAsync(batch, rows.Select(r => r.FamilyRef), cancellationToken);
        var held = await HeldNeeds.ForAsync(batch, cases.Values.Select(c => c.Id), cancellationToken);
        var by = batch.Run.ImportedByUserId is { } userId ? StaffIds.FromUserKey(userId) : Guid.Empty;
        var now = clock.GetUtcNow();
        var today = clock.DateOf(now);

        foreach (var row in rows)
        {
            var reference = ReferenceKey.Normalise(row.FamilyRef);
            var describe = $"family_ref {reference}, {HeadlineOutcomes.Code(row.Headline)} {row.NeedCode}";
            if (!cases.TryGetValue(reference, out var familyCase))
            {
                batch.NoteUnmatched(row.Line, describe, $"No family case has reference {reference}: import the families file first");
                continue;
            }

            if (!held.TryGetValue((familyCase.Id, row.Headline, row.NeedCode), out var need))
            {
                batch.NoteUnmatched(row.Line, describe, $"Family {familyCase.Reference} has no {row.NeedCode} need recorded under {HeadlineOutcomes.Code(row.Headline)}: import the needs file first");
                continue;
            }

            // A file holds each need once (the validator refuses a repeated key), so a preview compares with what is held.
            var hadOutcome = need.HasOutcome;
            if (hadOutcome && !need.OutcomeDiffers(row.AchievedOn, row.LapsedOn, row.EvidenceSource, row.Evidence))
            {
                batch.Run.Duplicates++;
                continue;
            }

            var result = batch.Preview
                ? Check(need, row, today, now)
                : need.RecordOutcome(row.AchievedOn, row.LapsedOn, row.EvidenceSource, row.Evidence, framework, by, today, now);
            if (!result.Succeeded)
            {
                batch.NoteUnmatched(row.Line, describe, result.Error!);
                continue;
            }

            if (hadOutcome) batch.Run.Updated++;
            else batch.Run.Added++;
        }
    }

    /// <summary>A preview's check of the outcome on a copy of the need, so nothing read is changed.</summary>
    private Result Check(RecordedNeed need, NeedOutcomeRow row, DateOnly today, DateTimeOffset now)
    {
        var copy = RecordedNeed.Record(need.FamilyCaseId, need.Headline, need.NeedCode, need.PersonId, need.IdentifiedBy, need.EvidenceSource, need.Evidence, need.IdentifiedOn, framework, need.RecordedById, today, now);
        return copy.Succeeded
            ? copy.Value!.RecordOutcome(row.AchievedOn, row.LapsedOn, row.EvidenceSource, row.Evidence, framework, Guid.Empty, today, now)
            : Result.Fail(copy.Error!);
    }
}
