using System.IO.Compression;
using System.Text;

namespace ArabicEntities.Resources;

/// <summary>
/// The text format of the library's embedded data files (gazetteer, word clusters, entity memory): <c>#</c> lines
/// carry the provenance header, every other non-empty line is data; the files are gzip'd into the assembly.
/// </summary>
internal static class ResourceText
{
    /// <summary>Reads every line: header lines are collected, each non-empty data line goes to <paramref name="onDataLine"/> with its 1-based number.</summary>
    /// <returns>The provenance header, one line per header line, without the <c>#</c>.</returns>
    public static string Read(TextReader reader, Action<int, string> onDataLine)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(onDataLine);
        var provenance = new StringBuilder();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '#')
            {
                provenance.Append(line.AsSpan(1).Trim()).Append('\n');
                continue;
            }

            onDataLine(lineNumber, line);
        }

        return provenance.ToString().TrimEnd('\n');
    }

    /// <summary>Loads a gzip'd embedded resource with <paramref name="read"/>, turning every failure into one clear error.</summary>
    /// <param name="resourceName">The manifest resource name.</param>
    /// <param name="what">What the resource is, for messages ("gazetteer").</param>
    /// <param name="rebuild">The command that rebuilds it, for messages.</param>
    /// <param name="read">The parser.</param>
    /// <param name="isEmpty">Whether a parsed resource is empty (an error: a broken build).</param>
    /// <exception cref="InvalidOperationException">When the resource is missing, unreadable or empty.</exception>
    public static T LoadEmbedded<T>(string resourceName, string what, string rebuild, Func<TextReader, T> read, Func<T, bool> isEmpty)
    {
        using Stream stream = typeof(ResourceText).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded {what} resource '{resourceName}' is missing from {typeof(ResourceText).Assembly.GetName().Name}; rebuild it with `{rebuild}`.");
        try
        {
            T value = ReadCompressed(stream, read);
            return !isEmpty(value) ? value : throw new InvalidOperationException($"The embedded {what} resource '{resourceName}' is empty.");
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or IOException)
        {
            throw new InvalidOperationException($"The embedded {what} resource '{resourceName}' could not be read: {e.Message}", e);
        }
    }

    /// <summary>Reads a gzip'd resource file (embedded, or written beside a model by the training tool) with <paramref name="read"/>.</summary>
    public static T ReadCompressed<T>(Stream stream, Func<TextReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(read);
        using GZipStream gzip = new(stream, CompressionMode.Decompress);
        using StreamReader reader = new(gzip, Encoding.UTF8);
        return read(reader);
    }
}
