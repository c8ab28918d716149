using ArabicEntities.NamedEntities;
using ArabicEntities.Text;

namespace ArabicEntities.Tests.NamedEntities;

public class EntityMemoryTests
{
    private const int Person = 0;
    private const int Location = 1;
    private const int Organization = 2;

    private static EntityMemory FromLines(params string[] lines) => EntityMemory.Read(new StringReader(string.Join('\n', lines)));

    [Theory]
    [InlineData(100, 0, 0)]   // under 5 %
    [InlineData(100, 10, 1)]  // under 20 %
    [InlineData(100, 30, 2)]  // under 50 %
    [InlineData(100, 60, 3)]  // under 80 %
    [InlineData(100, 95, 4)]
    public void Code_BucketsTheShareOfEachType(int occurrences, int organization, int bucket)
    {
        EntityMemory memory = FromLines("# test", $"الاهلي\t{occurrences}\t1\t0\t{organization}\t0");

        ushort code = memory.Code("الاهلي");

        Assert.Equal(bucket, EntityMemory.Bucket(code, Organization));
        Assert.Equal(0, EntityMemory.Bucket(code, Location));
    }

    [Fact]
    public void Code_IsZero_ForUnknownRareOrNeverLabelledWords()
    {
        EntityMemory memory = FromLines("كاسياس\t2\t2\t0\t0\t0", "قال\t900\t0\t0\t0\t0");

        Assert.Equal(0, memory.Code("كاسياس")); // seen fewer than MinimumCount times
        Assert.Equal(0, memory.Code("قال"));
        Assert.Equal(0, memory.Code("غيرموجودة"));
        Assert.Equal(0, memory.Count);
    }

    [Fact]
    public void WriteThenRead_KeepsTheCodesAndTheProvenance()
    {
        var counts = new Dictionary<string, int[]>
        {
            ["حماس"] = [325, 0, 0, 222, 0],
            ["كاسياس"] = [36, 27, 0, 4, 0],
            ["قال"] = [900, 0, 0, 0, 0],
        };
        var writer = new StringWriter();

        EntityMemory.Write(writer, counts, "built by a test\nsecond line");
        EntityMemory read = EntityMemory.Read(new StringReader(writer.ToString()));

        Assert.Equal(2, read.Count);
        Assert.Equal("built by a test\nsecond line", read.Provenance);
        Assert.Equal(3, EntityMemory.Bucket(read.Code("حماس"), Organization));
        Assert.Equal(3, EntityMemory.Bucket(read.Code("كاسياس"), Person));
        Assert.Equal(1, EntityMemory.Bucket(read.Code("كاسياس"), Organization));
        Assert.DoesNotContain("قال", writer.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("الاهلي\t10\t0\t0\t5")]
    [InlineData("الاهلي\t10\t0\t0\tخمسة\t0")]
    [InlineData("الاهلي\t-10\t0\t0\t5\t0")]
    public void Read_RejectsMalformedLines_WithTheLineNumber(string line)
    {
        FormatException error = Assert.Throws<FormatException>(() => FromLines("# header", line));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_RemembersNewsEntities_ThatTheTrainingDataNeverShows()
    {
        EntityMemory memory = EntityMemory.Default;

        Assert.True(memory.Count > 5_000, $"only {memory.Count} words");
        Assert.Contains("labelled", memory.Provenance, StringComparison.Ordinal);
        Assert.True(EntityMemory.Bucket(memory.Code(ArabicNormalizer.Default.NormalizeToString("حماس")), Organization) >= 2);
        Assert.True(EntityMemory.Bucket(memory.Code(ArabicNormalizer.Default.NormalizeToString("الرياض")), Location) >= 3);
        Assert.Equal(0, memory.Code("في"));
    }

    [Fact]
    public void Lexicon_FallsBackToTheWordWithoutItsAttachedParticles()
    {
        NerLexicon lexicon = NerLexicon.Empty.WithMemory(FromLines("الاهلي\t10\t0\t0\t9\t0"));

        Assert.Equal(lexicon.MemoryCode("الاهلي"), lexicon.MemoryCode("والاهلي"));
        Assert.Equal(lexicon.MemoryCode("الاهلي"), lexicon.MemoryCode("بالاهلي"));
        Assert.Equal(0, lexicon.MemoryCode("اهلي"));
        Assert.Equal(0, NerLexicon.Empty.MemoryCode("الاهلي"));
    }
}
