using ArabicEntities.Text;

namespace ArabicEntities.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text, SentenceSplitter? splitter = null) =>
        [.. (splitter ?? SentenceSplitter.Default).Split(ArabicTokenizer.Default.Tokenize(text)).Select(s => s.GetText(text))];

    [Theory]
    [InlineData("وصل غانتس إلى الرباط. وغادر الخميس.", new[] { "وصل غانتس إلى الرباط.", "وغادر الخميس." })]
    [InlineData("هل يزور المغرب؟ نعم! سيزوره.", new[] { "هل يزور المغرب؟", "نعم!", "سيزوره." })]
    [InlineData("قال: \"انتهى.\" ثم غادر", new[] { "قال: \"انتهى.\"", "ثم غادر" })]
    [InlineData("قال «انتهى.» ثم غادر", new[] { "قال «انتهى.»", "ثم غادر" })]
    [InlineData("الفقرة الأولى\nالفقرة الثانية", new[] { "الفقرة الأولى", "الفقرة الثانية" })]
    [InlineData("انتظر... ثم تكلم", new[] { "انتظر...", "ثم تكلم" })]
    [InlineData("قال د. أحمد إن النمو 3.5 بالمئة.", new[] { "قال د. أحمد إن النمو 3.5 بالمئة." })]
    [InlineData("the U.S. and Morocco", new[] { "the U.S. and Morocco" })]
    public void Split_FindsSentenceBoundaries(string text, string[] expected) => Assert.Equal(expected, Split(text));

    [Fact]
    public void Split_IgnoringLineBreaks_JoinsWrappedLines() =>
        Assert.Equal(["سطر أول\nيكمل الجملة."], Split("سطر أول\nيكمل الجملة.", SentenceSplitter.IgnoringLineBreaks));

    [Fact]
    public void Split_Empty_HasNoSentences() => Assert.Empty(Split("  \n "));

    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void Split_Seed_SentencesCoverEveryTokenOnce(string seed)
    {
        TokenizedText tokens = ArabicTokenizer.Default.Tokenize(SeedFiles.Read(seed));
        IReadOnlyList<Sentence> sentences = SentenceSplitter.Default.Split(tokens);
        Assert.True(sentences.Count > 1);
        int next = 0;
        foreach (Sentence sentence in sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            Assert.Equal(tokens.Tokens[sentence.FirstToken].Start, sentence.Span.Start);
            Assert.Equal(tokens.Tokens[sentence.EndToken - 1].End, sentence.Span.End);
            next = sentence.EndToken;
        }

        Assert.Equal(tokens.Tokens.Count, next);
    }
}
