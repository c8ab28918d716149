using ArabicEntities.Gazetteers;
using ArabicEntities.NamedEntities;
using ArabicEntities.Text;

namespace ArabicEntities.Tests.NamedEntities;

public sealed class NerFeaturesTests
{
    private static int[] Features(ulong gazetteerOfMiddleWord)
    {
        NerToken[] tokens =
        [
            NerToken.Create("ساحل", TokenKind.ArabicWord, NerLexicon.AnyBit(GazetteerCategory.LocationCue)),
            NerToken.Create("الداخلة", TokenKind.ArabicWord, gazetteerOfMiddleWord),
            NerToken.Create("بالاقليم", TokenKind.ArabicWord),
        ];
        var buffer = new int[NerFeatures.MaxFeatures];
        int count = NerFeatures.Extract(tokens, 1, NerFeatureSet.All, buffer);
        return [.. buffer.Take(count).Order()];
    }

    [Theory]
    [InlineData((int)GazetteerCategory.AmbiguousPlace)]
    [InlineData((int)GazetteerCategory.TitleCue)]
    public void Extract_CategoryReadOnlyByRules_AddsNoFeature(int category)
    {
        Assert.Equal(Features(0), Features(NerLexicon.AnyBit((GazetteerCategory)category)));
    }

    [Theory]
    [InlineData((int)GazetteerCategory.City)]
    [InlineData((int)GazetteerCategory.Region)]
    public void Extract_GazetteerPlace_AddsFeatures(int category)
    {
        Assert.NotEqual(Features(0), Features(NerLexicon.AnyBit((GazetteerCategory)category)));
    }

    [Fact]
    public void Extract_EmbeddingClasses_AreFeaturesOfTheWordOnly()
    {
        NerToken[] Tokens(int previous, int word) =>
        [
            NerToken.Create("قال", TokenKind.ArabicWord) with { Embedding = previous },
            NerToken.Create("بوريطة", TokenKind.ArabicWord) with { Embedding = word },
        ];
        int[] Extract(NerToken[] tokens, NerFeatureSet set)
        {
            var buffer = new int[NerFeatures.MaxFeatures];
            int count = NerFeatures.Extract(tokens, 1, set, buffer);
            return [.. buffer.Take(count).Order()];
        }

        const int code = 5 | (17 << 16);
        Assert.NotEqual(Extract(Tokens(0, 0), NerFeatureSet.All), Extract(Tokens(0, code), NerFeatureSet.All));
        Assert.Equal(Extract(Tokens(0, code), NerFeatureSet.All), Extract(Tokens(code, code), NerFeatureSet.All));
        NerFeatureSet without = NerFeatureSet.All & ~NerFeatureSet.EmbeddingClusters;
        Assert.Equal(Extract(Tokens(0, 0), without), Extract(Tokens(0, code), without));
    }
}
