namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// A job an administrator or a scheduled task runs with the web project's executable, for example
/// <c>dotnet run --project src/FamilyFirst.Web -- migrate</c>. Each prints a plain summary, writes errors to
/// standard error, and returns a non-zero exit code on failure.
/// </summary>
public interface IVerb
{
    /// <summary>The words that name it, such as "migrate" or "audit verify".</summary>
    string Name { get; }

    string Usage { get; }

    Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error);
}

public static class Verbs
{
    private static readonly IVerb[] All = [new MigrateVerb(), new CreateAdminVerb(), new SeedDemoVerb(), new AuditVerifyVerb(), new RemindersRunVerb()];

    /// <summary>The verb the command line names, or null to run the web application.</summary>
    public static IVerb? Find(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        return All.FirstOrDefault(v => Names(v, args)) ?? new UnknownVerb(args[0]);
    }

    /// <summary>Whether the arguments start with the verb's words ("audit verify" is two).</summary>
    private static bool Names(IVerb verb, string[] args)
    {
        var words = verb.Name.Split(' ');
        return args.Length >= words.Length && words.SequenceEqual(args.Take(words.Length), StringComparer.Ordinal);
    }

    /// <summary>Reads <c>--name value</c> from the arguments.</summary>
    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private sealed class UnknownVerb(string name) : IVerb
    {
        public string Name => name;

        public string Usage => string.Empty;

        public Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
        {
            error.WriteLine($"Unknown command '{name}'. Commands:");
            foreach (var verb in All)
            {
                error.WriteLine($"  {verb.Usage}");
            }

            return Task.FromResult(2);
        }
    }
}
