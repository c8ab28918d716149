using System.Globalization;
using ArabicEntities.Cli;
using ArabicEntities.Text;

namespace ArabicEntities.Tests.Cli;

public class TokenizeCommandTests
{
    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void Tokenize_SeedFile_EveryLineOffsetsIndexTheInput(string seed)
    {
        string path = NormalizeCommandTests.SeedPath(seed);
        string input = File.ReadAllText(path);

        CliResult result = CliHarness.Run(string.Empty, "tokenize", path);

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Lines;
        Assert.Equal(ArabicTokenizer.Default.Tokenize(input).Tokens.Count, lines.Length);
        int previousEnd = 0;
        foreach (string line in lines)
        {
            Row row = Row.Parse(line);
            Assert.True(row.Start >= previousEnd && row.End > row.Start && row.End <= input.Length, line);
            Assert.Equal(input.Substring(row.Start, row.End - row.Start), row.Original);
            Assert.Equal(ArabicNormalizer.Default.NormalizeToString(row.Original), row.Normalized);
            previousEnd = row.End;
        }
    }

    [Fact]
    public void Tokenize_Stdin_MatchesLibraryTokensField_ByField()
    {
        const string Input = "وصل وزيرُ الدفاع الإسرائيلي بيني غانتس، الثلاثاء، إلى الرباط. F35 ٢٠٢١ https://example.com";
        TokenizedText expected = ArabicTokenizer.Default.Tokenize(Input);

        CliResult result = CliHarness.Run(Input, "tokenize");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            expected.Tokens.Select(t => new Row(t.Start, t.End, t.Kind, t.Text, t.NormalizedText)),
            result.Lines.Select(Row.Parse));
    }

    [Fact]
    public void Tokenize_BomAndSurrogatePairs_OffsetsAreUtf16IntoTheTextAfterTheBom()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. CliHarness.Utf8("😀 مرحبا\r\nسلام")];

        CliResult result = CliHarness.Run(input, "tokenize");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [new Row(0, 2, TokenKind.Symbol, "😀", "😀"), new Row(3, 8, TokenKind.ArabicWord, "مرحبا", "مرحبا"), new Row(10, 14, TokenKind.ArabicWord, "سلام", "سلام")],
            result.Lines.Select(Row.Parse));
    }

    [Fact]
    public void Tokenize_EmptyInput_WritesNothing()
    {
        CliResult result = CliHarness.Run(" \n\t ", "tokenize");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.OutputBytes);
    }

    [Theory]
    [InlineData("كلمة", "كلمة")]
    [InlineData("a\tb", "a\\tb")]
    [InlineData("a\nb\r", "a\\nb\\r")]
    [InlineData("\t\t", "\\t\\t")]
    [InlineData("a\\tb", "a\\tb")]
    public void TokenTsv_TabsAndLineBreaksInText_AreEscaped(string text, string expected)
    {
        using var writer = new StringWriter();

        TokenTsv.WriteEscaped(text, writer);

        Assert.Equal(expected, writer.ToString());
    }

    private sealed record Row(int Start, int End, TokenKind Kind, string Original, string Normalized)
    {
        public static Row Parse(string line)
        {
            string[] fields = line.Split('\t');
            Assert.Equal(5, fields.Length);
            return new Row(
                int.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture),
                int.Parse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture),
                Enum.Parse<TokenKind>(fields[2]),
                fields[3],
                fields[4]);
        }
    }
}
