using System.Collections.Concurrent;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Tests.Families;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace FamilyFirst.Web.Tests.Account;

/// <summary>The app with its log lines kept, to check what sign-in events write to the log.</summary>
public sealed class LoggedSignInFactory : FamilyFirstFactory
{
    public ConcurrentQueue<string> Lines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(new KeptLog(Lines)));
    }

    private sealed class KeptLog(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{eventId.Id} {formatter(state, exception)}");

        public void Dispose()
        {
        }
    }
}

public class SignInEventTests(LoggedSignInFactory factory) : IClassFixture<LoggedSignInFactory>
{
    [Fact]
    public async Task SignInEvents_AreAudited_AndLoggedWithoutPersonalData()
    {
        var user = await factory.CreateUserAsync("events.person@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync("/sign-in");
        await client.PostFormAsync("/sign-in", page, ("Email", "events.person@example.gov.uk"), ("Password", "a wrong password here"));
        await client.PostFormAsync("/sign-in", page, ("Email", "events.nobody@example.gov.uk"), ("Password", "a wrong password here"));
        await client.SignInAsync("events.person@example.gov.uk");
        var home = await client.GetPageAsync("/staff");
        await client.PostFormAsync("/sign-out", home, [], "form[action='/sign-out']");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.PostFormAsync("/sign-in", page, ("Email", "events.person@example.gov.uk"), ("Password", "a wrong password " + attempt));
        }

        var rows = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.Authentication).OrderBy(e => e.Sequence).ToListAsync());
        var mine = rows.Where(r => r.RecordId == user.Id).Select(r => r.Detail).ToList();
        Assert.Equal(
            ["Sign-in failed: wrong password", "Signed in: with a password", "Signed out (every session ended)", "Sign-in failed: wrong password", "Sign-in failed: wrong password",
             "Sign-in failed: wrong password", "Sign-in failed: wrong password", "Account locked after too many failed attempts"],
            mine);
        Assert.Contains(rows, r => r.RecordId == SignInEvents.UnknownAccount && r.Detail == "Sign-in failed: no such account");
        Assert.All(rows, r => Assert.Equal(SignInEvents.RecordType, r.RecordType));

        var logged = factory.Lines.Where(l => l.StartsWith("1700 ", StringComparison.Ordinal)).ToList();
        Assert.Contains(logged, l => l.Contains("SignedIn", StringComparison.Ordinal));
        Assert.Contains(logged, l => l.Contains("LockedOut", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Lines, l => l.Contains("events.person", StringComparison.OrdinalIgnoreCase) || l.Contains("events.nobody", StringComparison.OrdinalIgnoreCase));
    }
}
