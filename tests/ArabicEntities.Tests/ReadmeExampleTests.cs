using ArabicEntities.Text;

namespace ArabicEntities.Tests;

public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_BehavesAsDocumented()
    {
        string text = "وصل وزيرُ الدفاع الإسرائيلي بيني غانتس، الثلاثاء، إلى الرباط.";
        TokenizedText tokens = ArabicTokenizer.Default.Tokenize(text);
        NormalizedText normalized = tokens.Text;
        Assert.StartsWith("وصل وزير الدفاع الاسرائيلي", normalized.Text, StringComparison.Ordinal);
        TextSpan original = normalized.ToOriginal(4, 8);
        Assert.Equal("وزيرُ", text[original.ToRange()]);
        Assert.Equal(TokenKind.Punctuation, tokens.Tokens[6].Kind);
        Assert.Equal("غانتس", tokens.Tokens[5].Text);
    }
}
