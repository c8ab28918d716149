using System.CommandLine;
using System.Globalization;
using ArabicEntities.Recognition;
using ArabicEntities.Text;

namespace ArabicEntities.Cli;

/// <summary>The <c>arabic-entities</c> commands, runnable in-process for tests.</summary>
internal static class CliApplication
{
    public const int Success = 0;
    public const int SomeLinesFailed = 1;
    public const int UsageOrInputError = 2;

    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        var output = new StreamWriter(stdout, JsonLinesExtractor.OutputEncoding, 1 << 16) { NewLine = "\n", AutoFlush = false };
        try
        {
            RootCommand root = Build(stdin, output, stderr);
            int code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = stderr });
            return code;
        }
        finally
        {
            output.Flush();
        }
    }

    private static RootCommand Build(Stream stdin, StreamWriter output, TextWriter stderr)
    {
        var root = new RootCommand(
            "Arabic news text analysis: normalize, tokenize and extract entities with offsets into the input.\n"
            + "Input is UTF-8 (FILE or '-' for standard input). Exit codes: 0 success, 1 some JSON lines failed, 2 usage or input error.");

        var normalizeFile = new Argument<string?>("FILE") { Description = "The input file, or '-' (the default) for standard input.", Arity = ArgumentArity.ZeroOrOne };
        var normalize = new Command("normalize", "Write the input normalized with the default profile.\nExample: arabic-entities normalize seeds/001_33b393f23e800e5c.txt")
        {
            normalizeFile,
        };
        normalize.SetAction(parse => Guard(stderr, () =>
        {
            using Stream input = InputReader.Open(parse.GetValue(normalizeFile), stdin);
            output.Write(ArabicNormalizer.Default.NormalizeToString(InputReader.ReadAll(input)));
            return Success;
        }));

        var tokenizeFile = new Argument<string?>("FILE") { Description = "The input file, or '-' (the default) for standard input.", Arity = ArgumentArity.ZeroOrOne };
        var tokenize = new Command(
            "tokenize",
            "Write one token per line: start, end (UTF-16 offsets into the input, end exclusive), kind, original text, normalized text, tab-separated.\n"
            + "Example: arabic-entities tokenize seeds/001_33b393f23e800e5c.txt")
        {
            tokenizeFile,
        };
        tokenize.SetAction(parse => Guard(stderr, () =>
        {
            using Stream input = InputReader.Open(parse.GetValue(tokenizeFile), stdin);
            TokenizedText tokens = ArabicTokenizer.Default.Tokenize(InputReader.ReadAll(input));
            foreach (Token token in tokens.Tokens)
            {
                output.Write(token.Start.ToString(CultureInfo.InvariantCulture));
                output.Write('\t');
                output.Write(token.End.ToString(CultureInfo.InvariantCulture));
                output.Write('\t');
                output.Write(token.Kind.ToString());
                output.Write('\t');
                output.Write(Escape(token.Text));
                output.Write('\t');
                output.Write(Escape(token.NormalizedText));
                output.Write('\n');
            }

            return Success;
        }));

        var extractFile = new Argument<string?>("FILE") { Description = "The input file, or '-' (the default) for standard input.", Arity = ArgumentArity.ZeroOrOne };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read JSON Lines {\"id\", \"text\", \"referenceDate\"} and write one JSON line per input line, in order." };
        var extract = new Command(
            "extract",
            "Extract entities as JSON Lines: {\"id\": ..., \"entities\": [{\"type\", \"start\", \"end\", \"text\", \"value\", \"confidence\"}]}.\n"
            + "A malformed line gives {\"id\": null, \"line\": n, \"error\": \"...\"} and processing continues (exit code 1).\n"
            + "Without --jsonl the whole input is one document.\n"
            + "Example: echo '{\"id\":\"a\",\"text\":\"وصل غانتس إلى الرباط\",\"referenceDate\":\"2021-11-23\"}' | arabic-entities extract --jsonl")
        {
            jsonl,
            extractFile,
        };
        extract.SetAction(parse => Guard(stderr, () =>
        {
            using Stream input = InputReader.Open(parse.GetValue(extractFile), stdin);
            var extractor = new JsonLinesExtractor(EntityPipeline.Create());
            if (parse.GetValue(jsonl))
            {
                return extractor.Run(input, output) == 0 ? Success : SomeLinesFailed;
            }

            string text = InputReader.ReadAll(input);
            string line = Newtonsoft.Json.JsonConvert.SerializeObject(new { text });
            using var single = new MemoryStream(JsonLinesExtractor.OutputEncoding.GetBytes(line));
            return extractor.Run(single, output) == 0 ? Success : SomeLinesFailed;
        }));

        root.Subcommands.Add(normalize);
        root.Subcommands.Add(tokenize);
        root.Subcommands.Add(extract);
        return root;
    }

    private static int Guard(TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"arabic-entities: {e.Message}");
            return UsageOrInputError;
        }
    }

    private static string Escape(string text) =>
        text.Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
