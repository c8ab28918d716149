using System.Text.RegularExpressions;
using ArabicEntities.Cli;
using ArabicEntities.Recognition;
using ArabicEntities.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ArabicEntities.Tests.Cli;

public class TimelineCommandTests
{
    private static readonly Lazy<CliResult> SeedsText = new(() => CliHarness.Run(string.Empty, "timeline", SeedFiles.Directory));

    private static readonly Lazy<CliResult> SeedsJson = new(() => CliHarness.Run(string.Empty, "timeline", "--format", "json", SeedFiles.Directory));

    [Fact]
    public void SeedsFolder_Text_PrintsTheChronologyInOrder()
    {
        CliResult result = SeedsText.Value;
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string output = result.Output;
        Assert.StartsWith("Timeline: ", output, StringComparison.Ordinal);
        int previous = -1;
        foreach (string value in (string[])["199 ", "1993 ", "2000 ", "2020 ", "2021-08 ", "2021-11-23 ", "2022-03 ", "2022-07-18 "])
        {
            int at = output.IndexOf("\n" + value, previous + 1, StringComparison.Ordinal);
            Assert.True(at > previous, $"'{value.Trim()}' after position {previous}");
            previous = at;
        }

        Assert.Contains("بيني غانتس", output, StringComparison.Ordinal);
        Assert.Contains("sources: 002_c194bd1ccbda9053.txt, 004_5de940b4884d3e2a.txt", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedsFolder_MinConfidence_LeavesOutTheLessConfidentNames()
    {
        JObject all = Assert.Single(SeedsJson.Value.JsonLines);
        CliResult strict = CliHarness.Run(string.Empty, "timeline", "--format", "json", "--min-confidence", "0.9", SeedFiles.Directory);

        Assert.Equal(ExitCodes.Success, strict.ExitCode);
        JObject json = Assert.Single(strict.JsonLines);
        static List<(string Doc, int Start, int End)> Mentions(JObject timeline) =>
            [.. timeline["entities"]!.SelectMany(e => e["mentions"]!).Select(m => ((string)m["doc"]!, (int)m["start"]!, (int)m["end"]!))];
        List<(string Doc, int Start, int End)> kept = Mentions(json);
        List<(string Doc, int Start, int End)> every = Mentions(all);
        Assert.NotEmpty(kept);
        Assert.True(kept.Count < every.Count / 2, $"0.9 should leave out many of the seeds' {every.Count} name mentions, kept {kept.Count}");

        // Every mention left lies within a mention of the full timeline (the name spreading across documents may find
        // the surname of a full name that fell below the threshold: غانتس of بيني غانتس).
        Assert.All(kept, m => Assert.Contains(every, f => f.Doc == m.Doc && f.Start <= m.Start && m.End <= f.End));
    }

    [Fact]
    public void Timeline_MinConfidenceOutsideZeroToOne_IsAUsageError()
    {
        CliResult result = CliHarness.Run(string.Empty, "timeline", "--min-confidence", "2", SeedFiles.Directory);

        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Contains("--min-confidence", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedsFolder_UsesThePublicationDatesBesideTheFiles()
    {
        // الثلاثاء in seed 001 is its publication day (2021-11-23), which only the table gives.
        Assert.Contains("\n2021-11-23   الثلاثاء", SeedsText.Value.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedsFolder_Json_HasTheDocumentedShape_AndResolvesTheVariants()
    {
        CliResult result = SeedsJson.Value;
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        JObject json = Assert.Single(result.JsonLines);
        JArray entities = (JArray)json["entities"]!;
        JToken lapid = entities.Single(e => e["mentions"]!.Any(m => (string?)m["text"] == "يائير لبيد"));
        Assert.Contains(lapid["mentions"]!, m => (string?)m["text"] == "يائير لابيد" && (string?)m["doc"] == "002_c194bd1ccbda9053.txt");
        Assert.Equal("person", ((string)lapid["id"]!).Split('-')[0]);
        JArray events = (JArray)json["events"]!;
        List<string> values = [.. events.Select(e => (string)e["date"]!["value"]!)];
        Assert.Contains("1993", values);
        Assert.True(values.IndexOf("1993") < values.IndexOf("2022-03"));
        HashSet<string> ids = [.. entities.Select(e => (string)e["id"]!)];
        Assert.All(events.SelectMany(e => e["participants"]!), p => Assert.Contains((string)p!, ids));
        Assert.Equal(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<ArabicEntities.Timeline.Timeline>(result.Lines[0])), result.Lines[0]);
    }

    [Fact]
    public void Jsonl_ReadsDocumentsFromStandardInput_AndWritesJsonByDefault()
    {
        string input = "{\"id\":\"a\",\"text\":\"وصل بيني غانتس إلى الرباط عام 2021.\"}\n{\"id\":7,\"text\":\"وقال غانتس في الرباط الثلاثاء إن الزيارة تاريخية.\",\"referenceDate\":\"2021-11-23\"}\n";
        CliResult result = CliHarness.Run(TimelineApp(), CliHarness.Utf8(input), "timeline", "--jsonl");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        JObject json = Assert.Single(result.JsonLines);
        JToken gantz = json["entities"]!.Single(e => (string?)e["name"] == "بيني غانتس");
        Assert.Equal(["a", "7"], gantz["mentions"]!.Select(m => (string)m["doc"]!));
        Assert.Equal(["2021", "2021-11-23"], json["events"]!.Select(e => (string)e["date"]!["value"]!));
    }

    [Fact]
    public void Jsonl_BadLines_AreReportedOnStandardError_AndSkipped()
    {
        string input = "{\"id\":\"a\",\"text\":\"وصل غانتس عام 2021.\"}\nnot json\n{\"id\":\"a\",\"text\":\"نص\"}\n\n";
        CliResult result = CliHarness.Run(TimelineApp(), CliHarness.Utf8(input), "timeline", "--jsonl");
        Assert.Equal(ExitCodes.SomeLinesFailed, result.ExitCode);
        Assert.Contains("arabic-entities: line 2: invalid JSON", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 3: the id \"a\" was already used", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 4: empty line", result.Error, StringComparison.Ordinal);
        Assert.Single(Assert.Single(result.JsonLines)["events"]!);
    }

    [Fact]
    public void Jsonl_Parallel_GivesTheSameTimeline()
    {
        string input = string.Concat(Enumerable.Range(0, 12).Select(i => $"{{\"id\":\"d{i}\",\"text\":\"وصل غانتس إلى الرباط عام {2000 + i}.\"}}\n"));
        CliResult sequential = CliHarness.Run(TimelineApp(), CliHarness.Utf8(input), "timeline", "--jsonl");
        CliResult parallel = CliHarness.Run(TimelineApp(), CliHarness.Utf8(input), "timeline", "--jsonl", "--parallel", "4");
        Assert.Equal(sequential.Output, parallel.Output);
        Assert.Equal(12, sequential.JsonLines[0]["events"]!.Count());
    }

    [Fact]
    public void Extract_Parallel_KeepsTheOrder_AndTheErrorLines()
    {
        string input = string.Concat(Enumerable.Range(0, 40).Select(i => i % 7 == 3 ? "oops\n" : $"{{\"id\":{i},\"text\":\"عام {1950 + i}\"}}\n"));
        CliResult sequential = CliHarness.Run(TimelineApp(), CliHarness.Utf8(input), "extract", "--jsonl");
        CliResult parallel = CliHarness.Run(TimelineApp(), CliHarness.Utf8(input), "extract", "--jsonl", "--parallel", "3");
        Assert.Equal(ExitCodes.SomeLinesFailed, parallel.ExitCode);
        Assert.Equal(sequential.Output, parallel.Output);
        Assert.Equal(40, parallel.Lines.Length);
        Assert.Equal("4", (string?)parallel.JsonLines[4]["id"]);
        Assert.Equal(4, (int)parallel.JsonLines[3]["line"]!);
        Assert.Equal(string.Empty, parallel.Error);
    }

    [Theory]
    [InlineData("--parallel", "0")]
    [InlineData("--parallel", "x")]
    [InlineData("--format", "pdf")]
    [InlineData("--reference-date", "2021-02-30")]
    [InlineData("--nope")]
    public void BadOptions_AreUsageErrors(params string[] options)
    {
        CliResult result = CliHarness.Run(string.Empty, ["timeline", .. options, SeedFiles.Directory]);
        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Empty(result.OutputBytes);
    }

    [Fact]
    public void MissingFile_IsAnInputError()
    {
        CliResult result = CliHarness.Run(string.Empty, "timeline", Path.Combine(SeedFiles.Directory, "nope.txt"));
        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Contains("file not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedPublicationDates_IsAnInputErrorWithTheLine()
    {
        string folder = Directory.CreateTempSubdirectory("timeline-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "وصل غانتس عام 2021.");
            File.WriteAllText(Path.Combine(folder, "publication-dates.tsv"), "file\tpublicationDate\na.txt\t2021/11/23\n");
            CliResult result = CliHarness.Run(TimelineApp(), [], "timeline", folder);
            Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
            Assert.Contains("line 2", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Files_WithReferenceDate_AndOut_WriteTheFile()
    {
        string folder = Directory.CreateTempSubdirectory("timeline-").FullName;
        try
        {
            string file = Path.Combine(folder, "a.txt");
            File.WriteAllText(file, "وصل بيني غانتس إلى الرباط الثلاثاء.");
            string output = Path.Combine(folder, "out.json");
            CliResult result = CliHarness.Run(TimelineApp(), [], "timeline", "--reference-date", "2021-11-23", "--format", "json", "--out", output, file);
            Assert.Equal(ExitCodes.Success, result.ExitCode);
            Assert.Empty(result.OutputBytes);
            JObject json = JObject.Parse(File.ReadAllText(output));
            Assert.Equal("2021-11-23", (string?)json["events"]![0]!["date"]!["value"]);
            Assert.Equal("a.txt", (string?)json["events"]![0]!["date"]!["doc"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Html_IsOneSelfContainedRtlPage_WithHighlightsAndATimeline()
    {
        CliResult result = CliHarness.Run(string.Empty, "timeline", "--format", "html", SeedFiles.Directory);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string html = result.Output;
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("(https?:|//[a-z]|<link|src=|@import|url\\()", RegexOptions.IgnoreCase), html);
        Assert.Contains("<mark class=\"t-Person\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"t-Date\"", html, StringComparison.Ordinal);
        Assert.Contains("title=\"بيني غانتس\">غانتس</mark>", html, StringComparison.Ordinal);
        Assert.Equal(5, Regex.Count(html, "<article class=\"doc\">"));
        Assert.True(Regex.Count(html, "<div class=\"event\"") >= 8);
    }

    [Fact]
    public void Html_EscapesTheDocumentText()
    {
        string input = "{\"id\":\"<x>\",\"text\":\"<script>alert(1)</script> عام 2021\"}\n";
        CliResult result = CliHarness.Run(TimelineApp(), CliHarness.Utf8(input), "timeline", "--jsonl", "--format", "html");
        Assert.DoesNotContain("<script>alert", result.Output, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardInput_IsOneDocument_WithTheReferenceDate()
    {
        CliResult result = CliHarness.Run(TimelineApp(), CliHarness.Utf8("وصل بيني غانتس إلى الرباط الثلاثاء."), "timeline", "--reference-date", "2021-11-23", "--format", "json");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        JObject json = Assert.Single(result.JsonLines);
        Assert.Equal("-", (string?)json["events"]![0]!["date"]!["doc"]);
        Assert.Equal("2021-11-23", (string?)json["events"]![0]!["date"]!["value"]);
    }

    [Fact]
    public void InvalidUtf8File_IsAnInputError_AndNothingIsWritten()
    {
        CliResult result = CliHarness.Run(TimelineApp(), [0xD9, 0xFF], "timeline", "-");
        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Empty(result.OutputBytes);
        Assert.Contains("not valid UTF-8", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_GoesToStandardError_OnlyWhenAsked()
    {
        string input = "{\"id\":\"a\",\"text\":\"عام 2021\"}\n{\"id\":\"b\",\"text\":\"عام 2022\"}\n";
        var withProgress = new CliApplication(EntityPipeline.Create(ArabicEntities.Temporal.TemporalRecognizer.Default)) { ShowProgress = true };
        CliResult shown = CliHarness.Run(withProgress, CliHarness.Utf8(input), "extract", "--jsonl");
        Assert.Contains("arabic-entities: 2 documents", shown.Error, StringComparison.Ordinal);
        CliResult quiet = CliHarness.Run(TimelineApp(), CliHarness.Utf8(input), "timeline", "--jsonl");
        Assert.Equal(string.Empty, quiet.Error);
        Assert.Equal(2, Assert.Single(quiet.JsonLines)["events"]!.Count());
    }

    [Fact]
    public void Help_DescribesTheCommand()
    {
        CliResult result = CliHarness.Run(string.Empty, "timeline", "--help");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("publication-dates.tsv", result.Output, StringComparison.Ordinal);
        Assert.Contains("--parallel", result.Output, StringComparison.Ordinal);
    }

    // A fast pipeline for the contract tests: dates from the shipped recognizer, people and places from a word list.
    private static CliApplication TimelineApp() => new(EntityPipeline.Create(ArabicEntities.Temporal.TemporalRecognizer.Default, new WordListRecognizer()));

    private sealed class WordListRecognizer : IEntityRecognizer
    {
        private static readonly (string Text, EntityType Type)[] Names = [("بيني غانتس", EntityType.Person), ("غانتس", EntityType.Person), ("الرباط", EntityType.Location)];

        public IEnumerable<Entity> Recognize(AnalyzedDocument document, ExtractionOptions options)
        {
            string text = document.Original;
            var taken = new List<TextSpan>();
            foreach ((string name, EntityType type) in Names)
            {
                for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
                {
                    var span = new TextSpan(at, at + name.Length);
                    if (!taken.Any(t => t.Overlaps(span)))
                    {
                        taken.Add(span);
                        yield return new Entity(type, span, name);
                    }
                }
            }
        }
    }
}
