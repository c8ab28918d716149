using ArabicEntities.Text;

namespace ArabicEntities.Tests.Text;

public class CliticAnalyzerTests
{
    private static string Describe(CliticSegmentation s) =>
        string.Join("+", s.Proclitics.Select(p => p.Form).Append("[" + s.Stem + "]").Concat(s.Enclitic is null ? [] : [s.Enclitic.Form]));

    [Theory]
    [InlineData("والمغرب", "و+ال+[مغرب]")]
    [InlineData("وبالمغرب", "و+ب+ال+[مغرب]")]
    [InlineData("فللرباط", "ف+ل+ال+[رباط]")]
    [InlineData("للرباط", "ل+ال+[رباط]")]
    [InlineData("لاسرائيل", "ل+[اسرائيل]")]
    [InlineData("كالعادة", "ك+ال+[عادة]")]
    [InlineData("سيزور", "س+[يزور]")]
    [InlineData("وسيزور", "و+س+[يزور]")]
    [InlineData("حكومته", "[حكومت]+ه")]
    [InlineData("بلادهم", "ب+[لاد]+هم")]
    [InlineData("بلادهم", "[بلاد]+هم")]
    [InlineData("علاقاتهما", "[علاقات]+هما")]
    [InlineData("مكتبها", "[مكتب]+ها")]
    [InlineData("بلادنا", "[بلاد]+نا")]
    [InlineData("وزيركم", "[وزير]+كم")]
    [InlineData("كتابهن", "[كتاب]+هن")]
    [InlineData("بيتكن", "[بيت]+كن")]
    [InlineData("رئيسي", "[رئيس]+ي")]
    [InlineData("وفدها", "و+[فد]+ها")]
    public void Analyze_FindsTheReading(string word, string expected) =>
        Assert.Contains(expected, CliticAnalyzer.Default.Analyze(word).Select(Describe));

    [Theory]
    [InlineData("المغربه")] // the article never combines with a pronoun suffix
    [InlineData("سالمغرب")] // the future particle takes no article
    public void Analyze_ImpossibleCombinations_AreNotProposed(string word)
    {
        Assert.DoesNotContain(CliticAnalyzer.Default.Analyze(word), s => s.HasArticle && s.Enclitic is not null);
        Assert.DoesNotContain(CliticAnalyzer.Default.Analyze(word), s => s.HasArticle && s.Proclitics.Any(p => p.Kind == CliticKind.FutureParticle));
    }

    [Fact]
    public void Analyze_BareReadingComesFirst_AndStemsKeepTwoLetters()
    {
        IReadOnlyList<CliticSegmentation> readings = CliticAnalyzer.Default.Analyze("وله");
        Assert.True(readings[0].IsBare);
        Assert.All(readings, r => Assert.True(r.Stem.Length >= 2));
        Assert.Empty(CliticAnalyzer.Default.Analyze(string.Empty));
    }

    [Fact]
    public void Analyze_TehBeforePronoun_RestoresTehMarbutaInBaseForm()
    {
        CliticSegmentation reading = CliticAnalyzer.Default.Analyze("حكومته").Single(r => r.Enclitic?.Form == "ه" && r.Proclitics.Count == 0);
        Assert.Equal("حكومت", reading.Stem);
        Assert.Equal("حكومة", reading.BaseForm);
    }

    [Fact]
    public void Analyze_Token_SpansIndexTheOriginalText_IncludingRemovedMarks()
    {
        const string text = "وَلِلرِّبَاطِ دورٌ";
        TokenizedText tokens = ArabicTokenizer.Default.Tokenize(text);
        CliticSegmentation reading = CliticAnalyzer.Default.Analyze(tokens.Tokens[0], tokens.Text)
            .Single(r => Describe(r) == "و+ل+ال+[رباط]");
        Assert.Equal("رِّبَاطِ", text[reading.StemSpan.ToRange()]);
        Assert.Equal(["وَ", "لِ", "ل"], reading.Proclitics.Select(p => text[p.Span.ToRange()]));
        Assert.Equal([CliticKind.Conjunction, CliticKind.Preposition, CliticKind.Article], reading.Proclitics.Select(p => p.Kind));
    }

    [Fact]
    public void Analyze_NonArabicToken_HasNoReadings()
    {
        TokenizedText tokens = ArabicTokenizer.Default.Tokenize("NSO 2021");
        Assert.All(tokens.Tokens, t => Assert.Empty(CliticAnalyzer.Default.Analyze(t, tokens.Text)));
    }

    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void Analyze_Seed_EveryStemSpanIsInsideItsToken(string seed)
    {
        string text = SeedFiles.Read(seed);
        TokenizedText tokens = ArabicTokenizer.Default.Tokenize(text);
        foreach (Token token in tokens.Tokens.Where(t => t.Kind == TokenKind.ArabicWord))
        {
            foreach (CliticSegmentation reading in CliticAnalyzer.Default.Analyze(token, tokens.Text))
            {
                Assert.True(token.Span.Contains(reading.StemSpan), $"{reading.StemSpan} outside {token}");
                Assert.Equal(reading.Stem, ArabicNormalizer.Default.NormalizeToString(text[reading.StemSpan.ToRange()]));
            }
        }
    }
}
