using System.Globalization;
using System.Text;

namespace ArabicEntities.Training;

/// <summary>Precision, recall and F1 of one entity type (or of all, micro-averaged).</summary>
internal sealed record ConllScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores predicted BIO tags against gold the way conlleval does: an entity is an exact (start, end, type) chunk, an
/// <c>I-</c> after <c>O</c> or after another type starts a new chunk, and the result is micro-averaged over the types.
/// </summary>
internal sealed class ConllScorer
{
    private readonly Dictionary<string, (int Gold, int Predicted, int Correct)> _counts = new(StringComparer.Ordinal);

    /// <summary>Adds one sentence.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted tag sequences differ in length.");
        }

        HashSet<(int, int, string)> goldChunks = Chunks(gold);
        HashSet<(int, int, string)> predictedChunks = Chunks(predicted);
        foreach ((int, int, string Type) chunk in goldChunks)
        {
            Bump(chunk.Type, gold: 1, predicted: 0, correct: predictedChunks.Contains(chunk) ? 1 : 0);
        }

        foreach ((int, int, string Type) chunk in predictedChunks)
        {
            Bump(chunk.Type, gold: 0, predicted: 1, correct: 0);
        }
    }

    /// <summary>Gets the per-type scores, sorted by type.</summary>
    public IReadOnlyList<ConllScore> ByType => [.. _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new ConllScore(kv.Key, kv.Value.Gold, kv.Value.Predicted, kv.Value.Correct))];

    /// <summary>Gets the micro-averaged score over every type.</summary>
    public ConllScore Overall => new("ALL", _counts.Values.Sum(c => c.Gold), _counts.Values.Sum(c => c.Predicted), _counts.Values.Sum(c => c.Correct));

    /// <summary>Gets the micro-averaged score over a subset of types (e.g. PERS, LOC, ORG for AQMAR).</summary>
    public ConllScore Over(params string[] types)
    {
        var selected = _counts.Where(kv => types.Contains(kv.Key)).Select(kv => kv.Value).ToList();
        return new ConllScore(string.Join('+', types), selected.Sum(c => c.Gold), selected.Sum(c => c.Predicted), selected.Sum(c => c.Correct));
    }

    /// <summary>Formats a conlleval-style report.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        foreach (ConllScore score in ByType.Append(Overall))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{score.Type,-6} P {score.Precision:F4}  R {score.Recall:F4}  F1 {score.F1:F4}  (gold {score.Gold}, predicted {score.Predicted}, correct {score.Correct})");
        }

        return text.ToString();
    }

    /// <summary>The chunks of a tag sequence, conlleval style.</summary>
    public static HashSet<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        var chunks = new HashSet<(int, int, string)>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            string prefix = tag.Length >= 2 && tag[1] == '-' ? tag[..1] : tag == "O" ? "O" : "B";
            string? tagType = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            bool continues = prefix == "I" && type is not null && tagType == type;
            if (type is not null && !continues)
            {
                chunks.Add((start, i, type));
                type = null;
            }

            if (prefix is "B" or "I" && !continues && tagType is not null)
            {
                start = i;
                type = tagType;
            }
        }

        return chunks;
    }

    private void Bump(string type, int gold, int predicted, int correct)
    {
        _counts.TryGetValue(type, out (int Gold, int Predicted, int Correct) c);
        _counts[type] = (c.Gold + gold, c.Predicted + predicted, c.Correct + correct);
    }
}
