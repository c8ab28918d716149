namespace ArabicEntities.Text;

/// <summary>
/// Enumerates the ways an Arabic word can be read as proclitics (و ف, then ب ك ل or the future س, then ال) + stem +
/// pronoun suffix (ه ها هم هما هن ك كم كما كن نا ي), each with the offsets of its parts.
/// </summary>
/// <remarks>
/// <para>Analysis is purely orthographic: it lists every segmentation the spelling allows with a stem of at least two
/// letters, and leaves the choice to a lexicon or a model (المغربي may be المغربي or المغرب + ي). The bare reading
/// comes first, then readings with longer stems before shorter ones. The article does not combine with a
/// pronoun suffix; the future particle only precedes ي ت ن ا and takes no article.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var readings = CliticAnalyzer.Default.Analyze("وبالمغرب");
/// // readings include و + ب + ال + مغرب, with StemSpan [4..8)
/// </code>
/// </example>
public sealed class CliticAnalyzer
{
    private static readonly string[] Enclitics = ["هما", "هم", "هن", "ها", "ه", "كما", "كم", "كن", "ك", "نا", "ي"];

    private CliticAnalyzer(int minimumStemLength)
    {
        MinimumStemLength = minimumStemLength;
    }

    /// <summary>The analyzer with a minimum stem length of two letters.</summary>
    public static CliticAnalyzer Default { get; } = new(2);

    /// <summary>The fewest letters a stem may keep once the clitics are removed.</summary>
    public int MinimumStemLength { get; }

    /// <summary>Creates an analyzer.</summary>
    /// <param name="minimumStemLength">The fewest letters a stem may keep (at least 1).</param>
    /// <returns>A thread-safe analyzer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="minimumStemLength"/> is less than 1.</exception>
    public static CliticAnalyzer Create(int minimumStemLength = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumStemLength, 1);
        return minimumStemLength == 2 ? Default : new CliticAnalyzer(minimumStemLength);
    }

    /// <summary>Analyses an Arabic-word token, with every span in the original text.</summary>
    /// <param name="token">A token of <paramref name="text"/>.</param>
    /// <param name="text">The normalized text the token came from.</param>
    /// <returns>The segmentations; empty for tokens that are not Arabic words.</returns>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    public IReadOnlyList<CliticSegmentation> Analyze(Token token, NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(text);
        if (token.Kind != TokenKind.ArabicWord)
        {
            return [];
        }

        int offset = token.NormalizedStart;
        return Segment(token.NormalizedText, (start, end) => text.ToOriginal(offset + start, offset + end));
    }

    /// <summary>Analyses a normalized Arabic word, with every span relative to <paramref name="word"/>.</summary>
    /// <param name="word">One normalized Arabic word.</param>
    /// <returns>The segmentations; empty when the word is empty.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="word"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<CliticSegmentation> Analyze(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length == 0 ? [] : Segment(word, (start, end) => new TextSpan(start, end));
    }

    private List<CliticSegmentation> Segment(string word, Func<int, int, TextSpan> map)
    {
        var results = new List<CliticSegmentation>();
        var proclitics = new List<(CliticKind Kind, string Form, int Start, int End)>(3);

        foreach (string? conjunction in Options(word, 0, "و", "ف"))
        {
            int afterConjunction = conjunction?.Length ?? 0;
            foreach (string? particle in Options(word, afterConjunction, "ب", "ك", "ل", "س"))
            {
                int afterParticle = afterConjunction + (particle?.Length ?? 0);
                if (particle == "س" && (afterParticle >= word.Length || word[afterParticle] is not ('ي' or 'ت' or 'ن' or 'ا')))
                {
                    continue;
                }

                foreach (int articleLength in ArticleOptions(word, afterParticle, particle))
                {
                    int stemStart = afterParticle + articleLength;
                    proclitics.Clear();
                    if (conjunction is not null)
                    {
                        proclitics.Add((CliticKind.Conjunction, conjunction, 0, afterConjunction));
                    }

                    if (particle is not null)
                    {
                        proclitics.Add((particle == "س" ? CliticKind.FutureParticle : CliticKind.Preposition, particle, afterConjunction, afterParticle));
                    }

                    if (articleLength > 0)
                    {
                        proclitics.Add((CliticKind.Article, "ال", afterParticle, stemStart));
                    }

                    AddWithEnclitics(word, stemStart, articleLength > 0, proclitics, map, results);
                }
            }
        }

        // The bare reading first, then longer stems before shorter ones (stable).
        return [.. results.OrderBy(r => r.IsBare ? 0 : 1).ThenByDescending(r => r.Stem.Length)];
    }

    private void AddWithEnclitics(string word, int stemStart, bool hasArticle, List<(CliticKind Kind, string Form, int Start, int End)> proclitics,
        Func<int, int, TextSpan> map, List<CliticSegmentation> results)
    {
        Clitic[] mapped = [.. proclitics.Select(p => new Clitic(p.Kind, p.Form, map(p.Start, p.End)))];
        if (word.Length - stemStart >= MinimumStemLength)
        {
            string stem = word[stemStart..];
            results.Add(new CliticSegmentation(mapped, stem, stem, map(stemStart, word.Length), null));
        }

        if (hasArticle)
        {
            return;
        }

        foreach (string enclitic in Enclitics)
        {
            int stemEnd = word.Length - enclitic.Length;
            if (stemEnd - stemStart < MinimumStemLength || !word.AsSpan(stemEnd).SequenceEqual(enclitic))
            {
                continue;
            }

            string stem = word[stemStart..stemEnd];
            string baseForm = stem[^1] == 'ت' ? string.Concat(stem.AsSpan(0, stem.Length - 1), "ة") : stem;
            results.Add(new CliticSegmentation(mapped, stem, baseForm, map(stemStart, stemEnd), new Clitic(CliticKind.Pronoun, enclitic, map(stemEnd, word.Length))));
        }
    }

    // null (no clitic here) first, then each clitic the word starts with at that position.
    private static IEnumerable<string?> Options(string word, int at, params string[] clitics)
    {
        yield return null;
        foreach (string clitic in clitics)
        {
            if (word.Length - at > clitic.Length && word.AsSpan(at).StartsWith(clitic))
            {
                yield return clitic;
            }
        }
    }

    // The written length of the article at this position: 0 (none), 2 (ال), or 1 (the ل of لل after the preposition ل).
    private static IEnumerable<int> ArticleOptions(string word, int at, string? particle)
    {
        yield return 0;
        if (particle == "س")
        {
            yield break;
        }

        if (particle == "ل")
        {
            if (word.Length - at > 1 && word[at] == 'ل')
            {
                yield return 1;
            }

            yield break;
        }

        if (word.Length - at > 2 && word.AsSpan(at).StartsWith("ال"))
        {
            yield return 2;
        }
    }
}
