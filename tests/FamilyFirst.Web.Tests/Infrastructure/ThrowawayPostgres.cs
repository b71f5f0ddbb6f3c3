using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server of a test's own (a new cluster on a free port, in a temporary folder), for tests that stop
/// and start the database or need a server set up their way. Never the shared test server. About two seconds to
/// start; removed when disposed. Uses Debian's PostgreSQL (scripts/test installs it); as root it runs the server as
/// the postgres user, since initdb refuses root.
/// </summary>
public sealed class ThrowawayPostgres : IDisposable
{
    private readonly string _bin;
    private readonly string _folder;

    private ThrowawayPostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string DataDirectory => Path.Combine(_folder, "data");

    public string BinDirectory => _bin;

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Timeout = 3 }.ConnectionString;

    public static async Task<ThrowawayPostgres> StartAsync(params string[] settings)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        Assert.True(bin is not null, "PostgreSQL's server programs are not installed (/usr/lib/postgresql/*/bin): scripts/test installs them.");
        var server = new ThrowawayPostgres(bin!, await NewFolderAsync(), FreePort());
        await server.RunAsPostgresAsync("initdb", "-D", server.DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        // Fast, and still as durable as a real server against what these tests do to it: a stop with "-m immediate" is a
        // crash of PostgreSQL's processes, not of the machine, so skipping fsync loses nothing. Commits stay
        // synchronous: an asynchronous commit still in PostgreSQL's memory when the processes are killed is lost, and
        // the test would then see the database forget what it had acknowledged (a new user, a security stamp).
        var conf = string.Join('\n', new[] { "fsync = off", "full_page_writes = off" }.Concat(settings));
        await File.AppendAllTextAsync(Path.Combine(server.DataDirectory, "postgresql.conf"), "\n" + conf + "\n");
        await server.StartAsync();
        return server;
    }

    /// <summary>
    /// A hot standby of <paramref name="primary"/>, as docs/operations.md sets one up: <c>pg_basebackup -R</c> through a
    /// replication slot of its own (<paramref name="slot"/>, made by the backup), streaming from the primary, started on a port
    /// of its own and answering read-only queries.
    /// </summary>
    public static async Task<ThrowawayPostgres> StandbyOfAsync(ThrowawayPostgres primary, string slot)
    {
        ArgumentNullException.ThrowIfNull(primary);
        var standby = new ThrowawayPostgres(primary._bin, await NewFolderAsync(), FreePort());
        await standby.RunAsPostgresAsync(
            "pg_basebackup", "-h", "127.0.0.1", "-p", primary.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres",
            "-D", standby.DataDirectory, "-R", "-X", "stream", "-C", "-S", slot, "--checkpoint=fast", "--no-sync");
        await standby.StartAsync();
        return standby;
    }

    public Task StartAsync() => RunAsPostgresAsync(
        "pg_ctl", "-D", DataDirectory, "-l", Path.Combine(_folder, "log"), "-w", "-o", $"-c port={Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={_folder}", "start");

    /// <summary>Stops the server at once, as a crash or a restart would look to the app: connections are cut.</summary>
    public Task StopAsync() => RunAsPostgresAsync("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");

    public void Dispose()
    {
        try
        {
            RunAsPostgresAsync("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop").GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder.
        }
    }

    public Task RunAsPostgresAsync(string program, params string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, program), .. args])
            : RunAsync(Path.Combine(_bin, program), args);

    private static async Task RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await output} {await error}");
        }
    }

    private static async Task<string> NewFolderAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "familyfirst-tests", "pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        await RunAsync("chmod", "777", folder);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres:postgres", folder);
        }

        return folder;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
