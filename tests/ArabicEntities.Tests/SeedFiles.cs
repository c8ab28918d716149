namespace ArabicEntities.Tests;

/// <summary>The five seed articles, copied into the test output folder by the test project.</summary>
internal static class SeedFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IEnumerable<string> Paths => System.IO.Directory.EnumerateFiles(Directory, "*.txt").Order(StringComparer.Ordinal);

    public static string Read(string prefix) =>
        File.ReadAllText(Paths.Single(p => Path.GetFileName(p).StartsWith(prefix, StringComparison.Ordinal)));

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
