namespace ArabicEntities.Tests;

/// <summary>The five seed articles, copied into the test output folder by the test project.</summary>
internal static class SeedFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IEnumerable<string> Paths => System.IO.Directory.EnumerateFiles(Directory, "*.txt").Order(StringComparer.Ordinal);

    public static string Read(string prefix) =>
        File.ReadAllText(Paths.Single(p => Path.GetFileName(p).StartsWith(prefix, StringComparison.Ordinal)));

    /// <summary>The publication date of the seed whose file name starts with <paramref name="prefix"/>, from <c>seeds/publication-dates.tsv</c>.</summary>
    public static DateOnly PublicationDate(string prefix) =>
        File.ReadLines(Path.Combine(Directory, "publication-dates.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(fields => fields[0].StartsWith(prefix, StringComparison.Ordinal))
            .Select(fields => DateOnly.ParseExact(fields[1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Single();

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string path in Paths)
            {
                data.Add(Path.GetFileName(path)[..3]);
            }

            return data;
        }
    }
}
