using ArabicEntities.Clusters;
using ArabicEntities.Gazetteers;
using ArabicEntities.Text;

namespace ArabicEntities.NamedEntities;

/// <summary>
/// The lexical knowledge the named-entity features draw on besides the words themselves: gazetteer membership of each
/// token (multi-word spans found by the gazetteer automaton, clitic-aware, and single-word lookups) and word clusters
/// learned from unlabeled news. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Gazetteer bits of a token: bit <c>c</c> says it starts a multi-word entry of category <c>c</c>, bit <c>16 + c</c> that
/// it continues one, bit <c>32 + c</c> that the word alone (or without its proclitics) is an entry of category <c>c</c>.
/// </remarks>
internal sealed class NerLexicon
{
    /// <summary>The shift of the "continues a multi-word entry" bits.</summary>
    public const int InsideShift = 16;

    /// <summary>The shift of the "the word alone is an entry" bits.</summary>
    public const int SingleShift = 32;

    /// <summary>All three bits of a category: begins an entry, continues one, or is one alone.</summary>
    public static ulong AnyBit(GazetteerCategory category) => (ulong)category | ((ulong)category << InsideShift) | ((ulong)category << SingleShift);

    /// <summary>The bits of a category that end an entry on this word: the word is one alone, or continues one.</summary>
    public static ulong SingleOrInsideBits(GazetteerCategory category) => ((ulong)category << SingleShift) | ((ulong)category << InsideShift);

    private const GazetteerCategory NameCategories = GazetteerCategory.Country | GazetteerCategory.City | GazetteerCategory.Region
        | GazetteerCategory.GivenName | GazetteerCategory.FamilyName | GazetteerCategory.Person | GazetteerCategory.Organization;

    private readonly Gazetteer? _gazetteer;
    private readonly WordClusters? _clusters;
    private readonly EntityMemory? _memory;
    private readonly EmbeddingClusters? _embeddings;

    private NerLexicon(Gazetteer? gazetteer, WordClusters? clusters, EntityMemory? memory, EmbeddingClusters? embeddings)
    {
        _gazetteer = gazetteer;
        _clusters = clusters;
        _memory = memory;
        _embeddings = embeddings;
    }

    /// <summary>Gets a lexicon that knows nothing (the core feature set).</summary>
    public static NerLexicon Empty { get; } = new(null, null, null, null);

    /// <summary>Gets whether gazetteer bits are produced.</summary>
    public bool HasGazetteers => _gazetteer is not null;

    /// <summary>Gets whether word clusters are produced.</summary>
    public bool HasClusters => _clusters is not null;

    /// <summary>Gets the number of words in the entity memory (0 without one).</summary>
    public int MemoryCount => _memory?.Count ?? 0;

    /// <summary>Gets whether entity-memory codes are produced.</summary>
    public bool HasMemory => _memory is not null;

    /// <summary>Gets whether embedding-cluster codes are produced.</summary>
    public bool HasEmbeddingClusters => _embeddings is not null;

    /// <summary>Gets the lexicon for a feature set, backed by the embedded gazetteer, clusters and entity memory.</summary>
    public static NerLexicon For(NerFeatureSet features) => new(
        (features & NerFeatureSet.Gazetteers) != 0 ? Gazetteer.Default : null,
        (features & NerFeatureSet.Clusters) != 0 ? WordClusters.Default : null,
        (features & NerFeatureSet.Memory) != 0 ? EntityMemory.Default : null,
        (features & NerFeatureSet.EmbeddingClusters) != 0 ? EmbeddingClusters.Default : null);

    /// <summary>Gets a copy of this lexicon with another entity memory (null: none); used while training.</summary>
    public NerLexicon WithMemory(EntityMemory? memory) => new(_gazetteer, _clusters, memory, _embeddings);

    /// <summary>Describes a normalized word: light-stem split, gazetteer bits, cluster, entity-memory and embedding-cluster codes.</summary>
    public NerToken Describe(string form, TokenKind kind, ulong gazetteer) =>
        NerToken.Create(form, kind, gazetteer, HasClusters ? Cluster(form) : null, HasMemory ? MemoryCode(form) : (ushort)0, HasEmbeddingClusters ? EmbeddingCode(form) : 0);

    /// <summary>Gets the <see cref="EmbeddingClusters"/> code of a normalized word (or of the word without its attached particles).</summary>
    public int EmbeddingCode(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (_embeddings is null)
        {
            return 0;
        }

        int code = _embeddings.Code(form);
        if (code != 0)
        {
            return code;
        }

        return LightStemmer.TryStripAttachedParticles(form, out ReadOnlySpan<char> rest) ? _embeddings.Code(rest) : 0;
    }

    /// <summary>Gets the entity-memory code of a normalized word (or of the word without its attached particles).</summary>
    public ushort MemoryCode(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (_memory is null)
        {
            return 0;
        }

        ushort code = _memory.Code(form);
        if (code != 0)
        {
            return code;
        }

        return LightStemmer.TryStripAttachedParticles(form, out ReadOnlySpan<char> rest) ? _memory.Code(rest) : (ushort)0;
    }

    /// <summary>Writes the gazetteer bits of each token of a tokenized text.</summary>
    public void Annotate(TokenizedText text, Span<ulong> bits)
    {
        ArgumentNullException.ThrowIfNull(text);
        bits.Clear();
        if (_gazetteer is null)
        {
            return;
        }

        int n = text.Tokens.Count;
        GazetteerCategory[] begin = System.Buffers.ArrayPool<GazetteerCategory>.Shared.Rent(n);
        GazetteerCategory[] inside = System.Buffers.ArrayPool<GazetteerCategory>.Shared.Rent(n);
        try
        {
            _gazetteer.Annotate(text, begin.AsSpan(0, n), inside.AsSpan(0, n));
            for (int i = 0; i < n; i++)
            {
                bits[i] = (ulong)begin[i] | ((ulong)inside[i] << InsideShift);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<GazetteerCategory>.Shared.Return(begin);
            System.Buffers.ArrayPool<GazetteerCategory>.Shared.Return(inside);
        }

        IReadOnlyList<Token> tokens = text.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord)
            {
                bits[i] |= (ulong)_gazetteer.Lookup(tokens[i].NormalizedText) << SingleShift;
            }
        }
    }

    /// <summary>
    /// Writes the gazetteer bits of a sequence of normalized words (one sentence of a training corpus): the words are
    /// joined with spaces, tokenized, matched, and each word gets the bits of the tokens inside it.
    /// </summary>
    public void AnnotateForms(IReadOnlyList<string> forms, Span<ulong> bits)
    {
        ArgumentNullException.ThrowIfNull(forms);
        bits.Clear();
        if (_gazetteer is null || forms.Count == 0)
        {
            return;
        }

        var starts = new int[forms.Count];
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < forms.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            starts[i] = builder.Length;
            builder.Append(forms[i]);
        }

        TokenizedText text = ArabicTokenizer.Default.Tokenize(builder.ToString());
        var tokenBits = new ulong[text.Tokens.Count];
        Annotate(text, tokenBits);
        int form = 0;
        for (int t = 0; t < tokenBits.Length; t++)
        {
            int start = text.Tokens[t].Start;
            while (form + 1 < forms.Count && starts[form + 1] <= start)
            {
                form++;
            }

            bits[form] |= tokenBits[t];
        }
    }

    /// <summary>Gets the cluster path of a normalized word (or of the word without its attached particles), or null.</summary>
    public string? Cluster(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (_clusters is null)
        {
            return null;
        }

        if (_clusters.TryGetPath(form, out string? path))
        {
            return path;
        }

        return LightStemmer.TryStripAttachedParticles(form, out ReadOnlySpan<char> rest) && _clusters.TryGetPath(rest, out path) ? path : null;
    }

    /// <summary>
    /// Gets the normalized length of the particles before a multi-word gazetteer name that starts at token
    /// <paramref name="first"/> and ends by <paramref name="end"/> (وتل أبيب → 1, بيونغ يانغ → 0), or null when there is none.
    /// </summary>
    public int? NameProcliticLength(TokenizedText text, int first, int end) =>
        _gazetteer is not null && _gazetteer.TryMatchAt(text, first, out GazetteerMatch match)
            && match.TokenCount > 1 && match.EndToken <= end && (match.Categories & NameCategories) != 0
            ? match.NormalizedProcliticLength
            : null;

    /// <summary>Whether a normalized word, exactly as given, is a gazetteer name (place, person or organization).</summary>
    public bool IsKnownName(ReadOnlySpan<char> form) =>
        _gazetteer is not null && (_gazetteer.Lookup(form, out int stripped) & NameCategories) != 0 && stripped == 0;

    /// <summary>Whether a normalized word is in the cluster vocabulary (a frequent news word).</summary>
    public bool IsFrequentWord(ReadOnlySpan<char> form) => _clusters is not null && _clusters.TryGetPath(form, out _);
}
