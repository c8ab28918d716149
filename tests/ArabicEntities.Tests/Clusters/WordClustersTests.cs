using ArabicEntities.Clusters;
using ArabicEntities.Text;

namespace ArabicEntities.Tests.Clusters;

public class WordClustersTests
{
    private static readonly WordClusters Default = WordClusters.Default;

    private static string Path(string word)
    {
        Assert.True(Default.TryGetPath(ArabicNormalizer.Default.NormalizeToString(word), out string? path), $"{word} has no cluster");
        return path;
    }

    private static int CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    [Fact]
    public void DefaultResource_Loads()
    {
        Assert.True(Default.Count > 50_000, $"only {Default.Count} words");
        Assert.InRange(Default.ClassCount, 64, 4096);
        Assert.InRange(Default.MaxPathLength, 6, 64);
        Assert.Contains("clusters", Default.Provenance, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("في")]
    [InlineData("المغرب")]
    [InlineData("الرئيس")]
    [InlineData("قال")]
    [InlineData("إسرائيل")]
    [InlineData("محمد")]
    public void FrequentWords_HaveBitPaths(string word) => Assert.Matches("^[01]+$", Path(word));

    [Fact]
    public void UnknownWords_HaveNoPath()
    {
        Assert.False(Default.TryGetPath("كلمةغيرموجودةاصلا", out _));
        Assert.False(Default.TryGetPrefix("كلمةغيرموجودةاصلا", 4, out _));
        Assert.True(Default.TryGetPrefix("المغرب", 4, out ReadOnlySpan<char> prefix));
        Assert.Equal(4, prefix.Length);
    }

    [Fact]
    public void CountryNames_ShareLongerPrefixesWithEachOther_ThanWithOtherWords()
    {
        string[] countries = ["المغرب", "الجزائر", "مصر", "تونس", "فرنسا", "لبنان", "سوريا", "العراق", "الأردن", "تركيا", "إيران", "روسيا"];
        string[] others = ["قال", "في", "الرئيس", "وزارة", "يناير", "السبت", "كبيرة", "اليوم", "محمد", "شركة", "الذي", "العام"];
        double within = countries.SelectMany((a, i) => countries.Skip(i + 1).Select(b => CommonPrefix(Path(a), Path(b)))).Average();
        double across = countries.SelectMany(a => others.Select(b => CommonPrefix(Path(a), Path(b)))).Average();
        Assert.True(within >= across + 3, $"country–country mean common prefix {within:F2} bits, country–other {across:F2} bits");

        // Most country pairs fall in the same 4-bit cluster; chance for a random pair of clusters is far lower.
        int same4 = countries.SelectMany((a, i) => countries.Skip(i + 1).Select(b => Path(a)[..4] == Path(b)[..4])).Count(x => x);
        int pairs = countries.Length * (countries.Length - 1) / 2;
        Assert.True(same4 * 2 > pairs, $"{same4} of {pairs} country pairs share a 4-bit prefix");
    }

    [Fact]
    public void Lookup_DoesNotAllocate()
    {
        string text = "قال الرئيس في المغرب";
        Default.TryGetPath(text.AsSpan(4, 6), out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool found = Default.TryGetPath(text.AsSpan(4, 6), out string? path);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(found);
        Assert.Equal(Path("الرئيس"), path);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Read_RejectsMalformedPaths()
    {
        Assert.Throws<FormatException>(() => WordClusters.Read(new StringReader("كلمة\t01x\n")));
        WordClusters clusters = WordClusters.Read(new StringReader("# p\nا\t01\nب\t01\nج\t1\n"));
        Assert.Equal(3, clusters.Count);
        Assert.Equal(2, clusters.ClassCount);
    }
}
