using System.CommandLine;
using System.CommandLine.Invocation;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// The exit codes of every verb, as the README's table gives them: a scheduler can tell a job that failed from a
/// command line that was wrong.
/// </summary>
public static class ExitCodes
{
    /// <summary>The job did what was asked (and <c>--help</c> was shown).</summary>
    public const int Success = 0;

    /// <summary>The job ran and did not succeed: a file with errors, a broken audit trail, a reminder source that failed.</summary>
    public const int Failed = 1;

    /// <summary>The command line was wrong: an unknown verb, option or argument, a missing or malformed value.</summary>
    public const int Usage = 2;

    /// <summary>Something unexpected went wrong (a bug, or the database out of reach): the details are on standard error.</summary>
    public const int Unexpected = 3;
}

/// <summary>
/// What a verb's action is handed: the application's services, built only when a verb runs (so <c>--help</c> and
/// a wrong command line need no database), and the console.
/// </summary>
public sealed class VerbConsole(Func<IServiceProvider> services, TextReader input, TextWriter output, TextWriter error)
{
    private IServiceProvider? _services;

    public IServiceProvider Services => _services ??= services();

    public TextReader Input => input;

    public TextWriter Output => output;

    public TextWriter Error => error;
}

/// <summary>
/// A job an administrator or a scheduled task runs with the web project's executable, for example
/// <c>dotnet run --project src/FamilyFirst.Web -- migrate</c>. Each declares its arguments and options to
/// System.CommandLine, prints a plain summary, writes errors to standard error and returns one of the <see cref="ExitCodes"/>.
/// </summary>
public abstract class Verb
{
    /// <summary>The words that name it, such as "migrate" or "audit verify".</summary>
    public abstract string Name { get; }

    /// <summary>What it does, for <c>--help</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Its arguments and options, each created for this instance.</summary>
    protected virtual IEnumerable<Symbol> Symbols => [];

    /// <summary>Runs the job once the command line has been parsed and found valid.</summary>
    protected abstract Task<int> RunAsync(ParseResult command, VerbConsole console, CancellationToken cancellationToken);

    /// <summary>Runs this verb with the arguments that follow its name, exactly as the executable would.</summary>
    public Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error) =>
        Verbs.RunAsync([.. Name.Split(' '), .. args], () => services, input, output, error);

    internal Command CreateCommand(VerbConsole console)
    {
        var command = new Command(Name.Split(' ')[^1], Description);
        foreach (var symbol in Symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
            }
        }

        command.SetAction((parsed, cancellationToken) => RunAsync(parsed, console, cancellationToken));
        return command;
    }
}

/// <summary>The verbs, and the one place the command line is parsed.</summary>
public static class Verbs
{
    private static readonly string[] HelpTokens = ["--help", "-h", "-?", "/?", "/h", "--version"];

    private static Verb[] All() =>
    [
        new MigrateVerb(), new CreateAdminVerb(), new SeedDemoVerb(), new AuditVerifyVerb(), new ImportVerb(), new ResultsVerb(),
        new ReportImpactVerb(), new RemindersRunVerb(), new BackupVerb(), new RestoreVerb(),
    ];

    /// <summary>
    /// Whether the arguments ask for the web application: none at all, or only options for ASP.NET Core's hosting
    /// (<c>--urls</c>, <c>--environment</c> ...). A first word that is not an option, and <c>--help</c>, go to the verbs.
    /// </summary>
    public static bool ServeTheWebApplication(string[] args) =>
        args.Length == 0 || (args[0].StartsWith('-') && !HelpTokens.Contains(args[0], StringComparer.OrdinalIgnoreCase));

    /// <summary>The verb the command line names (a new instance), an unknown verb, or null to run the web application.</summary>
    public static Verb? Find(string[] args)
    {
        if (ServeTheWebApplication(args))
        {
            return null;
        }

        return All().FirstOrDefault(v => Names(v, args)) ?? new UnknownVerb(args[0]);
    }

    /// <summary>
    /// Parses the whole command line (verb words, arguments and options) and runs the verb it names. A command line
    /// with errors runs nothing: the errors and the verb's help go to standard error, with <see cref="ExitCodes.Usage"/>.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, Func<IServiceProvider> services, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var console = new VerbConsole(services, input, output, error);
        var root = CreateRootCommand(console);
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            // System.CommandLine writes the errors, any "did you mean", and the verb's help; all of it to standard
            // error, and the exit code is ours.
            await parsed.InvokeAsync(new InvocationConfiguration { Output = error, Error = error }, cancellationToken);
            return ExitCodes.Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await error.WriteLineAsync($"The command stopped with an unexpected error: {e}");
            return ExitCodes.Unexpected;
        }
    }

    /// <summary>The tool's commands: each verb, with the verbs of two words ("audit verify") under their first word.</summary>
    public static RootCommand CreateRootCommand(VerbConsole console)
    {
        var root = new RootCommand(
            "Family First. With no command it serves the web application (ASP.NET Core's options, such as --urls, apply). "
            + "With a command it runs that job and exits: 0 success, 1 the job failed, 2 the command line was wrong, 3 an unexpected error.")
        {
            HelpName = "FamilyFirst.Web",
        };
        foreach (var verb in All())
        {
            var words = verb.Name.Split(' ');
            var parent = root as Command;
            foreach (var word in words[..^1])
            {
                var group = parent.Subcommands.FirstOrDefault(c => c.Name == word);
                if (group is null)
                {
                    group = new Command(word, GroupDescription(word));
                    parent.Subcommands.Add(group);
                }

                parent = group;
            }

            parent.Subcommands.Add(verb.CreateCommand(console));
        }

        return root;
    }

    private static string GroupDescription(string word) => word switch
    {
        "audit" => "The audit trail.",
        "report" => "Reports.",
        "reminders" => "Reminders to staff and families.",
        _ => word,
    };

    /// <summary>Whether the arguments start with the verb's words ("audit verify" is two).</summary>
    private static bool Names(Verb verb, string[] args)
    {
        var words = verb.Name.Split(' ');
        return args.Length >= words.Length && words.SequenceEqual(args.Take(words.Length), StringComparer.Ordinal);
    }

    /// <summary>A first word that names no verb: parsing it gives the error and the list of commands.</summary>
    private sealed class UnknownVerb(string name) : Verb
    {
        public override string Name => name;

        public override string Description => string.Empty;

        protected override Task<int> RunAsync(ParseResult command, VerbConsole console, CancellationToken cancellationToken) =>
            Task.FromResult(ExitCodes.Usage);
    }
}
