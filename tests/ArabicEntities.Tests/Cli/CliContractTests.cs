using System.Text;
using ArabicEntities.Cli;
using Newtonsoft.Json.Linq;

namespace ArabicEntities.Tests.Cli;

public class CliContractTests
{
    private static (int Code, string Output, string Error) Run(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var output = new MemoryStream();
        var error = new StringWriter();
        int code = CliApplication.Run(args, input, output, error);
        return (code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    private static (int Code, string Output, string Error) Run(string stdin, params string[] args) => Run(Encoding.UTF8.GetBytes(stdin), args);

    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void Tokenize_SeedFile_EveryLineOffsetsIndexTheInput(string seed)
    {
        string path = SeedFiles.Paths.Single(p => Path.GetFileName(p).StartsWith(seed, StringComparison.Ordinal));
        string text = File.ReadAllText(path);
        (int code, string output, _) = Run(string.Empty, "tokenize", path);
        Assert.Equal(0, code);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (string line in lines)
        {
            string[] fields = line.Split('\t');
            Assert.Equal(5, fields.Length);
            int start = int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture);
            int end = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(fields[3], text[start..end]);
            Assert.True(Enum.TryParse<ArabicEntities.Text.TokenKind>(fields[2], out _));
        }
    }

    [Fact]
    public void Normalize_Stdin_WritesDefaultProfile()
    {
        (int code, string output, _) = Run("الْمَغْرِبُ وإسرائيل ﻻ ٢٠٢١\n", "normalize");
        Assert.Equal(0, code);
        Assert.Equal("المغرب واسرائيل لا 2021\n", output);
    }

    [Fact]
    public void Extract_MalformedLines_WriteErrorsAndContinue()
    {
        byte[] input =
        [
            .. Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"وصل غانتس إلى الرباط\",\"referenceDate\":\"2021-11-23\"}\n"),
            .. Encoding.UTF8.GetBytes("not json\n"),
            .. Encoding.UTF8.GetBytes("{\"id\":7}\n"),
            .. Encoding.UTF8.GetBytes("{\"id\":\"b\",\"text\":5}\n"),
            .. Encoding.UTF8.GetBytes("{\"id\":\"c\",\"text\":\"x\",\"referenceDate\":\"2021-02-30\"}\n"),
            0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D, (byte)'\n',
            (byte)'\n',
            .. Encoding.UTF8.GetBytes("[1,2]\n"),
            .. Encoding.UTF8.GetBytes("{\"id\":\"e\",\"text\":\"ok\"} trailing\n"),
            .. Encoding.UTF8.GetBytes("{\"id\":\"z\",\"text\":\"آخر سطر\"}"),
        ];
        (int code, string output, _) = Run(input, "extract", "--jsonl");
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        JObject[] results = [.. lines.Select(JObject.Parse)];
        Assert.Equal("a", (string?)results[0]["id"]);
        Assert.Empty((JArray)results[0]["entities"]!);
        Assert.All(results.Skip(1).Take(8), r => Assert.NotNull(r["error"]));
        Assert.Equal(7, (int)results[2]["id"]!);
        Assert.Equal(Enumerable.Range(2, 8), results.Skip(1).Take(8).Select(r => (int)r["line"]!));
        Assert.Equal("z", (string?)results[9]["id"]);
        Assert.Equal(1, code);
    }

    [Fact]
    public void Extract_AllGood_ExitCodeZero()
    {
        (int code, string output, _) = Run("{\"id\":1,\"text\":\"نص\"}\r\n{\"text\":\"نص آخر\"}\n", "extract", "--jsonl");
        Assert.Equal(0, code);
        Assert.Equal("{\"id\":1,\"entities\":[]}\n{\"id\":null,\"entities\":[]}\n", output);
    }

    [Fact]
    public void Extract_TenMegabyteLine_Works()
    {
        string text = string.Concat(Enumerable.Repeat("وصل غانتس إلى الرباط. ", 500_000));
        (int code, string output, _) = Run(Newtonsoft.Json.JsonConvert.SerializeObject(new { id = "big", text }), "extract", "--jsonl");
        Assert.Equal(0, code);
        Assert.Equal("{\"id\":\"big\",\"entities\":[]}\n", output);
    }

    [Fact]
    public void MissingFile_ExitCode2()
    {
        (int code, _, string error) = Run(string.Empty, "tokenize", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".txt"));
        Assert.Equal(2, code);
        Assert.Contains("arabic-entities:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("normalize")]
    [InlineData("tokenize")]
    public void InvalidUtf8_ExitCode2WithMessage(string command)
    {
        (int code, string output, string error) = Run([0x61, 0x62, 0xFF, 0x63], command);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("not valid UTF-8 at byte 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ShowsExamples()
    {
        (int code, string output, _) = Run(string.Empty, "--help");
        Assert.Equal(0, code);
        Assert.Contains("Example: arabic-entities tokenize", output, StringComparison.Ordinal);
        Assert.Contains("extract --jsonl", output, StringComparison.Ordinal);
    }
}
