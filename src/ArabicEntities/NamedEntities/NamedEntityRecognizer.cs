using System.Buffers;
using ArabicEntities.Gazetteers;
using ArabicEntities.Recognition;
using ArabicEntities.Text;

namespace ArabicEntities.NamedEntities;

/// <summary>
/// Finds people, places, organizations and other names (<see cref="EntityType.Person"/>, <see cref="EntityType.Location"/>,
/// <see cref="EntityType.Organization"/>, <see cref="EntityType.Misc"/>) with a linear sequence model trained with
/// Microsoft.ML on ANERcorp, decoded with constrained BIO Viterbi, over Arabic-aware features (clitic-stripped stems,
/// affixes, a ±2 window, gazetteers and word clusters learned from news).
/// </summary>
/// <remarks>
/// <para>Spans index the caller's original text. A span starts after attached proclitics (<c>والمغرب</c> gives
/// <c>المغرب</c>, <c>لإسرائيل</c> gives <c>إسرائيل</c>) and keeps the article when it is part of the name.</para>
/// <para>Latin-script names inside Arabic sentences are found too (<c>Reuters</c>, <c>موقع Axios</c>); a sentence without
/// any Arabic word (an English paragraph) yields no names, since the model knows Arabic news only.</para>
/// <para>The document passed to <see cref="Recognize"/> is read as one article: a name it labels at least twice with one
/// type is labelled in its other mentions too, and a surname after the full name is the same person. Pass one article per
/// call; a batch of unrelated articles concatenated into one string reads less accurately.</para>
/// <para>A name's <see cref="Entity.Confidence"/> estimates the probability that its span and type are exactly right: the
/// model's label probabilities, calibrated on cross-validated predictions of ANERcorp's training split (0.8 means that
/// about 8 in 10 such names are right in news like ANERcorp's; on other kinds of text, such as Wikipedia, fewer are).</para>
/// <para>Instances are immutable and thread-safe; the embedded model loads once, on first use of <see cref="Default"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// var pipeline = EntityPipeline.Create(NamedEntityRecognizer.Default);
/// foreach (Entity e in pipeline.Extract("وصل بيني غانتس إلى الرباط.").Entities)
///     Console.WriteLine($"{e.Type} {e.Text}");   // Person بيني غانتس, Location الرباط
/// </code>
/// </example>
public sealed partial class NamedEntityRecognizer : IEntityRecognizer
{
    private const string ModelResource = "ArabicEntities.NamedEntities.ner-model.bin";

    // Beam search over the Markov model: a label whose best path score at a token is more than the margin (in nats, a
    // factor of 22,000) below that token's best path is not expanded as the previous label of the next token. On news
    // it expands 3.4 previous labels per token, where the full search expands 8.6 and the earlier cut (a label below
    // probability e^-20 under every previous label) 8.7, and it finds the same names as the full search on 15,102 news
    // documents (34,411 names) and on the cross-validation thirds.
    internal const float DefaultBeamMargin = 10f;

    // The longest piece of a sentence labelled at once (ANERcorp's longest training sentence has 530 tokens).
    internal const int MaxSentenceTokens = 600;

    // What the emissions hold for a (previous label, label) pair the beam did not expand.
    private const float NotExpanded = -1e9f;

    // The confidence reported for a word a rule labelled (a titled person, a cued place, a quoted name) rather than the model: ln 0.5.
    private const float RuleLogProbability = -0.6931472f;

    private const GazetteerCategory Places = GazetteerCategory.Country | GazetteerCategory.City | GazetteerCategory.Region;

    // Any gazetteer bit (begun, continued or whole word) of a place or an organization.
    private static readonly ulong PlaceOrOrganizationBits = NerLexicon.AnyBit(Places | GazetteerCategory.Organization);

    private static readonly Lazy<NamedEntityRecognizer> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NerModel _model;
    private readonly NerLexicon _lexicon;
    private readonly SpanCalibration? _calibration;

    // The beam's width in nats (DefaultBeamMargin; infinity searches every reachable label).
    private readonly float _beamMargin;
    private readonly EntityType[] _typeOfLabel;
    private readonly bool[] _beginsEntity;
    private readonly int _personBegin;
    private readonly int _personInside;
    private readonly int _locationBegin;
    private readonly int _locationInside;
    private readonly int _organizationBegin;
    private readonly int _organizationInside;
    private readonly int _miscBegin;
    private readonly int _miscInside;

    internal NamedEntityRecognizer(NerModel model, NerLexicon lexicon, SpanCalibration? calibration = null, float beamMargin = DefaultBeamMargin, NamedEntityRecognizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(lexicon);
        Options = options ?? NamedEntityRecognizerOptions.Default;
        _beamMargin = beamMargin;
        _model = model;
        _lexicon = lexicon;
        _calibration = calibration;
        int l = model.Labels.Count;
        _typeOfLabel = new EntityType[l];
        _beginsEntity = new bool[l];
        _personBegin = IndexOf(model.Labels, "B-PERS");
        _personInside = IndexOf(model.Labels, "I-PERS");
        _locationBegin = IndexOf(model.Labels, "B-LOC");
        _locationInside = IndexOf(model.Labels, "I-LOC");
        _organizationBegin = IndexOf(model.Labels, "B-ORG");
        _organizationInside = IndexOf(model.Labels, "I-ORG");
        _miscBegin = IndexOf(model.Labels, "B-MISC");
        _miscInside = IndexOf(model.Labels, "I-MISC");
        for (int k = 0; k < l; k++)
        {
            string label = model.Labels[k];
            _beginsEntity[k] = label.StartsWith("B-", StringComparison.Ordinal);
            _typeOfLabel[k] = label.Length > 2 ? TypeOf(label[2..]) : EntityType.Misc;
        }
    }

    /// <summary>Gets the recognizer with the embedded model trained on the full ANERcorp training split.</summary>
    /// <exception cref="InvalidOperationException">When the embedded model is missing or unreadable (a broken build).</exception>
    public static NamedEntityRecognizer Default => LazyDefault.Value;

    /// <summary>Gets the settings of this recognizer.</summary>
    public NamedEntityRecognizerOptions Options { get; }

    /// <summary>Creates a recognizer with the embedded model and the given settings.</summary>
    /// <param name="options">Its settings.</param>
    /// <returns>A thread-safe recognizer; it shares the embedded model with <see cref="Default"/>.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="NamedEntityRecognizerOptions.MinimumConfidence"/> is not in [0, 1].</exception>
    /// <exception cref="InvalidOperationException">When the embedded model is missing or unreadable (a broken build).</exception>
    public static NamedEntityRecognizer Create(NamedEntityRecognizerOptions options) => Default.WithOptions(options);

    /// <summary>Gets a recognizer with this one's model and other settings.</summary>
    /// <param name="options">The settings.</param>
    /// <returns>This recognizer when the settings are equal to its own; otherwise a new one sharing its model.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="NamedEntityRecognizerOptions.MinimumConfidence"/> is not in [0, 1].</exception>
    /// <example>
    /// <code>
    /// NamedEntityRecognizer strict = recognizer.WithOptions(recognizer.Options with { MinimumConfidence = 0.8 });
    /// </code>
    /// </example>
    public NamedEntityRecognizer WithOptions(NamedEntityRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.MinimumConfidence is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MinimumConfidence, "MinimumConfidence must be in [0, 1].");
        }

        return options == Options ? this : new NamedEntityRecognizer(_model, _lexicon, _calibration, _beamMargin, options);
    }

    /// <summary>Gets a one-line description of the model: trainer, data and feature families.</summary>
    public string ModelDescription => _model.Description;

    internal NerModel Model => _model;

    /// <summary>Gets the calibration that turns span evidence into confidences, or null when confidences are raw.</summary>
    internal SpanCalibration? Calibration => _calibration;

    /// <inheritdoc/>
    public IEnumerable<Entity> Recognize(AnalyzedDocument document, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<Token> tokens = document.Tokens.Tokens;
        var entities = new List<Entity>();
        if (tokens.Count == 0)
        {
            return entities;
        }

        // The gazetteer bits of every token (its first tokens.Count entries; Annotate clears them).
        ulong[] gazetteer = ArrayPool<ulong>.Shared.Rent(tokens.Count);
        string?[] forms = ArrayPool<string?>.Shared.Rent(tokens.Count);
        var spans = new List<NameSpan>();
        try
        {
            gazetteer.AsSpan(0, tokens.Count).Clear();
            if (_lexicon.HasGazetteers)
            {
                _lexicon.Annotate(document.Tokens, gazetteer.AsSpan(0, tokens.Count));
            }

            foreach (Sentence sentence in document.Sentences)
            {
                // A run of text without sentence punctuation (a list, a table, megabytes pasted as one line) is read in
                // pieces of at most MaxSentenceTokens: the model never saw longer sentences, and the per-sentence
                // buffers (ninety scores a token) stay small.
                for (int first = sentence.FirstToken; first < sentence.EndToken;)
                {
                    int end = PieceEnd(tokens, first, sentence.EndToken);
                    Sentence piece = end - first == sentence.TokenCount
                        ? sentence
                        : new Sentence(new TextSpan(tokens[first].Start, tokens[end - 1].End), first, end - first);
                    bool read = RecognizeSentence(document, piece, gazetteer, spans);
                    for (int i = first; i < end; i++)
                    {
                        forms[i] = read ? tokens[i].NormalizedText : null;
                    }

                    first = end;
                }
            }

            // Hyphen joins run twice: the first makes the full name (بروس مادي-فايتسمان) whose surname the consistency pass
            // then spreads; the second joins the later mention (مادي-فايتسمان) once its surname has become a person.
            JoinHyphenatedNames(tokens, gazetteer, spans);
            MakeSurnamesConsistent(tokens, gazetteer, spans);
            JoinHyphenatedNames(tokens, gazetteer, spans);
            JoinSurnamesReadAsConjoined(tokens, spans);
            SpreadNames(forms, tokens.Count, document.Sentences, spans);
            JoinDottedAcronyms(tokens, spans);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(gazetteer);
            ArrayPool<string?>.Shared.Return(forms, clearArray: true);
        }

        double minimum = Options.MinimumConfidence;
        foreach (NameSpan span in spans)
        {
            if (span.Confidence >= minimum)
            {
                entities.Add(CreateEntity(document, span.First, span.End, span.Type, span.Confidence));
            }
        }

        return entities;
    }

    /// <summary>
    /// Labels one sentence of already-described tokens and gives the log-probability of each chosen label; used by
    /// training evaluation and by <see cref="Recognize"/>.
    /// </summary>
    internal void Label(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<float> labelLogProbabilities) =>
        Label(tokens, labels, labelLogProbabilities, default);

    /// <summary>
    /// Labels one sentence as <see cref="Label(ReadOnlySpan{NerToken}, Span{int}, Span{float})"/> does and, when
    /// <paramref name="ruleMade"/> is not empty, marks the tokens a rule rather than the model labelled.
    /// </summary>
    internal void Label(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<float> labelLogProbabilities, Span<bool> ruleMade)
    {
        int l = _model.Labels.Count;
        int n = tokens.Length;
        bool markov = IsMarkov;
        int stride = EmissionStride;
        float[] rented = ArrayPool<float>.Shared.Rent(n * stride);
        Span<float> emissions = rented.AsSpan(0, n * stride);
        Decode(tokens, labels[..n], emissions);
        ApplyRules(tokens, labels, labelLogProbabilities, ruleMade, emissions);
        ArrayPool<float>.Shared.Return(rented);
    }

    /// <summary>
    /// The model's labels for one sentence, before any rule: scores each token (for a Markov model, after each previous
    /// label the beam expands; <see cref="NotExpanded"/> after the others) into <paramref name="emissions"/> (one row of
    /// (labels + 1) × labels log-probabilities per token, or labels for a model without the previous label) and decodes
    /// the best valid BIO path, the one <see cref="BioDecoder.Decode"/> finds from these emissions.
    /// </summary>
    internal void Decode(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<float> emissions)
    {
        int l = _model.Labels.Count;
        int n = tokens.Length;
        bool markov = IsMarkov;
        int stride = EmissionStride;
        Span<int> features = stackalloc int[NerFeatures.MaxFeatures];
        Span<int> previousFeatures = stackalloc int[NerFeatures.MaxPreviousLabelFeatures];
        Span<float> raw = stackalloc float[l];
        Span<float> expRaw = stackalloc float[l];
        Span<float> expGiven = stackalloc float[l];
        // The best path score ending in each label at the previous and the current token, entity bias included:
        // only labels within the beam margin of the previous token's best path are expanded.
        Span<float> previousBest = stackalloc float[l];
        Span<float> currentBest = stackalloc float[l];
        currentBest.Fill(float.NegativeInfinity);
        // The Viterbi scores and back pointers of the expanded pairs, summed as BioDecoder.Decode sums them (the entity
        // bias added after the maximum), so the labels are the ones it would decode from these emissions.
        Span<float> previousViterbi = stackalloc float[l];
        Span<float> currentViterbi = stackalloc float[l];
        int[] rentedBack = ArrayPool<int>.Shared.Rent(markov ? n * l : 0);
        Span<int> back = rentedBack.AsSpan(0, markov ? n * l : 0);
        ReadOnlySpan<float> transitions = _model.TransitionScores;
        float bias = _model.EntityBias;
        float previousMax = 0;
        for (int i = 0; i < n; i++)
        {
            int count = NerFeatures.Extract(tokens, i, _model.Features, features);
            Span<float> row = emissions.Slice(i * stride, stride);
            if (!markov)
            {
                _model.Score(features[..count], row);
                continue;
            }

            _model.ScoreRaw(features[..count], raw);
            float max = float.NegativeInfinity;
            foreach (float score in raw)
            {
                max = Math.Max(max, score);
            }

            for (int k = 0; k < l; k++)
            {
                expRaw[k] = MathF.Exp(raw[k] - max);
            }

            // log P(k | j) = s_k + a_jk - log Σ_k' exp(s_k' + a_jk'), with exp(a_jk) multiplied from stored exp(weights).
            // Only previous labels inside the beam are expanded (the sentence start for the first token; for the others,
            // labels whose best path at the previous token is within the beam margin of the best). The rest get a score no
            // path will take.
            var context = NerFeatures.PreviousLabelContext.Create(tokens, i, _model.Features);
            currentViterbi.Fill(float.NegativeInfinity);
            Span<int> backHere = back.Slice(i * l, l);
            for (int previous = 0; previous <= l; previous++)
            {
                Span<float> given = row.Slice(previous * l, l);
                bool plausible = i == 0 ? previous == l : previous < l && previousBest[previous] > previousMax - _beamMargin;
                if (!plausible)
                {
                    given.Fill(NotExpanded);
                    continue;
                }

                raw.CopyTo(given);
                expRaw.CopyTo(expGiven);
                int pairs = context.Write(previous, previousFeatures);
                foreach (int feature in previousFeatures[..pairs])
                {
                    _model.AddFeature(feature, given, expGiven);
                }

                float sum = 0;
                foreach (float e in expGiven)
                {
                    sum += e;
                }

                float logZ = max + MathF.Log(sum);
                for (int k = 0; k < l; k++)
                {
                    given[k] -= logZ;
                    float path = (i == 0 ? 0 : previousBest[previous]) + transitions[(previous * l) + k] + given[k] + (k == 0 ? 0 : bias);
                    currentBest[k] = Math.Max(currentBest[k], path);
                    float viterbi = i == 0
                        ? transitions[(previous * l) + k] + given[k] + (k == 0 ? 0 : bias)
                        : previousViterbi[previous] + transitions[(previous * l) + k] + given[k];
                    if (viterbi > currentViterbi[k])
                    {
                        currentViterbi[k] = viterbi;
                        backHere[k] = previous;
                    }
                }
            }

            if (i > 0 && bias != 0)
            {
                for (int k = 1; k < l; k++)
                {
                    currentViterbi[k] += bias;
                }
            }

            currentViterbi.CopyTo(previousViterbi);
            currentBest.CopyTo(previousBest);
            previousMax = float.NegativeInfinity;
            foreach (float best in currentBest)
            {
                previousMax = Math.Max(previousMax, best);
            }

            currentBest.Fill(float.NegativeInfinity);
        }

        if (markov)
        {
            FollowBackPointers(previousViterbi, back, labels[..n], l);
        }
        else
        {
            BioDecoder.Decode(_model, emissions, markov, labels[..n]);
        }

        ArrayPool<int>.Shared.Return(rentedBack);
    }

    // Whether the model reads the previous label (a maximum-entropy Markov model).
    private bool IsMarkov => (_model.Features & NerFeatureSet.PreviousLabel) != 0;

    // The emissions of one token: a row of labels per previous label and the sentence start, or one row of labels.
    private int EmissionStride => IsMarkov ? (_model.Labels.Count + 1) * _model.Labels.Count : _model.Labels.Count;

    // The rules after the model (each reads and rewrites the labels), then each label's log-probability.
    private void ApplyRules(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<float> labelLogProbabilities, Span<bool> ruleMade, ReadOnlySpan<float> emissions)
    {
        int l = _model.Labels.Count;
        int n = tokens.Length;
        bool markov = IsMarkov;
        int stride = EmissionStride;
        Span<bool> added = n <= 512 ? stackalloc bool[n] : new bool[n];
        added.Clear();
        if (_lexicon.HasGazetteers && _lexicon.HasClusters)
        {
            AddTitledPeople(tokens, labels[..n], added);
        }

        if (_lexicon.HasGazetteers)
        {
            DropTitleWordsFromPeople(tokens, labels[..n]);
        }

        CompletePeople(tokens, labels[..n]);
        EndPeopleBeforePrepositions(tokens, labels[..n]);
        if (_lexicon.HasGazetteers && _lexicon.HasClusters)
        {
            JoinCompoundNames(tokens, labels[..n]);
            SplitCoordinatedPeople(tokens, labels[..n]);
            JoinAdjacentPeople(tokens, labels[..n]);
        }

        EndPeopleBeforeBlessings(tokens, labels[..n]);
        DropQuantifiersFromPeople(tokens, labels[..n]);
        ReadLoneAllahAsMisc(tokens, labels[..n]);

        if (_lexicon.HasGazetteers)
        {
            AddCuedPlaces(tokens, labels[..n], added);
            JoinGazetteerPlaces(tokens, labels[..n]);
            RetypePlacesReadAsPeople(tokens, labels[..n]);
            AddQuotedNames(tokens, labels[..n], added);
        }

        ExtendQuotedOrganizations(tokens, labels[..n], added);
        AddLatinNames(tokens, labels[..n], added);

        if (_lexicon.HasClusters)
        {
            DropGluedTails(tokens, labels[..n]);
        }

        for (int i = 0; i < n; i++)
        {
            int previous = i == 0 ? l : labels[i - 1];
            labelLogProbabilities[i] = added[i] ? RuleLogProbability : LabelLogProbability(emissions.Slice(i * stride, stride), markov ? previous : 0, labels[i], l);
        }

        if (!ruleMade.IsEmpty)
        {
            added.CopyTo(ruleMade);
        }
    }

    // The best path's labels from the last token's Viterbi scores and every token's back pointers (first label on ties,
    // as BioDecoder.Decode chooses).
    private static void FollowBackPointers(ReadOnlySpan<float> lastScores, ReadOnlySpan<int> back, Span<int> labels, int l)
    {
        int n = labels.Length;
        if (n == 0)
        {
            return;
        }

        int last = 0;
        for (int k = 1; k < l; k++)
        {
            if (lastScores[k] > lastScores[last])
            {
                last = k;
            }
        }

        for (int t = n - 1; t >= 0; t--)
        {
            labels[t] = last;
            last = back[(t * l) + last];
        }
    }

    // The log-probability of a label after a previous label; where a rule made a pair the beam did not expand, the
    // label's best log-probability after any expanded previous label.
    private static float LabelLogProbability(ReadOnlySpan<float> row, int previous, int label, int l)
    {
        float logProbability = row[(previous * l) + label];
        if (logProbability > NotExpanded / 2)
        {
            return logProbability;
        }

        for (int j = 0; j * l < row.Length; j++)
        {
            logProbability = Math.Max(logProbability, row[(j * l) + label]);
        }

        return logProbability;
    }

    internal NerToken Describe(Token token, ulong gazetteer) => _lexicon.Describe(token.NormalizedText, token.Kind, gazetteer);

    // Where the piece of a sentence that starts at token `first` ends: the sentence's end when it is at most
    // MaxSentenceTokens away, otherwise after the last punctuation token in the second half of the longest piece (a comma,
    // a dash), or at that piece's end when there is none.
    private static int PieceEnd(IReadOnlyList<Token> tokens, int first, int end)
    {
        if (end - first <= MaxSentenceTokens)
        {
            return end;
        }

        int limit = first + MaxSentenceTokens;
        for (int i = limit - 1; i >= first + (MaxSentenceTokens / 2); i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation)
            {
                return i + 1;
            }
        }

        return limit;
    }

    // Labels one sentence and adds its names; false when the sentence has no Arabic word and so is not read.
    private bool RecognizeSentence(AnalyzedDocument document, Sentence sentence, ulong[] gazetteer, List<NameSpan> spans)
    {
        int n = sentence.TokenCount;
        if (n == 0)
        {
            return false;
        }

        // A sentence without an Arabic word (an English paragraph, a row of figures) has no names for a model of Arabic news.
        IReadOnlyList<Token> tokens = document.Tokens.Tokens;
        bool arabic = false;
        for (int i = sentence.FirstToken; i < sentence.FirstToken + n && !arabic; i++)
        {
            arabic = tokens[i].Kind == TokenKind.ArabicWord;
        }

        if (!arabic)
        {
            return false;
        }

        // The per-sentence buffers come from the pools (the token descriptions hold strings, so they are cleared on return).
        NerToken[] described = ArrayPool<NerToken>.Shared.Rent(n);
        int[] labels = ArrayPool<int>.Shared.Rent(n);
        float[] logProbabilities = ArrayPool<float>.Shared.Rent(n);
        bool[] ruleMade = ArrayPool<bool>.Shared.Rent(n);
        int[]? read = null;
        try
        {
            // A hashtag's marks (عمر #البشير، عبد الفتاح #السيسي، #الاتحاد_الأوروبي) are left out of what the model reads,
            // so that they neither cut a name nor hide the word's place in it; read[k] is then the document token of the
            // k-th token read, and a name's span runs over the marks in the caller's text.
            int m = 0;
            for (int i = 0; i < n; i++)
            {
                int index = sentence.FirstToken + i;
                if (IsHashtagMark(tokens, index, sentence.FirstToken, sentence.EndToken))
                {
                    if (read is null)
                    {
                        read = ArrayPool<int>.Shared.Rent(n);
                        for (int k = 0; k < m; k++)
                        {
                            read[k] = sentence.FirstToken + k;
                        }
                    }

                    continue;
                }

                if (read is not null)
                {
                    read[m] = index;
                }

                described[m++] = Describe(tokens[index], gazetteer[index]);
            }

            Label(described.AsSpan(0, m), labels.AsSpan(0, m), logProbabilities.AsSpan(0, m), ruleMade.AsSpan(0, m));
            int added = spans.Count;
            AddSpans(read is null ? sentence.FirstToken : 0, labels.AsSpan(0, m), logProbabilities.AsSpan(0, m), ruleMade.AsSpan(0, m), spans, evidence: null);
            for (int k = added; read is not null && k < spans.Count; k++)
            {
                spans[k] = spans[k] with { First = read[spans[k].First], End = read[spans[k].End - 1] + 1 };
            }
        }
        finally
        {
            ArrayPool<NerToken>.Shared.Return(described, clearArray: true);
            ArrayPool<int>.Shared.Return(labels);
            ArrayPool<float>.Shared.Return(logProbabilities);
            ArrayPool<bool>.Shared.Return(ruleMade);
            if (read is not null)
            {
                ArrayPool<int>.Shared.Return(read);
            }
        }

        return true;
    }

    // A # written right before a word (a hashtag), or a _ written between two words without spaces (the words of a
    // hashtag or an identifier), inside the sentence [first, end).
    private static bool IsHashtagMark(IReadOnlyList<Token> tokens, int index, int first, int end)
    {
        Token mark = tokens[index];
        if (index + 1 >= end || mark.Kind != TokenKind.Punctuation || tokens[index + 1].Start != mark.End || !IsWord(tokens[index + 1]))
        {
            return false;
        }

        return mark.NormalizedText is "#" or "＃"
            || (mark.NormalizedText == "_" && index > first && tokens[index - 1].End == mark.Start && IsWord(tokens[index - 1]));

        static bool IsWord(Token token) => token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord;
    }

    /// <summary>Labels one sentence and gives its names with their evidence and confidence (for calibration and evaluation).</summary>
    internal List<(int First, int End, EntityType Type, SpanEvidence Evidence)> Spans(ReadOnlySpan<NerToken> tokens)
    {
        int n = tokens.Length;
        var labels = new int[n];
        var logProbabilities = new float[n];
        var ruleMade = new bool[n];
        Label(tokens, labels, logProbabilities, ruleMade);
        var spans = new List<NameSpan>();
        var evidence = new List<SpanEvidence>();
        AddSpans(0, labels, logProbabilities, ruleMade, spans, evidence);
        return [.. spans.Select((span, k) => (span.First, span.End, span.Type, evidence[k]))];
    }

    /// <summary>
    /// Labels the sentences of one document (for evaluation) as <see cref="Recognize"/> does — each sentence by the model and
    /// its rules, then the article-level name spreading — and gives each sentence's names, as token ranges of that sentence.
    /// </summary>
    internal List<(int First, int End, EntityType Type, float Confidence)>[] DocumentSpans(IReadOnlyList<NerToken[]> sentences)
    {
        int count = sentences.Sum(s => s.Length);
        var forms = new string?[count];
        var ranges = new List<Sentence>(sentences.Count);
        var spans = new List<NameSpan>();
        int first = 0;
        foreach (NerToken[] sentence in sentences)
        {
            var labels = new int[sentence.Length];
            var logProbabilities = new float[sentence.Length];
            var ruleMade = new bool[sentence.Length];
            Label(sentence, labels, logProbabilities, ruleMade);
            AddSpans(first, labels, logProbabilities, ruleMade, spans, evidence: null);
            for (int i = 0; i < sentence.Length; i++)
            {
                forms[first + i] = sentence[i].Form;
            }

            ranges.Add(new Sentence(default, first, sentence.Length));
            first += sentence.Length;
        }

        SpreadNames(forms, count, ranges, spans);
        var result = new List<(int First, int End, EntityType Type, float Confidence)>[sentences.Count];
        int s = 0;
        for (int k = 0; k < result.Length; k++)
        {
            result[k] = [];
        }

        foreach (NameSpan span in spans)
        {
            while (span.First >= ranges[s].EndToken)
            {
                s++;
            }

            result[s].Add((span.First - ranges[s].FirstToken, span.End - ranges[s].FirstToken, span.Type, span.Confidence));
        }

        return result;
    }

    // One span per entity in a sentence's labels; its confidence is the calibrated probability that it is right (or, in
    // a build without the calibration, the geometric mean of its labels' probabilities).
    private void AddSpans(int firstToken, ReadOnlySpan<int> labels, ReadOnlySpan<float> logProbabilities, ReadOnlySpan<bool> ruleMade, List<NameSpan> spans, List<SpanEvidence>? evidence)
    {
        int n = labels.Length;
        int start = -1;
        float logProbability = 0;
        float minimum = 0;
        bool byRule = false;
        for (int i = 0; i <= n; i++)
        {
            bool continues = i < n && labels[i] != 0 && !_beginsEntity[labels[i]] && start >= 0;
            if (start >= 0 && !continues)
            {
                var found = new SpanEvidence(logProbability / (i - start), minimum, i - start, _typeOfLabel[labels[start]], byRule);
                float confidence = _calibration?.Calibrate(found) ?? found.GeometricMean;
                spans.Add(new NameSpan(firstToken + start, firstToken + i, found.Type, confidence));
                evidence?.Add(found);
                start = -1;
            }

            if (i < n && labels[i] != 0 && start < 0)
            {
                start = i;
                logProbability = 0;
                minimum = 0;
                byRule = false;
            }

            if (start >= 0 && i < n)
            {
                logProbability += logProbabilities[i];
                minimum = Math.Min(minimum, logProbabilities[i]);
                byRule |= ruleMade[i];
            }
        }
    }

    private Entity CreateEntity(AnalyzedDocument document, int first, int end, EntityType type, float confidence)
    {
        IReadOnlyList<Token> tokens = document.Tokens.Tokens;
        Token head = tokens[first];
        int originalStart = head.Start;
        // A multi-word name the gazetteer knows tells where it starts (وتل أبيب → تل أبيب, though تل alone is too short;
        // بيونغ يانغ keeps its ب though يونغ is a family name).
        int? known = end - first > 1 ? _lexicon.NameProcliticLength(document.Tokens, first, end) : null;
        int skip = known is int particles ? particles + ElidedArticleLength(head.NormalizedText, particles) : ProcliticsToTrim(head.NormalizedText, head.Kind);

        if (skip > 0)
        {
            int trimmed = document.Tokens.Text.ToOriginal(head.NormalizedStart + skip, head.NormalizedSpan.End).Start;
            originalStart = Math.Clamp(trimmed, head.Start, head.End - 1);
        }

        int originalEnd = tokens[end - 1].End;
        string text = document.Original[originalStart..originalEnd];
        return new Entity(type, new TextSpan(originalStart, originalEnd), text, null, Math.Clamp(confidence, 0, 1));
    }

    // How many normalized code units of attached particles (و ف ب ك ل) to leave out of a span's first word.
    private int ProcliticsToTrim(string form, TokenKind kind)
    {
        if (kind != TokenKind.ArabicWord)
        {
            return 0;
        }

        int particles = LightStemmer.AttachedParticleLength(form);
        if (particles == 0 || form.Length - particles < LightStemmer.MinimumStem)
        {
            return 0;
        }

        // A lone ك (the simile particle) is rare before names and many foreign names start with the letter (كوخافي،
        // كريس، كاليفورنيا): it goes only before a known name with the article (كالأردن → الأردن).
        ReadOnlySpan<char> rest = form.AsSpan(particles);
        if (particles == 1 && form[0] == 'ك')
        {
            return rest.StartsWith("ال", StringComparison.Ordinal) && _lexicon.IsKnownName(rest) && !_lexicon.IsKnownName(form) ? 1 : 0;
        }
        if (rest.StartsWith("ال", StringComparison.Ordinal))
        {
            return particles;
        }

        if (ElidedArticleLength(form, particles) == 1)
        {
            return particles + 1; // لل: the preposition and the elided article (للمغرب → مغرب)
        }

        // وإسرائيل، ومنظمة، لرويترز: strip when the rest is a known name or a frequent word, unless the whole word is
        // itself a known name (وليد، بكين keep their first letter). Two particles may be a conjunction before a name
        // that starts with ب/ك/ل (وباكستان، ولبنان): the fewest particles that leave a known name win (لبنان before the
        // given name بنان), then the most that leave a frequent word (ولمنظمة → منظمة, though لمنظمة is frequent too).
        if (_lexicon.IsKnownName(form))
        {
            return 0;
        }

        for (int length = 1; length <= particles; length++)
        {
            if (_lexicon.IsKnownName(form.AsSpan(length)))
            {
                return length;
            }
        }

        // A frequent word counts only from four letters on (بيني is not ب + يني).
        for (int length = particles; length >= 1; length--)
        {
            if (form.Length - length >= 4 && _lexicon.IsFrequentWord(form.AsSpan(length)))
            {
                return length;
            }
        }

        return 0;
    }

    // 1 when the ل after the first `particles` letters of a normalized word is the article's, its ا elided after the
    // preposition ل (للمغرب، للأمم: left out with the preposition, so the span reads as the name does without ال, the way
    // names are keyed), 0 when it begins the name (للبنان، لليبيا، للندن: ل + a known name) or is no article.
    private int ElidedArticleLength(string form, int particles)
    {
        if (particles == 0 || form[particles - 1] != 'ل' || particles >= form.Length || form[particles] != 'ل'
            || form.Length - particles - 1 < LightStemmer.MinimumStem)
        {
            return 0;
        }

        return _lexicon.IsKnownName(form.AsSpan(particles)) ? 0 : 1;
    }

    // A name found in one sentence: tokens [First, End) of the document, its type and confidence.
    internal readonly record struct NameSpan(int First, int End, EntityType Type, float Confidence);

    // The index of a label in the model's label list, or -1 when the model has no such label.
    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (int k = 0; k < labels.Count; k++)
        {
            if (labels[k] == label)
            {
                return k;
            }
        }

        return -1;
    }

    private static EntityType TypeOf(string type) => type switch
    {
        "PERS" or "PER" => EntityType.Person,
        "LOC" => EntityType.Location,
        "ORG" => EntityType.Organization,
        _ => EntityType.Misc,
    };

    private static NamedEntityRecognizer LoadDefault()
    {
        using Stream? stream = typeof(NamedEntityRecognizer).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"The embedded named-entity model '{ModelResource}' is missing from {typeof(NamedEntityRecognizer).Assembly.GetName().Name}.");
        try
        {
            NerModel model = NerModel.Load(stream);
            return new NamedEntityRecognizer(model, NerLexicon.For(model.Features), SpanCalibration.Default);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidOperationException($"The embedded named-entity model '{ModelResource}' is unreadable: {e.Message}", e);
        }
    }
}
