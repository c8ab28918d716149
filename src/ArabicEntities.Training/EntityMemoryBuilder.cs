using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using ArabicEntities.NamedEntities;
using ArabicEntities.Recognition;
using ArabicEntities.Text;

namespace ArabicEntities.Training;

/// <summary>
/// Builds <see cref="EntityMemory"/>: labels a sample of the unlabeled news with a first-pass model and counts, per word,
/// how often it was labelled each entity type. For the training sentences the memory comes from models trained without
/// their fold (jackknife), so that a training word's memory reflects what the news says about it, not that the model
/// memorised it; dev, test and run-time text get the memory of the model trained on all the training data.
/// </summary>
internal static class EntityMemoryBuilder
{
    private static readonly string[] Corpora = ["ant_multisource", "saudinewsnet", "ant_jawharafm"];

    /// <summary>What one jackknifed memory build produced.</summary>
    /// <param name="Train">The training sentences with fold-wise memory codes.</param>
    /// <param name="Lexicon">The lexicon with the memory of the model trained on all the training data.</param>
    /// <param name="Counts">The counts behind that memory (what the embedded resource stores).</param>
    /// <param name="Provenance">A description of how it was built.</param>
    public sealed record Result(NerDataset Train, NerLexicon Lexicon, Dictionary<string, int[]> Counts, string Provenance);

    /// <summary>Runs the jackknife: <paramref name="folds"/> fold models and one full model, each labelling the news sample.</summary>
    public static Result Build(NerDataset train, NerLexicon baseLexicon, NerTrainingSettings baseSettings, int folds, int tokensPerCorpus, TextWriter log, bool byArticle = false)
    {
        var watch = Stopwatch.StartNew();
        List<NerToken[]> news = LoadNews(baseLexicon, tokensPerCorpus, out List<int> articleStarts);
        List<int>? articles = byArticle ? articleStarts : null;
        long newsTokens = news.Sum(s => (long)s.Length);
        log.WriteLine($"  entity memory: {news.Count:N0} news sentences, {newsTokens:N0} tokens ({watch.Elapsed.TotalSeconds:F0} s)");

        var foldLexicons = new NerLexicon[folds];
        int count = train.Sentences.Count;
        for (int k = 0; k < folds; k++)
        {
            int fold = k;
            NerDataset rest = train.Subset(s => FoldOf(s, count, folds) != fold);
            NerModel model = NerTrainer.TrainLinear(rest, baseSettings, TextWriter.Null);
            Dictionary<string, int[]> counts = Count(model, baseLexicon, news, articles);
            foldLexicons[k] = baseLexicon.WithMemory(EntityMemory.FromCounts(counts, string.Empty));
            log.WriteLine($"  entity memory: fold {k + 1}/{folds} labelled ({watch.Elapsed.TotalSeconds:F0} s)");
        }

        NerModel full = NerTrainer.TrainLinear(train, baseSettings, TextWriter.Null);
        Dictionary<string, int[]> fullCounts = Count(full, baseLexicon, news, articles);
        string provenance = string.Create(
            CultureInfo.InvariantCulture,
            $"ArabicEntities entity memory, written by the training tool's `train` verb (src/ArabicEntities.Training/EntityMemoryBuilder.cs): a first-pass model ({baseSettings.Trainer}, features {baseSettings.Features}, {train.TokenCount} ANERcorp training tokens) labelled {newsTokens} tokens of the news corpora {string.Join(",", Corpora)} in ../shared/data/corpora (licenses: docs/data-provenance.md), at most {tokensPerCorpus} tokens from the start of each.\ncolumns: normalized word (also without its attached particles) TAB occurrences TAB labelled PERS TAB LOC TAB ORG TAB MISC; words seen fewer than {EntityMemory.MinimumCount} times or never labelled are left out.");
        var memory = EntityMemory.FromCounts(fullCounts, provenance);
        log.WriteLine($"  entity memory: {memory.Count:N0} words remembered ({watch.Elapsed.TotalSeconds:F0} s)");
        NerDataset described = train.WithMemory(s => foldLexicons[FoldOf(s, count, folds)]);
        return new Result(described, baseLexicon.WithMemory(memory), fullCounts, provenance);
    }

    /// <summary>Writes the counts as the embedded resource (gzip).</summary>
    public static void Write(string path, Result result)
    {
        using StreamWriter writer = ResourceWriter.Create(path);
        EntityMemory.Write(writer, result.Counts, result.Provenance);
    }

    // Contiguous folds: sentences of one article stay together, so a fold's names are unseen by its model.
    private static int FoldOf(int sentence, int count, int folds) => (int)((long)sentence * folds / count);

    /// <summary>
    /// Labels every sentence and counts each word's occurrences and entity labels (under the word and its particle-less
    /// form); with <paramref name="articleStarts"/> (the first sentence of each news line), each line is read as one
    /// article, as <see cref="NamedEntityRecognizer.Recognize"/> reads a document (the name spreading included).
    /// </summary>
    private static Dictionary<string, int[]> Count(NerModel model, NerLexicon lexicon, List<NerToken[]> news, List<int>? articleStarts)
    {
        var recognizer = new NamedEntityRecognizer(model, lexicon);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        if (articleStarts is not null)
        {
            for (int a = 0; a < articleStarts.Count; a++)
            {
                int first = articleStarts[a];
                int end = a + 1 < articleStarts.Count ? articleStarts[a + 1] : news.Count;
                if (end == first)
                {
                    continue;
                }

                List<NerToken[]> article = news.GetRange(first, end - first);
                var spans = recognizer.DocumentSpans(article);
                for (int k = 0; k < article.Count; k++)
                {
                    var types = new int[article[k].Length];
                    Array.Fill(types, -1);
                    foreach ((int start, int stop, EntityType type, _) in spans[k])
                    {
                        types.AsSpan(start, stop - start).Fill(Array.IndexOf(EntityMemory.Types, SpanOutcome.TypeName(type)));
                    }

                    BumpSentence(counts, article[k], types);
                }
            }

            return counts;
        }

        int[] typeOfLabel = [.. model.Labels.Select(label => label.Length > 2 ? Array.IndexOf(EntityMemory.Types, label[2..]) : -1)];
        foreach (NerToken[] sentence in news)
        {
            var labels = new int[sentence.Length];
            var logProbabilities = new float[sentence.Length];
            recognizer.Label(sentence, labels, logProbabilities);
            for (int i = 0; i < labels.Length; i++)
            {
                labels[i] = typeOfLabel[labels[i]];
            }

            BumpSentence(counts, sentence, labels);
        }

        return counts;
    }

    private static void BumpSentence(Dictionary<string, int[]> counts, NerToken[] sentence, int[] types)
    {
        for (int i = 0; i < sentence.Length; i++)
        {
            NerToken token = sentence[i];
            if (token.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord))
            {
                continue;
            }

            Bump(counts, token.Form, types[i]);
            if (token.Kind == TokenKind.ArabicWord && LightStemmer.TryStripAttachedParticles(token.Form, out ReadOnlySpan<char> rest))
            {
                Bump(counts, rest.ToString(), types[i]);
            }
        }
    }

    private static void Bump(Dictionary<string, int[]> counts, string word, int type)
    {
        if (!counts.TryGetValue(word, out int[]? c))
        {
            c = new int[EntityMemory.Types.Length + 1];
            counts[word] = c;
        }

        c[0]++;
        if (type >= 0)
        {
            c[type + 1]++;
        }
    }

    // The first tokensPerCorpus tokens of each corpus, split into sentences and described like run-time text.
    private static List<NerToken[]> LoadNews(NerLexicon lexicon, int tokensPerCorpus, out List<int> lineStarts)
    {
        var sentences = new List<NerToken[]>();
        lineStarts = [];
        foreach (string name in Corpora)
        {
            long taken = 0;
            using FileStream file = File.OpenRead(TrainingPaths.Data("corpora", name, name + ".txt.gz"));
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            while (taken < tokensPerCorpus && reader.ReadLine() is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                TokenizedText text = ArabicTokenizer.Default.Tokenize(line);
                lineStarts.Add(sentences.Count);
                var bits = new ulong[text.Tokens.Count];
                lexicon.Annotate(text, bits);
                foreach (Sentence sentence in SentenceSplitter.Default.Split(text))
                {
                    var tokens = new NerToken[sentence.TokenCount];
                    for (int i = 0; i < tokens.Length; i++)
                    {
                        Token token = text.Tokens[sentence.FirstToken + i];
                        tokens[i] = lexicon.Describe(token.NormalizedText, token.Kind, bits[sentence.FirstToken + i]);
                    }

                    if (tokens.Length > 0)
                    {
                        sentences.Add(tokens);
                        taken += tokens.Length;
                    }
                }
            }
        }

        return sentences;
    }
}
