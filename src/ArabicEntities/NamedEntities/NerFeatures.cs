using System.Runtime.CompilerServices;
using ArabicEntities.Gazetteers;
using ArabicEntities.Text;

namespace ArabicEntities.NamedEntities;

/// <summary>Which optional feature families the named-entity model uses (for ablations).</summary>
[Flags]
internal enum NerFeatureSet
{
    /// <summary>Lexical, affix, shape and window features only.</summary>
    Core = 0,

    /// <summary>Gazetteer membership of single words and of multi-word spans, and trigger words.</summary>
    Gazetteers = 1,

    /// <summary>Word-cluster path prefixes learned from unlabeled news.</summary>
    Clusters = 2,

    /// <summary>
    /// The previous token's label as a feature (a maximum-entropy Markov model): the model then gives
    /// P(label | features, previous label), and Viterbi decoding searches over the previous label.
    /// </summary>
    PreviousLabel = 4,

    /// <summary>
    /// The shares of each entity type a first-pass model gave the word (and its neighbours) across the unlabeled news
    /// (<see cref="EntityMemory"/>).
    /// </summary>
    Memory = 8,

    /// <summary>Coarse and fine classes of skip-gram word vectors learned from unlabeled news (<see cref="Clusters.EmbeddingClusters"/>).</summary>
    EmbeddingClusters = 16,

    /// <summary>Everything.</summary>
    All = Gazetteers | Clusters | PreviousLabel | Memory | EmbeddingClusters,
}

/// <summary>
/// Hashes the features of one token in its sentence window into indices of a 2^20-dimensional binary vector. The same
/// code produces training vectors and runtime features, so the two cannot drift apart. Allocation-free and thread-safe.
/// </summary>
internal static class NerFeatures
{
    /// <summary>The number of hashed feature dimensions.</summary>
    public const int Dimension = 1 << 20;

    /// <summary>The most features one token can produce.</summary>
    public const int MaxFeatures = 128;

    private const uint Mask = Dimension - 1;

    // Ambiguous places and title cues are read by the recognizer's rules only: as features, ambiguous places would mark
    // hundreds of ordinary words (الداخلة "the inner", الثورة "the revolution") as gazetteer names.
    private static readonly ulong FeatureGazetteerBits = ~NerLexicon.AnyBit(GazetteerCategory.AmbiguousPlace | GazetteerCategory.TitleCue);

    /// <summary>Writes the feature indices of <paramref name="tokens"/>[<paramref name="index"/>] into <paramref name="features"/>.</summary>
    /// <returns>The number of indices written (possibly with repeats, which count twice).</returns>
    public static int Extract(ReadOnlySpan<NerToken> tokens, int index, NerFeatureSet set, Span<int> features)
    {
        var sink = new Sink(features);
        NerToken token = tokens[index];
        sink.Add(Hash(0, []));
        sink.Add(Hash(1, token.Form));
        sink.Add(Hash(12, KindName(token.Kind)));
        ReadOnlySpan<char> form = token.Form;
        if (token.Kind == TokenKind.ArabicWord)
        {
            ReadOnlySpan<char> stem = token.Stem;
            sink.Add(Hash(2, stem));
            sink.Add(Hash(3, token.Proclitics));
            sink.Add(Hash(4, token.Enclitic));
            sink.Add(Hash(9, stem[..Math.Min(2, stem.Length)]));
            sink.Add(Hash(10, stem[Math.Max(0, stem.Length - 2)..]));
            sink.Add(Hash(11, stem[Math.Max(0, stem.Length - 3)..]));
            sink.Add(Hash(13, [(char)('0' + Math.Min(stem.Length, 9)), token.ProcliticLength > 0 ? 'p' : '-', token.EncliticLength > 0 ? 'e' : '-']));
        }
        else if (token.Kind == TokenKind.LatinWord && form.Length > 0)
        {
            bool upper = char.IsUpper(token.Form[0]);
            bool allUpper = upper && !form.ContainsAnyInRange('a', 'z');
            sink.Add(Hash(35, [upper ? 'U' : 'l', allUpper ? 'A' : '-']));
            sink.Add(Hash(1, LowerInvariant(form, stackalloc char[Math.Min(form.Length, 32)])));
        }

        sink.Add(Hash(5, form[..Math.Min(2, form.Length)]));
        sink.Add(Hash(6, form[..Math.Min(3, form.Length)]));
        sink.Add(Hash(7, form[Math.Max(0, form.Length - 2)..]));
        sink.Add(Hash(8, form[Math.Max(0, form.Length - 3)..]));

        ReadOnlySpan<char> previous = index > 0 ? tokens[index - 1].Form : "<s>";
        ReadOnlySpan<char> next = index + 1 < tokens.Length ? tokens[index + 1].Form : "</s>";
        sink.Add(Hash(14, previous));
        sink.Add(Hash(15, index > 1 ? tokens[index - 2].Form : "<s>"));
        sink.Add(Hash(16, next));
        sink.Add(Hash(17, index + 2 < tokens.Length ? tokens[index + 2].Form : "</s>"));
        sink.Add(Hash(18, index > 0 ? tokens[index - 1].Stem : "<s>"));
        sink.Add(Hash(19, index + 1 < tokens.Length ? tokens[index + 1].Stem : "</s>"));
        sink.Add(Hash2(20, previous, form));
        sink.Add(Hash2(21, form, next));
        sink.Add(Hash(22, [(char)('0' + Math.Min(index, 3))]));
        TokenKind previousKind = index > 0 ? tokens[index - 1].Kind : (TokenKind)255;
        TokenKind nextKind = index + 1 < tokens.Length ? tokens[index + 1].Kind : (TokenKind)255;
        sink.Add(Hash(34, [(char)('A' + (int)previousKind), (char)('A' + (int)token.Kind), (char)('A' + (int)nextKind)]));

        if ((set & NerFeatureSet.Gazetteers) != 0)
        {
            AddGazetteer(ref sink, 23, token.Gazetteer);
            AddGazetteer(ref sink, 24, index > 0 ? tokens[index - 1].Gazetteer : 0);
            AddGazetteer(ref sink, 25, index + 1 < tokens.Length ? tokens[index + 1].Gazetteer : 0);
            AddGazetteer(ref sink, 26, index > 1 ? tokens[index - 2].Gazetteer : 0);
            AddGazetteer(ref sink, 27, index + 2 < tokens.Length ? tokens[index + 2].Gazetteer : 0);
            AddTriggerWindow(ref sink, tokens, index, 44, GazetteerCategory.PersonTitle, 6);
            AddTriggerWindow(ref sink, tokens, index, 45, GazetteerCategory.OrganizationHead, 4);
            AddTriggerWindow(ref sink, tokens, index, 46, GazetteerCategory.LocationCue, 3);
        }

        if ((set & NerFeatureSet.Clusters) != 0)
        {
            AddCluster(ref sink, 28, token.Cluster, true);
            AddCluster(ref sink, 32, index > 0 ? tokens[index - 1].Cluster : null, false);
            AddCluster(ref sink, 36, index + 1 < tokens.Length ? tokens[index + 1].Cluster : null, false);
        }

        if ((set & NerFeatureSet.EmbeddingClusters) != 0)
        {
            AddEmbedding(ref sink, 53, token.Embedding);
        }

        if ((set & NerFeatureSet.Memory) != 0)
        {
            AddMemory(ref sink, 50, token.Memory);
            AddMemory(ref sink, 51, index > 0 ? tokens[index - 1].Memory : (ushort)0);
            AddMemory(ref sink, 52, index + 1 < tokens.Length ? tokens[index + 1].Memory : (ushort)0);
        }

        return sink.Count;
    }

    /// <summary>The most features <see cref="PreviousLabel"/> writes.</summary>
    public const int MaxPreviousLabelFeatures = 4;

    /// <summary>
    /// Writes the features that pair the previous token's label (the label count stands for the sentence start) with
    /// what the current token looks like: the label alone, with the current proclitics, with the current word cluster,
    /// and with whether a gazetteer entry continues into the current token.
    /// </summary>
    /// <returns>The number of indices written.</returns>
    public static int PreviousLabel(ReadOnlySpan<NerToken> tokens, int index, int previousLabel, NerFeatureSet set, Span<int> features)
    {
        PreviousLabelContext context = PreviousLabelContext.Create(tokens, index, set);
        return context.Write(previousLabel, features);
    }

    /// <summary>
    /// The hashes of what the current token looks like, computed once per token; <see cref="Write"/> then pairs them with
    /// each candidate previous label at the cost of one hash step per feature.
    /// </summary>
    internal readonly struct PreviousLabelContext
    {
        private readonly uint _alone;
        private readonly uint _proclitics;
        private readonly uint _cluster;
        private readonly uint _gazetteer;
        private readonly int _count;

        private PreviousLabelContext(uint alone, uint proclitics, uint cluster, uint gazetteer, int count)
        {
            _alone = alone;
            _proclitics = proclitics;
            _cluster = cluster;
            _gazetteer = gazetteer;
            _count = count;
        }

        /// <summary>Hashes the current token's side of the previous-label features.</summary>
        public static PreviousLabelContext Create(ReadOnlySpan<NerToken> tokens, int index, NerFeatureSet set)
        {
            NerToken token = tokens[index];
            uint alone = Start(40);
            uint proclitics = Feed(Start(41), token.Proclitics);
            uint cluster = 0;
            uint gazetteer = 0;
            int count = 2;
            if ((set & NerFeatureSet.Clusters) != 0)
            {
                cluster = Feed(Start(42), token.Cluster is null ? "?" : token.Cluster.AsSpan(0, Math.Min(6, token.Cluster.Length)));
                count++;
            }

            if ((set & NerFeatureSet.Gazetteers) != 0)
            {
                ulong bits = token.Gazetteer & FeatureGazetteerBits;
                gazetteer = Feed(Start(43), [(bits & 0xFFFF_0000UL) != 0 ? 'I' : '-', (bits & 0xFFFFUL) != 0 ? 'B' : '-']);
                count++;
            }

            return new PreviousLabelContext(alone, proclitics, cluster, gazetteer, count);
        }

        /// <summary>Writes the features for one candidate previous label; returns how many.</summary>
        public int Write(int previousLabel, Span<int> features)
        {
            uint label = (uint)('0' + previousLabel);
            features[0] = Finish(Step(_alone, label));
            features[1] = Finish(Step(_proclitics, label));
            int count = 2;
            if (_cluster != 0)
            {
                features[count++] = Finish(Step(_cluster, label));
            }

            if (_gazetteer != 0)
            {
                features[count++] = Finish(Step(_gazetteer, label));
            }

            return count;
        }
    }

    // Titles, organization heads and place cues a few tokens back (رئيس أركان الجيش الإسرائيلي، أفيف كوخافي).
    private static void AddTriggerWindow(ref Sink sink, ReadOnlySpan<NerToken> tokens, int index, byte template, GazetteerCategory category, int window)
    {
        ulong any = NerLexicon.AnyBit(category);
        for (int back = 1; back <= window && index - back >= 0; back++)
        {
            if ((tokens[index - back].Gazetteer & any) != 0)
            {
                sink.Add(Hash(template, [(char)('0' + back)]));
                return;
            }
        }
    }

    // One feature per type the word is sometimes labelled with, naming the type and the bucket of its share; one for
    // words never (or too rarely seen to be) labelled an entity.
    private static void AddMemory(ref Sink sink, byte template, ushort code)
    {
        if (code == 0)
        {
            sink.Add(Hash(template, "-"));
            return;
        }

        for (int type = 0; type < EntityMemory.Types.Length; type++)
        {
            int bucket = EntityMemory.Bucket(code, type);
            if (bucket > 0)
            {
                sink.Add(Hash(template, [(char)('0' + type), (char)('0' + bucket)]));
            }
        }
    }

    // The coarse and the fine class (templates t and t + 1) of the word itself; unknown words have their own value. (The
    // classes of the ±1 neighbours were measured too: no gain on the cross-validation thirds, −0.9 on one of them.)
    private static void AddEmbedding(ref Sink sink, byte template, int code)
    {
        if (code == 0)
        {
            sink.Add(Hash(template, "?"));
            return;
        }

        sink.Add(Hash(template, [(char)Clusters.EmbeddingClusters.Coarse(code)]));
        sink.Add(Hash((byte)(template + 1), [(char)Clusters.EmbeddingClusters.Fine(code)]));
    }

    private static void AddGazetteer(ref Sink sink, byte template, ulong bits)
    {
        bits &= FeatureGazetteerBits;
        while (bits != 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            sink.Add(Hash(template, [(char)('0' + bit)]));
        }
    }

    private static void AddCluster(ref Sink sink, byte template, string? path, bool detailed)
    {
        if (path is null)
        {
            sink.Add(Hash(template, "?"));
            return;
        }

        sink.Add(Hash(template, path.AsSpan(0, Math.Min(4, path.Length))));
        sink.Add(Hash((byte)(template + 1), path.AsSpan(0, Math.Min(8, path.Length))));
        if (detailed)
        {
            sink.Add(Hash((byte)(template + 2), path.AsSpan(0, Math.Min(12, path.Length))));
            sink.Add(Hash((byte)(template + 3), path));
        }
    }

    private static string KindName(TokenKind kind) => kind switch
    {
        TokenKind.ArabicWord => "A",
        TokenKind.LatinWord => "L",
        TokenKind.OtherWord => "W",
        TokenKind.Number => "N",
        TokenKind.Punctuation => "P",
        TokenKind.Url => "U",
        TokenKind.Email => "E",
        _ => "S",
    };

    private static ReadOnlySpan<char> LowerInvariant(ReadOnlySpan<char> form, Span<char> buffer)
    {
        int n = form[..buffer.Length].ToLowerInvariant(buffer);
        return buffer[..Math.Max(0, n)];
    }

    // FNV-1a over the template id and the folded characters (ى→ي, ة→ه so spelling variants share features).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(byte template, ReadOnlySpan<char> value) => Finish(Feed(Start(template), value));

    private static int Hash2(byte template, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        Finish(Feed(Step(Feed(Start(template), first), '|'), second));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Start(byte template) => (2166136261u ^ template) * 16777619u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Step(uint h, uint c) => (h ^ c) * 16777619u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Feed(uint h, ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            h = (h ^ Fold(c)) * 16777619u;
        }

        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Finish(uint h) => (int)((h ^ (h >> 15)) & Mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(char c) => c switch
    {
        'ى' => 'ي',
        'ة' => 'ه',
        _ => c,
    };

    private ref struct Sink(Span<int> buffer)
    {
        private readonly Span<int> _buffer = buffer;

        public int Count { get; private set; }

        public void Add(int feature)
        {
            if (Count < _buffer.Length)
            {
                _buffer[Count++] = feature;
            }
        }
    }
}
