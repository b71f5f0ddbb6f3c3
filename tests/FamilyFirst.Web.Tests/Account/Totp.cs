using System.Buffers.Binary;
using System.Security.Cryptography;

namespace FamilyFirst.Web.Tests.Account;

/// <summary>
/// What an authenticator app does (RFC 6238 over RFC 4226: HMAC-SHA1 of the 30-second step, 6 digits), computed in
/// the test from the key the set-up page shows, so the sign-in is tested as a person's phone would do it.
/// </summary>
public static class Totp
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Code(string key, DateTimeOffset? at = null)
    {
        var step = (ulong)((at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1.
        var hash = HMACSHA1.HashData(Base32(key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A code that is certainly wrong now (not the code of the nearby steps either).</summary>
    public static string WrongCode(string key)
    {
        var near = Enumerable.Range(-3, 7).Select(s => Code(key, DateTimeOffset.UtcNow.AddSeconds(30 * s))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    private static byte[] Base32(string key)
    {
        var text = key.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xff));
            }
        }

        return [.. bytes];
    }
}
