using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Reflection;
using ArabicEntities.NamedEntities;
using ArabicEntities.Recognition;
using ArabicEntities.Text;
using ArabicEntities.Timeline;

namespace ArabicEntities.Cli;

/// <summary>
/// The <c>arabic-entities</c> command line, runnable in-process: <see cref="Run"/> takes the arguments and the three
/// standard streams, so tests drive it with memory streams and <c>Program</c> with the console's.
/// </summary>
/// <param name="pipeline">The extraction pipeline; <see langword="null"/> means <see cref="EntityPipeline.Default"/> (dates and named entities).</param>
internal sealed class CliApplication(EntityPipeline? pipeline = null)
{
    /// <summary>The tool's command name.</summary>
    public const string Name = "arabic-entities";

    private const string FileDescription = "The UTF-8 input file; '-' or nothing reads standard input.";

    private static readonly string RootDescription = string.Join('\n',
        "Normalizes, tokenizes and extracts entities from Arabic news text, with UTF-16 offsets into the input.",
        "Input is UTF-8 (a leading BOM is skipped; invalid UTF-8 is an error, never replaced) from FILE, or from",
        "standard input when FILE is '-' or absent. Output is UTF-8 without BOM with '\\n' line endings.",
        string.Empty,
        "Examples:",
        "  arabic-entities normalize seeds/001_33b393f23e800e5c.txt",
        "  arabic-entities tokenize seeds/001_33b393f23e800e5c.txt",
        "  echo '{\"id\":\"a\",\"text\":\"وصل غانتس إلى الرباط\",\"referenceDate\":\"2021-11-23\"}' | arabic-entities extract --jsonl",
        "  arabic-entities timeline seeds/",
        string.Empty,
        "Exit codes:",
        "  0  success",
        "  1  extract --jsonl: at least one input line failed (each failed line has its own error line);",
        "     timeline --jsonl: at least one line was skipped (each reported on standard error)",
        "  2  usage error, missing or unreadable file, or input that is not valid UTF-8 (normalize, tokenize,",
        "     extract without --jsonl; nothing is written to standard output then)",
        "  3  the output could not be written, or an internal error",
        string.Empty,
        "Documentation: docs/cli.md, docs/json-schema.md, docs/timeline-schema.md.");

    private readonly EntityPipeline _pipeline = pipeline ?? EntityPipeline.Default;

    /// <summary>Whether to flush standard output after each <c>extract --jsonl</c> line (set when it is a terminal).</summary>
    public bool FlushEachLine { get; init; }

    /// <summary>Whether to show a document counter on standard error (set when it is a terminal).</summary>
    public bool ShowProgress { get; init; }

    /// <summary>The longest <c>extract --jsonl</c> input line; longer lines get an error line.</summary>
    public int MaxLineBytes { get; init; } = ByteLineReader.DefaultMaxLineBytes;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdin">Standard input (left open).</param>
    /// <param name="stdout">Standard output (left open; flushed before returning).</param>
    /// <param name="stderr">Standard error, for messages.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var output = new StreamWriter(stdout, Utf8Input.OutputEncoding, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        int code;
        try
        {
            Command root = BuildCommands(stdin, output, stderr);
            ParseResult parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (ParseError error in parse.Errors)
                {
                    stderr.WriteLine($"{Name}: {error.Message}");
                }

                string commandPath = parse.CommandResult.Command == root ? Name : $"{Name} {parse.CommandResult.Command.Name}";
                stderr.WriteLine($"Run '{commandPath} --help' for usage.");
                code = ExitCodes.UsageOrInputError;
            }
            else
            {
                code = parse.Invoke(new InvocationConfiguration { Output = output, Error = stderr, EnableDefaultExceptionHandler = false });
            }

            output.Flush();
        }
        catch (CliInputException e)
        {
            stderr.WriteLine($"{Name}: {e.Message}");
            code = TryFlush(output, stderr) ? ExitCodes.UsageOrInputError : ExitCodes.OutputOrInternalError;
        }
        catch (IOException e)
        {
            // Input failures arrive as CliInputException, so this is the output (a closed pipe, a full disk).
            stderr.WriteLine($"{Name}: cannot write the output: {e.Message}");
            code = ExitCodes.OutputOrInternalError;
        }
#pragma warning disable CA1031 // The last line of defence: report the bug with its stack trace and a distinct exit code.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"{Name}: internal error: {e}");
            TryFlush(output, stderr);
            code = ExitCodes.OutputOrInternalError;
        }

        try
        {
            output.Dispose();
        }
        catch (IOException)
        {
            // Already reported: whatever could not be flushed above cannot be flushed now either.
        }

        return code;
    }

    private static bool TryFlush(StreamWriter output, TextWriter stderr)
    {
        try
        {
            output.Flush();
            return true;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"{Name}: cannot write the output: {e.Message}");
            return false;
        }
    }

    private Command BuildCommands(Stream stdin, StreamWriter output, TextWriter stderr)
    {
        var root = new Command(Name, RootDescription)
        {
            new HelpOption { Recursive = true },
            new VersionOption { Action = new VersionAction() },
        };

        var normalizeFile = FileArgument();
        var normalize = new Command(
            "normalize",
            "Writes the input normalized with the default profile (tashkeel, tatweel and invisible controls removed;\n"
            + "alef variants, presentation forms and digits folded) and nothing else: no line break is added.\n"
            + "Example: arabic-entities normalize seeds/001_33b393f23e800e5c.txt")
        {
            normalizeFile,
        };
        normalize.SetAction(parse =>
        {
            string text = InputReader.ReadAllText(parse.GetValue(normalizeFile), stdin);
            output.Write(ArabicNormalizer.Default.NormalizeToString(text));
            return ExitCodes.Success;
        });

        var tokenizeFile = FileArgument();
        var tokenize = new Command(
            "tokenize",
            "Writes one token per line, tab-separated: start, end, kind, original text, normalized text.\n"
            + "start and end are UTF-16 offsets into the input (after a BOM), end exclusive; kind is a TokenKind name\n"
            + "(ArabicWord, LatinWord, OtherWord, Number, Punctuation, Symbol, Url, Email). Tokens never contain tabs or\n"
            + "line breaks; were one to, they would be written \\t, \\n, \\r (backslashes are not escaped).\n"
            + "Example: arabic-entities tokenize seeds/001_33b393f23e800e5c.txt")
        {
            tokenizeFile,
        };
        tokenize.SetAction(parse =>
        {
            string text = InputReader.ReadAllText(parse.GetValue(tokenizeFile), stdin);
            TokenTsv.Write(ArabicTokenizer.Default.Tokenize(text), output);
            return ExitCodes.Success;
        });

        var extractFile = FileArgument();
        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "Read JSON Lines (one document per line) and write one JSON line per input line, in order.",
        };
        var referenceDate = ReferenceDateOption("The date relative expressions are resolved against: the document's, or with --jsonl\n"
                + "the default for lines without a referenceDate.");
        var parallel = ParallelOption();
        var minimumConfidence = MinimumConfidenceOption();
        var extract = new Command(
            "extract",
            "Extracts entities. Each output line is\n"
            + "  {\"id\": ..., \"entities\": [{\"type\", \"start\", \"end\", \"text\", \"value\", \"confidence\"}]}\n"
            + "with start/end UTF-16 offsets into the text, end exclusive; type is Person, Location, Organization, Misc,\n"
            + "Date, Time, Duration or Set; value is the TIMEX3 value of the temporal types and null for the others.\n"
            + "With --jsonl, each input line is {\"id\": string|number, \"text\": string, \"referenceDate\": \"yyyy-MM-dd\"}\n"
            + "(only text required) and gives exactly one output line, in order; a bad line (invalid UTF-8 or JSON,\n"
            + "blank, no string text, bad id or referenceDate) gives {\"id\": ..., \"line\": n, \"error\": \"...\"}\n"
            + "instead, processing continues, and the exit code is 1.\n"
            + "Without --jsonl, the whole input is one document and one line {\"id\": null, \"entities\": [...]} is written.\n"
            + "Examples:\n"
            + "  echo '{\"id\":\"a\",\"text\":\"وصل غانتس إلى الرباط\",\"referenceDate\":\"2021-11-23\"}' | arabic-entities extract --jsonl\n"
            + "  arabic-entities extract --reference-date 2021-11-23 seeds/001_33b393f23e800e5c.txt\n"
            + "  arabic-entities extract --min-confidence 0.8 seeds/001_33b393f23e800e5c.txt")
        {
            jsonl,
            referenceDate,
            parallel,
            minimumConfidence,
            extractFile,
        };
        extract.SetAction(parse =>
        {
            string? path = parse.GetValue(extractFile);
            string? date = parse.GetValue(referenceDate);
            DateOnly? defaultDate = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var extractor = new JsonLinesExtractor(WithMinimumConfidence(_pipeline, parse.GetValue(minimumConfidence)), defaultDate, MaxLineBytes);
            if (!parse.GetValue(jsonl))
            {
                extractor.RunDocument(InputReader.ReadAllText(path, stdin), output);
                return ExitCodes.Success;
            }

            using Stream input = InputReader.Open(path, stdin);
            var progress = new Progress(stderr, ShowProgress);
            long failed = extractor.Run(input, InputReader.DisplayName(path), output, FlushEachLine, parse.GetValue(parallel), progress);
            progress.Done();
            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeLinesFailed;
        });

        root.Subcommands.Add(normalize);
        root.Subcommands.Add(tokenize);
        root.Subcommands.Add(extract);
        root.Subcommands.Add(TimelineCommand.Create(TimelineBuilder.Create(new TimelineOptions { Pipeline = _pipeline }), this, stdin, output, stderr));
        return root;
    }

    /// <summary>The <c>--reference-date yyyy-MM-dd</c> option, validated.</summary>
    /// <param name="description">Its help text.</param>
    /// <returns>The option.</returns>
    internal static Option<string> ReferenceDateOption(string description)
    {
        var referenceDate = new Option<string>("--reference-date")
        {
            Description = description,
            HelpName = "yyyy-MM-dd",
        };
        referenceDate.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is not null && !JsonLineParser.TryParseDate(value, out _))
            {
                result.AddError($"--reference-date must be a valid date in yyyy-MM-dd form, not '{value}'.");
            }
        });
        return referenceDate;
    }

    /// <summary>The <c>--min-confidence X</c> option (names only; 0 to 1).</summary>
    /// <returns>The option.</returns>
    internal static Option<double> MinimumConfidenceOption()
    {
        var minimum = new Option<double>("--min-confidence")
        {
            Description = "Leave out names (Person, Location, Organization, Misc) whose confidence is below X (0 to 1).\n"
                + "Confidences are calibrated: in news, names at 0.8 are right about 8 times in 10. Dates are kept.",
            HelpName = "X",
            DefaultValueFactory = _ => 0,
        };
        minimum.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1
                && double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                && !(value is >= 0 and <= 1))
            {
                result.AddError($"--min-confidence must be between 0 and 1, not {result.Tokens[0].Value}.");
            }
        });
        return minimum;
    }

    /// <summary>The pipeline with its named-entity recognizers keeping only names at or above the minimum confidence.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="minimum">The minimum confidence; 0 or less gives <paramref name="pipeline"/> itself.</param>
    /// <returns>The pipeline to use.</returns>
    internal static EntityPipeline WithMinimumConfidence(EntityPipeline pipeline, double minimum) =>
        minimum <= 0 ? pipeline : EntityPipeline.Create([.. pipeline.Recognizers.Select(r => r is NamedEntityRecognizer names
            ? names.WithOptions(names.Options with { MinimumConfidence = minimum })
            : r)]);

    /// <summary>The <c>--parallel N</c> option (1 to 256 documents at a time; output order is kept).</summary>
    /// <returns>The option.</returns>
    internal static Option<int> ParallelOption()
    {
        var parallel = new Option<int>("--parallel")
        {
            Description = "Process N documents at a time (all cores: the number of cores); output order is kept. Default 1.",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
        };
        parallel.Validators.Add(result =>
        {
            // Read the token, not the value: a token that is not a number already has its parse error.
            if (result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
                && value is < 1 or > 256)
            {
                result.AddError($"--parallel must be between 1 and 256, not {value.ToString(CultureInfo.InvariantCulture)}.");
            }
        });
        return parallel;
    }

    private static Argument<string?> FileArgument()
    {
        var argument = new Argument<string?>("FILE")
        {
            Description = FileDescription,
            Arity = ArgumentArity.ZeroOrOne,
        };

        // System.CommandLine hands an unknown option (--json for --jsonl) to the argument; make it a usage error.
        argument.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string?>();
            if (value is ['-', _, ..])
            {
                result.AddError($"Unrecognized option '{value}' (for a file whose name starts with '-', write ./{value}).");
            }
        });
        return argument;
    }

    /// <summary>Prints the tool's own version (the default prints the entry assembly's, a test host's in tests).</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            Assembly assembly = typeof(CliApplication).Assembly;
            string version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "unknown";
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return ExitCodes.Success;
        }
    }
}
