using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Web.Infrastructure.Imports;

/// <summary>
/// A file uploaded on the import page and waiting for the person who uploaded it to look at the preview and
/// apply it. Held in the database (so any app node can apply it) and removed once applied or cancelled.
/// </summary>
public sealed class PendingImport
{
    /// <summary>Largest file accepted by the upload page; larger files go through the API or the import verb.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    public Guid Id { get; init; } = Guid.NewGuid();

    public ImportKind Kind { get; init; }

    public required string FileName { get; init; }

    public required byte[] Content { get; init; }

    public bool ValidRowsOnly { get; init; }

    public required string UploadedByUserId { get; init; }

    public DateTime UploadedAtUtc { get; init; }
}
