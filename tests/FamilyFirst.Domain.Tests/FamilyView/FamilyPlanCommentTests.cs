using FamilyFirst.Domain.FamilyView;

namespace FamilyFirst.Domain.Tests.FamilyView;

public class FamilyPlanCommentTests
{
    private static readonly Guid FamilyId = Guid.Parse("6f1d8f9e-2a55-4c1e-9d1b-0e6a1f3c2b01");
    private static readonly Guid Mum = Guid.Parse("00000000-0000-4000-8000-000000000001");
    private static readonly Guid Practitioner = Guid.Parse("00000000-0000-4000-8000-00000000000a");
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(FamilyCommentKind.Comment, "Enter your comment")]
    [InlineData(FamilyCommentKind.ChangeRequest, "Enter what you would like to change")]
    public void Write_Nothing_IsRefused(FamilyCommentKind kind, string error) =>
        Assert.Equal(error, FamilyPlanComment.Write(FamilyId, Mum, kind, "  ", Now).Error);

    [Fact]
    public void Write_UpTo2000Characters_IsKept_AndMoreIsRefused()
    {
        Assert.True(FamilyPlanComment.Write(FamilyId, Mum, FamilyCommentKind.Comment, new string('a', 2000), Now).Succeeded);
        Assert.Equal("What you write must be 2,000 characters or less", FamilyPlanComment.Write(FamilyId, Mum, FamilyCommentKind.Comment, new string('a', 2001), Now).Error);
    }

    [Fact]
    public void ChangeRequest_IsOpenUntilDealtWith_Once()
    {
        var request = FamilyPlanComment.Write(FamilyId, Mum, FamilyCommentKind.ChangeRequest, "Can Gran do Fridays instead?", Now).Value!;
        Assert.True(request.IsOpenRequest);

        Assert.True(request.MarkDealtWith(Practitioner, Now.AddDays(1)).Succeeded);

        Assert.False(request.IsOpenRequest);
        Assert.Equal(Now.AddDays(1), request.DealtWithAt);
        Assert.False(request.MarkDealtWith(Practitioner, Now.AddDays(2)).Succeeded);
    }

    [Fact]
    public void Comment_IsNeverAnOpenRequest_AndCannotBeDealtWith()
    {
        var comment = FamilyPlanComment.Write(FamilyId, Mum, FamilyCommentKind.Comment, "The plan is going well", Now).Value!;

        Assert.False(comment.IsOpenRequest);
        Assert.False(comment.MarkDealtWith(Practitioner, Now).Succeeded);
    }
}
