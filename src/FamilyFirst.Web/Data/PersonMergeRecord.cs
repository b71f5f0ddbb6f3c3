using FamilyFirst.Domain.Families;

namespace FamilyFirst.Web.Data;

/// <summary>
/// The stored record of a duplicate person merged into the person kept: who decided, why, and what moved
/// (the lines of <see cref="PersonMergePlan.Summary"/> and the ids of every record that moved, so it can be checked later).
/// </summary>
public sealed class PersonMergeRecord
{
    private PersonMergeRecord()
    {
        Reason = string.Empty;
        WhatMoved = string.Empty;
        MovedRecordIds = [];
    }

    public Guid Id { get; private set; }

    public Guid KeptPersonId { get; private set; }

    public Guid DuplicatePersonId { get; private set; }

    public string Reason { get; private set; }

    public Guid MergedBy { get; private set; }

    public DateTimeOffset MergedAt { get; private set; }

    /// <summary>The plan's summary, one line per kind of record.</summary>
    public string WhatMoved { get; private set; }

    /// <summary>Every relationship, consent, case note, family, network member and partner data row the merge moved or copied.</summary>
    public List<Guid> MovedRecordIds { get; private set; }

    public static PersonMergeRecord From(PersonMergePlan plan) => new()
    {
        Id = Guid.NewGuid(),
        KeptPersonId = plan.KeptPersonId,
        DuplicatePersonId = plan.DuplicatePersonId,
        Reason = plan.Reason,
        MergedBy = plan.MergedBy,
        MergedAt = plan.MergedAt,
        WhatMoved = string.Join('\n', plan.Summary()),
        MovedRecordIds = plan.RelationshipsMoved.Concat(plan.ChildStatusesCopied).Concat(plan.ConsentsMoved)
            .Concat(plan.CaseNotesMoved).Concat(plan.FamilyCasesMoved).Concat(plan.NetworkMembersMoved)
            .Concat(plan.PartnerRecordsMoved.Select(r => r.Id)).ToList(),
    };
}
