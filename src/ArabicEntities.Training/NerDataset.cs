using ArabicEntities.NamedEntities;
using ArabicEntities.Text;

namespace ArabicEntities.Training;

/// <summary>CoNLL sentences turned into the token descriptions the named-entity features read, with BIO label ids.</summary>
internal sealed class NerDataset
{
    /// <summary>The BIO labels in model order (<c>O</c> first).</summary>
    public static readonly string[] Labels = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    private NerDataset(List<NerToken[]> sentences, List<int[]> labels, List<ConllSentence> source)
    {
        Sentences = sentences;
        LabelIds = labels;
        Source = source;
    }

    /// <summary>Gets the described tokens of each sentence.</summary>
    public IReadOnlyList<NerToken[]> Sentences { get; }

    /// <summary>Gets the gold label ids of each sentence.</summary>
    public IReadOnlyList<int[]> LabelIds { get; }

    /// <summary>Gets the CoNLL sentences.</summary>
    public IReadOnlyList<ConllSentence> Source { get; }

    /// <summary>Gets the number of tokens.</summary>
    public int TokenCount => Sentences.Sum(s => s.Length);

    /// <summary>Reads and describes a CoNLL file with a lexicon.</summary>
    public static NerDataset Load(string path, NerLexicon lexicon, int maxSentences = int.MaxValue)
    {
        List<ConllSentence> source = ConllCorpus.Read(path);
        if (source.Count > maxSentences)
        {
            source.RemoveRange(maxSentences, source.Count - maxSentences);
        }

        var sentences = new List<NerToken[]>(source.Count);
        var labels = new List<int[]>(source.Count);
        foreach (ConllSentence sentence in source)
        {
            var forms = new string[sentence.Words.Length];
            var kinds = new TokenKind[sentence.Words.Length];
            for (int i = 0; i < forms.Length; i++)
            {
                forms[i] = ArabicNormalizer.Default.NormalizeToString(sentence.Words[i]);
                kinds[i] = KindOf(forms[i]);
            }

            var bits = new ulong[forms.Length];
            lexicon.AnnotateForms(forms, bits);
            var tokens = new NerToken[forms.Length];
            var ids = new int[forms.Length];
            for (int i = 0; i < forms.Length; i++)
            {
                tokens[i] = lexicon.Describe(forms[i], kinds[i], bits[i]);
                ids[i] = LabelId(sentence.Tags[i]);
            }

            sentences.Add(tokens);
            labels.Add(ids);
        }

        return new NerDataset(sentences, labels, source);
    }

    /// <summary>Gets the sentences for which <paramref name="keep"/> is true (by sentence index).</summary>
    public NerDataset Subset(Func<int, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var sentences = new List<NerToken[]>();
        var labels = new List<int[]>();
        var source = new List<ConllSentence>();
        for (int s = 0; s < Sentences.Count; s++)
        {
            if (keep(s))
            {
                sentences.Add(Sentences[s]);
                labels.Add(LabelIds[s]);
                source.Add(Source[s]);
            }
        }

        return new NerDataset(sentences, labels, source);
    }

    /// <summary>Gets the same sentences with entity-memory codes from the lexicon chosen for each sentence (by index).</summary>
    public NerDataset WithMemory(Func<int, NerLexicon> lexiconOf)
    {
        ArgumentNullException.ThrowIfNull(lexiconOf);
        var sentences = new List<NerToken[]>(Sentences.Count);
        for (int s = 0; s < Sentences.Count; s++)
        {
            NerLexicon lexicon = lexiconOf(s);
            sentences.Add([.. Sentences[s].Select(t => t with { Memory = lexicon.MemoryCode(t.Form) })]);
        }

        return new NerDataset(sentences, [.. LabelIds], [.. Source]);
    }

    /// <summary>The label id of a CoNLL tag (unknown types and nested-only tags become <c>O</c>).</summary>
    public static int LabelId(string tag)
    {
        string normalized = tag.Replace("PER-", "PERS-", StringComparison.Ordinal);
        if (normalized.EndsWith("-PER", StringComparison.Ordinal))
        {
            normalized += "S";
        }

        int id = Array.IndexOf(Labels, normalized);
        return id < 0 ? 0 : id;
    }

    // The kind our tokenizer gives the word: Arabic if any Arabic word is inside it, otherwise its first token's kind.
    private static TokenKind KindOf(string form)
    {
        TokenKind? first = null;
        foreach (TokenSpan token in ArabicTokenizer.Default.EnumerateTokens(form))
        {
            if (token.Kind == TokenKind.ArabicWord)
            {
                return TokenKind.ArabicWord;
            }

            first ??= token.Kind;
        }

        return first ?? TokenKind.Symbol;
    }
}
