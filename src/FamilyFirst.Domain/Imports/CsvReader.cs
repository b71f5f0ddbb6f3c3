using System.Buffers;

namespace FamilyFirst.Domain.Imports;

/// <summary>
/// Reads a partner's CSV file one record at a time (RFC 4180: comma separated, values may be wrapped
/// in quote marks to hold commas, line breaks and doubled quote marks), noting the line each record starts on.
/// </summary>
/// <remarks>
/// Streams: only one record is held in memory. A leading byte-order mark is skipped; CRLF, LF and a lone CR
/// all end a line; blank lines between records are skipped (they still count as lines). Fields are exposed
/// as spans over a reused buffer so that checking a value needs no allocation; call <see cref="GetString"/>
/// to keep one. Malformed quoting stops reading: <see cref="Read"/> returns false and <see cref="Error"/>
/// says what is wrong and on which line.
/// </remarks>
public sealed class CsvReader
{
    /// <summary>The longest record accepted by default, so that a quote mark left open cannot swallow a whole file into memory.</summary>
    public const int DefaultMaxRecordLength = 1_048_576;

    private static readonly SearchValues<char> UnquotedStops = SearchValues.Create(",\r\n\"");
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\r\n");

    private readonly TextReader _reader;
    private readonly int _maxRecordLength;
    private readonly char[] _buffer;
    private int _position;
    private int _length;
    private bool _endOfInput;
    private bool _started;

    private char[] _record = new char[256];
    private int _recordLength;
    private int[] _fieldEnds = new int[16];
    private int _fieldCount;

    // The physical line the reader's position is on.
    private int _line = 1;

    public CsvReader(TextReader reader, int maxRecordLength = DefaultMaxRecordLength, int bufferSize = 65_536)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRecordLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 1);
        _reader = reader;
        _maxRecordLength = maxRecordLength;
        _buffer = new char[bufferSize];
    }

    /// <summary>The physical line (the header is line 1) on which the current record starts.</summary>
    public int LineNumber { get; private set; }

    /// <summary>How many fields the current record has.</summary>
    public int FieldCount => _fieldCount;

    /// <summary>Why reading stopped early, as "Line N: …"; null while the file is well formed.</summary>
    public string? Error { get; private set; }

    /// <summary>The line the error was found on, when <see cref="Error"/> is set.</summary>
    public int? ErrorLine { get; private set; }

    /// <summary>The error without its line, for reports that show the line separately.</summary>
    public string? ErrorDescription { get; private set; }

    /// <summary>The value of a field in the current record, quotes removed and doubled quotes undone.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _fieldCount);
            var start = index == 0 ? 0 : _fieldEnds[index - 1];
            return _record.AsSpan(start, _fieldEnds[index] - start);
        }
    }

    public string GetString(int index) => new(this[index]);

    /// <summary>Every field of the current record as strings (allocates; for headers and tests).</summary>
    public string[] GetFields()
    {
        var fields = new string[_fieldCount];
        for (var i = 0; i < _fieldCount; i++)
        {
            fields[i] = GetString(i);
        }

        return fields;
    }

    /// <summary>Moves to the next record. False at the end of the file, or when the file is malformed (see <see cref="Error"/>).</summary>
    public bool Read()
    {
        if (Error is not null)
        {
            return false;
        }

        if (!_started)
        {
            _started = true;
            if (Fill() && _buffer[_position] == '\uFEFF')
            {
                _position++;
            }
        }

        _fieldCount = 0;
        _recordLength = 0;
        if (!SkipBlankLines())
        {
            return false;
        }

        LineNumber = _line;
        while (true)
        {
            var outcome = _buffer[_position] == '"' ? ReadQuotedField() : ReadUnquotedField();
            if (outcome == FieldEnd.Malformed)
            {
                _fieldCount = 0;
                return false;
            }

            if (outcome == FieldEnd.EndOfRecord)
            {
                return true;
            }

            // A comma was read: another field follows, even if the input ends here ("a,b," has three fields).
            if (!Fill())
            {
                EndField();
                return true;
            }
        }
    }

    private bool SkipBlankLines()
    {
        while (Fill())
        {
            var c = _buffer[_position];
            if (c == '\n')
            {
                _position++;
                _line++;
            }
            else if (c == '\r')
            {
                _position++;
                ConsumeLineFeedAfterCarriageReturn();
                _line++;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private FieldEnd ReadUnquotedField()
    {
        while (true)
        {
            if (!Fill())
            {
                EndField();
                return FieldEnd.EndOfRecord;
            }

            var available = _buffer.AsSpan(_position, _length - _position);
            var stop = available.IndexOfAny(UnquotedStops);
            if (stop < 0)
            {
                if (!Append(available))
                {
                    return FieldEnd.Malformed;
                }

                _position = _length;
                continue;
            }

            if (!Append(available[..stop]))
            {
                return FieldEnd.Malformed;
            }

            _position += stop;
            var c = _buffer[_position++];
            switch (c)
            {
                case ',':
                    EndField();
                    return FieldEnd.Comma;
                case '\n':
                    _line++;
                    EndField();
                    return FieldEnd.EndOfRecord;
                case '\r':
                    ConsumeLineFeedAfterCarriageReturn();
                    _line++;
                    EndField();
                    return FieldEnd.EndOfRecord;
                default:
                    return Fail(_line, "a quote mark (\") can only be inside a value that starts and ends with a quote mark, and must be written twice (\"\")");
            }
        }
    }

    private FieldEnd ReadQuotedField()
    {
        var openedOnLine = _line;
        _position++;
        while (true)
        {
            if (!Fill())
            {
                return Fail(openedOnLine, "a value that starts with a quote mark (\") has no closing quote mark");
            }

            var available = _buffer.AsSpan(_position, _length - _position);
            var stop = available.IndexOfAny(QuotedStops);
            var take = stop < 0 ? available : available[..stop];
            if (!Append(take))
            {
                return FieldEnd.Malformed;
            }

            _position += take.Length;
            if (stop < 0)
            {
                continue;
            }

            var c = _buffer[_position++];
            if (c == '\n')
            {
                _line++;
                if (!Append('\n'))
                {
                    return FieldEnd.Malformed;
                }

                continue;
            }

            if (c == '\r')
            {
                if (!Append('\r'))
                {
                    return FieldEnd.Malformed;
                }

                if (Fill() && _buffer[_position] == '\n')
                {
                    _position++;
                    if (!Append('\n'))
                    {
                        return FieldEnd.Malformed;
                    }
                }

                _line++;
                continue;
            }

            // A quote mark: doubled means a literal quote, otherwise it closes the value.
            if (Fill() && _buffer[_position] == '"')
            {
                _position++;
                if (!Append('"'))
                {
                    return FieldEnd.Malformed;
                }

                continue;
            }

            EndField();
            if (!Fill())
            {
                return FieldEnd.EndOfRecord;
            }

            var next = _buffer[_position];
            switch (next)
            {
                case ',':
                    _position++;
                    return FieldEnd.Comma;
                case '\n':
                    _position++;
                    _line++;
                    return FieldEnd.EndOfRecord;
                case '\r':
                    _position++;
                    ConsumeLineFeedAfterCarriageReturn();
                    _line++;
                    return FieldEnd.EndOfRecord;
                default:
                    return Fail(_line, "a closing quote mark (\") must be followed by a comma or the end of the line");
            }
        }
    }

    private void ConsumeLineFeedAfterCarriageReturn()
    {
        if (Fill() && _buffer[_position] == '\n')
        {
            _position++;
        }
    }

    /// <summary>Makes sure at least one unread character is buffered; false at the end of the input.</summary>
    private bool Fill()
    {
        if (_position < _length)
        {
            return true;
        }

        if (_endOfInput)
        {
            return false;
        }

        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        if (_length > 0)
        {
            return true;
        }

        _endOfInput = true;
        return false;
    }

    private bool Append(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return true;
        }

        if (!Reserve(text.Length))
        {
            return false;
        }

        text.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += text.Length;
        return true;
    }

    private bool Append(char c)
    {
        if (!Reserve(1))
        {
            return false;
        }

        _record[_recordLength++] = c;
        return true;
    }

    private bool Reserve(int extra)
    {
        var needed = _recordLength + extra;
        if (needed > _maxRecordLength)
        {
            Fail(LineNumber, $"the record is longer than {_maxRecordLength:N0} characters; check for a quote mark (\") that is not closed");
            return false;
        }

        if (needed > _record.Length)
        {
            Array.Resize(ref _record, Math.Min(Math.Max(needed, _record.Length * 2), _maxRecordLength));
        }

        return true;
    }

    private void EndField()
    {
        if (_fieldCount == _fieldEnds.Length)
        {
            Array.Resize(ref _fieldEnds, _fieldEnds.Length * 2);
        }

        _fieldEnds[_fieldCount++] = _recordLength;
    }

    private FieldEnd Fail(int line, string message)
    {
        ErrorLine = line;
        ErrorDescription = message;
        Error = $"Line {line}: {message}";
        return FieldEnd.Malformed;
    }

    private enum FieldEnd
    {
        Comma,
        EndOfRecord,
        Malformed,
    }
}
