using System.Text;

namespace ArabicEntities.Cli;

/// <summary>Reads the command's input (a file or standard input) as strict UTF-8.</summary>
internal static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Stream Open(string? path, Stream stdin) =>
        path is null or "-" ? stdin : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);

    /// <summary>Decodes all of <paramref name="input"/>; a leading BOM is skipped.</summary>
    /// <exception cref="InvalidDataException">When the bytes are not valid UTF-8.</exception>
    public static string ReadAll(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), "input");
    }

    /// <summary>Splits the input into lines of bytes on '\n' (a trailing '\r' is dropped), without holding more than one line.</summary>
    public static IEnumerable<byte[]> ReadLines(Stream input)
    {
        var line = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        bool any = false;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            int start = 0;
            for (int k = 0; k < read; k++)
            {
                if (chunk[k] != (byte)'\n')
                {
                    continue;
                }

                line.Write(chunk, start, k - start);
                yield return TakeLine(line);
                start = k + 1;
            }

            line.Write(chunk, start, read - start);
            any = true;
        }

        if (any && line.Length > 0)
        {
            yield return TakeLine(line);
        }
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string what)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"{what} is not valid UTF-8 at byte {e.Index}.", e);
        }
    }

    private static byte[] TakeLine(MemoryStream line)
    {
        byte[] bytes = line.ToArray();
        line.SetLength(0);
        return bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes[..^1] : bytes;
    }
}
