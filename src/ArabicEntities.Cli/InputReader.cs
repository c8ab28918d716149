namespace ArabicEntities.Cli;

/// <summary>Opens and reads the command's input: a file, or standard input for no argument or <c>-</c>.</summary>
internal static class InputReader
{
    /// <summary>A display name for the input in messages.</summary>
    public static string DisplayName(string? path) => IsStdin(path) ? "standard input" : $"'{path}'";

    /// <summary>Whether the FILE argument means standard input.</summary>
    public static bool IsStdin(string? path) => path is null or "-";

    /// <summary>Opens the input for reading.</summary>
    /// <param name="path">The FILE argument (<see langword="null"/> or <c>-</c>: standard input).</param>
    /// <param name="stdin">Standard input; the caller keeps ownership of it.</param>
    /// <returns>A stream the caller disposes (a wrapper that leaves <paramref name="stdin"/> open).</returns>
    /// <exception cref="CliInputException">When the file cannot be opened.</exception>
    public static Stream Open(string? path, Stream stdin)
    {
        if (IsStdin(path))
        {
            return new NonClosingStream(stdin);
        }

        try
        {
            return new FileStream(path!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliInputException($"file not found: '{path}'", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException($"cannot open '{path}': {e.Message}", e);
        }
    }

    /// <summary>Reads the whole input and decodes it as strict UTF-8, skipping a leading BOM.</summary>
    /// <param name="path">The FILE argument.</param>
    /// <param name="stdin">Standard input.</param>
    /// <returns>The decoded text; offsets the commands write index it.</returns>
    /// <exception cref="CliInputException">When the input cannot be read or is not valid UTF-8.</exception>
    public static string ReadAllText(string? path, Stream stdin)
    {
        using Stream input = Open(path, stdin);
        using var buffer = new MemoryStream();
        try
        {
            input.CopyTo(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new CliInputException($"cannot read {DisplayName(path)}: {e.Message}", e);
        }

        ReadOnlySpan<byte> bytes = buffer.GetBuffer().AsSpan(0, checked((int)buffer.Length));
        int bom = Utf8Input.BomLength(bytes);
        if (!Utf8Input.TryDecode(bytes[bom..], out string text, out int invalid))
        {
            int offset = bom + invalid;
            int line = bytes[..offset].Count((byte)'\n') + 1;
            throw new CliInputException($"{DisplayName(path)} is not valid UTF-8: invalid byte 0x{bytes[offset]:X2} at byte offset {offset} (line {line}); nothing was written");
        }

        return text;
    }

    /// <summary>A read-only view of a stream that does not close it.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
