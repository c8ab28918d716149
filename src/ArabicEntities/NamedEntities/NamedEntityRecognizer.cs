using System.Buffers;
using System.Collections.Frozen;
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
/// <para>Instances are immutable and thread-safe; the embedded model loads once, on first use of <see cref="Default"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// var pipeline = EntityPipeline.Create(NamedEntityRecognizer.Default);
/// foreach (Entity e in pipeline.Extract("وصل بيني غانتس إلى الرباط.").Entities)
///     Console.WriteLine($"{e.Type} {e.Text}");   // Person بيني غانتس, Location الرباط
/// </code>
/// </example>
public sealed class NamedEntityRecognizer : IEntityRecognizer
{
    private const string ModelResource = "ArabicEntities.NamedEntities.ner-model.bin";

    // A label whose probability at a token is below e^-20 (2e-9) under every previous label is not expanded as the
    // previous label of the next token: no Viterbi path can afford it, and skipping it saves most of the Markov work.
    private const float UnreachableLogProbability = -20f;

    // The confidence reported for a word a rule labelled (a titled person, a cued place, a quoted name) rather than the model: ln 0.5.
    private const float RuleLogProbability = -0.6931472f;

    private const GazetteerCategory Places = GazetteerCategory.Country | GazetteerCategory.City | GazetteerCategory.Region;

    // Any gazetteer bit (begun, continued or whole word) of a place or an organization.
    private static readonly ulong PlaceOrOrganizationBits = NerLexicon.AnyBit(Places | GazetteerCategory.Organization);

    // Latin words that start a phrase rather than a name (My Search History), and words that make a capitalized Latin run
    // the name of an institution rather than of a person (Aston University, Promethean Technologies Group).
    private static readonly FrozenSet<string> LatinFunctionWords = FrozenSet.ToFrozenSet(
        ["A", "An", "And", "As", "At", "By", "For", "From", "How", "If", "In", "Is", "It", "My", "No", "Not", "Of", "On", "Or", "Our", "So", "This", "To", "We", "What", "When", "Why", "With", "You", "Your"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> LatinInstitutionWords = FrozenSet.ToFrozenSet(
        ["Academy", "Agency", "Airlines", "Airways", "Association", "Authority", "Bank", "Center", "Centre", "Club", "College", "Commission", "Committee", "Company", "Corp", "Corporation", "Council", "Department", "Foundation", "Fund", "Group", "Holdings", "Inc", "Institute", "International", "Ltd", "Media", "Ministry", "Network", "News", "Online", "Organization", "Organisation", "Party", "Post", "Press", "School", "Services", "Society", "Systems", "Technologies", "Technology", "Times", "Union", "United", "University"],
        StringComparer.Ordinal);

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static readonly Lazy<NamedEntityRecognizer> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NerModel _model;
    private readonly NerLexicon _lexicon;
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

    internal NamedEntityRecognizer(NerModel model, NerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(lexicon);
        _model = model;
        _lexicon = lexicon;
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

    /// <summary>Gets a one-line description of the model: trainer, data and feature families.</summary>
    public string ModelDescription => _model.Description;

    internal NerModel Model => _model;

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
                RecognizeSentence(document, sentence, gazetteer, spans);
            }

            // Hyphen joins run twice: the first makes the full name (بروس مادي-فايتسمان) whose surname the consistency pass
            // then spreads; the second joins the later mention (مادي-فايتسمان) once its surname has become a person.
            JoinHyphenatedNames(tokens, gazetteer, spans);
            MakeSurnamesConsistent(tokens, gazetteer, spans);
            JoinHyphenatedNames(tokens, gazetteer, spans);
            JoinSurnamesReadAsConjoined(tokens, spans);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(gazetteer);
        }

        foreach (NameSpan span in spans)
        {
            entities.Add(CreateEntity(document, span.First, span.End, span.Type, span.Confidence));
        }

        return entities;
    }

    /// <summary>
    /// Labels one sentence of already-described tokens and gives the log-probability of each chosen label; used by
    /// training evaluation and by <see cref="Recognize"/>.
    /// </summary>
    internal void Label(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<float> labelLogProbabilities)
    {
        int l = _model.Labels.Count;
        int n = tokens.Length;
        bool markov = (_model.Features & NerFeatureSet.PreviousLabel) != 0;
        int stride = markov ? (l + 1) * l : l;
        float[] rented = ArrayPool<float>.Shared.Rent(n * stride);
        Span<float> emissions = rented.AsSpan(0, n * stride);
        Span<int> features = stackalloc int[NerFeatures.MaxFeatures];
        Span<int> previousFeatures = stackalloc int[NerFeatures.MaxPreviousLabelFeatures];
        Span<float> raw = stackalloc float[l];
        Span<float> expRaw = stackalloc float[l];
        Span<float> expGiven = stackalloc float[l];
        Span<float> previousBest = stackalloc float[l];
        Span<float> currentBest = stackalloc float[l];
        currentBest.Fill(float.NegativeInfinity);
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
            // Only previous labels the previous token can plausibly have are expanded (the sentence start for the
            // first token; for the others, labels whose best log-probability at the previous token is above
            // UnreachableLogProbability). The rest get a score no path will take.
            var context = NerFeatures.PreviousLabelContext.Create(tokens, i, _model.Features);
            for (int previous = 0; previous <= l; previous++)
            {
                Span<float> given = row.Slice(previous * l, l);
                bool plausible = i == 0 ? previous == l : previous < l && previousBest[previous] > UnreachableLogProbability;
                if (!plausible)
                {
                    given.Fill(-1e9f);
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
                    currentBest[k] = Math.Max(currentBest[k], given[k]);
                }
            }

            currentBest.CopyTo(previousBest);
            currentBest.Fill(float.NegativeInfinity);
        }

        BioDecoder.Decode(_model, emissions, markov, labels[..n]);
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
        if (_lexicon.HasGazetteers && _lexicon.HasClusters)
        {
            SplitCoordinatedPeople(tokens, labels[..n]);
            JoinAdjacentPeople(tokens, labels[..n]);
        }

        if (_lexicon.HasGazetteers)
        {
            AddCuedPlaces(tokens, labels[..n], added);
            JoinGazetteerPlaces(tokens, labels[..n]);
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
            labelLogProbabilities[i] = added[i] ? RuleLogProbability : emissions[(i * stride) + (markov ? previous * l : 0) + labels[i]];
        }

        ArrayPool<float>.Shared.Return(rented);
    }

    internal NerToken Describe(Token token, ulong gazetteer) => _lexicon.Describe(token.NormalizedText, token.Kind, gazetteer);

    private void RecognizeSentence(AnalyzedDocument document, Sentence sentence, ulong[] gazetteer, List<NameSpan> spans)
    {
        int n = sentence.TokenCount;
        if (n == 0)
        {
            return;
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
            return;
        }

        // The per-sentence buffers come from the pools (the token descriptions hold strings, so they are cleared on return).
        NerToken[] described = ArrayPool<NerToken>.Shared.Rent(n);
        int[] labels = ArrayPool<int>.Shared.Rent(n);
        float[] logProbabilities = ArrayPool<float>.Shared.Rent(n);
        try
        {
            for (int i = 0; i < n; i++)
            {
                int index = sentence.FirstToken + i;
                described[i] = Describe(tokens[index], gazetteer[index]);
            }

            Label(described.AsSpan(0, n), labels.AsSpan(0, n), logProbabilities.AsSpan(0, n));
            AddSpans(sentence.FirstToken, labels.AsSpan(0, n), logProbabilities.AsSpan(0, n), spans);
        }
        finally
        {
            ArrayPool<NerToken>.Shared.Return(described, clearArray: true);
            ArrayPool<int>.Shared.Return(labels);
            ArrayPool<float>.Shared.Return(logProbabilities);
        }
    }

    // One span per entity in a sentence's labels, its confidence the geometric mean of its labels' probabilities.
    private void AddSpans(int firstToken, ReadOnlySpan<int> labels, ReadOnlySpan<float> logProbabilities, List<NameSpan> spans)
    {
        int n = labels.Length;
        int start = -1;
        float logProbability = 0;
        for (int i = 0; i <= n; i++)
        {
            bool continues = i < n && labels[i] != 0 && !_beginsEntity[labels[i]] && start >= 0;
            if (start >= 0 && !continues)
            {
                spans.Add(new NameSpan(firstToken + start, firstToken + i, _typeOfLabel[labels[start]], MathF.Exp(logProbability / (i - start))));
                start = -1;
            }

            if (i < n && labels[i] != 0 && start < 0)
            {
                start = i;
                logProbability = 0;
            }

            if (start >= 0 && i < n)
            {
                logProbability += logProbabilities[i];
            }
        }
    }

    // A title the model saw but whose unseen name it left out (رئيس أركان الجيش الإسرائيلي، أفيف كوخافي): after a
    // person-title trigger, past up to three definite or possessed modifiers or a comma, one to three words the news
    // vocabulary does not know (or known given/family names) become a person, when the model labelled them all O.
    private void AddTitledPeople(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<bool> added)
    {
        const ulong title = (ulong)GazetteerCategory.PersonTitle;
        const ulong personName = (ulong)(GazetteerCategory.GivenName | GazetteerCategory.FamilyName);
        int personBegin = _personBegin;
        int personInside = _personInside;
        if (personBegin < 0 || personInside < 0)
        {
            return;
        }

        for (int i = 0; i < tokens.Length; i++)
        {
            if ((tokens[i].Gazetteer & (title | (title << NerLexicon.SingleShift))) == 0)
            {
                continue;
            }

            int j = i + 1;
            while (j < tokens.Length && (tokens[j].Gazetteer & (title << NerLexicon.InsideShift)) != 0)
            {
                j++; // the rest of a multi-word title
            }

            for (int skipped = 0; skipped < 3 && j < tokens.Length; skipped++, j++)
            {
                NerToken t = tokens[j];
                // A definite modifier (رئيس أركان الجيش) or a noun with a third-person possessive (وزير خارجيتها، وزارته).
                bool modifier = t.Kind == TokenKind.ArabicWord && t.Cluster is not null
                    && (IsDefinite(t.Form) || t.Enclitic is "ه" or "ها" or "هم" or "هما");
                bool comma = t.Kind == TokenKind.Punctuation && t.Form is "،" or ",";
                if (!modifier && !comma)
                {
                    break;
                }
            }

            // The first name word must be unknown to the news vocabulary (or a known given/family name, or a word the news
            // labels a person at least a fifth of the time: ألون); the next ones
            // may be known words, but not definite ones or ones with an attached particle (بزيارة، القذرضيفا end it).
            int start = j;
            while (j < tokens.Length && j - start < 3 && labels[j] == 0 && tokens[j].Kind == TokenKind.ArabicWord
                && tokens[j].Form.Length > 2 && !IsDefinite(tokens[j].Form) && !MinedCandidateFilter.FunctionWords.Contains(tokens[j].Form)
                && (tokens[j].Gazetteer & (title | (title << NerLexicon.SingleShift))) == 0
                && (tokens[j].Cluster is null || (tokens[j].Gazetteer & (personName << NerLexicon.SingleShift)) != 0
                    || EntityMemory.Bucket(tokens[j].Memory, 0) >= 2
                    || (j > start && !HasKnownParticleReading(tokens[j].Form))))
            {
                j++;
            }

            if (j > start && (j == tokens.Length || labels[j] == 0 || (_beginsEntity[labels[j]])))
            {
                labels[start] = personBegin;
                added[start] = true;
                for (int k = start + 1; k < j; k++)
                {
                    labels[k] = personInside;
                    added[k] = true;
                }

                // The model's own person right after the unseen first name is the rest of the same name (أفيف | كوخافي).
                if (j < tokens.Length && labels[j] == personBegin)
                {
                    labels[j] = personInside;
                }
            }
        }
    }

    // The later words of a multi-word person title (المتحدث باسم، ولي العهد، الأمين العام) are not the start of a name,
    // although some are also given names (باسم "in the name of", and Basem): a person span the model starts on one
    // starts on the next word instead.
    private void DropTitleWordsFromPeople(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        const ulong titleInside = (ulong)GazetteerCategory.PersonTitle << NerLexicon.InsideShift;
        for (int i = 1; i < tokens.Length; i++)
        {
            if (labels[i] == _personBegin && (tokens[i].Gazetteer & titleInside) != 0)
            {
                labels[i] = 0;
                if (i + 1 < tokens.Length && labels[i + 1] == _personInside)
                {
                    labels[i + 1] = _personBegin;
                }
            }
        }
    }

    // A person does not end on a name link (فاطمة بنت | أسد، عبدالرحمن بن | ملجم، جان مارك دو | لا سابليير) and takes in a
    // regnal ordinal after it (الحسن | الثاني، الفونسو الثالث | عشر): the span goes on over such words and the word after
    // each link, as ANERcorp annotates them (after a person, an ordinal is inside the name 33 times of 39 in train.txt).
    private void CompletePeople(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        if (_personBegin < 0 || _personInside < 0)
        {
            return;
        }

        for (int i = 1; i < tokens.Length; i++)
        {
            if (labels[i] != 0 || (labels[i - 1] != _personBegin && labels[i - 1] != _personInside) || !IsNamePart(tokens[i]))
            {
                continue;
            }

            bool afterLink = MinedCandidateFilter.NameLinks.Contains(tokens[i - 1].Form);
            bool ordinal = MinedCandidateFilter.Ordinals.Contains(tokens[i].Form);
            if (afterLink || ordinal)
            {
                labels[i] = _personInside;
            }
        }
    }

    private static bool IsNamePart(NerToken token) => token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord;

    // Two people joined by the conjunction (بوش ورايس، شافيز ولوكاشنكو) are two names, and a person is not continued by
    // the conjunction and an ordinary word (علي ورجاله): a word inside a person span that is و + a known name starts a new
    // person, and و + a frequent word that is no name ends the person. Words that are names with their و (وليد، وائل)
    // and the link ولد are left alone.
    private void SplitCoordinatedPeople(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        for (int i = 1; i < tokens.Length; i++)
        {
            string form = tokens[i].Form;
            if (labels[i] != _personInside || tokens[i].Kind != TokenKind.ArabicWord || form.Length < 4 || form[0] != 'و'
                || _lexicon.IsKnownName(form) || MinedCandidateFilter.NameLinks.Contains(form))
            {
                continue;
            }

            ReadOnlySpan<char> rest = form.AsSpan(1);
            if (_lexicon.IsKnownName(rest))
            {
                labels[i] = _personBegin;
            }
            else if (_lexicon.IsFrequentWord(rest) && !_lexicon.IsFrequentWord(form))
            {
                labels[i] = 0;
                if (i + 1 < tokens.Length && labels[i + 1] == _personInside)
                {
                    labels[i + 1] = _personBegin;
                }
            }
        }
    }

    // A person the model starts right after another one is the rest of the same name when nothing says it is a second
    // person: after a name link (سعد بن أبي | وقاص), or when the word has no attached particle and no title word is
    // involved (علي بن أبي طالب | الهاشمي القرشي). In train.txt a person follows a person directly 174 times, 149 of them
    // with the conjunction (بوش وبلير), which stays a start here; so do ل/ب + word (توفيق الحكيم | للوسي يعقوب) and a
    // person after a title word (زوجة د. | ليوناردو).
    private void JoinAdjacentPeople(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        const ulong title = (ulong)GazetteerCategory.PersonTitle;
        const ulong anyTitle = title | (title << NerLexicon.InsideShift) | (title << NerLexicon.SingleShift);
        for (int i = 1; i < tokens.Length; i++)
        {
            if (labels[i] != _personBegin || (labels[i - 1] != _personBegin && labels[i - 1] != _personInside) || !IsNamePart(tokens[i]))
            {
                continue;
            }

            bool join = MinedCandidateFilter.NameLinks.Contains(tokens[i - 1].Form);
            string form = tokens[i].Form;
            if (!join && tokens[i].Kind == TokenKind.ArabicWord && form[0] != 'و' && !form.StartsWith("لل", StringComparison.Ordinal)
                && !HasKnownParticleReading(form))
            {
                join = true;
                for (int k = i - 1; k >= 0 && join && (labels[k] == _personBegin || labels[k] == _personInside || k == i - 1); k--)
                {
                    join = (tokens[k].Gazetteer & anyTitle) == 0;
                    if (labels[k] == _personBegin)
                    {
                        break;
                    }
                }

                join &= i + 1 >= tokens.Length || (tokens[i + 1].Gazetteer & anyTitle) == 0;
            }

            if (join)
            {
                labels[i] = _personInside;
            }
        }
    }

    // A word written with the article when the rest is long enough to be a stem (الرباط), not a word that merely starts
    // with the letters (ألون, folded to الون by the normalizer).
    private static bool IsDefinite(string form) =>
        form.Length - 2 >= LightStemmer.MinimumStem && form.StartsWith("ال", StringComparison.Ordinal);

    // Latin-script names in Arabic text (موقع Axios، مجموعة "NSO"، (Corinna Kern/Reuters), زيورخ Zürich), which ANERcorp
    // barely shows the model (a few dozen Latin tokens): in a sentence that is mostly Arabic, a run of capitalized Latin
    // words the model left out, that is no part of a lowercase phrase (Nwe moon) and does not start with a function word
    // (My Search History), becomes a name when something says what it names: the gazetteer (Reuters, TRT); the name it
    // glosses (زيورخ Zürich، ألبرت أينشتاين ( Albert Einstein )); an organization head before it (past an opening quote or
    // parenthesis), or an institution word in it (Aston University, Promethean Technologies Group); a person title
    // before it, or a photo credit (Corinna Kern/Reuters). Capitalized runs with no such cue are left alone: in
    // Wikipedia's technical articles they are mostly glosses of terms (Light Water Reactors) and products (UNIX, GNU).
    private void AddLatinNames(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<bool> added)
    {
        const ulong organizationHead = (ulong)GazetteerCategory.OrganizationHead;
        const ulong title = (ulong)GazetteerCategory.PersonTitle;
        if (_personBegin < 0 || _personInside < 0 || _organizationBegin < 0 || _organizationInside < 0 || _locationBegin < 0 || _locationInside < 0)
        {
            return;
        }

        int arabic = 0;
        int latin = 0;
        foreach (NerToken token in tokens)
        {
            arabic += token.Kind == TokenKind.ArabicWord ? 1 : 0;
            latin += token.Kind == TokenKind.LatinWord ? 1 : 0;
        }

        if (latin == 0 || latin >= arabic)
        {
            return;
        }

        // A photo credit names its photographer before the agency, (Corinna Kern/Reuters), whatever the model made of it.
        for (int slash = 2; slash + 1 < tokens.Length; slash++)
        {
            if (tokens[slash].Form != "/" || (tokens[slash + 1].Gazetteer & NerLexicon.AnyBit(GazetteerCategory.Organization)) == 0)
            {
                continue;
            }

            int start = slash;
            while (start > 0 && slash - start < 4 && IsCapitalizedLatin(tokens[start - 1]))
            {
                start--;
            }

            if (slash - start >= 2 && (start == 0 || tokens[start - 1].Kind != TokenKind.LatinWord) && (slash + 2 >= tokens.Length || labels[slash + 2] == 0 || _beginsEntity[labels[slash + 2]]))
            {
                for (int k = start; k < slash; k++)
                {
                    added[k] |= labels[k] == 0;
                    labels[k] = k == start ? _personBegin : _personInside;
                }
            }
        }

        for (int i = 0; i < tokens.Length; i++)
        {
            if (labels[i] != 0 || !IsCapitalizedLatin(tokens[i]) || (i > 0 && tokens[i - 1].Kind == TokenKind.LatinWord))
            {
                continue;
            }

            int end = i + 1;
            while (end < tokens.Length && labels[end] == 0)
            {
                if (IsCapitalizedLatin(tokens[end]) || IsRomanNumeral(tokens[end]))
                {
                    end++;
                }
                else if (end + 1 < tokens.Length && labels[end + 1] == 0 && IsLatinConnector(tokens[end]) && IsCapitalizedLatin(tokens[end + 1]))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            int first = i;
            i = end - 1;
            if ((end < tokens.Length && tokens[end].Kind == TokenKind.LatinWord) || LatinFunctionWords.Contains(tokens[first].Form))
            {
                continue; // part of a Latin phrase, not a name
            }

            int before = first - 1;
            bool parenthesized = before >= 0 && tokens[before].Form == "(";
            if (before >= 0 && (ClosingQuote(tokens[before]) != '\0' || parenthesized))
            {
                before--;
            }

            ulong bits = tokens[first].Gazetteer;
            ulong cue = before >= 0 ? tokens[before].Gazetteer : 0;
            // A gloss follows its name directly or alone in parentheses: زيورخ Zürich، أينشتاين ( Albert Einstein ).
            bool gloss = before == first - 1 || (parenthesized && end < tokens.Length && tokens[end].Form == ")");
            int glossed = gloss && before >= 0 && labels[before] != 0 ? labels[before] : 0;
            bool acronym = true;
            bool institution = false;
            for (int k = first; k < end; k++)
            {
                acronym &= IsAcronym(tokens[k].Form);
                institution |= LatinInstitutionWords.Contains(tokens[k].Form);
            }

            EntityType? type =
                (bits & NerLexicon.AnyBit(GazetteerCategory.Organization)) != 0 ? EntityType.Organization
                : (bits & NerLexicon.AnyBit(Places)) != 0 ? EntityType.Location
                : glossed != 0 ? _typeOfLabel[glossed]
                : (cue & ((organizationHead << NerLexicon.SingleShift) | (organizationHead << NerLexicon.InsideShift))) != 0 || (institution && end - first > 1) ? EntityType.Organization
                : !acronym && (cue & ((title << NerLexicon.SingleShift) | (title << NerLexicon.InsideShift))) != 0 ? EntityType.Person
                : null;
            (int begin, int inside) = type switch
            {
                EntityType.Person => (_personBegin, _personInside),
                EntityType.Location => (_locationBegin, _locationInside),
                EntityType.Organization => (_organizationBegin, _organizationInside),
                EntityType.Misc => (_miscBegin, _miscInside),
                _ => (-1, -1),
            };
            if (begin < 0 || inside < 0)
            {
                continue;
            }

            for (int k = first; k < end; k++)
            {
                labels[k] = k == first ? begin : inside;
                added[k] = true;
            }
        }
    }

    private static bool IsCapitalizedLatin(NerToken token) =>
        token.Kind == TokenKind.LatinWord && token.Form.Length > 1 && char.IsUpper(token.Form[0]) && !token.Form.AsSpan().ContainsAny(Digits);

    private static bool IsRomanNumeral(NerToken token) =>
        token.Kind == TokenKind.LatinWord && token.Form is "I" or "II" or "III" or "IV" or "V" or "VI" or "VII" or "VIII" or "IX" or "X";

    private static bool IsLatinConnector(NerToken token) =>
        token.Kind == TokenKind.LatinWord && token.Form is "of" or "de" or "the" or "for" or "and" or "al" or "el" or "von" or "van" or "du" or "da" or "di";

    private static bool IsAcronym(string form)
    {
        int letters = 0;
        foreach (char c in form)
        {
            if (char.IsLower(c) || c == '.')
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    // A place name right after a place cue (ساحل الداخلة، بإقليم الصحراء، مدينة العيون) is a place even where the model,
    // which knows the word mostly as an ordinary one (الداخلة "the inner"), left it out: a one-word or multi-word gazetteer
    // place, or an ambiguous place (a place only in this position), that the model labelled O.
    private void AddCuedPlaces(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<bool> added)
    {
        const ulong places = (ulong)(Places | GazetteerCategory.AmbiguousPlace);
        const ulong cue = (ulong)GazetteerCategory.LocationCue;
        if (_locationBegin < 0 || _locationInside < 0)
        {
            return;
        }

        for (int i = 1; i < tokens.Length; i++)
        {
            // The cue is a word of its own (ساحل، بإقليم) or the last word of a multi-word cue (شبه جزيرة).
            bool cued = (tokens[i - 1].Gazetteer & ((cue << NerLexicon.SingleShift) | (cue << NerLexicon.InsideShift))) != 0;
            if (!cued || labels[i] != 0 || tokens[i].Kind != TokenKind.ArabicWord || (tokens[i].Gazetteer & (places | (places << NerLexicon.SingleShift))) == 0)
            {
                continue;
            }

            labels[i] = _locationBegin;
            added[i] = true;
            int j = i + 1;
            while (j < tokens.Length && labels[j] == 0 && (tokens[j].Gazetteer & (places << NerLexicon.InsideShift)) != 0 && (tokens[j].Gazetteer & places) == 0)
            {
                labels[j] = _locationInside;
                added[j] = true;
                j++;
            }

            i = j - 1;
        }
    }

    // A multi-word place the gazetteer knows is one place even where the model split it (وسلطنة | عمان): a place span that
    // starts a multi-word gazetteer place takes in the place spans that begin on the following words of the match.
    private void JoinGazetteerPlaces(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        const ulong places = (ulong)Places;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            if ((labels[i] != _locationBegin && labels[i] != _locationInside) || (tokens[i].Gazetteer & places) == 0)
            {
                continue;
            }

            for (int j = i + 1; j < tokens.Length && (tokens[j].Gazetteer & (places << NerLexicon.InsideShift)) != 0 && (labels[j] == _locationBegin || labels[j] == _locationInside); j++)
            {
                labels[j] = _locationInside;
                i = j;
            }
        }
    }

    // A quoted name right after an organization head is an organization (صحيفة "معاريف"، شركة "راتيو بيتروليوم"), and right
    // after a title cue a MISC name (برنامج «حوار من القلب»، رواية «أولاد حارتنا»), as ANERcorp annotates them: one to six
    // words between matching quotes become one span of that type, unless the model already made them exactly one span
    // of that type.
    private void AddQuotedNames(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<bool> added)
    {
        const ulong organizationHead = (ulong)GazetteerCategory.OrganizationHead;
        const ulong titleCue = (ulong)GazetteerCategory.TitleCue;
        const int longest = 6;
        for (int i = 0; i + 3 < tokens.Length; i++)
        {
            ulong bits = tokens[i].Gazetteer;
            bool organization = (bits & ((organizationHead << NerLexicon.SingleShift) | (organizationHead << NerLexicon.InsideShift))) != 0;
            bool title = (bits & ((titleCue << NerLexicon.SingleShift) | (titleCue << NerLexicon.InsideShift))) != 0;
            char close = ClosingQuote(tokens[i + 1]);
            if ((!organization && !title) || close == '\0')
            {
                continue;
            }

            int end = i + 2;
            while (end < tokens.Length && end - (i + 2) <= longest && IsNameWord(tokens[end]))
            {
                end++;
            }

            int count = end - (i + 2);
            if (count == 0 || count > longest || end >= tokens.Length || tokens[end].Kind != TokenKind.Punctuation || tokens[end].Form[0] != close)
            {
                continue;
            }

            int begin = title ? _miscBegin : _organizationBegin;
            int inside = title ? _miscInside : _organizationInside;
            if (begin < 0 || inside < 0 || IsOneSpan(labels, i + 2, end, begin, inside))
            {
                continue;
            }

            for (int k = i + 2; k < end; k++)
            {
                added[k] |= labels[k] == 0;
                labels[k] = k == i + 2 ? begin : inside;
            }

            i = end;
        }
    }

    // A quoted organization name goes on to its closing quote ("الجبهة المغربية لدعم فلسطين وضد التطبيع"): an organization
    // the model starts right after an opening quote and ends a few words before the closing one takes those words in,
    // places among them included (لدعم فلسطين), when no person or other organization lies between.
    private void ExtendQuotedOrganizations(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<bool> added)
    {
        const int longest = 5;
        if (_organizationBegin < 0 || _organizationInside < 0)
        {
            return;
        }

        for (int i = 0; i + 2 < tokens.Length; i++)
        {
            char close = ClosingQuote(tokens[i]);
            if (close == '\0' || labels[i + 1] != _organizationBegin)
            {
                continue;
            }

            int end = i + 2;
            while (end < tokens.Length && labels[end] == _organizationInside)
            {
                end++;
            }

            int stop = end;
            while (stop < tokens.Length && stop - end <= longest && IsNameWord(tokens[stop])
                && (labels[stop] == 0 || labels[stop] == _locationBegin || labels[stop] == _locationInside))
            {
                stop++;
            }

            if (stop == end || stop - end > longest || stop >= tokens.Length || tokens[stop].Kind != TokenKind.Punctuation || tokens[stop].Form[0] != close)
            {
                continue;
            }

            for (int k = end; k < stop; k++)
            {
                added[k] |= labels[k] == 0;
                labels[k] = _organizationInside;
            }

            i = stop;
        }
    }

    private static bool IsNameWord(NerToken token) => token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.OtherWord or TokenKind.Number;

    // The quote that closes the one a token opens, or '\0' when the token is no opening quote.
    private static char ClosingQuote(NerToken token) => token.Kind != TokenKind.Punctuation || token.Form.Length != 1 ? '\0' : token.Form[0] switch
    {
        '«' => '»',
        '"' => '"',
        '“' => '”',
        _ => '\0',
    };

    private static bool IsOneSpan(ReadOnlySpan<int> labels, int first, int end, int begin, int inside)
    {
        if (labels[first] != begin || (end < labels.Length && labels[end] == inside))
        {
            return false;
        }

        for (int k = first + 1; k < end; k++)
        {
            if (labels[k] != inside)
            {
                return false;
            }
        }

        return true;
    }

    // A name does not end with a definite and an indefinite word written together (كوخافي القذرضيفا: القذر + ضيفا, an
    // editorial insult glued to the next word): such a last word of a multi-word span is left out of it.
    private void DropGluedTails(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        for (int i = 1; i < tokens.Length; i++)
        {
            bool endsSpan = labels[i] != 0 && !_beginsEntity[labels[i]] && (i + 1 == tokens.Length || labels[i + 1] == 0 || _beginsEntity[labels[i + 1]]);
            if (endsSpan && IsGluedPair(tokens[i]))
            {
                labels[i] = 0;
            }
        }
    }

    // An Arabic word outside the news vocabulary that splits into a definite frequent word and an indefinite one, each of
    // at least three letters after the article.
    private bool IsGluedPair(NerToken token)
    {
        const int minimumPart = 3;
        if (token.Kind != TokenKind.ArabicWord || token.Cluster is not null || token.Form.Length < 2 * minimumPart)
        {
            return false;
        }

        // The first word is definite and the second is not: compound names glue the other way (عبدالرحمن، نورالدين).
        ReadOnlySpan<char> form = token.Form;
        if (!form.StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }

        for (int cut = minimumPart + 2; cut <= form.Length - minimumPart; cut++)
        {
            if (!form[cut..].StartsWith("ال", StringComparison.Ordinal) && _lexicon.IsFrequentWord(form[..cut]) && _lexicon.IsFrequentWord(form[cut..]))
            {
                return true;
            }
        }

        return false;
    }

    // بزيارة is ب + a frequent word. Words starting with ك are left alone: the simile particle is rare in news and many
    // foreign names start with the letter (كوخافي، كوشنر، كيري).
    private bool HasKnownParticleReading(string form)
    {
        int particles = LightStemmer.AttachedParticleLength(form);
        return particles > 0 && form[particles - 1] != 'ك' && _lexicon.IsFrequentWord(form.AsSpan(particles));
    }

    // One article names a person in full once and by the surname afterwards; a surname the model typed as something else
    // there (فايتسمان as an organization) is the same person. Only one-word spans change, and only for words the gazetteer
    // does not list as a place or an organization (واشنطن stays a place after جورج واشنطن).
    private static void MakeSurnamesConsistent(IReadOnlyList<Token> tokens, ulong[] gazetteer, List<NameSpan> spans)
    {
        HashSet<string>? surnames = null;
        foreach (NameSpan span in spans)
        {
            if (span.Type == EntityType.Person && span.End - span.First > 1 && tokens[span.End - 1].Kind == TokenKind.ArabicWord)
            {
                (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[span.End - 1].NormalizedText);
            }
        }

        if (surnames is null)
        {
            return;
        }

        for (int k = 0; k < spans.Count; k++)
        {
            NameSpan span = spans[k];
            if (span.Type != EntityType.Person && span.End - span.First == 1 && (PlaceOrOrganizationBits & gazetteer[span.First]) == 0
                && SurnameOf(tokens[span.First].NormalizedText, surnames))
            {
                spans[k] = span with { Type = EntityType.Person };
            }
        }
    }

    private static bool SurnameOf(string form, HashSet<string> surnames) =>
        surnames.Contains(form) || (LightStemmer.TryStripAttachedParticles(form, out ReadOnlySpan<char> rest) && surnames.Contains(rest.ToString()));

    // A double-barrelled name written with a hyphen and no spaces (بروس مادي-فايتسمان) is one person: a person of two or
    // more words followed by a tight hyphen and a one-word name that is not a place or an organization takes that word in
    // (a pairing such as نتنياهو-غانتس has a one-word name before the hyphen and stays two people); and a one-word person
    // after a tight hyphen takes in the word before it when that word is part of a person the article names (أوضحت
    // مادي-فايتسمان, after بروس مادي-فايتسمان).
    private static void JoinHyphenatedNames(IReadOnlyList<Token> tokens, ulong[] gazetteer, List<NameSpan> spans)
    {
        HashSet<string>? personWords = null;
        for (int k = 0; k < spans.Count; k++)
        {
            NameSpan span = spans[k];
            int hyphen = span.First - 1;
            if (span.End - span.First != 1 || !IsTightHyphen(tokens, hyphen))
            {
                continue;
            }

            NameSpan before = k > 0 ? spans[k - 1] : default;
            if (k > 0 && before.End == hyphen && before.Type == EntityType.Person && before.End - before.First > 1
                && (span.Type == EntityType.Person || (PlaceOrOrganizationBits & gazetteer[span.First]) == 0))
            {
                spans[k - 1] = before with { End = span.End, Confidence = Math.Min(before.Confidence, span.Confidence) };
                spans.RemoveAt(k);
                k--;
                continue;
            }

            if (span.Type != EntityType.Person || (k > 0 && before.End >= hyphen))
            {
                continue;
            }

            if (personWords is null)
            {
                personWords = new HashSet<string>(StringComparer.Ordinal);
                foreach (NameSpan person in spans)
                {
                    for (int t = person.First; person.Type == EntityType.Person && person.End - person.First > 1 && t < person.End; t++)
                    {
                        personWords.Add(tokens[t].NormalizedText);
                    }
                }
            }

            if (personWords.Contains(tokens[hyphen - 1].NormalizedText))
            {
                spans[k] = span with { First = hyphen - 1 };
            }
        }
    }

    // A surname that starts with و can be read as "and" + a name (بروس مادي | وايتسمان). When the same article also names it
    // alone, with its و, as a person (ويرى وايتسمان أنّ), the و belongs to the name, and the person right before it is the
    // rest of the same name. A coordinated name (بوش | وبلير) is named alone without its و (وقال بلير) and stays apart.
    private static void JoinSurnamesReadAsConjoined(IReadOnlyList<Token> tokens, List<NameSpan> spans)
    {
        HashSet<string>? alone = null;
        for (int k = 0; k < spans.Count; k++)
        {
            NameSpan span = spans[k];
            bool adjacentToPerson = k > 0 && spans[k - 1].Type == EntityType.Person && spans[k - 1].End == span.First;
            if (span.Type == EntityType.Person && span.End - span.First == 1 && !adjacentToPerson && StartsWithConjunction(tokens[span.First]))
            {
                (alone ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[span.First].NormalizedText);
            }
        }

        for (int k = spans.Count - 1; alone is not null && k > 0; k--)
        {
            NameSpan span = spans[k];
            NameSpan before = spans[k - 1];
            if (span.Type == EntityType.Person && before.Type == EntityType.Person && before.End == span.First && span.End - span.First == 1
                && StartsWithConjunction(tokens[span.First]) && alone.Contains(tokens[span.First].NormalizedText))
            {
                spans[k - 1] = before with { End = span.End, Confidence = Math.Min(before.Confidence, span.Confidence) };
                spans.RemoveAt(k);
            }
        }
    }

    private static bool StartsWithConjunction(Token token) =>
        token.Kind == TokenKind.ArabicWord && token.NormalizedText.Length > 3 && token.NormalizedText[0] == 'و';

    // Token `index` is a hyphen written between two words without spaces.
    private static bool IsTightHyphen(IReadOnlyList<Token> tokens, int index) =>
        index > 0 && index + 1 < tokens.Count && tokens[index].Kind == TokenKind.Punctuation
        && tokens[index].Text is "-" or "‐" or "‑" && tokens[index - 1].IsWord
        && tokens[index - 1].Span.End == tokens[index].Span.Start && tokens[index].Span.End == tokens[index + 1].Span.Start;

    private Entity CreateEntity(AnalyzedDocument document, int first, int end, EntityType type, float confidence)
    {
        IReadOnlyList<Token> tokens = document.Tokens.Tokens;
        Token head = tokens[first];
        int originalStart = head.Start;
        // A multi-word name the gazetteer knows tells where it starts (وتل أبيب → تل أبيب, though تل alone is too short).
        int skip = end - first > 1 ? _lexicon.NameProcliticLength(document.Tokens, first, end) : 0;
        if (skip == 0)
        {
            skip = ProcliticsToTrim(head.NormalizedText, head.Kind);
        }

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

        ReadOnlySpan<char> rest = form.AsSpan(particles);
        if (rest.StartsWith("ال", StringComparison.Ordinal))
        {
            return particles;
        }

        if (form[particles - 1] == 'ل' && rest.StartsWith("ل", StringComparison.Ordinal) && particles >= 1)
        {
            return particles + 1; // لل: the preposition and the elided article
        }

        // A lone ك (the simile particle) is rare before names and many foreign names start with the letter (كوخافي).
        if (particles == 1 && form[0] == 'ك')
        {
            return 0;
        }

        // وإسرائيل، ومنظمة، لرويترز: strip when the rest is a known name or a frequent word, unless the whole word is
        // itself a known name (وليد، بكين keep their first letter).
        // A frequent word counts only from four letters on (بيني is not ب + يني).
        bool restKnown = _lexicon.IsKnownName(rest) || (rest.Length >= 4 && _lexicon.IsFrequentWord(rest));
        return restKnown && !_lexicon.IsKnownName(form) ? particles : 0;
    }

    // A name found in one sentence: tokens [First, End) of the document, its type and confidence.
    private readonly record struct NameSpan(int First, int End, EntityType Type, float Confidence);

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
            return new NamedEntityRecognizer(model, NerLexicon.For(model.Features));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidOperationException($"The embedded named-entity model '{ModelResource}' is unreadable: {e.Message}", e);
        }
    }
}
