using ArabicEntities.Text;

namespace ArabicEntities.Tests.Text;

public class ArabicNormalizerTests
{
    private static readonly ArabicNormalizer Normalizer = ArabicNormalizer.Default;

    [Theory]
    [InlineData("كَتَبَ", "كتب")] // fatha
    [InlineData("مُحَمَّدٌ", "محمد")] // damma, shadda, dammatan
    [InlineData("كِتَابًا", "كتابا")] // kasra, fathatan
    [InlineData("بٍ", "ب")] // kasratan
    [InlineData("قُلْ", "قل")] // sukun
    public void Normalize_RemovesTashkeel(string input, string expected) => Assert.Equal(expected, Normalizer.Normalize(input).Text);

    [Theory]
    [InlineData("هٰذا", "هذا")] // dagger alef U+0670
    [InlineData("الرَّحِيمِ ۝", "الرحيم ")] // U+06DD end of ayah
    [InlineData("عَلَيْهِۖ", "عليه")] // U+06D6 small high ligature
    [InlineData("ص\u0610", "ص")] // U+0610 sallallahou
    [InlineData("ا\u0653", "ا")] // U+0653 madda above
    [InlineData("ب\u065F", "ب")] // U+065F wavy hamza below
    [InlineData("ب\u08F0", "ب")] // Arabic Extended-A combining mark
    public void Normalize_RemovesOtherMarks(string input, string expected) => Assert.Equal(expected, Normalizer.Normalize(input).Text);

    [Fact]
    public void Normalize_RemovesTatweel_KeepsOffsets()
    {
        NormalizedText n = Normalizer.Normalize("كـــلمة");
        Assert.Equal("كلمة", n.Text);
        Assert.Equal([0, 4, 5, 6], Enumerable.Range(0, n.Length).Select(n.GetOriginalIndex));
        Assert.Equal(new TextSpan(0, 7), n.ToOriginal(0, 4));
    }

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسرائيل", "اسرائيل")]
    [InlineData("آب", "اب")]
    [InlineData("ٱلله", "الله")]
    [InlineData("ک", "ك")]
    [InlineData("ی", "ي")]
    public void Normalize_MapsLetterVariants(string input, string expected) => Assert.Equal(expected, Normalizer.Normalize(input).Text);

    [Theory]
    [InlineData("ﻻ", "لا")] // U+FEFB lam-alef isolated
    [InlineData("ﻷ", "لا")] // U+FEF7 lam with alef hamza above: folded, then alef-normalized
    [InlineData("ﷲ", "الله")] // U+FDF2
    [InlineData("ﺑﺴﻢ", "بسم")] // initial, medial, final forms
    [InlineData("ﮐ", "ك")] // U+FB90 keheh initial form → keheh → kaf
    [InlineData("ﹰ", "")] // U+FE70 fathatan isolated form: a mark, removed
    [InlineData("ﷺ", "ﷺ")] // U+FDFA decomposes into four words: kept, so tokens never share a code unit
    public void Normalize_FoldsPresentationForms(string input, string expected) => Assert.Equal(expected, Normalizer.Normalize(input).Text);

    [Theory]
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [InlineData("۰۱۲۳۴۵۶۷۸۹", "0123456789")]
    [InlineData("٣٫٥", "3.5")]
    [InlineData("١٬٠٠٠", "1,000")]
    public void Normalize_MapsDigitsToAscii(string input, string expected) => Assert.Equal(expected, Normalizer.Normalize(input).Text);

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200C")]
    [InlineData("\u200D")]
    [InlineData("\u200E")]
    [InlineData("\u200F")]
    [InlineData("\u202A")]
    [InlineData("\u202B")]
    [InlineData("\u202C")]
    [InlineData("\u202D")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u2067")]
    [InlineData("\u2068")]
    [InlineData("\u2069")]
    [InlineData("\uFEFF")]
    [InlineData("\u061C")]
    public void Normalize_RemovesFormatControls(string control) => Assert.Equal("ab", Normalizer.Normalize("a" + control + "b").Text);

    [Theory]
    [InlineData("مدينة")]
    [InlineData("مستشفى")]
    [InlineData("مؤتمر")]
    [InlineData("رئيس")]
    public void Normalize_DefaultKeepsTehMarbutaAlefMaksuraAndHamzaCarriers(string word) => Assert.Equal(word, Normalizer.Normalize(word).Text);

    [Theory]
    [InlineData("مدينة", "مدينه")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("مؤتمر", "موتمر")]
    [InlineData("رئيس", "رييس")]
    public void Normalize_OptionalRulesFoldLetters(string word, string expected)
    {
        var options = ArabicNormalizerOptions.Default with { TehMarbutaToHeh = true, AlefMaksuraToYeh = true, HamzaCarriersToBase = true };
        Assert.Equal(expected, ArabicNormalizer.Create(options).Normalize(word).Text);
    }

    public static TheoryData<string, string, ArabicNormalizerOptions> RulesTurnedOff => new()
    {
        { "كَتَبَ", "كَتَبَ", ArabicNormalizerOptions.Default with { RemoveTashkeel = false } },
        { "هٰذا", "هٰذا", ArabicNormalizerOptions.Default with { RemoveOtherMarks = false } },
        { "كـلمة", "كـلمة", ArabicNormalizerOptions.Default with { RemoveTatweel = false } },
        { "أحمد", "أحمد", ArabicNormalizerOptions.Default with { NormalizeAlef = false } },
        { "ٱلله", "ٱلله", ArabicNormalizerOptions.Default with { NormalizeAlefWasla = false } },
        { "کی", "کی", ArabicNormalizerOptions.Default with { NormalizePersianLetters = false } },
        { "ﻻ", "ﻻ", ArabicNormalizerOptions.Default with { FoldPresentationForms = false } },
        { "٢٠٢١", "٢٠٢١", ArabicNormalizerOptions.Default with { NormalizeDigits = false } },
        { "a\u200Fb", "a\u200Fb", ArabicNormalizerOptions.Default with { RemoveFormatControls = false } },
    };

    [Theory]
    [MemberData(nameof(RulesTurnedOff))]
    public void Normalize_EachRuleCanBeTurnedOff(string input, string expected, ArabicNormalizerOptions options) =>
        Assert.Equal(expected, ArabicNormalizer.Create(options).Normalize(input).Text);

    [Fact]
    public void Normalize_NoneProfile_IsIdentity()
    {
        string text = SeedFiles.Read("001") + "ﻻ ٢٠٢١ كَتَبَ\u200F";
        NormalizedText n = ArabicNormalizer.Create(ArabicNormalizerOptions.None).Normalize(text);
        Assert.Same(text, n.Text);
        Assert.True(n.IsIdentity);
    }

    [Fact]
    public void Normalize_RemovedMarkInsideWord_StaysInsideMappedSpan()
    {
        const string text = "قال مُحَمَّدٌ لهم";
        NormalizedText n = Normalizer.Normalize(text);
        int start = n.Text.IndexOf("محمد", StringComparison.Ordinal);
        TextSpan original = n.ToOriginal(start, start + 4);
        Assert.Equal("مُحَمَّدٌ", text[original.ToRange()]);
    }

    [Fact]
    public void Normalize_TrailingFormatControl_IsNotPartOfTheWord()
    {
        const string text = "المغرب\u200F و";
        NormalizedText n = Normalizer.Normalize(text);
        Assert.Equal("المغرب و", n.Text);
        Assert.Equal("المغرب", text[n.ToOriginal(0, 6).ToRange()]);
    }

    [Fact]
    public void Normalize_SpanInsideLigature_MapsToWholeLigature()
    {
        const string text = "ﻻ شيء";
        NormalizedText n = Normalizer.Normalize(text);
        Assert.Equal("لا شيء", n.Text);
        Assert.Equal(new TextSpan(0, 1), n.ToOriginal(0, 1));
        Assert.Equal(new TextSpan(0, 1), n.ToOriginal(1, 2));
        Assert.Equal(new TextSpan(0, 1), n.ToOriginal(0, 2));
    }

    [Fact]
    public void Normalize_Null_ThrowsArgumentNullException() => Assert.Throws<ArgumentNullException>(() => Normalizer.Normalize(null!));

    [Fact]
    public void Normalize_Empty_ReturnsEmpty()
    {
        NormalizedText n = Normalizer.Normalize(string.Empty);
        Assert.Equal(string.Empty, n.Text);
        Assert.Equal(new TextSpan(0, 0), n.ToOriginal(0, 0));
    }

    [Theory]
    [InlineData("lone high surrogate", "\uD83D")]
    [InlineData("lone low surrogate", "\uDE00")]
    [InlineData("reversed pair", "a\uDE00\uD83Db")]
    [InlineData("control characters", "\0\u0001\u001F\u007F")]
    [InlineData("noncharacters and the replacement character", "\uFFFF\uFFFE\uFFFD")]
    [InlineData("non-Arabic text", "Hello, мир! 你好 😀")]
    public void Normalize_NonArabicAndBrokenText_PassesThroughUnchanged(string what, string text) =>
        Assert.True(text == Normalizer.Normalize(text).Text, what);

    [Fact]
    public void Normalize_TenMegabyteString_KeepsEveryOffset()
    {
        string unit = "وَقَالَ ﻻ ٢٠٢١ مُحَمَّد\u200F\n";
        string text = string.Concat(Enumerable.Repeat(unit, 10_000_000 / unit.Length));
        NormalizedText n = Normalizer.Normalize(text);
        Assert.Equal(Normalizer.NormalizeToString(text), n.Text);
        OffsetMapAssert.IsValid(n);
    }

    [Fact]
    public void TryNormalize_MatchesStringOverload_OnSeeds()
    {
        foreach (string path in SeedFiles.Paths)
        {
            string text = File.ReadAllText(path);
            var buffer = new char[text.Length];
            var map = new int[text.Length];
            Assert.True(Normalizer.TryNormalize(text, buffer, map, out int written));
            NormalizedText n = Normalizer.Normalize(text);
            Assert.Equal(n.Text, new string(buffer, 0, written));
            Assert.Equal(Enumerable.Range(0, n.Length).Select(n.GetOriginalIndex), map.Take(written));
            Assert.True(Normalizer.TryNormalize(text, buffer, out int writtenWithoutMap));
            Assert.Equal(written, writtenWithoutMap);
        }
    }

    [Fact]
    public void TryNormalize_DestinationTooSmall_ReturnsFalse()
    {
        Assert.False(Normalizer.TryNormalize("ﷲ", new char[3], out int written));
        Assert.Equal(0, written);
        Assert.False(Normalizer.TryNormalize("abc", new char[2], new int[2], out _));
        Assert.Equal(4, Normalizer.GetNormalizedLength("ﷲ"));
        Assert.True(Normalizer.TryNormalize("ﷲ", new char[Normalizer.MaxExpansion], out written));
        Assert.Equal(4, written);
    }

    [Fact]
    public void TryNormalize_MapShorterThanDestination_Throws() =>
        Assert.Throws<ArgumentException>(() => Normalizer.TryNormalize("abc", new char[3], new int[2], out _));

    [Fact]
    public void Normalize_ExpandsBeyondInputLength_StillMapsOffsets()
    {
        const string text = "ﷲ ﷲ ﷲ";
        NormalizedText n = Normalizer.Normalize(text);
        Assert.Equal("الله الله الله", n.Text);
        Assert.Equal(new TextSpan(2, 3), n.ToOriginal(5, 9));
        OffsetMapAssert.IsValid(n);
    }

    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void Normalize_Seed_IsIdempotentAndMapsBack(string seed)
    {
        string text = SeedFiles.Read(seed);
        NormalizedText once = Normalizer.Normalize(text);
        Assert.Equal(once.Text, Normalizer.Normalize(once.Text).Text);
        Assert.True(Normalizer.IsNormalized(once.Text));
        OffsetMapAssert.IsValid(once);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Normalize_RandomText_IsIdempotentAndMapIsValid(int seed)
    {
        var random = new Random(seed);
        string text = RandomText.Generate(random, 5_000);
        foreach (ArabicNormalizerOptions options in new[] { ArabicNormalizerOptions.Default, ArabicNormalizerOptions.Lucene, ArabicNormalizerOptions.Default with { TehMarbutaToHeh = true, HamzaCarriersToBase = true } })
        {
            ArabicNormalizer normalizer = ArabicNormalizer.Create(options);
            NormalizedText once = normalizer.Normalize(text);
            Assert.Equal(once.Text, normalizer.Normalize(once.Text).Text);
            OffsetMapAssert.IsValid(once, normalizer);
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Normalize_OffsetMap_AgreesWithTheAllocationFreeMap(int seed)
    {
        // NormalizedText keeps its map as runs of equal shift; the allocation-free path writes one index per code unit.
        var random = new Random(seed);
        string text = SeedFiles.Read("001")[..2000] + "ﻻ كَتَبَ ـــ\u200f" + RandomText.Generate(random, 3_000);
        NormalizedText normalized = Normalizer.Normalize(text);
        var buffer = new char[text.Length * 4];
        var indices = new int[text.Length * 4];
        Assert.True(Normalizer.TryNormalize(text, buffer, indices, out int written));
        Assert.Equal(normalized.Text, new string(buffer, 0, written));
        for (int i = 0; i <= written; i++)
        {
            Assert.Equal(i == written ? text.Length : indices[i], normalized.GetOriginalIndex(i));
        }

        for (int k = 0; k < 3_000; k++)
        {
            int start = random.Next(written + 1);
            int end = start + random.Next(Math.Min(12, written - start) + 1);
            TextSpan expected = NormalizedText.MapToOriginal(text, indices.AsSpan(0, written), start, end);
            Assert.Equal(expected, normalized.ToOriginal(start, end));
            // ToNormalized: the normalized code units whose source lies inside the original span.
            int from = FirstAtOrAfter(indices.AsSpan(0, written), expected.Start);
            int to = FirstAtOrAfter(indices.AsSpan(0, written), expected.End);
            Assert.Equal(new TextSpan(from, Math.Max(from, to)), normalized.ToNormalized(expected));
        }
    }

    private static int FirstAtOrAfter(ReadOnlySpan<int> sorted, int value)
    {
        int i = 0;
        while (i < sorted.Length && sorted[i] < value)
        {
            i++;
        }

        return i;
    }

    [Fact]
    public void ToNormalized_RoundTripsWordSpans()
    {
        const string text = "وَصَلَ غانتس إلى الرِّبَاطِ";
        NormalizedText n = Normalizer.Normalize(text);
        TextSpan original = new(text.IndexOf("الرِّبَاطِ", StringComparison.Ordinal), text.Length);
        TextSpan normalized = n.ToNormalized(original);
        Assert.Equal("الرباط", n.Text[normalized.ToRange()]);
        Assert.Equal(original, n.ToOriginal(normalized));
    }

    [Fact]
    public void PresentationFormsResource_MatchesUnicodeNfkc()
    {
        // The library ships this table so it works in globalization-invariant mode; it must equal ICU's NFKC.
        string expected = NormalizationTableBuilder.FormatPresentationForms(NormalizationTableBuilder.ComputePresentationFormsFromNfkc());
        if (Environment.GetEnvironmentVariable("ARABICENTITIES_REGENERATE") == "1")
        {
            string path = Path.Combine(AppContext.BaseDirectory, "../../../../../src/ArabicEntities/Text/PresentationForms.tsv");
            File.WriteAllText(path, expected);
        }

        var shipped = NormalizationTableBuilder.PresentationFormDecompositions;
        var computed = NormalizationTableBuilder.ComputePresentationFormsFromNfkc();
        Assert.Equal(computed.Count, shipped.Count);
        foreach ((char form, string decomposition) in computed)
        {
            Assert.Equal(decomposition, shipped[form]);
        }
    }
}
