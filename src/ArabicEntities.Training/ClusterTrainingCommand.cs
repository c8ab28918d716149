using System.Diagnostics;
using System.Globalization;
using ArabicEntities.Text;

namespace ArabicEntities.Training;

/// <summary>
/// The <c>clusters</c> verb: learns word clusters from the unlabeled news corpora in <c>../shared/data/corpora</c> with
/// the predictive exchange algorithm (<see cref="ExchangeClustering"/>), orders the classes into a binary hierarchy
/// (<see cref="ClassHierarchy"/>) and writes <c>src/ArabicEntities/Clusters/word-clusters.tsv.gz</c>
/// (<c>word TAB bit-path</c>, one line per normalized word form).
/// </summary>
internal sealed class ClusterTrainingCommand : ITrainingCommand
{
    /// <inheritdoc/>
    public string Name => "clusters";

    /// <inheritdoc/>
    public string Description => "learn Brown-style word clusters (exchange algorithm) from ../shared/data/corpora into the library's embedded resource";

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
            error.WriteLine("usage: clusters [--classes 512] [--min-count 5] [--vocabulary 150000] [--iterations 20] [--max-minutes 15] [--seed 1] [--threads 2] [--corpora a,b,c] [--max-lines-per-corpus N] [--output PATH]");
            return 2;
        }

        Stopwatch clock = Stopwatch.StartNew();
        CorpusStream[] streams = CorpusStream.ReadAll(settings.Corpora, settings.MaxLinesPerCorpus, settings.Threads);
        long tokens = streams.Sum(s => s.Length - s.Lines);
        output.WriteLine($"read {string.Join(", ", settings.Corpora)}: {tokens:N0} tokens, {streams.Sum(s => s.Lines):N0} lines, {clock.Elapsed.TotalSeconds:F0} s");

        // The vocabulary: the most frequent forms (words, numbers as <num>, punctuation) with at least min-count uses.
        (string[] vocabulary, HashSet<string> wordForms) = CorpusStream.Vocabulary(streams, settings.MinCount, settings.Vocabulary);
        int v = vocabulary.Length;
        Dictionary<string, int> index = new(StringComparer.Ordinal);
        for (int i = 0; i < v; i++)
        {
            index[vocabulary[i]] = i;
        }

        int boundary = v;
        int unknown = v + 1;
        List<long> pairs = new((int)Math.Min(int.MaxValue / 2, tokens));
        foreach (CorpusStream stream in streams)
        {
            int[] map = [.. stream.Forms.Select(form => index.TryGetValue(form, out int id) ? id : unknown)];
            int previous = boundary;
            for (int i = 0; i < stream.Length; i++)
            {
                int local = stream.Ids[i];
                if (local < 0)
                {
                    previous = boundary;
                    continue;
                }

                int global = map[local];
                if (global < v)
                {
                    pairs.Add(((long)global * (v + 2)) + previous);
                }

                previous = global;
            }
        }

        long[] keys = [.. pairs];
        pairs = [];
        Array.Sort(keys);
        List<int> predecessorIds = [];
        List<int> predecessorCounts = [];
        int[] start = new int[v + 1];
        int word = 0;
        for (int i = 0; i < keys.Length;)
        {
            long key = keys[i];
            int j = i + 1;
            while (j < keys.Length && keys[j] == key)
            {
                j++;
            }

            int w = (int)(key / (v + 2));
            while (word < w)
            {
                start[++word] = predecessorIds.Count;
            }

            predecessorIds.Add((int)(key % (v + 2)));
            predecessorCounts.Add(j - i);
            i = j;
        }

        while (word < v)
        {
            start[++word] = predecessorIds.Count;
        }

        output.WriteLine($"vocabulary {v:N0} forms (count ≥ {settings.MinCount}), {keys.Length:N0} bigram tokens, {predecessorIds.Count:N0} distinct bigrams, {clock.Elapsed.TotalSeconds:F0} s");
        output.Flush();
        keys = [];

        ExchangeClustering clustering = new(settings.Classes, v, v + 2, start, [.. predecessorIds], [.. predecessorCounts], settings.Seed, settings.Threads);
        clustering.Run(settings.Iterations, 0.001, TimeSpan.FromMinutes(settings.MaxMinutes), output);
        string[] paths = ClassHierarchy.BuildPaths(clustering.ClassBigrams(), settings.Classes);
        output.WriteLine($"hierarchy built, {clock.Elapsed.TotalSeconds:F0} s");

        List<(string Word, string Path)> rows = [];
        for (int i = 0; i < v; i++)
        {
            if (wordForms.Contains(vocabulary[i]))
            {
                rows.Add((vocabulary[i], paths[clustering.WordClasses[i]]));
            }
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.Word, b.Word));
        string path = settings.Output ?? TrainingPaths.Repository("src", "ArabicEntities", "Clusters", "word-clusters.tsv.gz");
        using (StreamWriter writer = ResourceWriter.Create(path))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"# ArabicEntities word clusters (written by this project's `clusters` verb; predictive exchange algorithm + agglomerative hierarchy) from the corpora {string.Join(",", settings.Corpora)} in ../shared/data/corpora (licenses: docs/data-provenance.md); classes={settings.Classes} min-count={settings.MinCount} vocabulary={v} seed={settings.Seed} max-lines-per-corpus={(settings.MaxLinesPerCorpus == int.MaxValue ? "all" : settings.MaxLinesPerCorpus.ToString(CultureInfo.InvariantCulture))} tokens={tokens}; columns: normalized word TAB bit path"));
            foreach ((string form, string bits) in rows)
            {
                writer.Write(form);
                writer.Write('\t');
                writer.WriteLine(bits);
            }
        }

        output.WriteLine($"wrote {rows.Count:N0} words to {path} ({new FileInfo(path).Length:N0} bytes), {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    private sealed record Settings(int Classes, int MinCount, int Vocabulary, int Iterations, double MaxMinutes, int Seed, int Threads, string[] Corpora, int MaxLinesPerCorpus, string? Output)
    {
        public static Settings Parse(IReadOnlyList<string> arguments)
        {
            Settings settings = new(512, 5, 150_000, 20, 15, 1, 2, CorpusStream.DefaultCorpora, int.MaxValue, null);
            for (int i = 0; i < arguments.Count; i++)
            {
                string name = arguments[i];
                string value = i + 1 < arguments.Count ? arguments[++i] : throw new FormatException($"{name} needs a value");
                settings = name switch
                {
                    "--classes" => settings with { Classes = CommandArguments.Positive(name, value) },
                    "--min-count" => settings with { MinCount = CommandArguments.Positive(name, value) },
                    "--vocabulary" => settings with { Vocabulary = CommandArguments.Positive(name, value) },
                    "--iterations" => settings with { Iterations = CommandArguments.Positive(name, value) },
                    "--max-minutes" => settings with { MaxMinutes = double.Parse(value, CultureInfo.InvariantCulture) },
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
    }
}
