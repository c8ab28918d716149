using ArabicEntities.Temporal;
using Xunit.Abstractions;

namespace ArabicEntities.Tests.Temporal;

public class TemporalDumpTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void Seed_Dump(string seed)
    {
        foreach (var e in TemporalTestData.Find(SeedFiles.Read(seed), SeedFiles.PublicationDate(seed)))
        {
            output.WriteLine($"{e.Type}\t{e.Text}\t{e.Value}\t{e.Timex}");
        }
    }
}
