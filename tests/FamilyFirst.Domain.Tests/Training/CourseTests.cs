using FamilyFirst.Domain.Training;

namespace FamilyFirst.Domain.Tests.Training;

public class CourseTests
{
    [Theory]
    [InlineData(null, 6.0, "Enter the course title")]
    [InlineData("Circles", null, "Enter how long the course lasts, in hours")]
    [InlineData("Circles", 0.25, "Length must be between 0.5 and 100 hours")]
    [InlineData("Circles", 100.5, "Length must be between 0.5 and 100 hours")]
    public void Create_WithBadDetails_IsRefused(string? title, double? hours, string message) =>
        Assert.Equal(message, Course.Create(title, null, (decimal?)hours, ["Run a circle"]).Error);

    [Fact]
    public void Create_WithoutALearningOutcome_IsRefused() =>
        Assert.Equal("Enter at least one learning outcome", Course.Create("Circles", null, 3m, [" ", null]).Error);

    [Fact]
    public void Change_KeepsTheOutcomesInTheirPlaces_SoRatingsStillPointAtThem()
    {
        var course = Course.Create("Circles", null, 3m, ["Run a circle", "Close a circle"]).Value!;
        var first = course.OutcomesInOrder.First().Id;

        course.Change("Circles", null, 3m, ["Run a circle well"]);

        var only = Assert.Single(course.Outcomes);
        Assert.Equal(first, only.Id);
        Assert.Equal("Run a circle well", only.Text);
    }

    [Theory]
    [InlineData(1, "1 hour")]
    [InlineData(6, "6 hours")]
    [InlineData(6.5, "6.5 hours")]
    public void DescribeLength_ReadsAsHours(double hours, string expected) =>
        Assert.Equal(expected, Course.DescribeHours((decimal)hours));
}
