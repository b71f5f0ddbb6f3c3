using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class PersonMergeTests
{
    private static readonly DateOnly Today = new(2025, 3, 10);
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly StaffMember Manager = new(Guid.NewGuid(), [StaffRole.Manager], [Guid.NewGuid()]);
    private static readonly StaffMember Practitioner = new(Guid.NewGuid(), [StaffRole.Practitioner], [Guid.NewGuid()]);

    private sealed class Records
    {
        public Person Kept { get; } = PersonTests.Make("Leo", "Smith", new DateOnly(2015, 1, 1));

        public Person Duplicate { get; } = PersonTests.Make("Leo", "Smyth", new DateOnly(2015, 1, 1));

        public Person Mother { get; } = PersonTests.Make("Jade", "Smith", new DateOnly(1990, 1, 1));

        public List<Relationship> Relationships { get; } = [];

        public List<Consent> Consents { get; } = [];

        public List<CaseNote> Notes { get; } = [];

        public List<FamilyCase> Families { get; } = [];

        public List<NetworkMember> Network { get; } = [];

        public Relationship Relate(Person a, Person b, RelationshipType type)
        {
            var relationship = Relationship.Record(a.Id, b.Id, type, Guid.NewGuid(), Now).Value!;
            Relationships.Add(relationship);
            return relationship;
        }

        public Result<PersonMergePlan> Plan(StaffMember? by = null, string reason = "Same child, typo in family name") =>
            PersonMerge.Plan(Kept, Duplicate, Relationships, Consents, Notes, Families, Network, reason, by ?? Manager, Now);
    }

    [Fact]
    public void Plan_IntoThemselves_IsRefused()
    {
        var records = new Records();

        var result = PersonMerge.Plan(records.Kept, records.Kept, [], [], [], [], [], "Same", Manager, Now);

        Assert.False(result.Succeeded);
        Assert.Equal("Select a different person - a person cannot be merged into themselves", result.Error);
    }

    [Fact]
    public void Plan_ByAPractitioner_IsRefused()
    {
        Assert.Equal("Only a manager can merge people", new Records().Plan(Practitioner).Error);
    }

    [Fact]
    public void Plan_WithoutAReason_IsRefused()
    {
        Assert.Equal("Enter why these records are the same person", new Records().Plan(reason: " ").Error);
    }

    [Fact]
    public void Plan_WhenNhsNumbersDiffer_IsRefused()
    {
        var records = new Records();
        records.Kept.RecordIdentifiers(NhsNumber.TryParse("9434765919").Value, null, null);
        records.Duplicate.RecordIdentifiers(NhsNumber.TryParse("4010232137").Value, null, null);

        Assert.Equal("These records have different NHS numbers, so they are not the same person", records.Plan().Error);
    }

    [Fact]
    public void Plan_ListsWhatMoves_AndLeavesRepeatsBehind()
    {
        var records = new Records();
        var grandmother = PersonTests.Make("Rose", "Smith", new DateOnly(1960, 1, 1));
        records.Relate(records.Mother, records.Kept, RelationshipType.ParentOf);
        var repeated = records.Relate(records.Duplicate, records.Mother, RelationshipType.ChildOf); // same fact, other way round
        var moving = records.Relate(grandmother, records.Duplicate, RelationshipType.GrandparentOf);
        var between = records.Relate(records.Kept, records.Duplicate, RelationshipType.SiblingOf); // the mistake itself
        records.Duplicate.RecordChildStatus(ChildStatus.ChildInNeed, new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30));
        var consent = Consent.Record(Guid.NewGuid(), records.Duplicate.Id, ConsentType.FamilyGroupConference, null, Today, ConsentMethod.Verbal, Guid.NewGuid(), Today, Now).Value!;
        records.Consents.Add(consent);
        var note = CaseNote.Write(Guid.NewGuid(), CaseNoteType.Visit, Today, "Saw Leo", Guid.NewGuid(), Today, Now, [records.Duplicate.Id]).Value!;
        records.Notes.Add(note);
        records.Notes.Add(CaseNote.Write(Guid.NewGuid(), CaseNoteType.Visit, Today, "Saw Jade", Guid.NewGuid(), Today, Now, [records.Mother.Id]).Value!);
        records.Duplicate.RecordIdentifiers(null, UniquePupilNumber.TryParse("B801200005001").Value, null);

        var plan = records.Plan().Value!;

        Assert.Equal([moving.Id], plan.RelationshipsMoved);
        Assert.Equal([repeated.Id, between.Id], plan.RelationshipsLeftBehind);
        Assert.Equal([records.Duplicate.ChildStatuses[0].Id], plan.ChildStatusesCopied);
        Assert.Equal([consent.Id], plan.ConsentsMoved);
        Assert.Equal([note.Id], plan.CaseNotesMoved);
        Assert.Equal(["unique pupil number"], plan.IdentifiersCopied);
        Assert.Contains("1 relationship moved", plan.Summary());
        Assert.Contains("Unique pupil number copied", plan.Summary());
        Assert.Contains("2 relationships left on the duplicate record", plan.Summary());
    }

    [Fact]
    public void Plan_DoesNotChangeAnything()
    {
        var records = new Records();
        var relationship = records.Relate(records.Mother, records.Duplicate, RelationshipType.ParentOf);

        records.Plan();

        Assert.Equal(records.Duplicate.Id, relationship.RelatedPersonId);
        Assert.Null(records.Duplicate.MergedIntoPersonId);
    }

    [Fact]
    public void Plan_OverlappingChildStatus_IsLeftForReview()
    {
        var records = new Records();
        records.Kept.RecordChildStatus(ChildStatus.ChildProtectionPlan, new DateOnly(2024, 2, 1));
        records.Duplicate.RecordChildStatus(ChildStatus.ChildProtectionPlan, new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 1));

        var plan = records.Plan().Value!;

        Assert.Empty(plan.ChildStatusesCopied);
        Assert.Equal([records.Duplicate.ChildStatuses[0].Id], plan.ChildStatusesToReview);
    }

    [Fact]
    public void Apply_MovesWhatThePlanSays_AndKeepsTheDuplicateMarkedAsMerged()
    {
        var records = new Records();
        var familyCase = FamilyCase.Open("FAM-7KQ2XH", "Smith family", "Attendance", Guid.NewGuid(), Now).Value!;
        familyCase.AddMember(records.Duplicate.Id, FamilyRole.ChildOrYoungPerson, Today);
        records.Families.Add(familyCase);
        var moving = records.Relate(records.Mother, records.Duplicate, RelationshipType.ParentOf);
        records.Duplicate.RecordChildStatus(ChildStatus.ChildInNeed, new DateOnly(2024, 1, 1));
        var member = NetworkMember.Add(familyCase.Id, "Leo Smyth", "grandson", isFriend: false, records.Duplicate.Id).Value!;
        records.Network.Add(member);
        var plan = records.Plan().Value!;

        var result = PersonMerge.Apply(plan, records.Kept, records.Duplicate, records.Relationships, records.Consents, records.Notes, records.Families, records.Network);

        Assert.True(result.Succeeded);
        Assert.Equal(records.Kept.Id, moving.RelatedPersonId);
        Assert.Equal([ChildStatus.ChildInNeed], records.Kept.StatusOn(Today));
        Assert.True(familyCase.HasMember(records.Kept.Id));
        Assert.False(familyCase.HasMember(records.Duplicate.Id));
        Assert.Equal(records.Kept.Id, member.PersonId);
        Assert.Equal(records.Kept.Id, records.Duplicate.MergedIntoPersonId);
        Assert.Single(records.Duplicate.ChildStatuses); // the duplicate's own history stays with it
        Assert.Equal(
            "One of these records has already been merged into another person",
            PersonMerge.Plan(records.Kept, records.Duplicate, [], [], [], [], [], "Again", Manager, Now).Error);
    }
}

public class PersonMergePartnerDataTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly StaffMember Manager = new(Guid.NewGuid(), [StaffRole.Manager], [Guid.NewGuid()]);

    [Fact]
    public void Plan_MovesTheDuplicatesPartnerData_AndLeavesRowsWhoseKeyTheKeptPersonHolds()
    {
        var kept = PersonTests.Make("Leo", "Smith", new DateOnly(2015, 1, 1));
        var duplicate = PersonTests.Make("Leo", "Smyth", new DateOnly(2015, 1, 1));
        var keptTerm = new PartnerRecordHeld(Guid.NewGuid(), "attendance", kept.Id, "2024-09-02");
        var sameTerm = new PartnerRecordHeld(Guid.NewGuid(), "attendance", duplicate.Id, "2024-09-02");
        var otherTerm = new PartnerRecordHeld(Guid.NewGuid(), "attendance", duplicate.Id, "2025-01-06");
        var offenceSameKeyOtherKind = new PartnerRecordHeld(Guid.NewGuid(), "offences", duplicate.Id, "2024-09-02");
        var someoneElse = new PartnerRecordHeld(Guid.NewGuid(), "asb", Guid.NewGuid(), "2024-10-01");

        var plan = PersonMerge.Plan(kept, duplicate, [], [], [], [], [], "Same child", Manager, Now, [keptTerm, sameTerm, otherTerm, offenceSameKeyOtherKind, someoneElse]).Value!;

        Assert.Equal([otherTerm, offenceSameKeyOtherKind], plan.PartnerRecordsMoved);
        Assert.Equal([sameTerm], plan.PartnerRecordsLeftBehind);
        Assert.Contains("2 partner data records moved (attendance 1, offences 1)", plan.Summary());
        Assert.Contains("1 partner data record left on the duplicate record (attendance 1): the kept person already has a record for the same date", plan.Summary());
    }

    [Fact]
    public void Plan_WithoutPartnerData_SaysNothingAboutIt()
    {
        var kept = PersonTests.Make("Leo", "Smith", new DateOnly(2015, 1, 1));
        var duplicate = PersonTests.Make("Leo", "Smyth", new DateOnly(2015, 1, 1));

        var plan = PersonMerge.Plan(kept, duplicate, [], [], [], [], [], "Same child", Manager, Now).Value!;

        Assert.Empty(plan.PartnerRecordsMoved);
        Assert.DoesNotContain(plan.Summary(), l => l.Contains("partner data", StringComparison.Ordinal));
    }
}
