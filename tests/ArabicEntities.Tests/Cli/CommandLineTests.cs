using ArabicEntities.Cli;

namespace ArabicEntities.Tests.Cli;

public class CommandLineTests
{
    public static TheoryData<string[]> FileCommands => new()
    {
        new[] { "normalize" },
        new[] { "tokenize" },
        new[] { "extract" },
        new[] { "extract", "--jsonl" },
    };

    [Theory]
    [MemberData(nameof(FileCommands))]
    public void MissingFile_ExitCode2(string[] command)
    {
        string path = Path.Combine(Path.GetTempPath(), "arabic-entities-" + Guid.NewGuid().ToString("N") + ".txt");

        CliResult result = CliHarness.Run("{\"text\":\"stdin must not be read\"}", [.. command, path]);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.OutputBytes);
        Assert.Contains("file not found", result.Error, StringComparison.Ordinal);
        Assert.Contains(path, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FileCommands))]
    public void DirectoryInsteadOfFile_ExitCode2(string[] command)
    {
        CliResult result = CliHarness.Run(string.Empty, [.. command, Path.GetTempPath()]);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.OutputBytes);
        Assert.StartsWith("arabic-entities: ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x62, 0xFF, 0x63 }, 2, 1)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0xC3 }, 4, 1)]
    [InlineData(new byte[] { 0x61, 0x0A, 0xD8, 0xA7, 0x0A, 0xED, 0xA0, 0x80 }, 5, 3)] // an encoded surrogate on line 3
    [InlineData(new byte[] { 0xC0, 0xAF }, 0, 1)] // an overlong '/'
    public void InvalidUtf8_Normalize_ExitCode2WithMessage(byte[] input, int offset, int line)
    {
        CliResult result = CliHarness.Run(input, "normalize");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.OutputBytes);
        Assert.Contains($"standard input is not valid UTF-8: invalid byte 0x{input[offset]:X2} at byte offset {offset} (line {line})", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tokenize")]
    [InlineData("extract")]
    public void InvalidUtf8_WholeInputCommands_ExitCode2AndNoOutput(string command)
    {
        CliResult result = CliHarness.Run([.. CliHarness.Utf8("وصل غانتس\n"), 0xD9], command);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.OutputBytes);
        Assert.Contains("at byte offset 18 (line 2)", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("tokenize", "a.txt", "b.txt")]
    [InlineData("extract", "--json")]
    [InlineData("extract", "--reference-date", "2021-02-30")]
    [InlineData("extract", "--reference-date")]
    public void UsageError_ExitCode2WithMessageOnStderr(params string[] args)
    {
        CliResult result = CliHarness.Run(string.Empty, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.OutputBytes);
        Assert.StartsWith("arabic-entities: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ShowsExamples()
    {
        CliResult result = CliHarness.Run(string.Empty, "--help");

        Assert.Equal(0, result.ExitCode);
        string help = result.Output;
        Assert.Contains("arabic-entities normalize seeds/001_33b393f23e800e5c.txt", help, StringComparison.Ordinal);
        Assert.Contains("arabic-entities tokenize seeds/001_33b393f23e800e5c.txt", help, StringComparison.Ordinal);
        Assert.Contains("| arabic-entities extract --jsonl", help, StringComparison.Ordinal);
        Assert.Contains("Usage:\n  arabic-entities [command] [options]", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_DocumentsExitCodes()
    {
        string help = CliHarness.Run(string.Empty, "-h").Output;

        Assert.Contains("Exit codes:", help, StringComparison.Ordinal);
        foreach (int code in new[] { ExitCodes.Success, ExitCodes.SomeLinesFailed, ExitCodes.UsageOrInputError, ExitCodes.OutputOrInternalError })
        {
            Assert.Contains($"\n    {code}  ", help, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("normalize", "Example: arabic-entities normalize ")]
    [InlineData("tokenize", "Example: arabic-entities tokenize ")]
    [InlineData("extract", "| arabic-entities extract --jsonl")]
    public void Help_EachCommandShowsItsExample(string command, string example)
    {
        CliResult result = CliHarness.Run(string.Empty, command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Usage:\n  arabic-entities {command} [<FILE>] [options]", result.Output, StringComparison.Ordinal);
        Assert.Contains(example, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheToolVersion()
    {
        CliResult result = CliHarness.Run(string.Empty, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(typeof(CliApplication).Assembly.GetName().Version!.ToString(3), result.Output, StringComparison.Ordinal);
    }
}
