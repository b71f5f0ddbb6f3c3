using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class CaseClosureRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Lead = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Manager = Guid.Parse("00000000-0000-0000-0000-000000000002");

    private static FamilyCase Family() => FamilyCase.Open(FamilyCaseReference.Generate(new Random(1)), "Rivers", "School attendance", Lead, Now).Value!;

    [Fact]
    public void Approving_ClosesTheCaseWithTheRequestsReason()
    {
        var family = Family();
        var request = CaseClosureRequest.Ask(family, false, " Goals met ", Lead, Now).Value!;

        Assert.True(request.Approve(family, Manager, Now.AddDays(2), new DateOnly(2026, 11, 22)).Succeeded);

        Assert.True(family.IsClosed);
        Assert.Equal("Goals met", family.StatusHistory[^1].Reason);
        Assert.Equal(ClosureRequestStatus.Approved, request.Status);
        Assert.Equal(Manager, request.DecidedBy);
    }

    [Fact]
    public void Approving_JustAfterMidnightInSummerTime_ClosesTheCaseOnTheCouncilsDay_NotTheUtcOne()
    {
        var family = Family();
        var request = CaseClosureRequest.Ask(family, false, "Goals met", Lead, Now).Value!;

        // 00:30 in London on 1 July 2026 is 23:30 on 30 June in UTC.
        Assert.True(request.Approve(family, Manager, new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero), new DateOnly(2026, 7, 1)).Succeeded);

        Assert.Equal(new DateOnly(2026, 7, 1), family.ClosedOn);
    }

    [Fact]
    public void NobodyDecidesTheirOwnRequest()
    {
        var family = Family();
        var request = CaseClosureRequest.Ask(family, false, "Goals met", Manager, Now).Value!;

        Assert.Equal("You asked to close this case, so a different manager must decide the request", request.Approve(family, Manager, Now, new DateOnly(2026, 11, 20)).Error);
        Assert.Equal("You asked to close this case, so a different manager must decide the request", request.Return("No", Manager, Now).Error);
        Assert.False(family.IsClosed);
        Assert.True(request.IsWaiting);
    }

    [Fact]
    public void Returning_NeedsComments_AndLeavesTheCaseOpen_ForANewRequest()
    {
        var family = Family();
        var request = CaseClosureRequest.Ask(family, false, "Goals met", Lead, Now).Value!;

        Assert.Equal("Enter your comments for the lead practitioner", request.Return("  ", Manager, Now).Error);
        Assert.True(request.Return("Record the school's view first", Manager, Now).Succeeded);

        Assert.False(family.IsClosed);
        Assert.Equal("Record the school's view first", request.Comments);
        Assert.Equal("This request has already been decided", request.Approve(family, Manager, Now, new DateOnly(2026, 11, 20)).Error);
        Assert.True(CaseClosureRequest.Ask(family, false, "School confirms attendance is 96%", Lead, Now.AddDays(1)).Succeeded);
    }

    [Fact]
    public void Asking_IsRefused_WithoutAReason_WhileAnotherWaits_OrWhenClosed()
    {
        var family = Family();

        Assert.Equal("Enter the reason for closing the case", CaseClosureRequest.Ask(family, false, " ", Lead, Now).Error);
        Assert.Equal("The reason must be 2,000 characters or less", CaseClosureRequest.Ask(family, false, new string('a', 2001), Lead, Now).Error);
        Assert.Equal("A request to close this case is already waiting for a manager", CaseClosureRequest.Ask(family, true, "Goals met", Lead, Now).Error);
        Assert.True(family.Close("Moved away", Manager, Now, new DateOnly(2026, 11, 20)).Succeeded);
        Assert.Equal("The case is already closed", CaseClosureRequest.Ask(family, false, "Goals met", Lead, Now).Error);
    }
}
