using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.CommandLine;
using FamilyFirst.Web.Infrastructure.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;

namespace FamilyFirst.Web.Tests.CommandLine;

public class VerbTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task CreateAdmin_ReadsThePasswordFromStandardInput()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await Verbs.Find(["create-admin"])!.RunAsync(factory.Services, ["--email", "first.admin@example.gov.uk"], new StringReader("a strong admin password\n"), output, error);

        Assert.Equal(0, exit);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = await users.FindByEmailAsync("first.admin@example.gov.uk");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Administrator));
        Assert.True(await users.CheckPasswordAsync(admin, "a strong admin password"));
    }

    [Fact]
    public async Task CreateAdmin_WithAShortPassword_FailsAndSaysWhy()
    {
        var error = new StringWriter();

        var exit = await Verbs.Find(["create-admin"])!.RunAsync(factory.Services, ["--email", "short.admin@example.gov.uk"], new StringReader("short\n"), new StringWriter(), error);

        Assert.NotEqual(0, exit);
        Assert.Contains("12 characters or more", error.ToString());
    }

    [Fact]
    public async Task CreateAdmin_WithoutEmail_Fails()
    {
        var exit = await Verbs.Find(["create-admin"])!.RunAsync(factory.Services, [], new StringReader("a strong admin password\n"), new StringWriter(), new StringWriter());

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task UnknownVerb_ListsTheCommands()
    {
        var error = new StringWriter();

        var exit = await Verbs.Find(["frobnicate"])!.RunAsync(factory.Services, [], new StringReader(string.Empty), new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("create-admin", error.ToString());
    }

    [Fact]
    public async Task SeedDemo_AddsTeamsAndOneAccountPerRole_AndIsSafeToRunTwice()
    {
        using var demo = new FamilyFirstFactory().WithSetting("DemoData:Password", "demo password for tests");
        var output = new StringWriter();

        Assert.Equal(0, await Verbs.Find(["seed-demo"])!.RunAsync(demo.Services, [], new StringReader(string.Empty), output, new StringWriter()));
        Assert.Equal(0, await Verbs.Find(["seed-demo"])!.RunAsync(demo.Services, [], new StringReader(string.Empty), output, new StringWriter()));

        await using var scope = demo.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(2, await db.Teams.CountAsync());
        Assert.Equal(DemoData.Accounts.Count, await db.Users.CountAsync());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var role in Roles.All)
        {
            Assert.NotEmpty(await users.GetUsersInRoleAsync(role));
        }

        Assert.Contains("practitioner@demo.familyfirst.test", output.ToString());
    }

    [Fact]
    public async Task SeedDemo_RefusesToRunInProduction()
    {
        using var production = ProductionFactory.Deployable();
        var error = new StringWriter();

        var exit = await Verbs.Find(["seed-demo"])!.RunAsync(production.Services, [], new StringReader(string.Empty), new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("refuses to run in Production", error.ToString());
    }

    [Fact]
    public async Task DataProtectionKeys_AreStoredInTheDatabase()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/sign-in");

        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.AnyAsync());
    }
}
