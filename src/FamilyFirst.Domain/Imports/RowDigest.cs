using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace FamilyFirst.Domain.Imports;

/// <summary>
/// The SHA-256 of a row's natural key or values, so that the rows already seen in a file can be remembered
/// without holding their text.
/// </summary>
/// <remarks>
/// Why not strings: a million keys held as strings make the garbage collector the slowest part of validating
/// a large file, while a table of 32-byte values costs it nothing. Why SHA-256 rather than a faster
/// non-cryptographic hash: two rows that shared a digest would be taken as one and the second silently
/// dropped, so the digest must be one nobody can collide, by chance or by writing a file to do it; and the
/// Domain takes no packages, so it is the standard hash the base library has. All 256 bits are kept.
/// </remarks>
internal readonly record struct RowDigest(UInt128 First, UInt128 Second)
{
    public static RowDigest Of(string text)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan()), hash);
        return new RowDigest(BinaryPrimitives.ReadUInt128LittleEndian(hash), BinaryPrimitives.ReadUInt128LittleEndian(hash[16..]));
    }
}
