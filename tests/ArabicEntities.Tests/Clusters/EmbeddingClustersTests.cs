using ArabicEntities.Clusters;
using ArabicEntities.Text;

namespace ArabicEntities.Tests.Clusters;

public class EmbeddingClustersTests
{
    private static readonly EmbeddingClusters Default = EmbeddingClusters.Default;

    private static int Code(string word) => Default.Code(ArabicNormalizer.Default.NormalizeToString(word));

    [Fact]
    public void DefaultResource_Loads()
    {
        Assert.True(Default.Count > 50_000, $"only {Default.Count} words");
        Assert.Contains("embeddings", Default.Provenance, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("المغرب")]
    [InlineData("الرئيس")]
    [InlineData("يناير")]
    [InlineData("محمد")]
    public void FrequentWords_HaveBothClasses(string word)
    {
        int code = Code(word);
        Assert.InRange(EmbeddingClusters.Coarse(code), 0, 65534);
        Assert.InRange(EmbeddingClusters.Fine(code), 0, 65534);
    }

    [Fact]
    public void UnknownWord_HasCodeZero()
    {
        Assert.Equal(0, Code("كلمةغيرموجودةاصلا"));
        Assert.Equal(-1, EmbeddingClusters.Coarse(0));
        Assert.Equal(-1, EmbeddingClusters.Fine(0));
    }

    [Fact]
    public void MonthNames_ShareCoarseClasses_MoreThanUnrelatedWords()
    {
        string[] months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
        string[] others = ["قال", "في", "الرئيس", "وزارة", "المغرب", "كبيرة", "اللاعب", "الحكومة", "محمد", "شركة", "الذي", "النفط"];
        int within = months.Count(m => EmbeddingClusters.Coarse(Code(m)) == EmbeddingClusters.Coarse(Code("يناير")));
        int across = others.Count(o => EmbeddingClusters.Coarse(Code(o)) == EmbeddingClusters.Coarse(Code("يناير")));
        Assert.True(within >= 8, $"only {within} of 12 months share January's class");
        Assert.True(across <= 1, $"{across} unrelated words share January's class");
    }

    [Theory]
    [InlineData("word\t1")]
    [InlineData("word\tx\t2")]
    [InlineData("word\t1\t70000")]
    [InlineData("\t1\t2")]
    public void Read_MalformedLine_Throws(string line)
    {
        Assert.Throws<FormatException>(() => EmbeddingClusters.Read(new StringReader("# header\n" + line + "\n")));
    }

    [Fact]
    public void Read_WellFormedLines_PacksBothClasses()
    {
        EmbeddingClusters clusters = EmbeddingClusters.Read(new StringReader("# test\nكلمة\t3\t40\n"));
        int code = clusters.Code("كلمة");
        Assert.Equal(3, EmbeddingClusters.Coarse(code));
        Assert.Equal(40, EmbeddingClusters.Fine(code));
        Assert.Equal("test", clusters.Provenance);
    }
}
