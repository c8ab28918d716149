using ArabicEntities.NamedEntities;

namespace ArabicEntities.Tests.NamedEntities;

public sealed class LightStemmerTests
{
    [Theory]
    [InlineData("والمغرب", "وال", "")]
    [InlineData("للرباط", "لل", "")]
    [InlineData("بالجزائر", "بال", "")]
    [InlineData("علاقاتهما", "", "هما")]
    [InlineData("ومن", "", "")] // stripping would leave fewer than three letters
    [InlineData("من", "", "")]
    public void Split_StripsProcliticsAndEnclitic_KeepsAStem(string word, string proclitics, string enclitic)
    {
        (int p, int e) = LightStemmer.Split(word);
        Assert.Equal(proclitics, word[..p]);
        Assert.Equal(enclitic, word[(word.Length - e)..]);
    }

    [Theory]
    [InlineData("والمغرب", 1)]
    [InlineData("لاسرائيل", 1)]
    [InlineData("وبالرباط", 2)]
    [InlineData("المغرب", 0)]
    public void AttachedParticleLength_KeepsTheArticle(string word, int expected) =>
        Assert.Equal(expected, LightStemmer.AttachedParticleLength(word));
}
