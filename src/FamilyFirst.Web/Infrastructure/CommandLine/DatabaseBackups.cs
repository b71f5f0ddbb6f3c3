using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>What a backup or a restore came to: done, or refused with a plain reason.</summary>
public sealed record BackupOutcome(bool Succeeded, string Message)
{
    public static BackupOutcome Done(string message) => new(true, message);

    public static BackupOutcome Refused(string message) => new(false, message);
}

/// <summary>
/// The simple backup and restore of the configured database, for the <c>backup</c> and <c>restore</c> verbs
/// (docs/operations.md has the production design: base backups plus WAL archiving). Each backup is one
/// consistent copy of the database as it was at one moment, safe to take while the app is running:
/// <c>pg_dump</c> reads in one snapshot on PostgreSQL; on SQLite the online backup API copies the file under a
/// read lock, between two writes. A restore goes only into a database that is new or empty, never over data.
/// </summary>
public static class DatabaseBackups
{
    public static async Task<BackupOutcome> BackupAsync(AppDbContext db, string output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (File.Exists(output))
        {
            return BackupOutcome.Refused($"There is already a file at {output}. Choose a new file name: a backup never overwrites one.");
        }

        var connectionString = db.Database.GetConnectionString()!;
        var folder = Path.GetDirectoryName(Path.GetFullPath(output))!;
        Directory.CreateDirectory(folder);
        if (db.Database.IsNpgsql())
        {
            // Custom format: compressed, and pg_restore can restore it in one transaction. Written beside the
            // target and renamed, so a failed dump never leaves a file that looks like a backup.
            var partial = output + ".partial";
            var (exit, error) = await RunPostgresToolAsync(
                "pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-privileges", "--file", partial], cancellationToken);
            if (exit != 0)
            {
                File.Delete(partial);
                return BackupOutcome.Refused($"pg_dump failed (exit code {exit}): {error.Trim()}");
            }

            File.Move(partial, output);
        }
        else
        {
            await using var source = new SqliteConnection(connectionString);
            await source.OpenAsync(cancellationToken);
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = output, Pooling = false }.ConnectionString);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
        }

        return BackupOutcome.Done($"Backed up the database to {output} ({new FileInfo(output).Length:N0} bytes).");
    }

    public static async Task<BackupOutcome> RestoreAsync(AppDbContext db, string input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connectionString = db.Database.GetConnectionString()!;
        return db.Database.IsNpgsql()
            ? await RestorePostgresAsync(connectionString, input, cancellationToken)
            : await RestoreSqliteAsync(connectionString, input, cancellationToken);
    }

    private static async Task<BackupOutcome> RestorePostgresAsync(string connectionString, string input, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? throw new InvalidOperationException("ConnectionStrings:Default names no database to restore into.");
        var (listExit, listError) = await RunPostgresToolAsync("pg_restore", connectionString, ["--list", input], cancellationToken, connect: false);
        if (listExit != 0)
        {
            return BackupOutcome.Refused($"{input} is not a backup pg_restore can read: {listError.Trim()}");
        }

        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(maintenance.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if ((long)(await exists.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var tables = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
            if ((long)(await tables.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                return BackupOutcome.Refused($"The database {name} already has tables. Restore into a new, empty database (set ConnectionStrings:Default to it), then point the app at it.");
            }
        }

        // One transaction: a restore that fails part-way leaves the database empty, not half restored.
        var (exit, error) = await RunPostgresToolAsync(
            "pg_restore", connectionString, ["--exit-on-error", "--single-transaction", "--no-owner", "--no-privileges", "--dbname", name, input], cancellationToken);
        return exit == 0
            ? BackupOutcome.Done($"Restored {input} into the database {name}.")
            : BackupOutcome.Refused($"pg_restore failed (exit code {exit}); nothing was restored: {error.Trim()}");
    }

    private static async Task<BackupOutcome> RestoreSqliteAsync(string connectionString, string input, CancellationToken cancellationToken)
    {
        var backupConnection = new SqliteConnectionStringBuilder { DataSource = input, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString;
        await using var backup = new SqliteConnection(backupConnection);
        try
        {
            await backup.OpenAsync(cancellationToken);
            await using var check = backup.CreateCommand();
            check.CommandText = "SELECT count(*) FROM \"__EFMigrationsHistory\"";
            await check.ExecuteScalarAsync(cancellationToken);
        }
        catch (SqliteException e)
        {
            return BackupOutcome.Refused($"{input} is not a Family First backup: {e.Message}");
        }

        var target = new SqliteConnectionStringBuilder(connectionString);
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await destination.OpenAsync(cancellationToken);
        await using (var tables = destination.CreateCommand())
        {
            tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
            if ((long)(await tables.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                return BackupOutcome.Refused($"The database {target.DataSource} already has tables. Restore into a new file (set ConnectionStrings:Default to it), then point the app at it.");
            }
        }

        backup.BackupDatabase(destination);
        return BackupOutcome.Done($"Restored {input} into {target.DataSource}.");
    }

    /// <summary>
    /// Runs a PostgreSQL client program (from the PATH) against the connection's server, with the connection's
    /// settings in libpq's environment variables so the password never appears on a command line.
    /// </summary>
    private static async Task<(int Exit, string Error)> RunPostgresToolAsync(
        string program, string connectionString, IEnumerable<string> arguments, CancellationToken cancellationToken, bool connect = true)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (connect)
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            start.Environment["PGHOST"] = builder.Host;
            start.Environment["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            start.Environment["PGDATABASE"] = builder.Database;
            start.Environment["PGUSER"] = builder.Username ?? Environment.UserName;
            if (!string.IsNullOrEmpty(builder.Password))
            {
                start.Environment["PGPASSWORD"] = builder.Password;
            }

            start.Environment["PGSSLMODE"] = builder.SslMode switch
            {
                SslMode.Disable => "disable",
                SslMode.Allow => "allow",
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                _ => "prefer",
            };
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{program} could not be started ({e.Message}). Install the PostgreSQL client programs of the server's version or later, and put them on the PATH.");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            await output;
            return (process.ExitCode, await error);
        }
    }
}
