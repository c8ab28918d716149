using System.Text;
using System.Text.Unicode;

namespace ArabicEntities.Cli;

/// <summary>Strict UTF-8 decoding: invalid input is reported with the byte offset of the first bad byte, never replaced.</summary>
internal static class Utf8Input
{
    /// <summary>The UTF-8 byte order mark, skipped at the start of the input.</summary>
    public static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The output encoding: UTF-8 without BOM; it never throws (lone surrogates are escaped before they get here).</summary>
    public static Encoding OutputEncoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The length of a leading BOM in <paramref name="bytes"/>: 3 or 0.</summary>
    public static int BomLength(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Bom) ? Bom.Length : 0;

    /// <summary>Decodes <paramref name="bytes"/> (no BOM handling) strictly.</summary>
    /// <param name="bytes">The UTF-8 bytes.</param>
    /// <param name="text">The decoded text, or the empty string when the bytes are invalid.</param>
    /// <param name="invalidOffset">The offset of the first byte of the first invalid sequence, or -1.</param>
    /// <returns>Whether the bytes are valid UTF-8.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out int invalidOffset)
    {
        if (Utf8.IsValid(bytes))
        {
            text = Encoding.UTF8.GetString(bytes);
            invalidOffset = -1;
            return true;
        }

        text = string.Empty;
        invalidOffset = IndexOfInvalid(bytes);
        return false;
    }

    private static int IndexOfInvalid(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            if (System.Buffers.OperationStatus.Done != Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed))
            {
                return i;
            }

            i += consumed;
        }

        return bytes.Length; // not reached: Utf8.IsValid said the bytes are invalid
    }
}
