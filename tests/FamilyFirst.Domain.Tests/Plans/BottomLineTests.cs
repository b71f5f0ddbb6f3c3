using FamilyFirst.Domain.Plans;

namespace FamilyFirst.Domain.Tests.Plans;

public class BottomLineTests
{
    private static readonly Guid FamilyId = PlanExamples.FamilyId;
    private static readonly Guid Practitioner = PlanExamples.Practitioner;
    private static readonly Guid Manager = PlanExamples.Manager;
    private static readonly DateTimeOffset Written = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2026, 3, 3, 11, 0, 0, TimeSpan.Zero);

    private static BottomLine Draft() =>
        BottomLine.Write(FamilyId, "The children do not have unsupervised contact with Mr X", Practitioner, Written).Value!;

    [Fact]
    public void Write_WithoutWords_IsRefused()
    {
        var result = BottomLine.Write(FamilyId, "   ", Practitioner, Written);

        Assert.False(result.Succeeded);
        Assert.Equal("Enter the bottom line", result.Error);
    }

    [Fact]
    public void Write_StartsAsAnUnusableDraft()
    {
        var bottomLine = Draft();

        Assert.Equal(BottomLineStatus.Draft, bottomLine.Status);
        Assert.False(bottomLine.IsUsable);
    }

    [Fact]
    public void Approve_ByAManager_RecordsWhoAndWhenAndMakesItUsable()
    {
        var bottomLine = Draft();

        var result = bottomLine.Approve(Manager, Later);

        Assert.True(result.Succeeded, result.Error);
        Assert.True(bottomLine.IsUsable);
        Assert.Equal(Manager, bottomLine.ApprovedById);
        Assert.Equal(Later, bottomLine.ApprovedAt);
    }

    [Fact]
    public void Approve_ByTheAuthor_IsRefused()
    {
        var bottomLine = Draft();

        var result = bottomLine.Approve(Practitioner, Later);

        Assert.False(result.Succeeded);
        Assert.Equal("A manager who did not write this bottom line must approve it", result.Error);
        Assert.False(bottomLine.IsUsable);
    }

    [Fact]
    public void Approve_WhenAlreadyApproved_IsRefused()
    {
        var bottomLine = Draft();
        bottomLine.Approve(Manager, Later);

        var result = bottomLine.Approve(Manager, Later);

        Assert.Equal("This bottom line has already been approved", result.Error);
    }

    [Fact]
    public void Reword_BeforeApproval_ChangesTheWordsAndKeepsTheOldOnesInHistory()
    {
        var bottomLine = Draft();

        var result = bottomLine.Reword("Mr X does not live at the family home", Practitioner, Later);

        Assert.True(result.Succeeded);
        Assert.Equal("Mr X does not live at the family home", bottomLine.Text);
        Assert.Equal(
            [(BottomLineChangeKind.Written, "The children do not have unsupervised contact with Mr X"), (BottomLineChangeKind.Reworded, "Mr X does not live at the family home")],
            bottomLine.History.Select(h => (h.Kind, h.Text)));
    }

    [Fact]
    public void Reword_AfterApproval_IsRefused()
    {
        var bottomLine = Draft();
        bottomLine.Approve(Manager, Later);

        var result = bottomLine.Reword("Something else", Practitioner, Later);

        Assert.Equal("You can only change a bottom line before it is approved. Retire it and write a new one instead", result.Error);
        Assert.Equal("The children do not have unsupervised contact with Mr X", bottomLine.Text);
        Assert.Equal([BottomLineChangeKind.Written, BottomLineChangeKind.Approved], bottomLine.History.Select(h => h.Kind));
    }

    [Fact]
    public void Reword_AfterRetirement_IsRefused()
    {
        var bottomLine = Draft();
        bottomLine.Retire("Written in error", Practitioner, Later);

        var result = bottomLine.Reword("Something else", Practitioner, Later);

        Assert.Equal("This bottom line has been retired and cannot be changed", result.Error);
        Assert.Equal("The children do not have unsupervised contact with Mr X", bottomLine.Text);
    }

    [Fact]
    public void Reword_WithoutWords_IsRefusedAndKeepsTheWords()
    {
        var bottomLine = Draft();

        var result = bottomLine.Reword("  ", Practitioner, Later);

        Assert.Equal("Enter the bottom line", result.Error);
        Assert.Equal("The children do not have unsupervised contact with Mr X", bottomLine.Text);
        Assert.Single(bottomLine.History);
    }

    [Fact]
    public void Approve_ByAManagerWhoChangedTheWords_IsRefused_ButAnotherManagerMayApprove()
    {
        var bottomLine = Draft();
        var otherManager = Guid.Parse("6a1f0c2e-0000-4000-8000-0000000000ee");
        Assert.True(bottomLine.Reword("Mr X does not visit the family home", Manager, Later).Succeeded);

        var refused = bottomLine.Approve(Manager, Later);
        var approved = bottomLine.Approve(otherManager, Later);

        Assert.Equal("A manager who did not write this bottom line must approve it", refused.Error);
        Assert.True(approved.Succeeded, approved.Error);
        Assert.True(bottomLine.IsWordedBy(Manager));
        Assert.True(bottomLine.IsWordedBy(Practitioner));
        Assert.False(bottomLine.IsWordedBy(otherManager));
    }

    [Fact]
    public void Retire_WithoutReason_IsRefusedAndItStaysUsable()
    {
        var bottomLine = Draft();
        bottomLine.Approve(Manager, Later);

        var result = bottomLine.Retire(" ", Manager, Later);

        Assert.False(result.Succeeded);
        Assert.Equal("Enter why the bottom line is being retired", result.Error);
        Assert.True(bottomLine.IsUsable);
    }

    [Fact]
    public void Retire_WithReason_StopsItBeingUsedAndKeepsTheWholeHistory()
    {
        var bottomLine = Draft();
        bottomLine.Approve(Manager, Later);
        var retiredAt = new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

        var result = bottomLine.Retire("Mr X has moved abroad", Manager, retiredAt);

        Assert.True(result.Succeeded);
        Assert.False(bottomLine.IsUsable);
        Assert.Equal(BottomLineStatus.Retired, bottomLine.Status);
        Assert.Equal("Mr X has moved abroad", bottomLine.RetirementReason);
        Assert.Equal(
            [BottomLineChangeKind.Written, BottomLineChangeKind.Approved, BottomLineChangeKind.Retired],
            bottomLine.History.Select(h => h.Kind));
        Assert.Equal((Manager, retiredAt, "Mr X has moved abroad"), (bottomLine.History[^1].ById, bottomLine.History[^1].At, bottomLine.History[^1].Reason));
    }

    [Fact]
    public void Approve_AfterRetirement_IsRefused()
    {
        var bottomLine = Draft();
        bottomLine.Retire("Written in error", Practitioner, Later);

        var result = bottomLine.Approve(Manager, Later);

        Assert.Equal("This bottom line has been retired and cannot be approved", result.Error);
        Assert.False(bottomLine.IsUsable);
    }

    [Fact]
    public void Return_WithComments_KeepsADraftWaitingForItsAuthor_UntilTheWordsChange()
    {
        var bottomLine = Draft();

        var result = bottomLine.Return("  Say which Mr X: use his full name  ", Manager, Later);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(BottomLineStatus.Draft, bottomLine.Status);
        Assert.True(bottomLine.IsReturned);
        Assert.False(bottomLine.IsUsable);
        Assert.Equal(new BottomLineChange(BottomLineChangeKind.Returned, Manager, Later, bottomLine.Text, "Say which Mr X: use his full name"), bottomLine.LastReturn);

        Assert.True(bottomLine.Reword("The children do not have unsupervised contact with Mr John X", Practitioner, Later.AddHours(1)).Succeeded);

        Assert.False(bottomLine.IsReturned);
        Assert.NotNull(bottomLine.LastReturn);
        Assert.True(bottomLine.Approve(Manager, Later.AddHours(2)).Succeeded);
    }

    [Theory]
    [InlineData(null, "Enter your comments for the person who wrote the bottom line")]
    [InlineData("   ", "Enter your comments for the person who wrote the bottom line")]
    public void Return_WithoutComments_IsRefused(string? comments, string error)
    {
        var bottomLine = Draft();

        var result = bottomLine.Return(comments, Manager, Later);

        Assert.Equal(error, result.Error);
        Assert.False(bottomLine.IsReturned);
    }

    [Fact]
    public void Return_WithCommentsOver2000Characters_IsRefused()
    {
        var bottomLine = Draft();

        Assert.True(bottomLine.Return(new string('a', BottomLine.MaxCommentsLength), Manager, Later).Succeeded);
        Assert.True(bottomLine.Reword("New words", Practitioner, Later).Succeeded);
        var result = bottomLine.Return(new string('a', BottomLine.MaxCommentsLength + 1), Manager, Later);

        Assert.Equal("Comments must be 2,000 characters or less", result.Error);
        Assert.False(bottomLine.IsReturned);
    }

    [Fact]
    public void Return_ByTheAuthor_Twice_OrOnceApproved_IsRefused()
    {
        var bottomLine = Draft();
        Assert.Equal("A manager who did not write this bottom line must return it", bottomLine.Return("No", Practitioner, Later).Error);

        Assert.True(bottomLine.Return("Be clearer", Manager, Later).Succeeded);
        Assert.Equal("This bottom line has already been returned. It comes back for approval once its words are changed", bottomLine.Return("Again", Manager, Later).Error);

        var approved = Draft();
        Assert.True(approved.Approve(Manager, Later).Succeeded);
        Assert.Equal("This bottom line has already been approved", approved.Return("Too late", Manager, Later).Error);
    }
}
