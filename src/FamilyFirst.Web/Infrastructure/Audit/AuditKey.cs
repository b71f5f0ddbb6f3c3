using System.Security.Cryptography;

namespace FamilyFirst.Web.Infrastructure.Audit;

/// <summary>
/// The settings of the keyed audit chain (<c>Audit:*</c>). The key is never in the database: in Production it must
/// be configured (<c>Audit:Key</c>, at least 32 random bytes as Base64, from a secret store or environment variable)
/// or the app refuses to start; in Development it is generated once into the data folder; under test each app gets
/// its own. <c>Audit:KeyedFromSequence</c> is the first row sealed with the key in a trail that began unkeyed (ADR
/// 0018); <c>Audit:CheckpointPath</c> is the append-only file of checkpoints, outside the database.
/// </summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    public string? Key { get; set; }

    public long KeyedFromSequence { get; set; } = 1;

    public string? CheckpointPath { get; set; }

    /// <summary>
    /// How many chains concurrent writers spread over on PostgreSQL (docs/adr/0030); SQLite has one writer at a time and
    /// always uses one. Raising or lowering it is safe (verify walks every chain the trail holds); more chains than
    /// concurrent audited requests buy nothing.
    /// </summary>
    public int Chains { get; set; } = 16;

    /// <summary>How often the checkpoint job writes the chains' heads; 0 turns the job off.</summary>
    public int CheckpointMinutes { get; set; } = 60;

    public static bool IsValidKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        var bytes = new byte[key.Length];
        return Convert.TryFromBase64String(key, bytes, out var written) && written >= 32;
    }
}

/// <summary>The key and settings the audit chain is sealed and verified with, resolved once per app.</summary>
public sealed class AuditKey
{
    public AuditKey(byte[] key, long keyedFrom, string checkpointPath, int chains = 16)
    {
        Key = key;
        KeyedFrom = Math.Max(1, keyedFrom);
        CheckpointPath = checkpointPath;
        Chains = Math.Clamp(chains, 1, 1024);
    }

    /// <summary>How many chains writers may append to at once on PostgreSQL (<c>Audit:Chains</c>).</summary>
    public int Chains { get; }

    public byte[] Key { get; }

    public long KeyedFrom { get; }

    public string CheckpointPath { get; }

    public static AuditKey Resolve(AuditOptions options, IHostEnvironment environment, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(configuration);
        var dataFolder = Path.GetFullPath(configuration["DataFolder"] ?? "App_Data", environment.ContentRootPath);
        var testing = environment.IsEnvironment("Testing");
        var checkpointPath = !string.IsNullOrWhiteSpace(options.CheckpointPath) ? Path.GetFullPath(options.CheckpointPath, environment.ContentRootPath)
            : testing ? Path.Combine(Path.GetTempPath(), $"familyfirst-audit-checkpoints-{Guid.NewGuid():N}.jsonl")
            : Path.Combine(dataFolder, "audit-checkpoints.jsonl");
        if (AuditOptions.IsValidKey(options.Key))
        {
            return new AuditKey(Convert.FromBase64String(options.Key!), options.KeyedFromSequence, checkpointPath, options.Chains);
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException("Audit:Key must be set in Production: at least 32 random bytes as Base64 (see docs/security.md).");
        }

        if (testing)
        {
            return new AuditKey(RandomNumberGenerator.GetBytes(32), options.KeyedFromSequence, checkpointPath, options.Chains);
        }

        // Development: one key for this machine's database, kept beside it (never in it).
        var keyFile = Path.Combine(dataFolder, "audit-key");
        if (!File.Exists(keyFile))
        {
            Directory.CreateDirectory(dataFolder);
            File.WriteAllText(keyFile, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        return new AuditKey(Convert.FromBase64String(File.ReadAllText(keyFile).Trim()), options.KeyedFromSequence, checkpointPath, options.Chains);
    }
}
