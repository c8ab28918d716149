using System.IO.Compression;
using System.Text;
using ArabicEntities.Text;

namespace ArabicEntities.Training;

/// <summary>One corpus as a stream of local form ids (−1 = line break) with its form table.</summary>
internal sealed class CorpusStream
{
    /// <summary>The news corpora under <c>../shared/data/corpora</c> that the cluster verbs learn from by default.</summary>
    public static readonly string[] DefaultCorpora = ["ant_multisource", "saudinewsnet", "ant_jawharafm"];
    public List<string> Forms { get; } = [];

    public List<long> Counts { get; } = [];

    public List<bool> IsWord { get; } = [];

    public int[] Ids { get; private set; } = new int[1 << 20];

    public int Length { get; private set; }

    public int Lines { get; private set; }

    /// <summary>
    /// The forms of the corpora (words, numbers as <c>&lt;num&gt;</c>, punctuation) seen at least
    /// <paramref name="minCount"/> times, most frequent first (ties in ordinal order), at most <paramref name="cap"/> of
    /// them; and which forms are words.
    /// </summary>
    public static (string[] Vocabulary, HashSet<string> WordForms) Vocabulary(IReadOnlyList<CorpusStream> streams, int minCount, int cap)
    {
        Dictionary<string, long> totals = new(StringComparer.Ordinal);
        HashSet<string> wordForms = new(StringComparer.Ordinal);
        foreach (CorpusStream stream in streams)
        {
            for (int id = 0; id < stream.Forms.Count; id++)
            {
                string form = stream.Forms[id];
                totals[form] = totals.GetValueOrDefault(form) + stream.Counts[id];
                if (stream.IsWord[id])
                {
                    wordForms.Add(form);
                }
            }
        }

        string[] vocabulary = [.. totals.Where(pair => pair.Value >= minCount)
            .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(cap).Select(pair => pair.Key)];
        return (vocabulary, wordForms);
    }

    /// <summary>Reads the named corpora (<c>corpora/NAME/NAME.txt.gz</c> under the shared data folder), in order, up to <paramref name="threads"/> at a time.</summary>
    public static CorpusStream[] ReadAll(IReadOnlyList<string> corpora, int maxLinesPerCorpus, int threads) =>
        [.. corpora.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, threads))
            .Select(name => Read(TrainingPaths.Data("corpora", name, name + ".txt.gz"), maxLinesPerCorpus))];

    /// <summary>Reads one gzip-compressed corpus, one document per line, at most <paramref name="maxLines"/> non-empty lines.</summary>
    public static CorpusStream Read(string path, int maxLines)
    {
        CorpusStream stream = new();
        Dictionary<string, int> ids = new(StringComparer.Ordinal);
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        ArabicTokenizer tokenizer = ArabicTokenizer.Default;
        using FileStream file = File.OpenRead(path);
        using GZipStream gzip = new(file, CompressionMode.Decompress);
        using StreamReader reader = new(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line && stream.Lines < maxLines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            string normalized = tokenizer.Normalizer.NormalizeToString(line);
            ReadOnlySpan<char> text = normalized;
            foreach (TokenSpan token in tokenizer.EnumerateTokens(text))
            {
                bool isWord = token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord;
                ReadOnlySpan<char> form = token.Kind switch
                {
                    TokenKind.Number => "<num>",
                    TokenKind.Url or TokenKind.Email => "<url>",
                    _ => text[token.Start..token.End],
                };
                if (!lookup.TryGetValue(form, out int id))
                {
                    id = stream.Forms.Count;
                    string key = form.ToString();
                    ids[key] = id;
                    stream.Forms.Add(key);
                    stream.Counts.Add(0);
                    stream.IsWord.Add(false);
                }

                stream.Counts[id]++;
                stream.IsWord[id] |= isWord;
                stream.Append(id);
            }

            stream.Append(-1);
            stream.Lines++;
        }

        return stream;
    }

    private void Append(int id)
    {
        if (Length == Ids.Length)
        {
            int[] larger = new int[Ids.Length * 2];
            Ids.AsSpan().CopyTo(larger);
            Ids = larger;
        }

        Ids[Length++] = id;
    }
}
