using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class FamilyCaseTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2025, 3, 10);
    private static readonly Guid Duty = Guid.Parse("00000000-0000-0000-0000-0000000000d1");
    private static readonly Guid Manager = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Ann = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Bea = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid TeamNorth = Guid.Parse("00000000-0000-0000-0000-0000000000f1");
    private static readonly Guid TeamSouth = Guid.Parse("00000000-0000-0000-0000-0000000000f2");

    private static FamilyCase OpenCase(Guid? enquiryId = null) =>
        FamilyCase.Open("FAM-7KQ2XH", "Smith family", "School worried about attendance", Duty, Now, enquiryId).Value!;

    [Fact]
    public void Reference_Generate_UsesThePrefixAndSixUnambiguousCharacters()
    {
        var reference = FamilyCaseReference.Generate(new Random(42));

        Assert.StartsWith("FAM-", reference);
        Assert.Equal(10, reference.Length);
        Assert.All(reference[4..], c => Assert.Contains(c, FamilyCaseReference.Alphabet));
        Assert.True(FamilyCaseReference.IsWellFormed(reference));
    }

    [Fact]
    public void Reference_Generate_IsNotSequential()
    {
        var random = new Random(7);

        var references = Enumerable.Range(0, 200).Select(_ => FamilyCaseReference.Generate(random)).ToList();

        Assert.Equal(200, references.Distinct().Count());
        Assert.NotEqual(references.Order(StringComparer.Ordinal), references);
    }

    [Theory]
    [InlineData("FAM-O00I1L")]
    [InlineData("FAM-7KQ2X")]
    [InlineData("FAN-7KQ2XH")]
    [InlineData(null)]
    public void Reference_IsWellFormed_RefusesOtherShapes(string? text)
    {
        Assert.False(FamilyCaseReference.IsWellFormed(text));
    }

    [Fact]
    public void Open_FromAnEnquiry_RecordsTheEnquiryAndStartsOpen()
    {
        var enquiryId = Guid.NewGuid();

        var familyCase = OpenCase(enquiryId);

        Assert.Equal(FamilyCaseStatus.Open, familyCase.Status);
        Assert.Equal(enquiryId, familyCase.SourceEnquiryId);
        Assert.Equal("FAM-7KQ2XH", familyCase.Reference);
        var opened = Assert.Single(familyCase.StatusHistory);
        Assert.Equal((FamilyCaseStatus.Open, Duty, Now), (opened.Status, opened.ChangedBy, opened.ChangedAt));
    }

    [Fact]
    public void Open_WithoutReasonForInvolvement_IsRefused()
    {
        var result = FamilyCase.Open("FAM-7KQ2XH", "Smith family", "  ", Duty, Now);

        Assert.False(result.Succeeded);
        Assert.Equal("Enter the reason for involvement", result.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Close_WithoutReason_IsRefused(string reason)
    {
        var familyCase = OpenCase();

        var result = familyCase.Close(reason, Manager, Now, Today);

        Assert.False(result.Succeeded);
        Assert.Equal("Enter the reason for closing the case", result.Error);
        Assert.Equal(FamilyCaseStatus.Open, familyCase.Status);
    }

    [Fact]
    public void Close_WithReason_ClosesAndKeepsTheReason()
    {
        var familyCase = OpenCase();

        var result = familyCase.Close("Plan achieved", Manager, Now.AddDays(90), Today.AddDays(90));

        Assert.True(result.Succeeded);
        Assert.Equal(FamilyCaseStatus.Closed, familyCase.Status);
        Assert.Equal("Plan achieved", familyCase.StatusHistory[^1].Reason);
        Assert.False(familyCase.Close("Again", Manager, Now.AddDays(91), Today.AddDays(91)).Succeeded);
    }

    [Fact]
    public void Reopen_AfterClosing_MarksReopenedAndKeepsHistory()
    {
        var familyCase = OpenCase();
        familyCase.Close("Plan achieved", Manager, Now.AddDays(90), Today.AddDays(90));

        var result = familyCase.Reopen("New referral from school", Manager, Now.AddDays(200));

        Assert.True(result.Succeeded);
        Assert.Equal(FamilyCaseStatus.Reopened, familyCase.Status);
        Assert.Equal(
            [FamilyCaseStatus.Open, FamilyCaseStatus.Closed, FamilyCaseStatus.Reopened],
            familyCase.StatusHistory.Select(s => s.Status));
    }

    [Fact]
    public void Reopen_WhenNotClosed_IsRefused()
    {
        var result = OpenCase().Reopen("No reason", Manager, Now);

        Assert.False(result.Succeeded);
        Assert.Equal("Only a closed case can be reopened", result.Error);
    }

    [Fact]
    public void Allocate_Twice_EndsTheFirstAllocationAndKeepsBoth()
    {
        var familyCase = OpenCase();
        var later = Now.AddDays(30);

        familyCase.Allocate(Ann, TeamNorth, Manager, Now);
        var result = familyCase.Allocate(Bea, TeamSouth, Manager, later);

        Assert.True(result.Succeeded);
        Assert.Equal((Bea, TeamSouth), (familyCase.LeadPractitionerId!.Value, familyCase.TeamId!.Value));
        Assert.Collection(
            familyCase.Allocations,
            first => Assert.Equal((Ann, TeamNorth, Now, (DateTimeOffset?)later), (first.PractitionerId, first.TeamId, first.AllocatedAt, first.EndedAt)),
            second => Assert.Equal((Bea, TeamSouth, later, (DateTimeOffset?)null), (second.PractitionerId, second.TeamId, second.AllocatedAt, second.EndedAt)));
        Assert.Same(familyCase.Allocations[1], familyCase.CurrentAllocation);
    }

    [Fact]
    public void Allocate_ToTheCurrentPractitionerAndTeam_IsRefused()
    {
        var familyCase = OpenCase();
        familyCase.Allocate(Ann, TeamNorth, Manager, Now);

        var result = familyCase.Allocate(Ann, TeamNorth, Manager, Now.AddDays(1));

        Assert.False(result.Succeeded);
        Assert.Single(familyCase.Allocations);
    }

    [Fact]
    public void Allocate_WhenClosed_IsRefused()
    {
        var familyCase = OpenCase();
        familyCase.Close("Moved out of area", Manager, Now, Today);

        var result = familyCase.Allocate(Ann, TeamNorth, Manager, Now);

        Assert.False(result.Succeeded);
        Assert.Equal("You cannot allocate a closed case - reopen it first", result.Error);
    }

    [Fact]
    public void AttachToProgramme_RecordsTheAttachmentDate()
    {
        var familyCase = OpenCase();

        var result = familyCase.AttachToProgramme(Programme.FamilyFirst, new DateOnly(2025, 3, 1));

        Assert.True(result.Succeeded);
        Assert.Equal(new DateOnly(2025, 3, 1), familyCase.AttachedOn(Programme.FamilyFirst));
        Assert.Null(familyCase.AttachedOn(Programme.SupportingFamilies));
    }

    [Fact]
    public void AttachToProgramme_Twice_IsRefused()
    {
        var familyCase = OpenCase();
        familyCase.AttachToProgramme(Programme.FamilyFirst, new DateOnly(2025, 3, 1));

        var result = familyCase.AttachToProgramme(Programme.FamilyFirst, new DateOnly(2025, 4, 1));

        Assert.False(result.Succeeded);
        Assert.Equal("The family is already attached to Family First", result.Error);
        Assert.Equal(new DateOnly(2025, 3, 1), familyCase.AttachedOn(Programme.FamilyFirst));
    }

    [Fact]
    public void Restrict_NamesTheLeadPractitionerAutomatically()
    {
        var familyCase = OpenCase();
        familyCase.Allocate(Ann, TeamNorth, Manager, Now);

        familyCase.Restrict([Manager]);

        Assert.True(familyCase.IsRestricted);
        Assert.Equal([Manager, Ann], familyCase.NamedUserIds);
    }

    [Fact]
    public void Allocate_OnRestrictedFamily_NamesTheNewLeadPractitioner()
    {
        var familyCase = OpenCase();
        familyCase.Restrict([Manager]);

        familyCase.Allocate(Bea, TeamSouth, Manager, Now);

        Assert.Contains(Bea, familyCase.NamedUserIds);
        Assert.Contains(Bea, familyCase.AccessFacts().NamedUserIds);
    }

    [Fact]
    public void RemoveFromRestriction_RefusesTheLeadPractitioner()
    {
        var familyCase = OpenCase();
        familyCase.Allocate(Ann, TeamNorth, Manager, Now);
        familyCase.Restrict([Manager]);

        var result = familyCase.RemoveFromRestriction(Ann);

        Assert.False(result.Succeeded);
        Assert.Contains(Ann, familyCase.NamedUserIds);
    }

    [Fact]
    public void AddMember_Twice_IsRefused()
    {
        var familyCase = OpenCase();
        var child = Guid.NewGuid();
        familyCase.AddMember(child, FamilyRole.ChildOrYoungPerson, new DateOnly(2025, 3, 10));

        var result = familyCase.AddMember(child, FamilyRole.Carer, new DateOnly(2025, 3, 11));

        Assert.False(result.Succeeded);
        Assert.Equal(FamilyRole.ChildOrYoungPerson, Assert.Single(familyCase.Members).Role);
    }

    [Fact]
    public void RemoveMember_WithReason_EndsTheMembershipAndKeepsIt()
    {
        var familyCase = OpenCase();
        var dad = Guid.NewGuid();
        familyCase.AddMember(dad, FamilyRole.Parent, new DateOnly(2025, 3, 10));

        var result = familyCase.RemoveMember(dad, new DateOnly(2025, 4, 1), "  Moved to Scotland  ", new DateOnly(2025, 4, 2));

        Assert.True(result.Succeeded);
        var member = Assert.Single(familyCase.Members);
        Assert.Equal((new DateOnly(2025, 4, 1), "Moved to Scotland"), (member.LeftOn, member.LeftReason));
        Assert.False(familyCase.HasMember(dad));
    }

    [Fact]
    public void RemoveMember_OnTheDayTheyJoinedAndToday_IsAllowed()
    {
        var familyCase = OpenCase();
        var dad = Guid.NewGuid();
        var day = new DateOnly(2025, 3, 10);
        familyCase.AddMember(dad, FamilyRole.Parent, day);

        Assert.True(familyCase.RemoveMember(dad, day, "Added in error", day).Succeeded);
    }

    [Theory]
    [InlineData(null, 2025, 4, 1, "Enter why the person is no longer part of the family")]
    [InlineData(" ", 2025, 4, 1, "Enter why the person is no longer part of the family")]
    [InlineData("Moved", 2025, 3, 9, "Date they left the family must be the same as or after 10 March 2025, when they joined it")]
    [InlineData("Moved", 2025, 4, 3, "Date they left the family must be today or in the past")]
    public void RemoveMember_WithBadReasonOrDate_IsRefusedAndChangesNothing(string? reason, int year, int month, int day, string error)
    {
        var familyCase = OpenCase();
        var dad = Guid.NewGuid();
        familyCase.AddMember(dad, FamilyRole.Parent, new DateOnly(2025, 3, 10));

        var result = familyCase.RemoveMember(dad, new DateOnly(year, month, day), reason, new DateOnly(2025, 4, 2));

        Assert.Equal(error, result.Error);
        Assert.True(familyCase.HasMember(dad));
        Assert.Null(Assert.Single(familyCase.Members).LeftReason);
    }

    [Fact]
    public void RemoveMember_SomeoneNotInTheFamily_IsRefused()
    {
        var familyCase = OpenCase();

        Assert.Equal("This person is not in the family", familyCase.RemoveMember(Guid.NewGuid(), new DateOnly(2025, 3, 10), "Moved", new DateOnly(2025, 3, 10)).Error);
    }

    [Fact]
    public void AddMember_AfterLeaving_StartsANewMembershipAndKeepsTheOldOne()
    {
        var familyCase = OpenCase();
        var dad = Guid.NewGuid();
        familyCase.AddMember(dad, FamilyRole.Parent, new DateOnly(2025, 3, 10));
        familyCase.RemoveMember(dad, new DateOnly(2025, 3, 20), "Moved out", new DateOnly(2025, 3, 20));

        Assert.True(familyCase.AddMember(dad, FamilyRole.Parent, new DateOnly(2025, 5, 1)).Succeeded);
        Assert.Equal(2, familyCase.Members.Count);
        Assert.True(familyCase.HasMember(dad));
    }

    [Fact]
    public void AccessFacts_CarryAllocationCoordinatorsAndRestriction()
    {
        var familyCase = OpenCase();
        familyCase.Allocate(Ann, TeamNorth, Manager, Now);
        var coordinator = Guid.NewGuid();

        var facts = familyCase.AccessFacts([coordinator]);

        Assert.Equal(Ann, facts.LeadPractitionerId);
        Assert.Equal(TeamNorth, facts.TeamId);
        Assert.Equal([coordinator], facts.CoordinatorIds);
        Assert.False(facts.IsRestricted);
    }
}
