namespace ArabicEntities.Cli;

/// <summary>What <see cref="ByteLineReader.Read(out ReadOnlySpan{byte})"/> found.</summary>
internal enum LineStatus
{
    /// <summary>The input is exhausted.</summary>
    End,

    /// <summary>A line, without its <c>\n</c> and without one trailing <c>\r</c>.</summary>
    Line,

    /// <summary>A line longer than the limit; its bytes were skipped up to the next <c>\n</c>.</summary>
    TooLong,
}

/// <summary>
/// Splits a byte stream into lines on <c>\n</c> (dropping one trailing <c>\r</c>), holding one line at a time, so the
/// lines are independent: a line that is not valid UTF-8 cannot affect the next one. The last line counts even
/// without a final <c>\n</c>; an empty input has no lines.
/// </summary>
/// <remarks>Not thread-safe. The returned line is only valid until the next call.</remarks>
internal sealed class ByteLineReader
{
    /// <summary>The default longest line kept in memory: 256 MiB.</summary>
    public const int DefaultMaxLineBytes = 256 << 20;

    private const int InitialBufferSize = 1 << 16;

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;     // first byte of the current line in _buffer
    private int _end;       // one past the last byte read into _buffer
    private int _scanned;   // bytes after _start already known to hold no '\n'
    private bool _eof;
    private bool _skipping; // the current line is over the limit; its bytes are being dropped

    /// <summary>Creates a reader.</summary>
    /// <param name="stream">The input; the caller disposes it.</param>
    /// <param name="maxLineBytes">The longest line kept; longer lines are reported as <see cref="LineStatus.TooLong"/>.</param>
    public ByteLineReader(Stream stream, int maxLineBytes = DefaultMaxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLineBytes, (Array.MaxLength / 2) - 1);
        _stream = stream;
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>The 1-based number of the line last returned (0 before the first).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Reads the next line, turning a failing stream into a <see cref="CliInputException"/> that names the input.</summary>
    /// <param name="line">The line's bytes when the status is <see cref="LineStatus.Line"/>; empty otherwise.</param>
    /// <param name="inputName">The input's name for the message (a file name or standard input).</param>
    /// <returns>What was found.</returns>
    /// <exception cref="CliInputException">When the stream fails.</exception>
    public LineStatus Read(out ReadOnlySpan<byte> line, string inputName)
    {
        try
        {
            return Read(out line);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new CliInputException($"cannot read {inputName} after line {LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {e.Message}", e);
        }
    }

    /// <summary>Reads the next line.</summary>
    /// <param name="line">The line's bytes when the status is <see cref="LineStatus.Line"/>; empty otherwise.</param>
    /// <returns>What was found.</returns>
    /// <exception cref="IOException">When the stream fails.</exception>
    public LineStatus Read(out ReadOnlySpan<byte> line)
    {
        line = default;
        while (true)
        {
            int searchFrom = _start + _scanned;
            int newline = _buffer.AsSpan(searchFrom, _end - searchFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int lineEnd = searchFrom + newline;
                int lineStart = _start;
                _start = lineEnd + 1;
                _scanned = 0;
                return Complete(lineStart, lineEnd, out line);
            }

            _scanned = _end - _start;
            if (_eof)
            {
                if (_end > _start || _skipping)
                {
                    int lineStart = _start;
                    _start = _end;
                    _scanned = 0;
                    return Complete(lineStart, _end, out line);
                }

                return LineStatus.End;
            }

            if (_skipping || _end - _start > _maxLineBytes + 1)
            {
                // Over the limit (one more byte allowed for a trailing '\r'): drop what we hold and look for the '\n'.
                _skipping = true;
                _start = _end = _scanned = 0;
            }

            MakeRoom();
            int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
            }
            else
            {
                _end += read;
            }
        }
    }

    private LineStatus Complete(int lineStart, int lineEnd, out ReadOnlySpan<byte> line)
    {
        LineNumber++;
        if (_skipping || lineEnd - lineStart > _maxLineBytes + 1)
        {
            _skipping = false;
            line = default;
            return LineStatus.TooLong;
        }

        if (lineEnd > lineStart && _buffer[lineEnd - 1] == (byte)'\r')
        {
            lineEnd--;
        }

        if (lineEnd - lineStart > _maxLineBytes)
        {
            line = default;
            return LineStatus.TooLong;
        }

        line = _buffer.AsSpan(lineStart, lineEnd - lineStart);
        return LineStatus.Line;
    }

    // Ensures free space after _end: moves the current line to the front, or grows the buffer when the line fills it.
    private void MakeRoom()
    {
        if (_end < _buffer.Length)
        {
            return;
        }

        int held = _end - _start;
        if (_start > 0 && held <= _buffer.Length / 2)
        {
            _buffer.AsSpan(_start, held).CopyTo(_buffer);
        }
        else
        {
            int size = (int)Math.Min(Math.Max(2L * _buffer.Length, InitialBufferSize), Array.MaxLength);
            var bigger = new byte[size];
            _buffer.AsSpan(_start, held).CopyTo(bigger);
            _buffer = bigger;
        }

        _start = 0;
        _end = held;
    }
}
