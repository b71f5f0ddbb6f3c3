using FamilyFirst.Web.Data.Imports;
using System.Text.Json;
using FamilyFirst.Domain.Imports;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Imports;

/// <summary>A partner file uploaded on the import page, waiting for the person who uploaded it to preview and apply it.</summary>
public sealed record UploadedFile(Guid Id, ImportKind Kind, string FileName, bool ValidRowsOnly, string UploadedByUserId, DateTime UploadedAtUtc, DateTime ExpiresAtUtc);

/// <summary>What became of an upload someone asked for: theirs and still kept, theirs and expired, or not theirs to see.</summary>
public sealed record UploadLookup(UploadedFile? Upload, bool Expired)
{
    public static UploadLookup NotFound { get; } = new(null, false);
}

/// <summary>
/// Where uploads wait between the upload and the apply: out of the database, for a limited time, readable only by
/// the person who uploaded them. Any app node must be able to read what another stored (a shared folder).
/// </summary>
public interface IUploadStore
{
    /// <summary>Keeps the file for the configured time, under a new random id.</summary>
    Task<UploadedFile> SaveAsync(Stream content, ImportKind kind, string fileName, bool validRowsOnly, string uploadedByUserId, CancellationToken cancellationToken);

    /// <summary>The upload if <paramref name="userId"/> uploaded it; an expired one is removed and reported as expired.</summary>
    Task<UploadLookup> FindAsync(Guid id, string userId, CancellationToken cancellationToken);

    /// <summary>The file's bytes, seekable, for an upload <see cref="FindAsync"/> gave.</summary>
    Stream Open(UploadedFile upload);

    Task RemoveAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The uploads <paramref name="userId"/> made that are still kept, waiting for their preview and apply, oldest first.</summary>
    Task<IReadOnlyList<UploadedFile>> WaitingForAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Removes every upload past its expiry; returns how many.</summary>
    Task<int> RemoveExpiredAsync(CancellationToken cancellationToken);
}

/// <summary>Imports:Uploads settings.</summary>
public sealed class UploadStoreOptions
{
    public const string Section = "Imports:Uploads";

    /// <summary>The folder uploads are kept in; relative paths are under the content root. Empty means <c>DataFolder</c>/uploads.</summary>
    public string? Folder { get; set; }

    /// <summary>How long an upload is kept for its preview and apply.</summary>
    public double LifetimeHours { get; set; } = 24;

    /// <summary>How often one node removes expired uploads.</summary>
    public double SweepMinutes { get; set; } = 60;
}

/// <summary>
/// Uploads as files in a folder: <c>{id}.csv</c> holds the bytes and <c>{id}.json</c> who uploaded it, what it is
/// and when it expires. The metadata is written last, so a file without it is an unfinished upload (swept by age).
/// Ids are random GUIDs, so a name cannot be guessed; the owner is checked on every read all the same.
/// </summary>
public sealed class FileUploadStore(IOptions<UploadStoreOptions> options, TimeProvider clock) : IUploadStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Folder { get; } = options.Value.Folder ?? throw new InvalidOperationException($"{UploadStoreOptions.Section}:Folder is not set.");

    private TimeSpan Lifetime => TimeSpan.FromHours(options.Value.LifetimeHours);

    public async Task<UploadedFile> SaveAsync(Stream content, ImportKind kind, string fileName, bool validRowsOnly, string uploadedByUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(Folder);
        var now = clock.GetUtcNow().UtcDateTime;
        var upload = new UploadedFile(Guid.NewGuid(), kind, Path.GetFileName(fileName), validRowsOnly, uploadedByUserId, now, now + Lifetime);
        await using (var file = new FileStream(ContentPath(upload.Id), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, FileOptions.Asynchronous))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        var metadata = MetadataPath(upload.Id);
        await File.WriteAllTextAsync(metadata + ".part", JsonSerializer.Serialize(Stored.From(upload), Json), cancellationToken);
        File.Move(metadata + ".part", metadata);
        return upload;
    }

    public async Task<UploadLookup> FindAsync(Guid id, string userId, CancellationToken cancellationToken)
    {
        if (await ReadAsync(id, cancellationToken) is not { } upload || !string.Equals(upload.UploadedByUserId, userId, StringComparison.Ordinal))
        {
            return UploadLookup.NotFound;
        }

        if (IsExpired(upload))
        {
            await RemoveAsync(id, cancellationToken);
            return new UploadLookup(null, true);
        }

        return new UploadLookup(upload, false);
    }

    public Stream Open(UploadedFile upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return new FileStream(ContentPath(upload.Id), FileMode.Open, FileAccess.Read, FileShare.Read, 65_536, FileOptions.Asynchronous | FileOptions.SequentialScan);
    }

    public Task RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        // Metadata first: without it the upload no longer exists for anyone, whatever happens to the bytes.
        Delete(MetadataPath(id));
        Delete(ContentPath(id));
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<UploadedFile>> WaitingForAsync(string userId, CancellationToken cancellationToken)
    {
        var waiting = new List<UploadedFile>();
        if (!Directory.Exists(Folder))
        {
            return waiting;
        }

        foreach (var metadata in Directory.EnumerateFiles(Folder, "*.json"))
        {
            if (Guid.TryParseExact(Path.GetFileNameWithoutExtension(metadata), "N", out var id)
                && await ReadAsync(id, cancellationToken) is { } upload
                && string.Equals(upload.UploadedByUserId, userId, StringComparison.Ordinal) && !IsExpired(upload))
            {
                waiting.Add(upload);
            }
        }

        return waiting.OrderBy(u => u.UploadedAtUtc).ToList();
    }

    public async Task<int> RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var metadata in Directory.EnumerateFiles(Folder, "*.json"))
        {
            if (Guid.TryParseExact(Path.GetFileNameWithoutExtension(metadata), "N", out var id)
                && await ReadAsync(id, cancellationToken) is { } upload && IsExpired(upload))
            {
                await RemoveAsync(id, cancellationToken);
                removed++;
            }
        }

        // Bytes whose metadata never came (the node stopped mid-upload), once older than any upload may live.
        var abandonedBefore = clock.GetUtcNow().UtcDateTime - Lifetime;
        foreach (var path in Directory.EnumerateFiles(Folder).Where(p => p.EndsWith(".csv", StringComparison.Ordinal) || p.EndsWith(".part", StringComparison.Ordinal)))
        {
            var id = Path.GetFileName(path).Split('.')[0];
            if (!File.Exists(Path.Combine(Folder, id + ".json")) && File.GetLastWriteTimeUtc(path) < abandonedBefore)
            {
                Delete(path);
                removed++;
            }
        }

        return removed;
    }

    private bool IsExpired(UploadedFile upload) => clock.GetUtcNow().UtcDateTime >= upload.ExpiresAtUtc;

    private async Task<UploadedFile?> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = File.OpenRead(MetadataPath(id));
            return (await JsonSerializer.DeserializeAsync<Stored>(file, Json, cancellationToken))?.ToUpload();
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }
    }

    private string ContentPath(Guid id) => Path.Combine(Folder, id.ToString("N") + ".csv");

    private string MetadataPath(Guid id) => Path.Combine(Folder, id.ToString("N") + ".json");

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Open on another node, or already gone: the next sweep tries again.
        }
    }

    /// <summary>The metadata as written to disk (the kind by its file-format name).</summary>
    private sealed record Stored(Guid Id, string Kind, string FileName, bool ValidRowsOnly, string UploadedByUserId, DateTime UploadedAtUtc, DateTime ExpiresAtUtc)
    {
        public static Stored From(UploadedFile upload) =>
            new(upload.Id, upload.Kind.Name(), upload.FileName, upload.ValidRowsOnly, upload.UploadedByUserId, upload.UploadedAtUtc, upload.ExpiresAtUtc);

        public UploadedFile? ToUpload() =>
            ImportKinds.Parse(Kind) is { Succeeded: true } kind
                ? new UploadedFile(Id, kind.Value!, FileName, ValidRowsOnly, UploadedByUserId, DateTime.SpecifyKind(UploadedAtUtc, DateTimeKind.Utc), DateTime.SpecifyKind(ExpiresAtUtc, DateTimeKind.Utc))
                : null;
    }
}
