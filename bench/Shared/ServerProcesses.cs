// Linked into each benchmark that measures a PostgreSQL cluster's processor time (see bench/README.md).
using System.Globalization;

/// <summary>
/// The processor time of one PostgreSQL cluster: its postmaster (the first line of postmaster.pid) and every process
/// whose parent it is (backends, autovacuum, checkpointer, WAL writer...), from /proc/[pid]/stat. The postmaster's
/// cutime and cstime hold the time of children it has already reaped (closed connections, finished autovacuum
/// workers), so a backend that ends during a step is still counted.
/// </summary>
internal sealed class ServerProcesses(string dataDirectory)
{
    // USER_HZ: the unit of the times in /proc/[pid]/stat, 100 on every Linux the app runs on.
    private const double TicksPerSecond = 100;

    public double ProcessorSeconds()
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First().Trim(), CultureInfo.InvariantCulture);
        var ticks = 0L;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (IOException)
            {
                continue; // ended meanwhile (its time is now in the postmaster's cutime and cstime)
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            // Fields after the command name (in parentheses, which may hold spaces): state, ppid, ... utime (14th field
            // of the line), stime, cutime, cstime.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
            if (pid == postmaster)
            {
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                    + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            }
            else if (parent == postmaster)
            {
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
        }

        return ticks / TicksPerSecond;
    }
}
