using System.Globalization;
using ArabicEntities.Timeline;

namespace ArabicEntities.Cli;

/// <summary>
/// Reads the documents of <c>timeline --jsonl</c>: one JSON object per line, <c>{"id", "text", "referenceDate"}</c> as
/// for <c>extract --jsonl</c>. A line without an id gets <c>line-N</c>; a bad line is reported on standard error
/// (<c>arabic-entities: line N: ...</c>), skipped, and counted in <see cref="Failed"/>. Streams: one line at a time.
/// </summary>
/// <param name="maxLineBytes">The longest line accepted.</param>
/// <param name="defaultReferenceDate">The reference date of lines that have none.</param>
/// <param name="error">Standard error.</param>
internal sealed class TimelineJsonLines(int maxLineBytes, DateOnly? defaultReferenceDate, TextWriter error)
{
    /// <summary>The number of lines skipped so far.</summary>
    public long Failed { get; private set; }

    /// <summary>Reads the documents, lazily.</summary>
    /// <param name="path">The file, or <see langword="null"/> or <c>-</c> for standard input.</param>
    /// <param name="stdin">Standard input.</param>
    /// <returns>The documents, in input order.</returns>
    public IEnumerable<TimelineDocument> Read(string? path, Stream stdin)
    {
        using Stream input = InputReader.Open(path, stdin);
        var reader = new ByteLineReader(input, maxLineBytes);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string name = InputReader.DisplayName(path);
        while (Next(reader, name, ids) is { } result)
        {
            if (result.Document is not null)
            {
                yield return result.Document;
            }
        }
    }

    private (TimelineDocument? Document, bool Any)? Next(ByteLineReader reader, string inputName, HashSet<string> ids)
    {
        LineStatus status = reader.Read(out ReadOnlySpan<byte> line, inputName);

        long number = reader.LineNumber;
        switch (status)
        {
            case LineStatus.End:
                return null;
            case LineStatus.TooLong:
                return Fail(number, $"line longer than {maxLineBytes.ToString(CultureInfo.InvariantCulture)} bytes");
        }

        int bom = number == 1 ? Utf8Input.BomLength(line) : 0;
        line = line[bom..];
        if (!Utf8Input.TryDecode(line, out string text, out int invalid))
        {
            return Fail(number, $"invalid UTF-8 at byte {(invalid + bom).ToString(CultureInfo.InvariantCulture)} of the line");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(number, "empty line");
        }

        if (!JsonLineParser.TryParse(line, text, bom, out ExtractRequest? request, out JsonId id, out string? message))
        {
            return Fail(number, message ?? "invalid line");
        }

        string documentId = id.Text ?? $"line-{number.ToString(CultureInfo.InvariantCulture)}";
        if (!ids.Add(documentId))
        {
            return Fail(number, $"the id \"{documentId}\" was already used");
        }

        return (new TimelineDocument(documentId, request!.Text, request.ReferenceDate ?? defaultReferenceDate), true);
    }

    private (TimelineDocument?, bool) Fail(long line, string message)
    {
        Failed++;
        error.WriteLine($"{CliApplication.Name}: line {line.ToString(CultureInfo.InvariantCulture)}: {JsonOutput.Truncate(message, JsonOutput.MaxErrorLength)}; the line was skipped");
        return (null, false);
    }
}
