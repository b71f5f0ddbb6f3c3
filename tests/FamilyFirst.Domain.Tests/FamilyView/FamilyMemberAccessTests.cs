using FamilyFirst.Domain.FamilyView;

namespace FamilyFirst.Domain.Tests.FamilyView;

public class FamilyMemberAccessTests
{
    private static readonly Guid FamilyId = Guid.Parse("6f1d8f9e-2a55-4c1e-9d1b-0e6a1f3c2b01");
    private static readonly Guid Mum = Guid.Parse("00000000-0000-4000-8000-000000000001");
    private static readonly Guid Practitioner = Guid.Parse("00000000-0000-4000-8000-00000000000a");
    private static readonly DateTimeOffset InvitedAt = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);
    private const string Token = "link-secret";
    private const string Session = "session-1";

    private static FamilyMemberAccess Invited(ContactChannel channel = ContactChannel.Email, string contact = "mum@example.com")
    {
        var result = FamilyMemberAccess.Invite(FamilyId, Mum, true, channel, contact, FamilyMemberAccess.Hash(Token), Practitioner, InvitedAt);
        Assert.True(result.Succeeded, result.Error);
        return result.Value!;
    }

    private static FamilyMemberAccess SignedIn(DateTimeOffset at)
    {
        var access = Invited();
        Assert.Equal(LinkProblem.None, access.IssueCode("123456", at));
        Assert.Equal(CodeOutcome.SignedIn, access.EnterCode("123456", Session, at));
        return access;
    }

    [Fact]
    public void Invite_WithoutConsent_IsRefused()
    {
        var result = FamilyMemberAccess.Invite(FamilyId, Mum, false, ContactChannel.Email, "mum@example.com", FamilyMemberAccess.Hash(Token), Practitioner, InvitedAt);

        Assert.False(result.Succeeded);
        Assert.Equal("Only a family member who has given consent to work with the service can be invited", result.Error);
    }

    [Theory]
    [InlineData(ContactChannel.Email, "", "Enter an email address")]
    [InlineData(ContactChannel.Email, "mum.example.com", "Enter an email address in the correct format, like name@example.com")]
    [InlineData(ContactChannel.Email, "mum@example", "Enter an email address in the correct format, like name@example.com")]
    [InlineData(ContactChannel.TextMessage, " ", "Enter a mobile phone number")]
    [InlineData(ContactChannel.TextMessage, "01632 960 001", "Enter a UK mobile phone number, like 07700 900 982")]
    [InlineData(ContactChannel.TextMessage, "07700 900 98", "Enter a UK mobile phone number, like 07700 900 982")]
    public void Invite_WithContactDetailsThatCannotBeUsed_SaysWhatToEnter(ContactChannel channel, string contact, string error)
    {
        var result = FamilyMemberAccess.Invite(FamilyId, Mum, true, channel, contact, FamilyMemberAccess.Hash(Token), Practitioner, InvitedAt);

        Assert.Equal(error, result.Error);
    }

    [Theory]
    [InlineData("07700 900 982", "07700900982")]
    [InlineData("+44 7700 900982", "07700900982")]
    public void Invite_ByText_KeepsTheMobileNumberAsDigits(string typed, string kept) =>
        Assert.Equal(kept, Invited(ContactChannel.TextMessage, typed).Contact);

    [Fact]
    public void Invite_KeepsOnlyAHashOfTheLink()
    {
        var access = Invited();

        Assert.NotEqual(Token, access.TokenHash);
        Assert.Equal(FamilyMemberAccess.Hash(Token), access.TokenHash);
        Assert.Equal(64, access.TokenHash.Length);
    }

    [Fact]
    public void Link_WorksUntilJustBefore7Days_AndHasExpiredAt7Days()
    {
        var access = Invited();

        Assert.Equal(LinkProblem.None, access.CheckLink(InvitedAt.AddDays(7).AddSeconds(-1)));
        Assert.Equal(LinkProblem.Expired, access.CheckLink(InvitedAt.AddDays(7)));
        Assert.Equal(LinkProblem.Expired, access.IssueCode("123456", InvitedAt.AddDays(7)));
        Assert.Equal(FamilyMemberAccessStatus.Expired, access.Status(InvitedAt.AddDays(8)));
    }

    [Fact]
    public void Link_OnceUsedToSignIn_IsRefusedAsAlreadyUsed()
    {
        var access = SignedIn(InvitedAt.AddHours(1));

        Assert.Equal(LinkProblem.AlreadyUsed, access.CheckLink(InvitedAt.AddHours(2)));
        Assert.Equal(LinkProblem.AlreadyUsed, access.IssueCode("654321", InvitedAt.AddHours(2)));
        Assert.Equal(CodeOutcome.LinkNotUsable, access.EnterCode("123456", "session-2", InvitedAt.AddHours(2)));
    }

    [Fact]
    public void Code_IsKeptOnlyAsAHashSaltedWithTheAccess()
    {
        var access = Invited();
        access.IssueCode("123456", InvitedAt);

        Assert.NotNull(access.CodeHash);
        Assert.DoesNotContain("123456", access.CodeHash!, StringComparison.Ordinal);
        Assert.NotEqual(FamilyMemberAccess.Hash("123456"), access.CodeHash);
    }

    [Fact]
    public void Code_WrongFourTimes_StillAllowsTheFifthAttempt_ThenLocks()
    {
        var access = Invited();
        access.IssueCode("123456", InvitedAt);

        for (var attempt = 1; attempt < FamilyMemberAccess.MaximumCodeAttempts; attempt++)
        {
            Assert.Equal(CodeOutcome.WrongCode, access.EnterCode("000000", Session, InvitedAt.AddMinutes(1)));
        }

        Assert.Equal(CodeOutcome.TooManyAttempts, access.EnterCode("000000", Session, InvitedAt.AddMinutes(1)));
        Assert.Equal(CodeOutcome.TooManyAttempts, access.EnterCode("123456", Session, InvitedAt.AddMinutes(1)));
        Assert.Null(access.SessionId);
    }

    [Fact]
    public void Code_RightOnTheFifthAttempt_SignsIn()
    {
        var access = Invited();
        access.IssueCode("123456", InvitedAt);
        for (var attempt = 1; attempt < FamilyMemberAccess.MaximumCodeAttempts; attempt++)
        {
            access.EnterCode("999999", Session, InvitedAt);
        }

        Assert.Equal(CodeOutcome.SignedIn, access.EnterCode("123 456", Session, InvitedAt.AddMinutes(2)));
        Assert.Equal(InvitedAt.AddMinutes(2), access.LinkUsedAt);
    }

    [Fact]
    public void Code_Expires10MinutesAfterItWasSent()
    {
        var access = Invited();
        access.IssueCode("123456", InvitedAt);

        Assert.Equal(CodeOutcome.CodeExpired, access.EnterCode("123456", Session, InvitedAt.AddMinutes(10)));

        var fresh = Invited();
        fresh.IssueCode("123456", InvitedAt);
        Assert.Equal(CodeOutcome.SignedIn, fresh.EnterCode("123456", Session, InvitedAt.AddMinutes(10).AddSeconds(-1)));
    }

    [Fact]
    public void NewCode_ReplacesTheOldOne_AndResetsTheAttempts()
    {
        var access = Invited();
        access.IssueCode("111111", InvitedAt);
        access.EnterCode("000000", Session, InvitedAt);
        access.IssueCode("222222", InvitedAt.AddMinutes(1));

        Assert.Equal(0, access.CodeAttempts);
        Assert.Equal(CodeOutcome.WrongCode, access.EnterCode("111111", Session, InvitedAt.AddMinutes(2)));
        Assert.Equal(CodeOutcome.SignedIn, access.EnterCode("222222", Session, InvitedAt.AddMinutes(2)));
    }

    [Fact]
    public void Codes_AtMostThreePerLink_ThenTheLinkIsLockedOnceTheLastCodeIsUsedUp()
    {
        var access = Invited();
        for (var i = 0; i < FamilyMemberAccess.MaximumCodesSent; i++)
        {
            Assert.Equal(LinkProblem.None, access.IssueCode("12345" + i, InvitedAt));
        }

        Assert.Equal(LinkProblem.TooManyCodes, access.IssueCode("999999", InvitedAt));
        Assert.Equal(LinkProblem.None, access.CheckLink(InvitedAt));
        for (var attempt = 0; attempt < FamilyMemberAccess.MaximumCodeAttempts; attempt++)
        {
            access.EnterCode("000000", Session, InvitedAt);
        }

        Assert.Equal(LinkProblem.TooManyCodes, access.CheckLink(InvitedAt));
        Assert.Equal(FamilyMemberAccessStatus.Locked, access.Status(InvitedAt));
    }

    [Fact]
    public void EnterCode_BeforeAnyCodeWasSent_SaysSo() =>
        Assert.Equal(CodeOutcome.NoCodeSent, Invited().EnterCode("123456", Session, InvitedAt));

    [Fact]
    public void Session_EndsAfter30MinutesIdle_NotBefore()
    {
        var signedInAt = InvitedAt.AddHours(1);
        var access = SignedIn(signedInAt);

        Assert.True(access.IsSessionActive(Session, signedInAt.AddMinutes(30).AddSeconds(-1)));
        Assert.False(access.IsSessionActive(Session, signedInAt.AddMinutes(30)));
        Assert.False(access.RecordActivity(Session, signedInAt.AddMinutes(31)));
    }

    [Fact]
    public void Session_ActivityMovesTheIdleTimerOn()
    {
        var signedInAt = InvitedAt.AddHours(1);
        var access = SignedIn(signedInAt);

        Assert.True(access.RecordActivity(Session, signedInAt.AddMinutes(29)));

        Assert.True(access.IsSessionActive(Session, signedInAt.AddMinutes(58)));
        Assert.False(access.IsSessionActive(Session, signedInAt.AddMinutes(59)));
    }

    [Fact]
    public void Session_OnlyTheOneTheLinkOpened()
    {
        var access = SignedIn(InvitedAt);

        Assert.False(access.IsSessionActive("another-session", InvitedAt.AddMinutes(1)));
        Assert.False(access.IsSessionActive(null, InvitedAt.AddMinutes(1)));
    }

    [Fact]
    public void SignOut_EndsTheSessionForGood()
    {
        var access = SignedIn(InvitedAt);

        access.EndSession();

        Assert.False(access.IsSessionActive(Session, InvitedAt.AddMinutes(1)));
        Assert.Equal(FamilyMemberAccessStatus.LinkUsed, access.Status(InvitedAt.AddMinutes(1)));
    }

    [Fact]
    public void Revoke_EndsAnOpenSessionAtOnce_AndTheLinkNoLongerWorks()
    {
        var signedIn = SignedIn(InvitedAt);
        Assert.True(signedIn.Revoke(Practitioner, InvitedAt.AddMinutes(5)).Succeeded);
        Assert.False(signedIn.IsSessionActive(Session, InvitedAt.AddMinutes(5)));
        Assert.Equal(FamilyMemberAccessStatus.Revoked, signedIn.Status(InvitedAt.AddMinutes(5)));

        var invited = Invited();
        invited.IssueCode("123456", InvitedAt);
        Assert.True(invited.Revoke(Practitioner, InvitedAt.AddMinutes(1)).Succeeded);
        Assert.Equal(LinkProblem.Revoked, invited.CheckLink(InvitedAt.AddMinutes(2)));
        Assert.Equal(CodeOutcome.LinkNotUsable, invited.EnterCode("123456", Session, InvitedAt.AddMinutes(2)));
        Assert.False(invited.Revoke(Practitioner, InvitedAt.AddMinutes(3)).Succeeded);
    }

    [Fact]
    public void ACountedAttempt_IsNotCountedAgain_AndTheFifthMayStillBeRight()
    {
        var access = Invited();
        access.IssueCode("123456", InvitedAt);
        for (var i = 0; i < 4; i++)
        {
            access.EnterCode("000000", Session, InvitedAt.AddMinutes(1));
        }

        Assert.Equal(CodeOutcome.WrongCode, access.EnterCountedCode("000000", Session, InvitedAt.AddMinutes(1)));
        Assert.Equal(4, access.CodeAttempts);
        Assert.Equal(CodeOutcome.SignedIn, access.EnterCountedCode("123 456", Session, InvitedAt.AddMinutes(1)));
    }

    [Fact]
    public void AWrongFifthCountedAttempt_LocksTheCode()
    {
        var access = Invited();
        access.IssueCode("123456", InvitedAt);
        for (var i = 0; i < 5; i++)
        {
            access.EnterCode("000000", Session, InvitedAt.AddMinutes(1));
        }

        Assert.Equal(CodeOutcome.TooManyAttempts, access.EnterCountedCode("000000", Session, InvitedAt.AddMinutes(1)));
    }
}

/// <summary>Who has online access to the family's plan, for reminders and "who can see": never anyone whose access was stopped.</summary>
public class FamilyMemberOnlineAccessTests
{
    private static readonly Guid FamilyId = Guid.Parse("6f1d8f9e-2a55-4c1e-9d1b-0e6a1f3c2b01");
    private static readonly Guid Mum = Guid.Parse("00000000-0000-4000-8000-000000000001");
    private static readonly Guid Gran = Guid.Parse("00000000-0000-4000-8000-000000000002");
    private static readonly Guid Practitioner = Guid.Parse("00000000-0000-4000-8000-00000000000a");
    private static readonly DateTimeOffset InvitedAt = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);

    private static FamilyMemberAccess Invited(Guid person, string contact, DateTimeOffset at, ContactChannel channel = ContactChannel.Email) =>
        FamilyMemberAccess.Invite(FamilyId, person, true, channel, contact, FamilyMemberAccess.Hash(Guid.NewGuid().ToString()), Practitioner, at).Value!;

    private static FamilyMemberAccess SignedIn(Guid person, string contact, DateTimeOffset at)
    {
        var access = Invited(person, contact, at);
        Assert.Equal(LinkProblem.None, access.IssueCode("123456", at));
        Assert.Equal(CodeOutcome.SignedIn, access.EnterCode("123456", "session", at));
        return access;
    }

    [Fact]
    public void AnInvitationNotYetUsed_IsAccessUntilItExpires()
    {
        var access = Invited(Mum, "mum@example.com", InvitedAt);

        Assert.True(access.HasOnlineAccess(InvitedAt.AddDays(6)));
        Assert.False(access.HasOnlineAccess(InvitedAt.AddDays(7)));
    }

    [Fact]
    public void AFamilyMemberWhoSignedIn_KeepsAccessAfterTheSessionEnds_UntilItIsStopped()
    {
        var access = SignedIn(Mum, "mum@example.com", InvitedAt);
        access.EndSession();

        Assert.True(access.HasOnlineAccess(InvitedAt.AddDays(30)));
        Assert.True(access.Revoke(Practitioner, InvitedAt.AddDays(31)).Succeeded);
        Assert.False(access.HasOnlineAccess(InvitedAt.AddDays(31)));
    }

    [Fact]
    public void AnInvitationLockedUnused_IsNotAccess()
    {
        var access = Invited(Mum, "mum@example.com", InvitedAt);
        for (var i = 0; i < FamilyMemberAccess.MaximumCodesSent; i++)
        {
            access.IssueCode("12345" + i, InvitedAt);
        }

        for (var attempt = 0; attempt < FamilyMemberAccess.MaximumCodeAttempts; attempt++)
        {
            access.EnterCode("000000", "session", InvitedAt);
        }

        Assert.False(access.HasOnlineAccess(InvitedAt));
    }

    [Fact]
    public void ReachableByMember_IsTheLatestAccessOfEachFamilyMemberWithAccess()
    {
        var mumsOld = SignedIn(Mum, "mum@example.com", InvitedAt);
        var mumsNew = Invited(Mum, "07700 900 982", InvitedAt.AddDays(1), ContactChannel.TextMessage);
        var gransStopped = SignedIn(Gran, "gran@example.com", InvitedAt);
        gransStopped.Revoke(Practitioner, InvitedAt.AddDays(2));

        var reachable = FamilyMemberAccess.ReachableByMember([mumsOld, mumsNew, gransStopped], InvitedAt.AddDays(3));

        var mum = Assert.Single(reachable);
        Assert.Equal((FamilyId, Mum), mum.Key);
        Assert.Same(mumsNew, mum.Value);
        Assert.Equal("07700900982", mum.Value.Contact);
    }
}
