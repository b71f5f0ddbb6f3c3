using System.Text.Json;
using FamilyFirst.Domain.Audit;

namespace FamilyFirst.Web.Infrastructure.Audit;

/// <summary>
/// Writes and reads the checkpoints of the audit chains: one JSON line per checkpoint (every chain's row count and last
/// hash, the total, the time, a MAC; docs/adr/0030),
/// appended to <see cref="AuditKey.CheckpointPath"/>, outside the database, so someone who can write the database
/// cannot make deleted or rewritten rows agree with it. Written by <see cref="AuditCheckpointJob"/> and by
/// <c>audit verify</c>.
/// </summary>
public sealed class AuditCheckpoints(AuditKey key, TimeProvider time)
{
    private static readonly SemaphoreSlim FileLock = new(1, 1);

    /// <summary>Appends a checkpoint of every chain's head as it is now; returns it (null for an empty trail).</summary>
    /// <remarks>
    /// Each head is the last committed row of its chain when read (one index look-up per chain); a chain only grows, so
    /// each is a true prefix of its chain whatever is written meanwhile.
    /// </remarks>
    public async Task<AuditCheckpoint?> WriteAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var highest = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Chain).Select(e => (int?)e.Chain).FirstOrDefaultAsync(cancellationToken);
        if (highest is null)
        {
            return null;
        }

        var heads = new List<AuditChainHead>();
        for (var chain = 0; chain <= highest; chain++)
        {
            var head = await db.AuditEntries.AsNoTracking().Where(e => e.Chain == chain).OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
            if (head is not null)
            {
                heads.Add(new AuditChainHead(chain, head.Sequence, head.Hash));
            }
        }

        var checkpoint = AuditCheckpoint.Create(key.Key, heads, AuditChain.Normalise(time.GetUtcNow().UtcDateTime));
        var line = JsonSerializer.Serialize(checkpoint) + "\n";
        await FileLock.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(key.CheckpointPath)!);
            await File.AppendAllTextAsync(key.CheckpointPath, line, cancellationToken);
        }
        finally
        {
            FileLock.Release();
        }

        return checkpoint;
    }

    /// <summary>
    /// The checkpoint with the most rows among those written with the key (a later checkpoint never counts fewer rows
    /// of an intact trail, in any chain), and how many lines were not authentic (edited or forged in the file).
    /// </summary>
    public async Task<(AuditCheckpoint? Latest, int NotAuthentic)> ReadLatestAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(key.CheckpointPath))
        {
            return (null, 0);
        }

        AuditCheckpoint? latest = null;
        var notAuthentic = 0;
        foreach (var line in await File.ReadAllLinesAsync(key.CheckpointPath, cancellationToken))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            AuditCheckpoint? checkpoint;
            try
            {
                checkpoint = JsonSerializer.Deserialize<AuditCheckpoint>(line);
            }
            catch (JsonException)
            {
                checkpoint = null;
            }

            if (checkpoint is null || !checkpoint.IsAuthentic(key.Key))
            {
                notAuthentic++;
                continue;
            }

            if (latest is null || checkpoint.Count >= latest.Count)
            {
                latest = checkpoint;
            }
        }

        return (latest, notAuthentic);
    }
}

/// <summary>Writes a checkpoint of the audit chain every <c>Audit:CheckpointMinutes</c> (each node; the file is append-only).</summary>
public sealed partial class AuditCheckpointJob(IServiceScopeFactory scopes, AuditOptions options, TimeProvider time, ILogger<AuditCheckpointJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.CheckpointMinutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.CheckpointMinutes), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var checkpoint = await scope.ServiceProvider.GetRequiredService<AuditCheckpoints>()
                        .WriteAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
                    CheckpointWritten(logger, checkpoint?.Count ?? 0);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    CheckpointFailed(logger, ex.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoint written at row {Count}")]
    private static partial void CheckpointWritten(ILogger logger, long count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit checkpoint failed: {Error}")]
    private static partial void CheckpointFailed(ILogger logger, string error);
}
