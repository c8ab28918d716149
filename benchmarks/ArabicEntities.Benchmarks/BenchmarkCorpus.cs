using System.IO.Compression;
using System.Text;

namespace ArabicEntities.Benchmarks;

/// <summary>
/// The benchmark text: the ANT JawharaFM news from ../shared/data (decompressed once into artifacts/benchmark-corpus),
/// or the five seeds repeated to about 10 MB when the data folder is absent.
/// </summary>
public static class BenchmarkCorpus
{
    private static readonly Lazy<string> Cached = new(Load);

    /// <summary>Limits the corpus (in UTF-16 code units); used by the dry-run test. Also read from ARABICENTITIES_BENCH_MAX_CHARS.</summary>
    public static int? MaxChars { get; set; }

    public static string Text => Cached.Value;

    /// <summary>The corpus size in UTF-8 megabytes (10^6 bytes), the unit of the MB/s column.</summary>
    public static double Utf8Megabytes => Encoding.UTF8.GetByteCount(Text) / 1e6;

    /// <summary>The number of tokens <see cref="ArabicEntities.Text.ArabicTokenizer.Default"/> finds in the corpus.</summary>
    public static long TokenCount => LazyTokenCount.Value;

    private static readonly Lazy<long> LazyTokenCount = new(() =>
    {
        long count = 0;
        foreach (ArabicEntities.Text.TokenSpan token in ArabicEntities.Text.ArabicTokenizer.Default.EnumerateTokens(Text))
        {
            count++;
        }

        return count;
    });

    private static string Load()
    {
        string root = FindRepositoryRoot();
        string text = LoadNews(root) ?? LoadSeeds(root);
        int? max = MaxChars ?? (int.TryParse(Environment.GetEnvironmentVariable("ARABICENTITIES_BENCH_MAX_CHARS"), out int m) ? m : null);
        return max is { } limit && text.Length > limit ? text[..limit] : text;
    }

    private static string? LoadNews(string root)
    {
        string data = Environment.GetEnvironmentVariable("ARABICENTITIES_DATA") ?? Path.Combine(root, "..", "shared", "data");
        string gz = Path.Combine(data, "corpora", "ant_jawharafm", "ant_jawharafm.txt.gz");
        if (!File.Exists(gz))
        {
            return null;
        }

        string cache = Path.Combine(root, "artifacts", "benchmark-corpus", "ant_jawharafm.txt");
        if (!File.Exists(cache))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
            string temporary = cache + ".tmp";
            using (var input = new GZipStream(File.OpenRead(gz), CompressionMode.Decompress))
            using (FileStream output = File.Create(temporary))
            {
                input.CopyTo(output);
            }

            File.Move(temporary, cache, overwrite: true);
        }

        return File.ReadAllText(cache);
    }

    private static string LoadSeeds(string root)
    {
        string seeds = string.Concat(Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var sb = new StringBuilder(10_000_000);
        while (sb.Length < 5_000_000)
        {
            sb.Append(seeds).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// The repository root: <c>ARABICENTITIES_ROOT</c> when set (the benchmark host sets it so that BenchmarkDotNet's
    /// child processes, which may run from an artifacts folder outside the repository, find the corpus too), otherwise the
    /// folder holding <c>ArabicEntities.sln</c> above the current directory or the assembly.
    /// </summary>
    internal static string FindRepositoryRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("ARABICENTITIES_ROOT");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "ArabicEntities.sln")))
        {
            return fromEnvironment;
        }

        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ArabicEntities.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Run the benchmarks from inside the ArabicEntities repository.");
    }
}
