using System.Text;
using ArabicEntities.Cli;
using ArabicEntities.Recognition;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ArabicEntities.Tests.Cli;

/// <summary>Runs <see cref="CliApplication"/> in-process on memory streams.</summary>
internal static class CliHarness
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static CliResult Run(string stdin, params string[] args) => Run(new CliApplication(), Utf8(stdin), args);

    public static CliResult Run(byte[] stdin, params string[] args) => Run(new CliApplication(), stdin, args);

    public static CliResult Run(CliApplication application, byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        return Run(application, input, args);
    }

    public static CliResult Run(CliApplication application, Stream stdin, params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = application.Run(args, stdin, output, error);
        return new CliResult(code, output.ToArray(), error.ToString());
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Decodes output strictly: the tool must only ever write valid UTF-8.</summary>
    public static string DecodeStrict(byte[] bytes) => StrictUtf8.GetString(bytes);

    /// <summary>Parses one output line as a JSON object, keeping date-like strings as strings.</summary>
    public static JObject ParseJson(string line)
    {
        using var reader = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        JObject result = JObject.Load(reader);
        Assert.False(reader.Read(), "one JSON object per line");
        return result;
    }

    /// <summary>A pipeline whose only recognizer is <paramref name="recognize"/>.</summary>
    public static CliApplication WithRecognizer(Func<AnalyzedDocument, ExtractionOptions, IEnumerable<Entity>> recognize) =>
        new(EntityPipeline.Create(new DelegateRecognizer(recognize)));

    private sealed class DelegateRecognizer(Func<AnalyzedDocument, ExtractionOptions, IEnumerable<Entity>> recognize) : IEntityRecognizer
    {
        public IEnumerable<Entity> Recognize(AnalyzedDocument document, ExtractionOptions options) => recognize(document, options);
    }
}

/// <summary>What one in-process run produced.</summary>
internal sealed record CliResult(int ExitCode, byte[] OutputBytes, string Error)
{
    /// <summary>Standard output, decoded strictly.</summary>
    public string Output => CliHarness.DecodeStrict(OutputBytes);

    /// <summary>Standard output split into lines; asserts that every line, the last included, ends with '\n'.</summary>
    public string[] Lines
    {
        get
        {
            string output = Output;
            if (output.Length == 0)
            {
                return [];
            }

            Assert.EndsWith("\n", output, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', output);
            return output[..^1].Split('\n');
        }
    }

    /// <summary>Standard output parsed as JSON Lines.</summary>
    public Newtonsoft.Json.Linq.JObject[] JsonLines => [.. Lines.Select(CliHarness.ParseJson)];
}
