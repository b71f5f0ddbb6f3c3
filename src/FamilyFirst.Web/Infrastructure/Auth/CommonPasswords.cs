using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>
/// The 437,651 common and breached passwords shipped with the service (<c>Resources/Passwords</c>, from SecLists),
/// read once into memory as 64-bit fingerprints (3.5 MB), so checking a password needs no network call. Case is ignored.
/// </summary>
public static class CommonPasswords
{
    private const string ResourceName = "FamilyFirst.Web.Resources.Passwords.common-passwords.txt.gz";

    private static readonly Lazy<ulong[]> Fingerprints = new(Load);

    /// <summary>How many passwords the list holds.</summary>
    public static int Count => Fingerprints.Value.Length;

    /// <summary>Whether the password is on the list, or is a listed one with only digits, symbols or spaces added at either end.</summary>
    public static bool Contains(string password)
    {
        if (Listed(password))
        {
            return true;
        }

        var core = password.Trim().Trim(Decoration);
        return core.Length >= 4 && core.Length < password.Length && Listed(core);
    }

    private static readonly char[] Decoration = [.. "0123456789!\"£$%^&*()-_=+[]{};:'@#~,.<>/?\\|`¬ "];

    private static bool Listed(string password) => Array.BinarySearch(Fingerprints.Value, Fingerprint(password)) >= 0;

    private static ulong Fingerprint(string password)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(password.ToLowerInvariant()), hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }

    private static ulong[] Load()
    {
        using var resource = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The common password list {ResourceName} is missing from the build.");
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress), Encoding.UTF8);
        var fingerprints = new List<ulong>(440_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                fingerprints.Add(Fingerprint(line));
            }
        }

        var sorted = fingerprints.Distinct().ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
