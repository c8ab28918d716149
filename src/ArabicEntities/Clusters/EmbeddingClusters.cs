using System.Globalization;
using ArabicEntities.Resources;

namespace ArabicEntities.Clusters;

/// <summary>
/// Word classes from skip-gram word vectors learned on the unlabeled news by the training tool's <c>embeddings</c> verb
/// and partitioned twice by spherical k-means: each frequent normalized word has a coarse and a fine class. The vectors
/// see ±5 words, so these classes group words by topic and role; <see cref="WordClusters"/> group them by the word
/// just before.
/// </summary>
/// <remarks>Immutable and thread-safe; <see cref="Default"/> is loaded once, on first use, from the embedded resource.
/// Lookups do not allocate on .NET 9 and later.</remarks>
internal sealed class EmbeddingClusters
{
    /// <summary>The manifest name of the embedded resource.</summary>
    public const string ResourceName = "ArabicEntities.Clusters.embedding-clusters.tsv.gz";

    private static readonly Lazy<EmbeddingClusters> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, int> _classes;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _classesBySpan;
#endif

    private EmbeddingClusters(Dictionary<string, int> classes, string provenance)
    {
        _classes = classes;
#if NET9_0_OR_GREATER
        _classesBySpan = classes.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        Provenance = provenance;
    }

    /// <summary>Gets the classes compiled into the library (loaded on first use).</summary>
    /// <exception cref="InvalidOperationException">When the embedded resource is missing or malformed.</exception>
    public static EmbeddingClusters Default => DefaultInstance.Value;

    /// <summary>Gets the number of words with a class.</summary>
    public int Count => _classes.Count;

    /// <summary>Gets the provenance header of the resource (the lines that start with <c>#</c>).</summary>
    public string Provenance { get; }

    /// <summary>Reads classes in the resource format: <c>#</c> header lines, then <c>word TAB coarse TAB fine</c> lines.</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The classes.</returns>
    /// <exception cref="FormatException">When a line is malformed or a class is not in [0, 65535).</exception>
    public static EmbeddingClusters Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Dictionary<string, int> classes = new(StringComparer.Ordinal);
        string provenance = ResourceText.Read(reader, (lineNumber, line) =>
        {
            // Parsed as spans: only the word becomes a string.
            ReadOnlySpan<char> rest = line;
            int first = rest.IndexOf('\t');
            int second = first < 0 ? -1 : rest[(first + 1)..].IndexOf('\t');
            if (first <= 0 || second < 0
                || !int.TryParse(rest.Slice(first + 1, second), NumberStyles.None, CultureInfo.InvariantCulture, out int coarse) || coarse >= ushort.MaxValue
                || !int.TryParse(rest[(first + second + 2)..], NumberStyles.None, CultureInfo.InvariantCulture, out int fine) || fine >= ushort.MaxValue)
            {
                throw new FormatException($"Embedding clusters line {lineNumber}: expected 'word<TAB>coarse<TAB>fine' with classes under 65535.");
            }

            classes[line[..first]] = Pack(coarse, fine);
        });

        return new EmbeddingClusters(classes, provenance);
    }

    /// <summary>Gets a word's classes packed into one code: <c>coarse + 1</c> in the low 16 bits, <c>fine + 1</c> in the high 16 bits; 0 when the word is unknown.</summary>
    /// <param name="normalizedWord">The word, normalized with <see cref="Text.ArabicNormalizer.Default"/>.</param>
    public int Code(ReadOnlySpan<char> normalizedWord)
    {
#if NET9_0_OR_GREATER
        return _classesBySpan.TryGetValue(normalizedWord, out int code) ? code : 0;
#else
        return _classes.TryGetValue(normalizedWord.ToString(), out int code) ? code : 0;
#endif
    }

    /// <summary>Gets the code of a normalized word already held as a string (no copy on any target framework).</summary>
    /// <param name="normalizedWord">The word, normalized with <see cref="Text.ArabicNormalizer.Default"/>.</param>
    public int Code(string normalizedWord) => _classes.TryGetValue(normalizedWord, out int code) ? code : 0;

    /// <summary>Gets the coarse class of a code from <see cref="Code(string)"/> (−1 for unknown words).</summary>
    public static int Coarse(int code) => (code & 0xFFFF) - 1;

    /// <summary>Gets the fine class of a code from <see cref="Code(string)"/> (−1 for unknown words).</summary>
    public static int Fine(int code) => (int)((uint)code >> 16) - 1;

    private static int Pack(int coarse, int fine) => (coarse + 1) | ((fine + 1) << 16);

    private static EmbeddingClusters LoadDefault() => ResourceText.LoadEmbedded(
        ResourceName,
        "embedding-cluster",
        "dotnet run --project src/ArabicEntities.Training -c Release -- embeddings",
        Read,
        clusters => clusters.Count == 0);
}
