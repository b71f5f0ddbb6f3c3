using System.Diagnostics;
using FamilyFirst.Web.Infrastructure.CommandLine;

namespace FamilyFirst.Web.Tests.CommandLine;

/// <summary>
/// The command line itself, parsed by System.CommandLine: help for the tool and each verb, and a wrong command
/// line refused with exit code 2 before anything runs (the services are never built, so no database is touched).
/// </summary>
public class CommandLineTests
{
    public static TheoryData<string> VerbNames => ["migrate", "create-admin", "seed-demo", "audit verify", "import", "results", "report impact", "reminders run", "backup", "restore"];

    [Fact]
    public async Task Help_ForTheTool_ListsTheVerbs_AndBuildsNothing()
    {
        var (exit, output, error) = await RunAsync("--help");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        foreach (var word in new[] { "migrate", "create-admin", "seed-demo", "audit", "import", "results", "report", "reminders", "backup", "restore" })
        {
            Assert.Contains(word, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(VerbNames))]
    public async Task Help_ForEachVerb_DescribesIt_AndRunsNothing(string verb)
    {
        var (exit, output, _) = await RunAsync([.. verb.Split(' '), "--help"]);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains(verb, output, StringComparison.Ordinal);
        Assert.Contains("--help", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("results --help", "--as-at", "--format", "--output")]
    [InlineData("report impact --help", "--as-at", "--from", "--to", "--team")]
    [InlineData("import --help", "<kind>", "<file>", "--valid-rows-only", "--dry-run")]
    [InlineData("create-admin --help", "--email")]
    [InlineData("reminders run --help", "--date")]
    public async Task Help_ForAVerb_NamesItsArgumentsAndOptions(string commandLine, params string[] expected)
    {
        var (exit, output, _) = await RunAsync(commandLine.Split(' '));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.All(expected, e => Assert.Contains(e, output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("results --as-at 2014-09-01 --outptu f.csv", "--outptu")]
    [InlineData("migrate --force", "--force")]
    [InlineData("audit verify everything", "everything")]
    [InlineData("reminders run --date 2030-04-01 --dry-run", "--dry-run")]
    [InlineData("report impact --as-at 2014-09-01 --teams North", "--teams")]
    [InlineData("seed-demo --password x", "--password")]
    public async Task AnUnknownOptionOrArgument_IsRefused_WithExitCode2_AndNothingRuns(string commandLine, string unknown)
    {
        var (exit, output, error) = await RunAsync(commandLine.Split(' '));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"Unrecognized command or argument '{unknown}'", error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("results", "--as-at")]
    [InlineData("results --format json", "--as-at")]
    [InlineData("report impact --team North", "--as-at")]
    [InlineData("create-admin", "--email")]
    public async Task AMissingRequiredOption_IsRefused_WithExitCode2(string commandLine, string option)
    {
        var (exit, output, error) = await RunAsync(commandLine.Split(' '));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"Option '{option}' is required.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("results --as-at 01/09/2014", "--as-at must be a real date in the form yyyy-MM-dd")]
    [InlineData("results --as-at 2014-09-01 --format xml", "xml")]
    [InlineData("report impact --as-at 2014-09-01 --from 2014-01-01 --to 2013-01-01", "--from must be on or before --to")]
    [InlineData("import truancy x.csv", "truancy")]
    [InlineData("import attendance /no/such/file.csv", "There is no file at /no/such/file.csv.")]
    [InlineData("create-admin --email nobody", "Enter an email address")]
    [InlineData("audit", "Required command was not provided")]
    public async Task AMalformedValue_IsRefused_WithExitCode2_AndSaysWhy(string commandLine, string message)
    {
        var (exit, _, error) = await RunAsync(commandLine.Split(' '));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], true)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5099" }, true)]
    [InlineData(new[] { "--environment=Development" }, true)]
    [InlineData(new[] { "--help" }, false)]
    [InlineData(new[] { "-h" }, false)]
    [InlineData(new[] { "migrate" }, false)]
    [InlineData(new[] { "frobnicate" }, false)]
    public void TheWebApplication_RunsWithNoVerb_OrWithOnlyHostingOptions(string[] args, bool serves)
    {
        Assert.Equal(serves, Verbs.ServeTheWebApplication(args));
    }

    [Fact]
    public async Task TheExecutable_WithHelp_PrintsItAndExits_WithoutStartingTheWebServer()
    {
        var (exit, output, _) = await RunExecutableAsync("--help");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("results", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExecutable_WithAMisspeltOption_ExitsWith2()
    {
        var (exit, output, error) = await RunExecutableAsync("results", "--as-at", "2014-09-01", "--outptu", "f.csv");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--outptu", error, StringComparison.Ordinal);
    }

    /// <summary>Runs the command line with services that fail if anything asks for them: parsing and help need none.</summary>
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await Verbs.RunAsync(args, () => throw new InvalidOperationException("The services were built."), new StringReader(string.Empty), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs the web project's executable as an administrator would, with a time limit.</summary>
    private static async Task<(int Exit, string Output, string Error)> RunExecutableAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FamilyFirst.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The executable did not exit within 60 seconds: it started the web server.");
        }

        return (process.ExitCode, await output, await error);
    }
}
