using ArabicEntities.Recognition;
using ArabicEntities.Text;

namespace ArabicEntities.Tests;

public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_BehavesAsDocumented()
    {
        string text = "وصل وزيرُ الدفاع الإسرائيلي بيني غانتس، الثلاثاء، إلى الرباط.";
        ExtractionResult result = EntityPipeline.Default.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2021, 11, 23) });
        string[] lines = [.. result.Entities.Select(e => $"{e.Type}\t{e.Span.Start}-{e.Span.End}\t{e.Text}\t{e.Value}")];
        Assert.Equal(
            [
                "Person\t28-38\tبيني غانتس\t",
                "Date\t40-48\tالثلاثاء\t2021-11-23",
                "Location\t54-60\tالرباط\t",
            ],
            lines);

        TokenizedText tokens = result.Document.Tokens;
        NormalizedText normalized = tokens.Text;
        Assert.StartsWith("وصل وزير الدفاع الاسرائيلي", normalized.Text, StringComparison.Ordinal);
        TextSpan original = normalized.ToOriginal(4, 8);
        Assert.Equal("وزيرُ", text[original.ToRange()]);
    }
}
