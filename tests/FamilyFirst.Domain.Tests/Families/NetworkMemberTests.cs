using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class NetworkMemberTests
{
    private static NetworkMember Add() => NetworkMember.Add(Guid.NewGuid(), "Rose Smith", "maternal grandmother", isFriend: false).Value!;

    [Fact]
    public void Add_MayBeContactedByDefault()
    {
        var member = Add();

        Assert.True(member.MayBeContacted);
        Assert.Null(member.NotToBeContactedReason);
    }

    [Fact]
    public void RefuseContact_WithoutReason_IsRefused()
    {
        var member = Add();

        var result = member.RefuseContact("  ");

        Assert.Equal("Enter why this person must not be contacted", result.Error);
        Assert.True(member.MayBeContacted);
    }

    [Fact]
    public void RefuseContact_WithReason_RecordsIt_AndAllowContactClearsIt()
    {
        var member = Add();

        member.RefuseContact("Risk to the children; see bottom line 2");

        Assert.False(member.MayBeContacted);
        Assert.Equal("Risk to the children; see bottom line 2", member.NotToBeContactedReason);

        member.AllowContact();

        Assert.True(member.MayBeContacted);
        Assert.Null(member.NotToBeContactedReason);
    }

    [Theory]
    [InlineData("07700 900982", null, true)]
    [InlineData("+44 808 157 0192", "rose@example.com", true)]
    [InlineData("999", null, false)]
    [InlineData(null, "rose.example.com", false)]
    public void ChangeContactDetails_ChecksTheFormat(string? phone, string? email, bool ok)
    {
        Assert.Equal(ok, Add().ChangeContactDetails(phone, email, null).Succeeded);
    }
}
