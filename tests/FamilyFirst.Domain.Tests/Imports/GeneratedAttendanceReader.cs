using System.Globalization;

namespace FamilyFirst.Domain.Tests.Imports;

/// <summary>An attendance file of any length, produced as it is read so that big files need no memory in tests.</summary>
internal sealed class GeneratedAttendanceReader(int rows) : TextReader
{
    private const string Header = "person_ref,upn,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\r\n";

    private string _pending = Header;
    private int _offset;
    private int _next;

    public override int Read(char[] buffer, int index, int count)
    {
        var written = 0;
        while (written < count)
        {
            if (_offset == _pending.Length)
            {
                if (_next == rows)
                {
                    break;
                }

                _pending = Row(_next++);
                _offset = 0;
            }

            var take = Math.Min(count - written, _pending.Length - _offset);
            _pending.CopyTo(_offset, buffer, index + written, take);
            _offset += take;
            written += take;
        }

        return written;
    }

    // Each person has three terms, so keys repeat people but never terms.
    private static string Row(int i)
    {
        var person = i / 3;
        var term = new DateOnly(2020, 1, 6).AddDays(i % 3 * 120);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"P{person:D7},A{person:D12},{term:yyyy-MM-dd},{term.AddDays(80):yyyy-MM-dd},{100 + (i % 50)},{i % 7},{i % 11}\r\n");
    }
}
