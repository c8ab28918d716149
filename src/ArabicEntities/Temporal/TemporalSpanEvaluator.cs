using System.Text;
using ArabicEntities.Recognition;

namespace ArabicEntities.Temporal;

/// <summary>
/// Scores a temporal recognizer against a CoNLL-style corpus with nested BIO layers (Wojood: <c>token TAG TAG…</c>,
/// outermost layer first, a blank line between sentences, <c>$#$</c> paragraph marks): the gold mentions of one
/// type at any layer against the recognizer's Date, Duration and Set entities, by exact token span and by overlap.
/// </summary>
/// <remarks>Stateless; thread-safe. Used by the tests and the training tool.</remarks>
internal static class TemporalSpanEvaluator
{
    /// <summary>One sentence: its tokens and the gold mentions as token ranges [Start, End).</summary>
    public sealed record GoldSentence(IReadOnlyList<string> Tokens, IReadOnlyList<(int Start, int End)> Mentions);

    /// <summary>Counts and scores; <see cref="Errors"/> lists missed and spurious mentions for inspection.</summary>
    public sealed record Result(int Gold, int Predicted, int ExactMatches, int OverlapGoldMatched, int OverlapPredictedMatched, IReadOnlyList<string> Errors)
    {
        public double ExactPrecision => Predicted == 0 ? 0 : (double)ExactMatches / Predicted;

        public double ExactRecall => Gold == 0 ? 0 : (double)ExactMatches / Gold;

        public double ExactF1 => F1(ExactPrecision, ExactRecall);

        /// <summary>Predicted mentions that overlap some gold mention, over all predicted.</summary>
        public double OverlapPrecision => Predicted == 0 ? 0 : (double)OverlapPredictedMatched / Predicted;

        /// <summary>Gold mentions that overlap some predicted mention, over all gold.</summary>
        public double OverlapRecall => Gold == 0 ? 0 : (double)OverlapGoldMatched / Gold;

        public double OverlapF1 => F1(OverlapPrecision, OverlapRecall);

        private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>Reads the sentences of a corpus file, keeping the mentions of <paramref name="type"/> (DATE).</summary>
    public static List<GoldSentence> Read(IEnumerable<string> lines, string type)
    {
        var sentences = new List<GoldSentence>();
        var tokens = new List<string>();
        var tags = new List<string[]>();
        foreach (string raw in lines.Append(string.Empty))
        {
            string line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                if (tokens.Count > 0)
                {
                    sentences.Add(new GoldSentence([.. tokens], Mentions(tags, type)));
                    tokens.Clear();
                    tags.Clear();
                }

                continue;
            }

            string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0 || fields[0] == "$#$")
            {
                continue;
            }

            tokens.Add(fields[0]);
            tags.Add(fields[1..]);
        }

        return sentences;
    }

    private static List<(int Start, int End)> Mentions(List<string[]> tags, string type)
    {
        var mentions = new List<(int, int)>();
        for (int i = 0; i < tags.Count; i++)
        {
            if (!tags[i].Contains("B-" + type, StringComparer.Ordinal))
            {
                continue;
            }

            int j = i + 1;
            while (j < tags.Count && tags[j].Contains("I-" + type, StringComparer.Ordinal))
            {
                j++;
            }

            mentions.Add((i, j));
        }

        return mentions;
    }

    /// <summary>Runs the recognizer on each sentence (tokens joined by spaces, no reference date) and scores it.</summary>
    public static Result Evaluate(IEnumerable<GoldSentence> sentences, TemporalRecognizer recognizer)
    {
        int gold = 0, predicted = 0, exact = 0, goldMatched = 0, predictedMatched = 0;
        var errors = new List<string>();
        foreach (GoldSentence sentence in sentences)
        {
            var text = new StringBuilder();
            var starts = new int[sentence.Tokens.Count];
            for (int i = 0; i < sentence.Tokens.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                starts[i] = text.Length;
                text.Append(sentence.Tokens[i]);
            }

            string joined = text.ToString();
            var spans = new List<(int Start, int End)>();
            foreach (Entity entity in recognizer.Recognize(joined))
            {
                if (entity.Type is not (EntityType.Date or EntityType.Duration or EntityType.Set))
                {
                    continue;
                }

                int first = Array.FindLastIndex(starts, s => s <= entity.Span.Start);
                int last = Array.FindLastIndex(starts, s => s < entity.Span.End);
                if (first >= 0 && last >= first)
                {
                    spans.Add((first, last + 1));
                }
            }

            gold += sentence.Mentions.Count;
            predicted += spans.Count;
            exact += spans.Count(p => sentence.Mentions.Contains(p));
            goldMatched += sentence.Mentions.Count(g => spans.Any(p => Overlaps(p, g)));
            predictedMatched += spans.Count(p => sentence.Mentions.Any(g => Overlaps(p, g)));
            foreach ((int s, int e) in sentence.Mentions.Where(g => !spans.Contains(g)))
            {
                errors.Add($"{(spans.Any(p => Overlaps(p, (s, e))) ? "partial" : "missed")}\t{string.Join(' ', sentence.Tokens.Skip(s).Take(e - s))}\t| {Context(sentence, s, e)}");
            }

            foreach ((int s, int e) in spans.Where(p => !sentence.Mentions.Any(g => Overlaps(p, g))))
            {
                errors.Add($"spurious\t{string.Join(' ', sentence.Tokens.Skip(s).Take(e - s))}\t| {Context(sentence, s, e)}");
            }
        }

        return new Result(gold, predicted, exact, goldMatched, predictedMatched, errors);
    }

    private static bool Overlaps((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;

    private static string Context(GoldSentence sentence, int start, int end) =>
        string.Join(' ', sentence.Tokens.Skip(Math.Max(0, start - 4)).Take(end - start + 8));
}
