using System.Globalization;
using ArabicEntities.Recognition;

namespace ArabicEntities.Cli;

/// <summary>
/// The <c>extract --jsonl</c> contract: exactly one JSON line out per line in, in order; a bad line gives an error line
/// and never stops the stream. Streams: holds one input line at a time.
/// </summary>
/// <param name="pipeline">The pipeline run on each document.</param>
/// <param name="defaultReferenceDate">The reference date of lines that have none (<c>--reference-date</c>).</param>
/// <param name="maxLineBytes">The longest line accepted; longer lines are skipped with an error line.</param>
internal sealed class JsonLinesExtractor(EntityPipeline pipeline, DateOnly? defaultReferenceDate, int maxLineBytes = ByteLineReader.DefaultMaxLineBytes)
{
    /// <summary>Processes every line of <paramref name="input"/>.</summary>
    /// <param name="input">The JSON Lines input.</param>
    /// <param name="inputName">The input's name for read-error messages.</param>
    /// <param name="output">Receives one line per input line.</param>
    /// <param name="flushEachLine">Whether to flush <paramref name="output"/> after every line (interactive use).</param>
    /// <param name="parallelism">How many lines to process at once (<c>--parallel</c>); the output keeps the input order.</param>
    /// <param name="progress">Counts the lines processed, or <see langword="null"/>.</param>
    /// <returns>The number of lines that failed.</returns>
    /// <exception cref="CliInputException">When reading the input fails (the lines written so far stay written).</exception>
    public long Run(Stream input, string inputName, TextWriter output, bool flushEachLine, int parallelism = 1, Progress? progress = null)
    {
        var reader = new ByteLineReader(input, maxLineBytes);
        long failed = 0;
        foreach ((string text, bool ok) in OrderedParallel.Map(Lines(reader, inputName), Process, parallelism))
        {
            output.Write(text);
            if (!ok)
            {
                failed++;
            }

            progress?.Step();
            if (flushEachLine)
            {
                output.Flush();
            }
        }

        return failed;
    }

    private static IEnumerable<InputLine> Lines(ByteLineReader reader, string inputName)
    {
        while (ReadLine(reader, inputName) is { } line)
        {
            yield return line;
        }
    }

    // One line copied out of the reader's buffer (so it can be processed on another thread), or null at the end.
    private static InputLine? ReadLine(ByteLineReader reader, string inputName)
    {
        LineStatus status = reader.Read(out ReadOnlySpan<byte> line, inputName);

        return status switch
        {
            LineStatus.End => null,
            LineStatus.TooLong => new InputLine(null, reader.LineNumber),
            _ => new InputLine(line.ToArray(), reader.LineNumber),
        };
    }

    private (string Text, bool Ok) Process(InputLine line)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        if (line.Bytes is null)
        {
            JsonOutput.WriteError(text, JsonId.None, line.Number, $"line longer than {maxLineBytes.ToString(CultureInfo.InvariantCulture)} bytes");
            return (text.ToString(), false);
        }

        int bom = line.Number == 1 ? Utf8Input.BomLength(line.Bytes) : 0;
        bool ok = ProcessLine(line.Bytes.AsSpan(bom), bom, line.Number, text);
        return (text.ToString(), ok);
    }

    /// <summary>Extracts entities from one whole document and writes its result line (<c>extract</c> without <c>--jsonl</c>).</summary>
    public void RunDocument(string text, TextWriter output)
    {
        ExtractionResult result = pipeline.Extract(text, new ExtractionOptions { ReferenceDate = defaultReferenceDate });
        JsonOutput.WriteResult(output, JsonId.None, result.Entities);
    }

    // Processes one line (BOM already removed) and writes its output line; returns whether it succeeded.
    // Every failure of this line, the pipeline's included, becomes its error line.
    private bool ProcessLine(ReadOnlySpan<byte> line, int byteOffsetBase, long lineNumber, TextWriter output)
    {
        JsonId id = JsonId.None;
        string? error = null;
        IReadOnlyList<Entity>? entities = null;
        try
        {
            if (!Utf8Input.TryDecode(line, out string text, out int invalid))
            {
                error = $"invalid UTF-8 at byte {(invalid + byteOffsetBase).ToString(CultureInfo.InvariantCulture)} of the line";
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                error = "empty line";
            }
            else if (!JsonLineParser.TryParse(line, text, byteOffsetBase, out ExtractRequest? request, out id, out error))
            {
                error ??= "invalid line";
            }
            else
            {
                var options = new ExtractionOptions { ReferenceDate = request!.ReferenceDate ?? defaultReferenceDate };
                entities = pipeline.Extract(request.Text, options).Entities;
            }
        }
#pragma warning disable CA1031 // A failure on one line, whatever it is, must not stop the stream: it becomes that line's error.
        catch (Exception e)
#pragma warning restore CA1031
        {
            entities = null;
            error = $"extraction failed: {e.GetType().Name}: {e.Message}";
        }

        // Written outside the try: a failure to write the output is not this line's fault and stops the run.
        if (entities is not null)
        {
            JsonOutput.WriteResult(output, id, entities);
            return true;
        }

        JsonOutput.WriteError(output, id, lineNumber, error ?? "invalid line");
        return false;
    }
}

/// <summary>One input line: its bytes (<see langword="null"/> when it was too long) and its 1-based number.</summary>
/// <param name="Bytes">The line's bytes, without the line break.</param>
/// <param name="Number">Its line number.</param>
internal sealed record InputLine(byte[]? Bytes, long Number);
