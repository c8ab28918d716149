using System.Globalization;
using System.Text;
using ArabicEntities.Cli;
using ArabicEntities.Recognition;
using ArabicEntities.Text;
using Newtonsoft.Json.Linq;

namespace ArabicEntities.Tests.Cli;

public class ExtractCommandTests
{
    private const string Article = "وصل وزير الدفاع الإسرائيلي بيني غانتس إلى الرباط الثلاثاء";

    [Fact]
    public void Extract_AllGood_ExitCodeZero()
    {
        CliResult result = CliHarness.Run(
            "{\"id\":\"a\",\"text\":\"نص\",\"referenceDate\":\"2021-11-23\"}\n{\"id\":1,\"text\":\"نص آخر\",\"extra\":{\"x\":[1,2]}}\n{\"text\":\"\"}\n",
            "extract", "--jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\"id\":\"a\",\"entities\":[]}\n{\"id\":1,\"entities\":[]}\n{\"id\":null,\"entities\":[]}\n", result.Output);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Extract_MinConfidence_KeepsOnlyTheNamesAtOrAboveItAndEveryDate()
    {
        string text = SeedFiles.Read("001");
        JToken[] all = [.. CliHarness.Run(text, "extract", "--reference-date", "2021-11-23").JsonLines[0]["entities"]!];
        CliResult strict = CliHarness.Run(text, "extract", "--reference-date", "2021-11-23", "--min-confidence", "0.8");

        Assert.Equal(0, strict.ExitCode);
        static bool IsName(JToken e) => (string)e["type"]! is "Person" or "Location" or "Organization" or "Misc";
        string[] expected = [.. all.Where(e => !IsName(e) || (double)e["confidence"]! >= 0.8).Select(e => e.ToString())];
        string[] kept = [.. strict.JsonLines[0]["entities"]!.Select(e => e.ToString())];
        Assert.Equal(expected, kept);
        Assert.True(kept.Length < all.Length, "0.8 should leave out some of the seed's names");
        Assert.Contains(kept, e => e.Contains("\"Date\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("high")]
    public void Extract_MinConfidenceOutsideZeroToOne_IsAUsageError(string value)
    {
        CliResult result = CliHarness.Run(Article, "extract", "--min-confidence", value);

        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("--min-confidence", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MalformedLine_WritesErrorAndContinues()
    {
        byte[] input =
        [
            .. CliHarness.Utf8("{\"id\":\"a\",\"text\":\"وصل غانتس إلى الرباط\",\"referenceDate\":\"2021-11-23\"}\n"),
            .. CliHarness.Utf8("not json\n"),
            .. CliHarness.Utf8("{\"id\":7}\n"),
            .. CliHarness.Utf8("{\"id\":\"b\",\"text\":5}\n"),
            .. CliHarness.Utf8("{\"id\":\"c\",\"text\":\"x\",\"referenceDate\":\"2021-02-30\"}\n"),
            .. CliHarness.Utf8("{\"id\":\"d\",\"text\":\""), 0xD9, 0xFF, .. CliHarness.Utf8("\"}\n"),
            .. CliHarness.Utf8("\n"),
            .. CliHarness.Utf8("   \r\n"),
            .. CliHarness.Utf8("[1,2]\n"),
            .. CliHarness.Utf8("{\"id\":\"e\",\"text\":\"ok\"} trailing\n"),
            .. CliHarness.Utf8("{\"id\":\"f\",\"text\":\"سطر جيد\"}\r\n"),
            .. CliHarness.Utf8("{\"id\":\"z\",\"text\":\"آخر سطر\"}"),
        ];

        CliResult result = CliHarness.Run(input, "extract", "--jsonl");

        Assert.Equal(1, result.ExitCode);
        JObject[] lines = result.JsonLines;
        Assert.Equal(12, lines.Length);
        (string Id, string? Error)[] expected =
        [
            ("\"a\"", null),
            ("null", "invalid JSON"),
            ("7", "missing required property \"text\""),
            ("\"b\"", "\"text\" must be a string, not a number"),
            ("\"c\"", "\"referenceDate\" must be a valid date"),
            ("null", "invalid UTF-8 at byte 18 of the line"),
            ("null", "empty line"),
            ("null", "empty line"),
            ("null", "not a JSON object"),
            ("null", "invalid JSON"),
            ("\"f\"", null),
            ("\"z\"", null),
        ];
        for (int i = 0; i < expected.Length; i++)
        {
            JObject line = lines[i];
            Assert.Equal(expected[i].Id, line["id"]!.ToString(Newtonsoft.Json.Formatting.None));
            if (expected[i].Error is { } error)
            {
                Assert.Equal(["id", "line", "error"], line.Properties().Select(p => p.Name));
                Assert.Equal(i + 1, (int)line["line"]!);
                Assert.Contains(error, (string)line["error"]!, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(["id", "entities"], line.Properties().Select(p => p.Name));
                Assert.IsType<JArray>(line["entities"]);
            }
        }
    }

    [Theory]
    [InlineData("{\"text\":\"x\"", "null", "invalid JSON at byte")]
    [InlineData("{\"text\":'x'}", "null", "invalid JSON")]
    [InlineData("{text:\"x\"}", "null", "invalid JSON")]
    [InlineData("{\"text\":\"x\",}", "null", "invalid JSON")]
    [InlineData("{\"text\":\"x\"} // comment", "null", "invalid JSON")]
    [InlineData("{\"text\":\"x\"}{\"text\":\"y\"}", "null", "invalid JSON")]
    [InlineData("{\"id\":NaN,\"text\":\"x\"}", "null", "invalid JSON")]
    [InlineData("{\"text\":\"tab\tinside\"}", "null", "invalid JSON")]
    [InlineData("\"just a string\"", "null", "not a JSON object")]
    [InlineData("42", "null", "not a JSON object")]
    [InlineData("{\"id\":\"a\",\"text\":\"x\",\"text\":\"y\"}", "null", "text")]
    [InlineData("{\"id\":\"a\"}", "\"a\"", "missing required property \"text\"")]
    [InlineData("{\"id\":\"a\",\"text\":null}", "\"a\"", "\"text\" must be a string, not null")]
    [InlineData("{\"id\":\"a\",\"text\":[\"x\"]}", "\"a\"", "\"text\" must be a string, not an array")]
    [InlineData("{\"id\":\"a\",\"Text\":\"x\"}", "\"a\"", "missing required property \"text\"")]
    [InlineData("{\"id\":true,\"text\":\"x\"}", "null", "\"id\" must be a string or a number, not a boolean")]
    [InlineData("{\"id\":{\"k\":1},\"text\":\"x\"}", "null", "\"id\" must be a string or a number, not an object")]
    [InlineData("{\"id\":5,\"text\":\"x\",\"referenceDate\":20211123}", "5", "\"referenceDate\" must be a string")]
    [InlineData("{\"id\":5,\"text\":\"x\",\"referenceDate\":\"23/11/2021\"}", "5", "\"referenceDate\" must be a valid date in yyyy-MM-dd form")]
    [InlineData("{\"id\":5,\"text\":\"x\",\"referenceDate\":\"2021-11-23T10:00:00\"}", "5", "\"referenceDate\" must be a valid date")]
    [InlineData("{\"id\":5,\"text\":\"x\",\"referenceDate\":\"2021-1-23\"}", "5", "\"referenceDate\" must be a valid date")]
    [InlineData("{\"id\":5,\"text\":\"x\",\"referenceDate\":\"٢٠٢١-١١-٢٣\"}", "5", "\"referenceDate\" must be a valid date")]
    [InlineData("{\"id\":5,\"text\":\"x\",\"referenceDate\":\"2023-02-29\"}", "5", "\"referenceDate\" must be a valid date")]
    public void Extract_InvalidLine_ErrorLineEchoesIdWhenValid(string line, string expectedId, string expectedError)
    {
        CliResult result = CliHarness.Run(line + "\n{\"id\":\"next\",\"text\":\"x\"}\n", "extract", "--jsonl");

        Assert.Equal(1, result.ExitCode);
        JObject[] lines = result.JsonLines;
        Assert.Equal(2, lines.Length);
        Assert.Equal(expectedId, lines[0]["id"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal(1, (int)lines[0]["line"]!);
        Assert.Contains(expectedError, (string)lines[0]["error"]!, StringComparison.Ordinal);
        Assert.Equal("{\"id\":\"next\",\"entities\":[]}", result.Lines[1]);
    }

    [Fact]
    public void Extract_DeepNesting_IsAnErrorLine()
    {
        string deep = "{\"text\":\"x\",\"extra\":" + new string('[', 200) + new string(']', 200) + "}";

        CliResult result = CliHarness.Run(deep, "extract", "--jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("invalid JSON", (string)Assert.Single(result.JsonLines)["error"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"a\"", "\"a\"")]
    [InlineData("\"غانتس\"", "\"غانتس\"")]
    [InlineData("7", "7")]
    [InlineData("-0", "-0")]
    [InlineData("1.50", "1.50")]
    [InlineData("2.5e-3", "2.5e-3")]
    [InlineData("1e400", "1e400")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("null", "null")]
    public void Extract_Id_IsEchoedAsGiven(string id, string expected)
    {
        CliResult result = CliHarness.Run($"{{\"id\":{id},\"text\":\"x\"}}", "extract", "--jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"{{\"id\":{expected},\"entities\":[]}}\n", result.Output);
    }

    [Fact]
    public void Extract_EmptyInput_WritesNothing()
    {
        CliResult result = CliHarness.Run(string.Empty, "extract", "--jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.OutputBytes);
    }

    [Theory]
    [InlineData("\n", 1)]
    [InlineData("\n\n", 2)]
    [InlineData("{\"text\":\"x\"}\n\n", 2)]
    [InlineData("{\"text\":\"x\"}\n{\"text\":\"y\"}", 2)]
    [InlineData("{\"text\":\"x\"}\r\n{\"text\":\"y\"}\r\n", 2)]
    public void Extract_OneOutputLinePerInputLine(string input, int expectedLines)
    {
        CliResult result = CliHarness.Run(input, "extract", "--jsonl");

        Assert.Equal(expectedLines, result.Lines.Length);
    }

    [Fact]
    public void Extract_BomOnFirstLine_IsSkipped()
    {
        CliResult result = CliHarness.Run([0xEF, 0xBB, 0xBF, .. CliHarness.Utf8("{\"id\":1,\"text\":\"x\"}\n{\"id\":2,\"text\":\"y\"}\n")], "extract", "--jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\"id\":1,\"entities\":[]}\n{\"id\":2,\"entities\":[]}\n", result.Output);
    }

    [Fact]
    public void Extract_TenMegabyteLine_Works()
    {
        var text = new StringBuilder();
        while (text.Length < 6_000_000)
        {
            text.Append("وصل غانتس إلى الرباط. ");
        }

        text.Append("النهاية");
        string document = text.ToString();
        string json = Newtonsoft.Json.JsonConvert.SerializeObject(new { id = "big", text = document });
        Assert.True(Encoding.UTF8.GetByteCount(json) > 10_000_000);
        CliApplication application = CliHarness.WithRecognizer((doc, _) =>
        {
            Token last = doc.Tokens.Tokens[^1];
            return [new Entity(EntityType.Misc, last.Span, last.Text)];
        });

        CliResult result = CliHarness.Run(application, CliHarness.Utf8(json + "\n{\"id\":\"after\",\"text\":\"ما بعد\"}\n"), "extract", "--jsonl");

        Assert.Equal(0, result.ExitCode);
        JObject[] lines = result.JsonLines;
        Assert.Equal(2, lines.Length);
        Assert.Equal("big", (string)lines[0]["id"]!);
        JToken entity = Assert.Single((JArray)lines[0]["entities"]!);
        Assert.Equal(document.Length - "النهاية".Length, (int)entity["start"]!);
        Assert.Equal(document.Length, (int)entity["end"]!);
        Assert.Equal("النهاية", (string)entity["text"]!);
        Assert.Equal("after", (string)lines[1]["id"]!);
    }

    [Fact]
    public void Extract_LineLongerThanLimit_GetsErrorLineAndNextLinesStillWork()
    {
        var application = new CliApplication { MaxLineBytes = 100 };
        string longLine = "{\"id\":\"long\",\"text\":\"" + new string('x', 500) + "\"}";

        CliResult result = CliHarness.Run(application, CliHarness.Utf8($"{{\"id\":1,\"text\":\"a\"}}\n{longLine}\n{{\"id\":3,\"text\":\"c\"}}\n{longLine}"), "extract", "--jsonl");

        Assert.Equal(1, result.ExitCode);
        JObject[] lines = result.JsonLines;
        Assert.Equal(4, lines.Length);
        Assert.Equal(1, (int)lines[0]["id"]!);
        Assert.Equal(2, (int)lines[1]["line"]!);
        Assert.Contains("longer than 100 bytes", (string)lines[1]["error"]!, StringComparison.Ordinal);
        Assert.Equal(3, (int)lines[2]["id"]!);
        Assert.Equal(4, (int)lines[3]["line"]!);
    }

    [Fact]
    public void Extract_Entities_FollowTheContract()
    {
        CliApplication application = CliHarness.WithRecognizer((doc, options) =>
        {
            Token person = doc.Tokens.Tokens.Single(t => t.NormalizedText == "غانتس");
            Token place = doc.Tokens.Tokens.Single(t => t.NormalizedText == "الرباط");
            Token day = doc.Tokens.Tokens[^1];
            return
            [
                new Entity(EntityType.Date, day.Span, day.Text, options.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 0.75),
                new Entity(EntityType.Person, new TextSpan(person.Start - 5, person.End), doc.Original[(person.Start - 5)..person.End], null, 0.5),
                new Entity(EntityType.Location, place.Span, place.Text),
            ];
        });
        string line = Newtonsoft.Json.JsonConvert.SerializeObject(new { id = "a", text = Article, referenceDate = "2021-11-23" });

        CliResult result = CliHarness.Run(application, CliHarness.Utf8(line + "\n"), "extract", "--jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "{\"id\":\"a\",\"entities\":["
            + "{\"type\":\"Person\",\"start\":27,\"end\":37,\"text\":\"بيني غانتس\",\"value\":null,\"confidence\":0.5},"
            + "{\"type\":\"Location\",\"start\":42,\"end\":48,\"text\":\"الرباط\",\"value\":null,\"confidence\":1.0},"
            + "{\"type\":\"Date\",\"start\":49,\"end\":57,\"text\":\"الثلاثاء\",\"value\":\"2021-11-23\",\"confidence\":0.75}]}\n",
            result.Output);
        foreach (JToken entity in (JArray)result.JsonLines[0]["entities"]!)
        {
            int start = (int)entity["start"]!;
            int end = (int)entity["end"]!;
            Assert.Equal(Article[start..end], (string)entity["text"]!);
            Assert.True(Enum.IsDefined(Enum.Parse<EntityType>((string)entity["type"]!)));
        }
    }

    [Fact]
    public void Extract_NonAsciiText_IsWrittenLiterallyAsUtf8()
    {
        CliApplication application = CliHarness.WithRecognizer((doc, _) => [new Entity(EntityType.Location, doc.Tokens.Tokens[0].Span, doc.Tokens.Tokens[0].Text)]);

        CliResult result = CliHarness.Run(application, CliHarness.Utf8("{\"id\":\"\\u0627\\u0644\",\"text\":\"الرباط\\u2028\\\"x\\\"\"}\n"), "extract", "--jsonl");

        Assert.Equal("{\"id\":\"ال\",\"entities\":[{\"type\":\"Location\",\"start\":0,\"end\":6,\"text\":\"الرباط\",\"value\":null,\"confidence\":1.0}]}\n", result.Output);
        Assert.False(result.OutputBytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]));
    }

    [Fact]
    public void Extract_LoneSurrogateInOutput_IsEscapedNotReplaced()
    {
        // A recognizer that cuts a surrogate pair in half: the output must stay valid UTF-8 and keep the code unit.
        CliApplication application = CliHarness.WithRecognizer((doc, _) => [new Entity(EntityType.Misc, new TextSpan(0, 1), doc.Original[..1])]);

        CliResult result = CliHarness.Run(application, CliHarness.Utf8("{\"text\":\"😀 نص\"}\n"), "extract", "--jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\"id\":null,\"entities\":[{\"type\":\"Misc\",\"start\":0,\"end\":1,\"text\":\"\\ud83d\",\"value\":null,\"confidence\":1.0}]}\n", result.Output);
    }

    [Fact]
    public void Extract_ReferenceDate_ReachesTheRecognizer_LineValueOverridesOption()
    {
        CliApplication application = CliHarness.WithRecognizer((doc, options) =>
            [new Entity(EntityType.Date, new TextSpan(0, doc.Original.Length), doc.Original, options.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none")]);
        const string Input = "{\"text\":\"أمس\",\"referenceDate\":\"2021-11-23\"}\n{\"text\":\"أمس\"}\n{\"text\":\"أمس\",\"referenceDate\":null}\n";

        string[] Values(params string[] args) =>
            [.. CliHarness.Run(application, CliHarness.Utf8(Input), args).JsonLines.Select(l => (string)l["entities"]![0]!["value"]!)];

        Assert.Equal(["2021-11-23", "none", "none"], Values("extract", "--jsonl"));
        Assert.Equal(["2021-11-23", "2020-01-31", "2020-01-31"], Values("extract", "--jsonl", "--reference-date", "2020-01-31"));
    }

    [Fact]
    public void Extract_RecognizerThrows_ThatLineFailsAndTheOthersContinue()
    {
        CliApplication application = CliHarness.WithRecognizer((doc, _) =>
            doc.Original == "boom" ? throw new InvalidOperationException("kaput") : []);

        CliResult result = CliHarness.Run(application, CliHarness.Utf8("{\"id\":1,\"text\":\"ok\"}\n{\"id\":2,\"text\":\"boom\"}\n{\"id\":3,\"text\":\"ok\"}\n"), "extract", "--jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("{\"id\":1,\"entities\":[]}", result.Lines[0]);
        Assert.Equal("{\"id\":2,\"line\":2,\"error\":\"extraction failed: InvalidOperationException: kaput\"}", result.Lines[1]);
        Assert.Equal("{\"id\":3,\"entities\":[]}", result.Lines[2]);
    }

    [Fact]
    public void Extract_Streams_EachLineIsWrittenBeforeTheNextIsRead()
    {
        var output = new MemoryStream();
        byte[][] chunks = [CliHarness.Utf8("{\"id\":1,\"text\":\"a\"}\n{\"id\":2,"), CliHarness.Utf8("\"text\":\"b\"}\n")];
        var seenBeforeSecondChunk = string.Empty;
        using var input = new ChunkedStream(chunks, servedChunks =>
        {
            if (servedChunks == 1)
            {
                seenBeforeSecondChunk = Encoding.UTF8.GetString(output.ToArray());
            }
        });
        var application = new CliApplication { FlushEachLine = true };

        int code = application.Run(["extract", "--jsonl"], input, output, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Equal("{\"id\":1,\"entities\":[]}\n", seenBeforeSecondChunk);
        Assert.Equal("{\"id\":1,\"entities\":[]}\n{\"id\":2,\"entities\":[]}\n", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void Extract_WithoutJsonl_WholeInputIsOneDocument()
    {
        const string Input = "سطر أول\n{\"id\":\"not json mode\"}\nسطر ثالث";
        CliApplication application = CliHarness.WithRecognizer((doc, options) =>
            [new Entity(EntityType.Date, new TextSpan(0, doc.Original.Length), doc.Original, options.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]);

        CliResult result = CliHarness.Run(application, CliHarness.Utf8(Input), "extract", "--reference-date", "2021-11-23");

        Assert.Equal(0, result.ExitCode);
        JObject line = Assert.Single(result.JsonLines);
        Assert.Equal(JTokenType.Null, line["id"]!.Type);
        JToken entity = Assert.Single((JArray)line["entities"]!);
        Assert.Equal(Input, (string)entity["text"]!);
        Assert.Equal(Input.Length, (int)entity["end"]!);
        Assert.Equal("2021-11-23", (string)entity["value"]!);
    }

    [Fact]
    public void Extract_WithoutJsonl_SeedFile_WritesOneResultLine()
    {
        CliResult result = CliHarness.Run(string.Empty, "extract", NormalizeCommandTests.SeedPath("001"));

        Assert.Equal(0, result.ExitCode);
        JObject line = Assert.Single(result.JsonLines);
        Assert.Equal(JTokenType.Null, line["id"]!.Type);
        string text = File.ReadAllText(NormalizeCommandTests.SeedPath("001"));
        var entities = (JArray)line["entities"]!;
        Assert.Contains(entities, e => (string)e["type"]! == "Person" && (string)e["text"]! == "بيني غانتس");
        Assert.Contains(entities, e => (string)e["type"]! == "Date" && (string)e["text"]! == "الثلاثاء");
        Assert.All(entities, e => Assert.Equal((string)e["text"]!, text[(int)e["start"]!..(int)e["end"]!]));
    }

    /// <summary>Serves its chunks one per read, calling back before each with the number already served.</summary>
    private sealed class ChunkedStream(byte[][] chunks, Action<int> beforeChunk) : Stream
    {
        private int _served;
        private int _offset;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_served == chunks.Length)
            {
                return 0;
            }

            if (_offset == 0)
            {
                beforeChunk(_served);
            }

            int n = Math.Min(count, chunks[_served].Length - _offset);
            Array.Copy(chunks[_served], _offset, buffer, offset, n);
            _offset += n;
            if (_offset == chunks[_served].Length)
            {
                _served++;
                _offset = 0;
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
