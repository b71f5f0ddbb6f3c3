using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace FamilyFirst.Domain.Imports;

/// <summary>
/// Turns a row's natural key or values into a 128-bit number, so that rows already seen in a file can be
/// remembered without holding their text.
/// </summary>
/// <remarks>
/// Why not strings: a million keys held as strings make the garbage collector the slowest part of validating
/// a large file, while a table of plain numbers costs it nothing. Why not SHA-256: it took as long as reading
/// and checking the rows. This is a multiply-and-fold hash in the style of wyhash, run as two independent
/// 64-bit lanes; its seeds and multipliers are drawn at random for each file, so a file cannot be written to
/// make two different keys share a digest, and by chance that happens about once in 2^128 pairs.
/// </remarks>
internal sealed class RowDigester
{
    private readonly ulong _seedA;
    private readonly ulong _seedB;
    private readonly ulong _multiplierA;
    private readonly ulong _multiplierB;

    public RowDigester()
    {
        Span<ulong> secrets = stackalloc ulong[4];
        RandomNumberGenerator.Fill(MemoryMarshal.AsBytes(secrets));
        _seedA = secrets[0];
        _seedB = secrets[1];

        // Odd multipliers keep every bit of the state in play.
        _multiplierA = secrets[2] | 1;
        _multiplierB = secrets[3] | 1;
    }

    public UInt128 Digest(string text)
    {
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());

        // The length goes in first, so the zero padding of the last block cannot make two texts alike.
        var a = _seedA ^ (ulong)bytes.Length;
        var b = _seedB ^ (ulong)bytes.Length;
        var i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            var block = BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..]);
            a = MultiplyAndFold(a ^ block, _multiplierA);
            b = MultiplyAndFold(b ^ block, _multiplierB);
        }

        ulong tail = 0;
        for (var j = bytes.Length - 1; j >= i; j--)
        {
            tail = (tail << 8) | bytes[j];
        }

        a = MultiplyAndFold(a ^ tail, _multiplierA);
        b = MultiplyAndFold(b ^ tail, _multiplierB);
        return new UInt128(MultiplyAndFold(a ^ _seedB, _multiplierB), MultiplyAndFold(b ^ _seedA, _multiplierA));
    }

    private static ulong MultiplyAndFold(ulong x, ulong y)
    {
        var product = (UInt128)x * y;
        return (ulong)product ^ (ulong)(product >> 64);
    }
}
