using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Domain.Tests.Enquiries;

public class ResponseTargetTests
{
    // 2026-03-09 is a Monday.
    private static readonly DateOnly Monday = new(2026, 3, 9);

    [Theory]
    [InlineData(0, 2)] // Monday -> Wednesday
    [InlineData(3, 7)] // Thursday -> Monday
    [InlineData(4, 8)] // Friday -> Tuesday
    [InlineData(5, 8)] // Saturday -> Tuesday
    [InlineData(6, 8)] // Sunday -> Tuesday
    public void DueBy_CountsWorkingDaysOnly(int receivedOffset, int dueOffset)
    {
        var target = new ResponseTarget(2);

        Assert.Equal(Monday.AddDays(dueOffset), target.DueBy(Monday.AddDays(receivedOffset)));
    }

    [Fact]
    public void DueBy_SkipsBankHolidays()
    {
        // Good Friday and Easter Monday 2026.
        var target = new ResponseTarget(2, [new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 6)]);

        Assert.Equal(new DateOnly(2026, 4, 8), target.DueBy(new DateOnly(2026, 4, 2)));
    }

    [Fact]
    public void IsOverdue_OnlyAfterTheDueDay_AndOnlyWhileOpen()
    {
        var target = new ResponseTarget(2);

        Assert.False(target.IsOverdue(Monday, EnquiryStatus.New, Monday.AddDays(2)));
        Assert.True(target.IsOverdue(Monday, EnquiryStatus.New, Monday.AddDays(3)));
        Assert.True(target.IsOverdue(Monday, EnquiryStatus.InTriage, Monday.AddDays(3)));
        Assert.False(target.IsOverdue(Monday, EnquiryStatus.Accepted, Monday.AddDays(30)));
        Assert.False(target.IsOverdue(Monday, EnquiryStatus.Closed, Monday.AddDays(30)));
    }

    [Theory]
    [InlineData(1, "within 1 working day")]
    [InlineData(2, "within 2 working days")]
    public void Description_ReadsAsTheConfirmationPutsIt(int days, string expected)
    {
        Assert.Equal(expected, new ResponseTarget(days).Description);
    }

    [Fact]
    public void NoWorkingDays_IsABug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResponseTarget(0));
    }
}
