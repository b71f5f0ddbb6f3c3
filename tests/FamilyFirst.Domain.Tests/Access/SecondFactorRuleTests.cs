using FamilyFirst.Domain.Access;

namespace FamilyFirst.Domain.Tests.Access;

public class SecondFactorRuleTests
{
    [Theory]
    [InlineData(false, false, 0, AfterPassword.SignedIn)]
    [InlineData(false, false, 2, AfterPassword.SignedIn)]
    [InlineData(true, false, 0, AfterPassword.SignedIn)]
    [InlineData(true, false, 1, AfterPassword.UseThePasskey)]
    [InlineData(true, true, 0, AfterPassword.AskForCode)]
    [InlineData(true, true, 1, AfterPassword.AskForCode)]
    [InlineData(false, true, 1, AfterPassword.AskForCode)]
    public void AfterACorrectPassword(bool required, bool hasApp, int passkeys, AfterPassword expected) =>
        Assert.Equal(expected, SecondFactorRule.AfterCorrectPassword(required, hasApp, passkeys));

    [Fact]
    public void ANegativeNumberOfPasskeys_IsAMistake() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SecondFactorRule.AfterCorrectPassword(true, false, -1));

    [Theory]
    [InlineData(false, SignInMethod.Password, false, true)]
    [InlineData(true, SignInMethod.Password, false, false)]
    [InlineData(true, SignInMethod.Password, true, true)]
    [InlineData(true, SignInMethod.PasswordAndCode, false, true)]
    [InlineData(true, SignInMethod.Passkey, false, true)]
    [InlineData(true, SignInMethod.CouncilIdentityProvider, false, true)]
    public void WhetherASessionMayCarryOn(bool required, SignInMethod method, bool hasApp, bool expected) =>
        Assert.Equal(expected, SecondFactorRule.SessionMayCarryOn(required, method, hasApp));
}
