using ArabicEntities.Text;
using LuceneArabicNormalizer = Lucene.Net.Analysis.Ar.ArabicNormalizer;

namespace ArabicEntities.Tests.Text;

public class LuceneParityTests
{
    private static readonly ArabicNormalizer LuceneProfile = ArabicNormalizer.Create(ArabicNormalizerOptions.Lucene);

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    public void Normalize_LuceneProfile_EqualsLuceneArabicNormalizer_OnRandomText(int seed)
    {
        string text = RandomText.Generate(new Random(seed), 20_000);
        Assert.Equal(Lucene(text), LuceneProfile.Normalize(text).Text);
    }

    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void Normalize_LuceneProfile_EqualsLuceneArabicNormalizer_OnSeeds(string seed)
    {
        string text = SeedFiles.Read(seed);
        Assert.Equal(Lucene(text), LuceneProfile.Normalize(text).Text);
    }

    [Fact]
    public void Normalize_DefaultProfile_CoversMoreThanLucene()
    {
        // Characters Lucene's normalizer leaves alone and the default profile folds.
        const string text = "ٱلله ﻻ ٢٠٢١ هٰذا کی\u200Fب";
        Assert.Equal(text, Lucene(text).Replace("ـ", string.Empty, StringComparison.Ordinal));
        Assert.Equal("الله لا 2021 هذا كيب", ArabicNormalizer.Default.Normalize(text).Text);
    }

    private static string Lucene(string text)
    {
        char[] buffer = text.ToCharArray();
        int length = new LuceneArabicNormalizer().Normalize(buffer, buffer.Length);
        return new string(buffer, 0, length);
    }
}
