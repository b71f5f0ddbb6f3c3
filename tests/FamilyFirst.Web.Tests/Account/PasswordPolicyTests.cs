namespace FamilyFirst.Web.Tests.Account;

public class PasswordPolicyTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public async Task Password_LengthFrom12To128_IsAccepted(int length, bool accepted)
    {
        var password = string.Concat(Enumerable.Repeat("river stone ", 11))[..length];
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await StaffAccounts.CreateAsync(scope.ServiceProvider, $"length{length}@example.gov.uk", "Length test", [Roles.Practitioner], [], password);

        Assert.Equal(accepted, result.Succeeded);
    }

    [Theory]
    [InlineData("alllowercaseletters")]
    [InlineData("no digits or symbols needed")]
    public async Task Password_HasNoCompositionRules(string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await StaffAccounts.CreateAsync(scope.ServiceProvider, $"{Guid.NewGuid():N}@example.gov.uk", "Composition test", [Roles.Practitioner], [], password);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Password_ThatIsWellKnown_IsRefused()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await StaffAccounts.CreateAsync(scope.ServiceProvider, "common@example.gov.uk", "Common", [Roles.Practitioner], [], "password1234");

        Assert.Contains(result.Errors, e => e.Code == "PasswordTooCommon");
    }
}
