using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace FamilyFirst.Web.Infrastructure.Downloads;

/// <summary>
/// Where the TrueType fonts for the PDF certificate are (section <c>Certificates</c>). Nothing is downloaded and no
/// font ships with the app: left empty, the fonts Debian and Ubuntu install are used (Liberation Sans, else DejaVu
/// Sans). With no font found the PDF download is not offered, only the printable page (docs/deployment.md).
/// </summary>
public sealed class CertificateFontOptions
{
    public const string Section = "Certificates";

    /// <summary>A TrueType file for the certificate's text, such as <c>/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf</c>.</summary>
    public string? RegularFontPath { get; set; }

    /// <summary>Its bold face; the regular file is used when this is empty or missing.</summary>
    public string? BoldFontPath { get; set; }

    /// <summary>The system fonts tried, in order, when no path is configured: (regular, bold).</summary>
    public static readonly IReadOnlyList<(string Regular, string Bold)> SystemFonts =
    [
        ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ];
}

/// <summary>
/// The fonts the certificate PDF is drawn with, found once at start-up from <see cref="CertificateFontOptions"/>:
/// a configured file if it exists, otherwise the first system font found. <see cref="Family"/> is null when there is
/// none, and the PDF is then not offered.
/// </summary>
public sealed class CertificateFonts
{
    public CertificateFonts(Microsoft.Extensions.Options.IOptions<CertificateFontOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value;
        if (!string.IsNullOrWhiteSpace(configured.RegularFontPath))
        {
            Regular = File.Exists(configured.RegularFontPath) ? configured.RegularFontPath : null;
            Bold = !string.IsNullOrWhiteSpace(configured.BoldFontPath) && File.Exists(configured.BoldFontPath) ? configured.BoldFontPath : Regular;
        }
        else if (CertificateFontOptions.SystemFonts.FirstOrDefault(f => File.Exists(f.Regular)) is { Regular: not null } found)
        {
            Regular = found.Regular;
            Bold = File.Exists(found.Bold) ? found.Bold : found.Regular;
        }

        Family = Regular is null ? null : FileFontResolver.Register(Regular, Bold!);
    }

    /// <summary>The regular face's file, or null when no font was found.</summary>
    public string? Regular { get; }

    public string? Bold { get; }

    /// <summary>The family name to draw with, or null when there is no font (no PDF).</summary>
    public string? Family { get; }

    public bool Available => Family is not null;
}

/// <summary>
/// PDFsharp's font resolver for the whole process (PDFsharp holds one, set once): each registered pair of TrueType
/// files is a family, its faces are the files' paths, read from disk once and kept.
/// </summary>
internal sealed class FileFontResolver : IFontResolver
{
    private static readonly FileFontResolver Instance = new();
    private static readonly Lock InstallLock = new();
    private static bool _installed;

    private readonly ConcurrentDictionary<string, (string Regular, string Bold)> _families = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Registers the pair (once) and returns its family name.</summary>
    public static string Register(string regular, string bold)
    {
        Install();
        var name = $"FamilyFirstCertificate{(uint)StringComparer.Ordinal.GetHashCode(regular + "|" + bold):x8}";
        Instance._families.TryAdd(name, (regular, bold));
        return name;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _families.TryGetValue(familyName, out var faces) ? new FontResolverInfo(bold ? faces.Bold : faces.Regular) : null;

    public byte[]? GetFont(string faceName) => _files.GetOrAdd(faceName, File.ReadAllBytes);

    private static void Install()
    {
        lock (InstallLock)
        {
            if (!_installed)
            {
                GlobalFontSettings.FontResolver = Instance;
                _installed = true;
            }
        }
    }
}

/// <summary>Says at start-up which font the certificate PDF uses, or warns that there is none (only the printable page is offered).</summary>
internal sealed partial class CertificateFontCheck(CertificateFonts fonts, ILogger<CertificateFontCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (fonts.Available)
        {
            FontFound(logger, fonts.Regular!, fonts.Bold!);
        }
        else
        {
            NoFont(logger, CertificateFontOptions.Section);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Certificate PDFs use the fonts {Regular} and {Bold}")]
    private static partial void FontFound(ILogger logger, string regular, string bold);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No TrueType font for certificate PDFs was found: only the printable certificate is offered. Install fonts-liberation or set {Section}:RegularFontPath")]
    private static partial void NoFont(ILogger logger, string section);
}
