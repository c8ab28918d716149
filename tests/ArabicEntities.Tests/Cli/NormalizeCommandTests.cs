using ArabicEntities.Text;

namespace ArabicEntities.Tests.Cli;

public class NormalizeCommandTests
{
    [Fact]
    public void Normalize_Stdin_WritesDefaultProfile()
    {
        CliResult result = CliHarness.Run("الْمَغْرِبُ وإسرائيل ﻻ ٢٠٢١\n", "normalize");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("المغرب واسرائيل لا 2021\n", result.Output);
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("normalize")]
    [InlineData("normalize", "-")]
    public void Normalize_NoFileOrDash_ReadsStdin(params string[] args)
    {
        CliResult result = CliHarness.Run("كَتَبَ", args);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("كتب", result.Output);
    }

    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void Normalize_SeedFile_EqualsLibraryOutputExactly(string seed)
    {
        string path = SeedPath(seed);

        CliResult result = CliHarness.Run(string.Empty, "normalize", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ArabicNormalizer.Default.NormalizeToString(File.ReadAllText(path)), result.Output);
    }

    [Theory]
    [InlineData("بدون سطر جديد", "بدون سطر جديد")]
    [InlineData("سطر\r\nسطر\r\n", "سطر\r\nسطر\r\n")]
    [InlineData("\n\n", "\n\n")]
    [InlineData("", "")]
    public void Normalize_LineEndings_AreKeptAndNoneAdded(string input, string expected)
    {
        CliResult result = CliHarness.Run(input, "normalize");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Output);
    }

    [Fact]
    public void Normalize_LeadingBom_IsSkippedAndOutputHasNoBom()
    {
        CliResult result = CliHarness.Run([0xEF, 0xBB, 0xBF, .. CliHarness.Utf8("إلى")], "normalize");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(CliHarness.Utf8("الى"), result.OutputBytes);
    }

    internal static string SeedPath(string seed) =>
        SeedFiles.Paths.Single(p => Path.GetFileName(p).StartsWith(seed, StringComparison.Ordinal));
}
