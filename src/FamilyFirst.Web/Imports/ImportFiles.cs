namespace FamilyFirst.Web.Imports;

/// <summary>Files on their way into the importer, which reads them twice.</summary>
public static class ImportFiles
{
    /// <summary>Upload limit for partner files through the page and the API: 200 MB is a year of a large council's attendance.</summary>
    public const long MaxUploadBytes = 200L * 1024 * 1024;

    /// <summary>Largest file accepted by the upload page; larger files go through the API or the import verb.</summary>
    public const long MaxPageUploadBytes = 50L * 1024 * 1024;

    /// <summary>
    /// Copies a one-pass stream (a request body) to a temporary file that is deleted when closed, so the importer
    /// can read it twice without holding it in memory.
    /// </summary>
    public static async Task<FileStream> BufferAsync(Stream source, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "familyfirst-import-" + Guid.NewGuid().ToString("N") + ".csv");
        var buffer = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await source.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            return buffer;
        }
        catch
        {
            await buffer.DisposeAsync();
            throw;
        }
    }
}
