using ArabicEntities.Resources;

namespace ArabicEntities.Clusters;

/// <summary>
/// Brown-style word clusters learned from the unlabeled news corpora by the training tool's <c>clusters</c> verb
/// (predictive exchange algorithm, then an agglomerative binary hierarchy over the classes): each frequent normalized
/// word has a bit-string path from the root of the hierarchy, and prefixes of the path (4, 6, 10 … bits) name ever
/// coarser clusters.
/// </summary>
/// <remarks>Immutable and thread-safe; <see cref="Default"/> is loaded once, on first use, from the embedded resource.
/// Lookups do not allocate on .NET 9 and later (the returned paths are shared, one string per class).</remarks>
internal sealed class WordClusters
{
    /// <summary>The manifest name of the embedded resource.</summary>
    public const string ResourceName = "ArabicEntities.Clusters.word-clusters.tsv.gz";

    private static readonly Lazy<WordClusters> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, string> _paths;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _pathsBySpan;
#endif

    private WordClusters(Dictionary<string, string> paths, int classCount, int maxPathLength, string provenance)
    {
        _paths = paths;
#if NET9_0_OR_GREATER
        _pathsBySpan = paths.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        ClassCount = classCount;
        MaxPathLength = maxPathLength;
        Provenance = provenance;
    }

    /// <summary>Gets the clusters compiled into the library (loaded on first use).</summary>
    /// <exception cref="InvalidOperationException">When the embedded resource is missing or malformed.</exception>
    public static WordClusters Default => DefaultInstance.Value;

    /// <summary>Gets the number of words with a cluster.</summary>
    public int Count => _paths.Count;

    /// <summary>Gets the number of distinct clusters (leaves of the hierarchy).</summary>
    public int ClassCount { get; }

    /// <summary>Gets the length of the longest path.</summary>
    public int MaxPathLength { get; }

    /// <summary>Gets the provenance header of the resource (the lines that start with <c>#</c>).</summary>
    public string Provenance { get; }

    /// <summary>Reads clusters in the resource format: <c>#</c> header lines, then <c>word TAB bit-path</c> lines.</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The clusters.</returns>
    /// <exception cref="FormatException">When a line is malformed.</exception>
    public static WordClusters Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Dictionary<string, string> paths = new(StringComparer.Ordinal);
        Dictionary<string, string> shared = new(StringComparer.Ordinal);
        int maxLength = 0;
        string provenance = ResourceText.Read(reader, (lineNumber, line) =>
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            string path = tab > 0 ? line[(tab + 1)..] : throw new FormatException($"Word clusters line {lineNumber}: expected 'word<TAB>path'.");
            foreach (char c in path)
            {
                if (c is not ('0' or '1'))
                {
                    throw new FormatException($"Word clusters line {lineNumber}: the path '{path}' is not a bit string.");
                }
            }

            if (!shared.TryGetValue(path, out string? interned))
            {
                interned = path;
                shared.Add(path, path);
            }

            paths[line[..tab]] = interned;
            maxLength = Math.Max(maxLength, path.Length);
        });

        return new WordClusters(paths, shared.Count, maxLength, provenance);
    }

    /// <summary>Gets every word and its path (for build-time statistics; not for per-token use).</summary>
    public IEnumerable<KeyValuePair<string, string>> Words => _paths;

    /// <summary>Gets the bit-string path of a normalized word.</summary>
    /// <param name="normalizedWord">The word, normalized with <see cref="Text.ArabicNormalizer.Default"/>.</param>
    /// <param name="path">The path (a string of <c>0</c> and <c>1</c>; shared, do not rely on identity), when the word is known.</param>
    /// <returns>Whether the word has a cluster.</returns>
    public bool TryGetPath(ReadOnlySpan<char> normalizedWord, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? path)
    {
#if NET9_0_OR_GREATER
        return _pathsBySpan.TryGetValue(normalizedWord, out path);
#else
        return _paths.TryGetValue(normalizedWord.ToString(), out path);
#endif
    }

    /// <summary>Gets the path of a normalized word already held as a string (no copy on any target framework).</summary>
    /// <param name="normalizedWord">The word, normalized with <see cref="Text.ArabicNormalizer.Default"/>.</param>
    /// <param name="path">The path, when the word is known.</param>
    /// <returns>Whether the word has a cluster.</returns>
    public bool TryGetPath(string normalizedWord, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? path) => _paths.TryGetValue(normalizedWord, out path);

    /// <summary>Gets a prefix of a word's path (the whole path when it is shorter than <paramref name="length"/>).</summary>
    /// <param name="normalizedWord">The normalized word.</param>
    /// <param name="length">The number of bits wanted.</param>
    /// <param name="prefix">The prefix, when the word is known.</param>
    /// <returns>Whether the word has a cluster.</returns>
    public bool TryGetPrefix(ReadOnlySpan<char> normalizedWord, int length, out ReadOnlySpan<char> prefix)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (TryGetPath(normalizedWord, out string? path))
        {
            prefix = path.AsSpan(0, Math.Min(length, path.Length));
            return true;
        }

        prefix = default;
        return false;
    }

    private static WordClusters LoadDefault() => ResourceText.LoadEmbedded(
        ResourceName,
        "word-cluster",
        "dotnet run --project src/ArabicEntities.Training -c Release -- clusters",
        Read,
        clusters => clusters.Count == 0);
}
