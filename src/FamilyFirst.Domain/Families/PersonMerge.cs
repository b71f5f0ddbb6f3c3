using FamilyFirst.Domain.Access;

namespace FamilyFirst.Domain.Families;

/// <summary>
/// A row of partner data (attendance, exclusion, offence, ASB incident, benefit, employment spell or programme
/// referral) held for one of the people being merged: its kind ("attendance"), and its record key, which is
/// unique for a person within the kind (the natural key without the person, such as the term's start date).
/// </summary>
public sealed record PartnerRecordHeld(Guid Id, string Kind, Guid PersonId, string RecordKey);

/// <summary>
/// The record of merging a duplicate person into the person kept: what moves, what stays with the
/// duplicate record (which is kept, marked as merged, so nothing is lost), and who decided.
/// </summary>
public sealed record PersonMergePlan(
    Guid KeptPersonId,
    Guid DuplicatePersonId,
    string Reason,
    Guid MergedBy,
    DateTimeOffset MergedAt)
{
    /// <summary>Relationships re-pointed from the duplicate to the kept person.</summary>
    public IReadOnlyList<Guid> RelationshipsMoved { get; init; } = [];

    /// <summary>Relationships left on the duplicate record: between the two records themselves, or already recorded for the kept person.</summary>
    public IReadOnlyList<Guid> RelationshipsLeftBehind { get; init; } = [];

    /// <summary>The duplicate's child status periods copied to the kept person.</summary>
    public IReadOnlyList<Guid> ChildStatusesCopied { get; init; } = [];

    /// <summary>Periods not copied because they overlap the kept person's own period of that status (or start after the kept person turned 18): a person should check them.</summary>
    public IReadOnlyList<Guid> ChildStatusesToReview { get; init; } = [];

    public IReadOnlyList<Guid> ConsentsMoved { get; init; } = [];

    public IReadOnlyList<Guid> CaseNotesMoved { get; init; } = [];

    /// <summary>Families whose membership passes to the kept person.</summary>
    public IReadOnlyList<Guid> FamilyCasesMoved { get; init; } = [];

    public IReadOnlyList<Guid> NetworkMembersMoved { get; init; } = [];

    /// <summary>The duplicate's partner data rows re-pointed to the kept person.</summary>
    public IReadOnlyList<PartnerRecordHeld> PartnerRecordsMoved { get; init; } = [];

    /// <summary>
    /// The duplicate's partner data rows left on the duplicate record because the kept person already holds a row of
    /// that kind with the same key (the same term, date, ...): the kept person's row stands, and nothing is lost.
    /// </summary>
    public IReadOnlyList<PartnerRecordHeld> PartnerRecordsLeftBehind { get; init; } = [];

    /// <summary>Identifiers the kept person lacked and takes from the duplicate: "NHS number", "unique pupil number" or "National Insurance number".</summary>
    public IReadOnlyList<string> IdentifiersCopied { get; init; } = [];

    /// <summary>What moved, in words, for the confirmation page and the audit log.</summary>
    public IReadOnlyList<string> Summary()
    {
        static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

        var lines = new List<string>
        {
            $"{Count(RelationshipsMoved.Count, "relationship", "relationships")} moved",
            $"{Count(ChildStatusesCopied.Count, "child status period", "child status periods")} copied",
            $"{Count(ConsentsMoved.Count, "consent", "consents")} moved",
            $"{Count(CaseNotesMoved.Count, "case note", "case notes")} moved",
            $"{Count(FamilyCasesMoved.Count, "family", "families")} moved",
            $"{Count(NetworkMembersMoved.Count, "network member", "network members")} moved",
        };
        if (PartnerRecordsMoved.Count > 0)
        {
            lines.Add($"{Count(PartnerRecordsMoved.Count, "partner data record", "partner data records")} moved ({ByKind(PartnerRecordsMoved)})");
        }

        lines.AddRange(IdentifiersCopied.Select(i => $"{char.ToUpperInvariant(i[0])}{i[1..]} copied"));
        if (RelationshipsLeftBehind.Count > 0)
        {
            lines.Add($"{Count(RelationshipsLeftBehind.Count, "relationship", "relationships")} left on the duplicate record");
        }

        if (ChildStatusesToReview.Count > 0)
        {
            lines.Add($"{Count(ChildStatusesToReview.Count, "child status period", "child status periods")} to check: they overlap the kept person's");
        }

        if (PartnerRecordsLeftBehind.Count > 0)
        {
            lines.Add($"{Count(PartnerRecordsLeftBehind.Count, "partner data record", "partner data records")} left on the duplicate record ({ByKind(PartnerRecordsLeftBehind)}): the kept person already has a record for the same date");
        }

        return lines;
    }

    private static string ByKind(IEnumerable<PartnerRecordHeld> records) =>
        string.Join(", ", records.GroupBy(r => r.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
}

/// <summary>The guarded merge of a duplicate person record into the person kept (managers only).</summary>
public static class PersonMerge
{
    /// <summary>
    /// Works out what merging would move, without changing anything. Refuses a merge into oneself, a record
    /// already merged, people whose identifiers differ, and anyone but a manager.
    /// </summary>
    public static Result<PersonMergePlan> Plan(
        Person kept,
        Person duplicate,
        IEnumerable<Relationship> relationships,
        IEnumerable<Consent> consents,
        IEnumerable<CaseNote> caseNotes,
        IEnumerable<FamilyCase> familyCases,
        IEnumerable<NetworkMember> networkMembers,
        string? reason,
        StaffMember mergedBy,
        DateTimeOffset now,
        IEnumerable<PartnerRecordHeld>? partnerRecords = null)
    {
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(duplicate);
        ArgumentNullException.ThrowIfNull(mergedBy);

        if (!FamilyAccessRule.CanMergePeople(mergedBy))
        {
            return Result<PersonMergePlan>.Fail("Only a manager can merge people");
        }

        if (kept.Id == duplicate.Id)
        {
            return Result<PersonMergePlan>.Fail("Select a different person - a person cannot be merged into themselves");
        }

        if (duplicate.MergedIntoPersonId is not null || kept.MergedIntoPersonId is not null)
        {
            return Result<PersonMergePlan>.Fail("One of these records has already been merged into another person");
        }

        var clash = DifferingIdentifier(kept, duplicate);
        if (clash is not null)
        {
            return Result<PersonMergePlan>.Fail($"These records have different {clash}s, so they are not the same person");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<PersonMergePlan>.Fail("Enter why these records are the same person", nameof(PersonMergePlan.Reason));
        }

        var allRelationships = relationships.ToList();
        var moved = new List<Guid>();
        var leftBehind = new List<Guid>();
        var keptRelationships = allRelationships.Where(r => r.IsCurrent && r.Involves(kept.Id) && !r.Involves(duplicate.Id)).ToList();
        foreach (var relationship in allRelationships.Where(r => r.Involves(duplicate.Id)))
        {
            var (other, type) = relationship.From(duplicate.Id);
            var alreadyKnown = keptRelationships.Any(k => k.SameAs(kept.Id, other, type));
            (other == kept.Id || alreadyKnown ? leftBehind : moved).Add(relationship.Id);
        }

        var copied = new List<Guid>();
        var review = new List<Guid>();
        foreach (var period in duplicate.ChildStatuses)
        {
            var same = kept.ChildStatuses.Any(k => k.Status == period.Status && k.Start == period.Start && k.End == period.End);
            if (same)
            {
                continue;
            }

            // An overlap, or a start after the kept person's 18th birthday, means the records disagree: a person decides.
            var conflicts = kept.ChildStatuses.Any(k => k.Status == period.Status && k.Overlaps(period.Start, period.End))
                || kept.AgeOn(period.Start) is >= Person.AdultAge;
            (conflicts ? review : copied).Add(period.Id);
        }

        // Partner data follows the person; where both records hold a row of one kind with the same key, the kept person's stands.
        var partner = (partnerRecords ?? []).ToList();
        var keptKeys = partner.Where(r => r.PersonId == kept.Id).Select(r => (r.Kind, r.RecordKey)).ToHashSet();
        var partnerMoved = new List<PartnerRecordHeld>();
        var partnerLeft = new List<PartnerRecordHeld>();
        foreach (var record in partner.Where(r => r.PersonId == duplicate.Id))
        {
            (keptKeys.Contains((record.Kind, record.RecordKey)) ? partnerLeft : partnerMoved).Add(record);
        }

        return Result<PersonMergePlan>.Ok(new PersonMergePlan(kept.Id, duplicate.Id, reason.Trim(), mergedBy.UserId, now)
        {
            PartnerRecordsMoved = partnerMoved,
            PartnerRecordsLeftBehind = partnerLeft,
            RelationshipsMoved = moved,
            RelationshipsLeftBehind = leftBehind,
            ChildStatusesCopied = copied,
            ChildStatusesToReview = review,
            ConsentsMoved = consents.Where(c => c.PersonId == duplicate.Id).Select(c => c.Id).ToList(),
            CaseNotesMoved = caseNotes.Where(n => n.AboutPersonIds.Contains(duplicate.Id)).Select(n => n.Id).ToList(),
            FamilyCasesMoved = familyCases.Where(f => f.Members.Any(m => m.PersonId == duplicate.Id)).Select(f => f.Id).ToList(),
            NetworkMembersMoved = networkMembers.Where(m => m.PersonId == duplicate.Id).Select(m => m.Id).ToList(),
            IdentifiersCopied = IdentifiersToCopy(kept, duplicate),
        });
    }

    /// <summary>
    /// Carries out a plan on the loaded records: re-points what moves, copies child status periods and
    /// missing identifiers to the kept person, and marks the duplicate as merged. Items not in the plan are untouched.
    /// </summary>
    public static Result Apply(
        PersonMergePlan plan,
        Person kept,
        Person duplicate,
        IEnumerable<Relationship> relationships,
        IEnumerable<Consent> consents,
        IEnumerable<CaseNote> caseNotes,
        IEnumerable<FamilyCase> familyCases,
        IEnumerable<NetworkMember> networkMembers)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.KeptPersonId != kept.Id || plan.DuplicatePersonId != duplicate.Id)
        {
            throw new ArgumentException("The plan was made for different people.", nameof(plan));
        }

        var marked = duplicate.MarkMergedInto(kept.Id, plan.MergedAt);
        if (!marked.Succeeded)
        {
            return marked;
        }

        foreach (var relationship in relationships.Where(r => plan.RelationshipsMoved.Contains(r.Id)))
        {
            relationship.Repoint(duplicate.Id, kept.Id);
        }

        foreach (var period in duplicate.ChildStatuses.Where(p => plan.ChildStatusesCopied.Contains(p.Id)))
        {
            var copy = kept.RecordChildStatus(period.Status, period.Start, period.End);
            if (!copy.Succeeded)
            {
                throw new InvalidOperationException($"The merge plan is out of date: {copy.Error}");
            }
        }

        foreach (var consent in consents.Where(c => plan.ConsentsMoved.Contains(c.Id)))
        {
            consent.TransferTo(kept.Id);
        }

        foreach (var note in caseNotes.Where(n => plan.CaseNotesMoved.Contains(n.Id)))
        {
            note.RepointPerson(duplicate.Id, kept.Id);
        }

        foreach (var family in familyCases.Where(f => plan.FamilyCasesMoved.Contains(f.Id)))
        {
            family.TransferMembership(duplicate.Id, kept.Id);
        }

        foreach (var member in networkMembers.Where(m => plan.NetworkMembersMoved.Contains(m.Id)))
        {
            member.LinkToPerson(kept.Id);
        }

        kept.RecordIdentifiers(
            kept.NhsNumber ?? duplicate.NhsNumber,
            kept.UniquePupilNumber ?? duplicate.UniquePupilNumber,
            kept.NationalInsuranceNumber ?? duplicate.NationalInsuranceNumber);
        return Result.Ok();
    }

    private static string? DifferingIdentifier(Person a, Person b)
    {
        static bool Differ<T>(T? x, T? y) where T : class => x is not null && y is not null && !x.Equals(y);

        if (Differ(a.NhsNumber, b.NhsNumber))
        {
            return "NHS number";
        }

        if (Differ(a.UniquePupilNumber, b.UniquePupilNumber))
        {
            return "unique pupil number";
        }

        return Differ(a.NationalInsuranceNumber, b.NationalInsuranceNumber) ? "National Insurance number" : null;
    }

    private static List<string> IdentifiersToCopy(Person kept, Person duplicate)
    {
        var copied = new List<string>();
        if (kept.NhsNumber is null && duplicate.NhsNumber is not null)
        {
            copied.Add("NHS number");
        }

        if (kept.UniquePupilNumber is null && duplicate.UniquePupilNumber is not null)
        {
            copied.Add("unique pupil number");
        }

        if (kept.NationalInsuranceNumber is null && duplicate.NationalInsuranceNumber is not null)
        {
            copied.Add("National Insurance number");
        }

        return copied;
    }
}
