using System.Diagnostics;
using System.Globalization;

namespace ArabicEntities.Training;

/// <summary>
/// The <c>embeddings</c> verb: learns skip-gram word vectors from the unlabeled news corpora in
/// <c>../shared/data/corpora</c> (<see cref="SkipGramTrainer"/>), clusters them twice with spherical k-means (a coarse
/// and a fine partition, <see cref="SphericalKMeans"/>) and writes
/// <c>src/ArabicEntities/Clusters/embedding-clusters.tsv.gz</c> (<c>word TAB coarse TAB fine</c>). The vectors see a
/// ±5-word window, so their clusters group words by topic and role where the Brown-style clusters of the
/// <c>clusters</c> verb group them by the word just before.
/// </summary>
internal sealed class EmbeddingClusterCommand : ITrainingCommand
{
    /// <inheritdoc/>
    public string Name => "embeddings";

    /// <inheritdoc/>
    public string Description => "learn skip-gram word vectors from ../shared/data/corpora and cluster them (k-means) into the library's embedded resource";

    /// <inheritdoc/>
    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        Settings settings;
        try
        {
            settings = Settings.Parse(arguments);
        }
        catch (FormatException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine("usage: embeddings [--dimension 100] [--window 5] [--negatives 5] [--sample 0.0001] [--epochs 3] [--learning-rate 0.025] [--coarse 256] [--fine 2048] [--min-count 5] [--vocabulary 150000] [--seed 1] [--threads 2] [--corpora a,b,c] [--max-lines-per-corpus N] [--output PATH]");
            return 2;
        }

        Stopwatch clock = Stopwatch.StartNew();
        CorpusStream[] streams = CorpusStream.ReadAll(settings.Corpora, settings.MaxLinesPerCorpus, settings.Threads);
        (string[] vocabulary, HashSet<string> wordForms) = CorpusStream.Vocabulary(streams, settings.MinCount, settings.Vocabulary);
        int v = vocabulary.Length;
        Dictionary<string, int> index = new(StringComparer.Ordinal);
        for (int i = 0; i < v; i++)
        {
            index[vocabulary[i]] = i;
        }

        // One stream of vocabulary ids (forms outside the vocabulary dropped, as word2vec does), −1 between lines.
        List<int> corpus = new(streams.Sum(s => s.Length));
        long[] counts = new long[v];
        foreach (CorpusStream stream in streams)
        {
            int[] map = [.. stream.Forms.Select(form => index.TryGetValue(form, out int id) ? id : -2)];
            for (int i = 0; i < stream.Length; i++)
            {
                int local = stream.Ids[i];
                int global = local < 0 ? -1 : map[local];
                if (global >= 0)
                {
                    counts[global]++;
                }

                if (global != -2)
                {
                    corpus.Add(global);
                }
            }
        }

        output.WriteLine($"read {string.Join(", ", settings.Corpora)}: {corpus.Count:N0} ids, vocabulary {v:N0} forms (count ≥ {settings.MinCount}), {clock.Elapsed.TotalSeconds:F0} s");
        output.Flush();
        streams = [];

        SkipGramTrainer trainer = new(settings.Dimension, settings.Window, settings.Negatives, settings.Sample, settings.LearningRate, settings.Seed);
        float[] vectors = trainer.Train(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(corpus), counts, settings.Epochs, output);
        corpus = [];

        // Cluster the word forms only (punctuation and <num> shaped the vectors but get no class).
        int[] words = [.. Enumerable.Range(0, v).Where(i => wordForms.Contains(vocabulary[i]))];
        int d = settings.Dimension;
        float[] wordVectors = new float[words.Length * d];
        for (int i = 0; i < words.Length; i++)
        {
            vectors.AsSpan(words[i] * d, d).CopyTo(wordVectors.AsSpan(i * d, d));
        }

        vectors = [];
        int[] coarse = SphericalKMeans.Cluster(wordVectors, words.Length, d, settings.Coarse, settings.KMeansIterations, settings.Seed, settings.Threads, output);
        int[] fine = SphericalKMeans.Cluster(wordVectors, words.Length, d, settings.Fine, settings.KMeansIterations, settings.Seed, settings.Threads, output);
        output.WriteLine($"clustered {words.Length:N0} words, {clock.Elapsed.TotalSeconds:F0} s");

        List<(string Word, int Coarse, int Fine)> rows = [.. Enumerable.Range(0, words.Length).Select(i => (vocabulary[words[i]], coarse[i], fine[i]))];
        rows.Sort((a, b) => string.CompareOrdinal(a.Word, b.Word));
        string path = settings.Output ?? TrainingPaths.Repository("src", "ArabicEntities", "Clusters", "embedding-clusters.tsv.gz");
        using (StreamWriter writer = ResourceWriter.Create(path))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"# ArabicEntities embedding clusters (written by this project's `embeddings` verb: skip-gram with negative sampling, then spherical k-means) from the corpora {string.Join(",", settings.Corpora)} in ../shared/data/corpora (licenses: docs/data-provenance.md); dimension={d} window={settings.Window} negatives={settings.Negatives} sample={settings.Sample} epochs={settings.Epochs} coarse={settings.Coarse} fine={settings.Fine} min-count={settings.MinCount} vocabulary={v} seed={settings.Seed}; columns: normalized word TAB coarse class TAB fine class"));
            foreach ((string form, int c, int f) in rows)
            {
                writer.Write(form);
                writer.Write('\t');
                writer.Write(c.ToString(CultureInfo.InvariantCulture));
                writer.Write('\t');
                writer.WriteLine(f.ToString(CultureInfo.InvariantCulture));
            }
        }

        output.WriteLine($"wrote {rows.Count:N0} words to {path} ({new FileInfo(path).Length:N0} bytes), {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    private sealed record Settings(int Dimension, int Window, int Negatives, double Sample, int Epochs, float LearningRate, int Coarse, int Fine, int KMeansIterations, int MinCount, int Vocabulary, int Seed, int Threads, string[] Corpora, int MaxLinesPerCorpus, string? Output)
    {
        public static Settings Parse(IReadOnlyList<string> arguments)
        {
            Settings settings = new(100, 5, 5, 1e-4, 3, 0.025f, 256, 2048, 20, 5, 150_000, 1, 2, CorpusStream.DefaultCorpora, int.MaxValue, null);
            for (int i = 0; i < arguments.Count; i++)
            {
                string name = arguments[i];
                string value = i + 1 < arguments.Count ? arguments[++i] : throw new FormatException($"{name} needs a value");
                settings = name switch
                {
                    "--dimension" => settings with { Dimension = CommandArguments.Positive(name, value) },
                    "--window" => settings with { Window = CommandArguments.Positive(name, value) },
                    "--negatives" => settings with { Negatives = CommandArguments.Positive(name, value) },
                    "--sample" => settings with { Sample = Number(name, value) },
                    "--epochs" => settings with { Epochs = CommandArguments.Positive(name, value) },
                    "--learning-rate" => settings with { LearningRate = (float)Number(name, value) },
                    "--coarse" => settings with { Coarse = CommandArguments.Positive(name, value) },
                    "--fine" => settings with { Fine = CommandArguments.Positive(name, value) },
                    "--kmeans-iterations" => settings with { KMeansIterations = CommandArguments.Positive(name, value) },
                    "--min-count" => settings with { MinCount = CommandArguments.Positive(name, value) },
                    "--vocabulary" => settings with { Vocabulary = CommandArguments.Positive(name, value) },
                    "--seed" => settings with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--threads" => settings with { Threads = CommandArguments.Positive(name, value) },
                    "--corpora" => settings with { Corpora = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                    "--max-lines-per-corpus" => settings with { MaxLinesPerCorpus = CommandArguments.Positive(name, value) },
                    "--output" => settings with { Output = Path.GetFullPath(value) },
                    _ => throw new FormatException($"unknown option {name}"),
                };
            }

            return settings;
        }

        private static double Number(string name, string value) =>
            double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) && x >= 0 ? x : throw new FormatException($"{name} needs a non-negative number, not '{value}'");
    }
}
