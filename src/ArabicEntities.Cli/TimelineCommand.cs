using System.CommandLine;
using System.Globalization;
using ArabicEntities.Recognition;
using ArabicEntities.Timeline;
using Newtonsoft.Json;

namespace ArabicEntities.Cli;

/// <summary>
/// <c>timeline</c>: builds the typed chronology of several documents (files, a folder, or JSON Lines) and writes it as
/// text, JSON (<c>docs/timeline-schema.md</c>) or a self-contained HTML page.
/// </summary>
internal static class TimelineCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="defaultBuilder">The timeline builder (<c>--min-confidence</c> derives one with a stricter pipeline).</param>
    /// <param name="application">The application (flags such as progress and line limits).</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error (messages about bad input lines, progress).</param>
    /// <returns>The command.</returns>
    public static Command Create(TimelineBuilder defaultBuilder, CliApplication application, Stream stdin, TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("INPUTS")
        {
            Description = "Text files (UTF-8), folders (their *.txt files, by name), or with --jsonl one JSON Lines file; '-' or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        inputs.Validators.Add(result =>
        {
            foreach (string value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value is ['-', _, ..])
                {
                    result.AddError($"Unrecognized option '{value}' (for a file whose name starts with '-', write ./{value}).");
                }
            }
        });
        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "Read documents as JSON Lines {\"id\", \"text\", \"referenceDate\"} (one file or standard input).",
        };
        var referenceDate = CliApplication.ReferenceDateOption("The reference date of documents that have none (no publication-dates.tsv entry, no referenceDate).");
        var format = new Option<string>("--format")
        {
            Description = "text (a readable chronology; the default for files), json (the default for --jsonl; docs/timeline-schema.md) or html (one self-contained RTL page).",
            HelpName = "text|json|html",
        };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var outFile = new Option<string>("--out")
        {
            Description = "Write to this file instead of standard output.",
            HelpName = "FILE",
        };
        var parallel = CliApplication.ParallelOption();
        var minimumConfidence = CliApplication.MinimumConfidenceOption();
        var command = new Command(
            "timeline",
            "Builds one chronology from several documents: entities resolved across documents (one id per person, place,\n"
            + "organization), every dated sentence or clause an event with its participants, in chronological order;\n"
            + "the same event in several documents is one event with several sources; unresolved dates are listed apart.\n"
            + "A folder's files get their reference dates from a publication-dates.tsv beside them (file<TAB>yyyy-MM-dd).\n"
            + "Examples:\n"
            + "  arabic-entities timeline seeds/\n"
            + "  arabic-entities timeline --format html --out timeline.html seeds/\n"
            + "  arabic-entities timeline --jsonl --parallel 4 documents.jsonl > timeline.json\n"
            + "  arabic-entities timeline --min-confidence 0.8 seeds/")
        {
            jsonl,
            referenceDate,
            format,
            outFile,
            parallel,
            minimumConfidence,
            inputs,
        };
        command.SetAction(parse =>
        {
            string[] paths = parse.GetValue(inputs) ?? [];
            string? date = parse.GetValue(referenceDate);
            DateOnly? defaultDate = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            bool isJsonl = parse.GetValue(jsonl);
            string chosen = parse.GetValue(format) ?? (isJsonl ? "json" : "text");
            int parallelism = parse.GetValue(parallel);
            double minimum = parse.GetValue(minimumConfidence);
            TimelineBuilder builder = minimum <= 0 ? defaultBuilder : TimelineBuilder.Create(defaultBuilder.Options with
            {
                Pipeline = CliApplication.WithMinimumConfidence(defaultBuilder.Options.Pipeline ?? EntityPipeline.Default, minimum),
            });
            bool keepTexts = chosen == "html";
            var progress = new Progress(error, application.ShowProgress);
            var texts = new List<TimelineDocument>();
            long failed = 0;
            IEnumerable<TimelineDocument> documents;
            if (isJsonl)
            {
                if (paths.Length > 1)
                {
                    throw new CliInputException("timeline --jsonl reads one file (or standard input), not several.");
                }

                var reader = new TimelineJsonLines(application.MaxLineBytes, defaultDate, error);
                documents = reader.Read(paths.Length == 0 ? null : paths[0], stdin);
                Timeline.Timeline result = Build(builder, documents, parallelism, keepTexts ? texts : null, progress);
                failed = reader.Failed;
                Write(result, texts, chosen, parse.GetValue(outFile), output);
            }
            else
            {
                documents = FileDocuments(paths, defaultDate, stdin);
                Timeline.Timeline result = Build(builder, documents, parallelism, keepTexts ? texts : null, progress);
                Write(result, texts, chosen, parse.GetValue(outFile), output);
            }

            progress.Done();
            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeLinesFailed;
        });
        return command;
    }

    private static Timeline.Timeline Build(TimelineBuilder builder, IEnumerable<TimelineDocument> documents, int parallelism, List<TimelineDocument>? keep, Progress progress)
    {
        // Only the HTML page needs the texts; the other formats keep each document's facts, not its text.
        IEnumerable<DocumentFacts> facts = OrderedParallel.Map(
            documents.Select(document =>
            {
                keep?.Add(document);
                return document;
            }),
            builder.Analyze,
            parallelism);
        return builder.Build(facts.Select(f =>
        {
            progress.Step();
            return f;
        }));
    }

    private static void Write(Timeline.Timeline timeline, List<TimelineDocument> texts, string format, string? path, TextWriter output)
    {
        if (path is null)
        {
            WriteTo(timeline, texts, format, output);
            return;
        }

        try
        {
            using var file = new StreamWriter(path, append: false, Utf8Input.OutputEncoding) { NewLine = "\n" };
            WriteTo(timeline, texts, format, file);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or DirectoryNotFoundException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException($"cannot write '{path}': {e.Message}", e);
        }
    }

    private static void WriteTo(Timeline.Timeline timeline, List<TimelineDocument> texts, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                output.Write(JsonConvert.SerializeObject(timeline, Formatting.None));
                output.Write('\n');
                break;
            case "html":
                TimelineHtml.Write(timeline, texts, output);
                break;
            default:
                TimelineText.Write(timeline, output);
                break;
        }
    }

    private static IEnumerable<TimelineDocument> FileDocuments(string[] paths, DateOnly? defaultDate, Stream stdin)
    {
        if (paths.Length == 0)
        {
            paths = ["-"];
        }

        var files = new List<string>();
        foreach (string path in paths)
        {
            if (path != "-" && Directory.Exists(path))
            {
                List<string> inFolder = [.. Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal)];
                if (inFolder.Count == 0)
                {
                    throw new CliInputException($"no *.txt file in '{path}'");
                }

                files.AddRange(inFolder);
            }
            else
            {
                files.Add(path);
            }
        }

        var tables = new Dictionary<string, Dictionary<string, DateOnly>>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var documents = new List<(string Path, string Id, DateOnly? Date)>();
        foreach (string file in files)
        {
            string id = file == "-" ? "-" : Path.GetFileName(file);
            if (!ids.Add(id))
            {
                id = file;
                if (!ids.Add(id))
                {
                    throw new CliInputException($"'{file}' is given twice");
                }
            }

            DateOnly? date = defaultDate;
            if (file != "-")
            {
                string folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
                if (!tables.TryGetValue(folder, out Dictionary<string, DateOnly>? table))
                {
                    table = PublicationDates.Read(folder);
                    tables[folder] = table;
                }

                if (table.TryGetValue(Path.GetFileName(file), out DateOnly published))
                {
                    date = published;
                }
            }

            documents.Add((file, id, date));
        }

        foreach ((string path, string id, DateOnly? date) in documents)
        {
            yield return new TimelineDocument(id, InputReader.ReadAllText(path, stdin), date);
        }
    }
}
