using ArabicEntities.Text;

namespace ArabicEntities.Tests.Text;

public class ArabicTokenizerTests
{
    private static readonly ArabicTokenizer Tokenizer = ArabicTokenizer.Default;

    private static IEnumerable<(TokenKind Kind, string Text)> Tokens(string text) =>
        Tokenizer.Tokenize(text).Tokens.Select(t => (t.Kind, t.Text));

    [Fact]
    public void Tokenize_ArabicSentence_WordsAndArabicPunctuation()
    {
        Assert.Equal(
            [(TokenKind.ArabicWord, "قال"), (TokenKind.Punctuation, "،"), (TokenKind.ArabicWord, "هل"), (TokenKind.ArabicWord, "تأتي"),
             (TokenKind.Punctuation, "؟"), (TokenKind.Punctuation, "«"), (TokenKind.ArabicWord, "نعم"), (TokenKind.Punctuation, "»"),
             (TokenKind.Punctuation, "؛"), (TokenKind.Number, "50"), (TokenKind.Punctuation, "٪")],
            Tokens("قال، هل تأتي؟ «نعم»؛ 50٪"));
    }

    [Fact]
    public void Tokenize_ScriptChange_SplitsArabicFromDigits_KeepsLatinAlphanumerics()
    {
        Assert.Equal(
            [(TokenKind.ArabicWord, "فرانس"), (TokenKind.Number, "24"), (TokenKind.Punctuation, "/"), (TokenKind.ArabicWord, "رويترز")],
            Tokens("فرانس24/رويترز"));
        Assert.Equal([(TokenKind.LatinWord, "F35"), (TokenKind.ArabicWord, "طائرات")], Tokens("F35طائرات"));
        Assert.Equal([(TokenKind.LatinWord, "COVID"), (TokenKind.Punctuation, "-"), (TokenKind.Number, "19")], Tokens("COVID-19"));
    }

    [Theory]
    [InlineData("٢٠٢١", "2021")]
    [InlineData("3.5", "3.5")]
    [InlineData("١٬٠٠٠", "1,000")]
    [InlineData("2,5", "2,5")]
    public void Tokenize_Numbers_AreOneTokenWithAsciiDigits(string text, string normalized)
    {
        Token token = Assert.Single(Tokenizer.Tokenize(text).Tokens);
        Assert.Equal(TokenKind.Number, token.Kind);
        Assert.Equal(normalized, token.NormalizedText);
        Assert.Equal(text, token.Text);
    }

    [Theory]
    [InlineData("راسلونا على info@example.com.", "info@example.com", TokenKind.Email)]
    [InlineData("البريد: first.last+news@mail.example.org،", "first.last+news@mail.example.org", TokenKind.Email)]
    [InlineData("المصدر https://www.reuters.com/world/africa/ اليوم", "https://www.reuters.com/world/africa/", TokenKind.Url)]
    [InlineData("(www.hespress.com)", "www.hespress.com", TokenKind.Url)]
    [InlineData("«http://example.org/a?b=1&c=2»", "http://example.org/a?b=1&c=2", TokenKind.Url)]
    public void Tokenize_WebAddresses_AreSingleTokens(string text, string expected, TokenKind kind)
    {
        Token token = Assert.Single(Tokenizer.Tokenize(text).Tokens, t => t.Kind == kind);
        Assert.Equal(expected, token.Text);
        Assert.Equal(expected, text[token.Span.ToRange()]);
    }

    [Theory]
    [InlineData("@user")]
    [InlineData("a@b")]
    [InlineData("x@y.c")]
    public void Tokenize_NotAnEmail_IsNotAnEmail(string text) =>
        Assert.DoesNotContain(Tokenizer.Tokenize(text).Tokens, t => t.Kind == TokenKind.Email);

    [Fact]
    public void Tokenize_WebAddressDetectionOff_SplitsThem()
    {
        ArabicTokenizer tokenizer = ArabicTokenizer.Create(ArabicTokenizerOptions.Default with { DetectWebAddresses = false });
        Assert.Equal(["info", "@", "example", ".", "com"], tokenizer.Tokenize("info@example.com").Tokens.Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_Diacritics_OriginalKeepsMarks_NormalizedDropsThem()
    {
        const string text = "وَقَالَ الرَّئِيسُ";
        IReadOnlyList<Token> tokens = Tokenizer.Tokenize(text).Tokens;
        Assert.Equal(["وَقَالَ", "الرَّئِيسُ"], tokens.Select(t => t.Text));
        Assert.Equal(["وقال", "الرئيس"], tokens.Select(t => t.NormalizedText));
    }

    [Fact]
    public void Tokenize_Tatweel_IsInsideTheWord()
    {
        Token token = Assert.Single(Tokenizer.Tokenize("الـــمغرب").Tokens);
        Assert.Equal("الـــمغرب", token.Text);
        Assert.Equal("المغرب", token.NormalizedText);
    }

    [Fact]
    public void Tokenize_MixedScripts_EachRunHasItsKind()
    {
        Assert.Equal(
            [TokenKind.ArabicWord, TokenKind.Punctuation, TokenKind.LatinWord, TokenKind.LatinWord, TokenKind.Punctuation, TokenKind.OtherWord, TokenKind.Symbol, TokenKind.Symbol],
            Tokenizer.Tokenize("غانتس (Benny Gantz) בני $ 😀").Tokens.Select(t => t.Kind));
        Assert.Equal("😀", Tokenizer.Tokenize("😀").Tokens.Single().Text);
    }

    [Theory]
    [InlineData("\uD83D")]
    [InlineData("a\uDE00b")]
    [InlineData("\0\u0001 \u007F")]
    [InlineData("\u064E\u064E")]
    public void Tokenize_BrokenText_NeverThrowsAndCoversOnlyInput(string text)
    {
        TokenizedText result = Tokenizer.Tokenize(text);
        foreach (Token token in result.Tokens)
        {
            Assert.Equal(token.Text, text[token.Span.ToRange()]);
        }
    }

    [Fact]
    public void Tokenize_Empty_HasNoTokens() => Assert.Empty(Tokenizer.Tokenize(string.Empty).Tokens);

    [Fact]
    public void Tokenize_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Tokenizer.Tokenize((string)null!));

    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void Tokenize_Seed_EveryTokenOffsetIndexesItsOriginalText(string seed)
    {
        string text = SeedFiles.Read(seed);
        TokenizedText result = Tokenizer.Tokenize(text);
        Assert.NotEmpty(result.Tokens);
        int previousEnd = 0;
        foreach (Token token in result.Tokens)
        {
            Assert.True(token.Start >= previousEnd, $"{token} overlaps the previous token");
            Assert.Equal(token.Text, text.Substring(token.Start, token.End - token.Start));
            Assert.Equal(token.NormalizedText, ArabicNormalizer.Default.NormalizeToString(token.Text));
            Assert.Equal(token.NormalizedText, result.Text.Text[token.NormalizedSpan.ToRange()]);
            previousEnd = token.End;
        }

        // Nothing but whitespace is left between tokens.
        var covered = new bool[text.Length];
        foreach (Token token in result.Tokens)
        {
            Array.Fill(covered, true, token.Start, token.End - token.Start);
        }

        for (int i = 0; i < text.Length; i++)
        {
            Assert.True(covered[i] || char.IsWhiteSpace(text[i]) || ArabicNormalizer.Default.NormalizeToString(text[i].ToString()).Length == 0, $"character U+{(int)text[i]:X4} at {i} is in no token");
        }
    }

    [Fact]
    public void Tokenize_Seed004_FranceTwentyFourSlashReuters()
    {
        string text = SeedFiles.Read("004");
        IReadOnlyList<Token> tokens = Tokenizer.Tokenize(text).Tokens;
        int i = tokens.ToList().FindIndex(t => t.Text == "فرانس");
        Assert.True(i >= 0);
        Assert.Equal(["فرانس", "24", "/", "رويترز"], tokens.Skip(i).Take(4).Select(t => t.Text));
        Assert.Equal([TokenKind.ArabicWord, TokenKind.Number, TokenKind.Punctuation, TokenKind.ArabicWord], tokens.Skip(i).Take(4).Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_Seed003_GluedWord_IsOneTokenWithExactOffsets()
    {
        // الولاياتالمتحدة is written without a space; the tokenizer does not guess a split, it keeps exact offsets and
        // the clitic analysis still exposes the article.
        string text = SeedFiles.Read("003");
        TokenizedText result = Tokenizer.Tokenize(text);
        Token[] glued = [.. result.Tokens.Where(t => t.Text == "الولاياتالمتحدة")];
        Assert.Equal(2, glued.Length);
        foreach (Token token in glued)
        {
            Assert.Equal(TokenKind.ArabicWord, token.Kind);
            Assert.Equal("الولاياتالمتحدة", text.Substring(token.Start, token.End - token.Start));
            CliticSegmentation reading = Assert.Single(CliticAnalyzer.Default.Analyze(token, result.Text), r => r.HasArticle && r.Proclitics.Count == 1);
            Assert.Equal("ولاياتالمتحدة", reading.Stem);
            Assert.Equal("ولاياتالمتحدة", text[reading.StemSpan.ToRange()]);
        }
    }

    [Fact]
    public void Tokenize_Seed001_FindsTheNewsWords()
    {
        TokenizedText result = Tokenizer.Tokenize(SeedFiles.Read("001"));
        string[] words = [.. result.Tokens.Select(t => t.NormalizedText)];
        Assert.Contains("غانتس", words);
        Assert.Contains("للرباط", words);
        Assert.Contains("والجزائر", words);
        Assert.Contains("NSO", words);
        Assert.Contains("اسرائيل", words); // إسرائيل, alef normalized
    }

    [Fact]
    public void EnumerateTokens_SpanPath_MatchesTokenize()
    {
        string text = SeedFiles.Read("002");
        var buffer = new char[text.Length];
        var map = new int[text.Length];
        Assert.True(Tokenizer.Normalizer.TryNormalize(text, buffer, map, out int n));
        var spans = new List<(TokenKind, TextSpan)>();
        foreach (TokenSpan t in Tokenizer.EnumerateTokens(buffer.AsSpan(0, n)))
        {
            spans.Add((t.Kind, NormalizedText.MapToOriginal(text, map.AsSpan(0, n), t.Start, t.End)));
        }

        Assert.Equal(Tokenizer.Tokenize(text).Tokens.Select(t => (t.Kind, t.Span)), spans);
    }

    [Fact]
    public void Tokenize_RandomText_TokensAreOrderedAndIndexTheInput()
    {
        for (int seed = 0; seed < 5; seed++)
        {
            string text = RandomText.Generate(new Random(seed), 5_000);
            TokenizedText result = Tokenizer.Tokenize(text);
            int previousEnd = 0;
            foreach (Token token in result.Tokens)
            {
                Assert.True(token.Start >= previousEnd, $"{token} overlaps the previous token");
                Assert.True(token.End > token.Start);
                Assert.Equal(token.Text, text[token.Span.ToRange()]);
                previousEnd = token.End;
            }
        }
    }

    [Fact]
    public void EnumerateTokens_WindowAlignment_DoesNotChangeTokens()
    {
        // The enumerator classifies 64-code-unit windows in bulk; shifting the text by 0..64 spaces moves every word
        // across window boundaries, and the tokens (shifted back) must not change.
        string text = SeedFiles.Read("001")[..3000] + RandomText.Generate(new Random(7), 2_000);
        List<(TokenKind Kind, int Start, int End)> Tokens(string input, int shift)
        {
            var result = new List<(TokenKind, int, int)>();
            foreach (TokenSpan t in Tokenizer.EnumerateTokens(input))
            {
                result.Add((t.Kind, t.Start - shift, t.End - shift));
            }

            return result;
        }

        var expected = Tokens(text, 0);
        Assert.True(expected.Count > 500);
        for (int shift = 1; shift <= 64; shift++)
        {
            Assert.Equal(expected, Tokens(new string(' ', shift) + text, shift));
        }
    }

    [Fact]
    public void EnumerateTokens_LongArabicWordsAcrossWindows_AreWhole()
    {
        string word = new('ب', 150);
        string text = "في " + word + "، " + word + "ُ" + word + " نعم";
        Assert.Equal(
            [(TokenKind.ArabicWord, "في"), (TokenKind.ArabicWord, word), (TokenKind.Punctuation, "،"), (TokenKind.ArabicWord, word + "ُ" + word), (TokenKind.ArabicWord, "نعم")],
            Tokenizer.Tokenize(text).Tokens.Select(t => (t.Kind, t.Text)));
    }
}
