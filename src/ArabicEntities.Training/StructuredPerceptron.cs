using System.Diagnostics;
using ArabicEntities.NamedEntities;

namespace ArabicEntities.Training;

/// <summary>
/// A globally trained alternative to the Microsoft.ML maximum-entropy Markov model, over exactly the same features:
/// the averaged structured perceptron (Collins 2002). Each sentence is decoded with constrained Viterbi under the
/// current weights; when the best sequence differs from the gold one, the features of the gold sequence gain one and
/// those of the predicted sequence lose one (token features paired with the label, previous-label features paired with
/// the label pair). The averaged weights score a label sequence as a whole, without the per-token normalization of a
/// Markov model (no label bias). Deterministic: a fixed shuffle seed.
/// </summary>
internal static class StructuredPerceptron
{
    private static readonly int LabelCount = NerDataset.Labels.Length;

    /// <summary>Trains for <paramref name="epochs"/> passes and returns the averaged model.</summary>
    public static NerModel Train(NerDataset train, NerFeatureSet features, int epochs, int seed, TextWriter log, Func<NerModel, double>? devScore = null)
    {
        if ((features & NerFeatureSet.PreviousLabel) == 0)
        {
            throw new ArgumentException("The structured perceptron pairs the previous label with the current one: use a feature set with PreviousLabel.");
        }

        int l = LabelCount;
        var watch = Stopwatch.StartNew();
        var sentences = new List<Sentence>(train.Sentences.Count);
        Span<int> buffer = stackalloc int[NerFeatures.MaxFeatures];
        Span<int> pairBuffer = stackalloc int[NerFeatures.MaxPreviousLabelFeatures];
        for (int s = 0; s < train.Sentences.Count; s++)
        {
            NerToken[] tokens = train.Sentences[s];
            var emission = new int[tokens.Length][];
            var pairs = new int[tokens.Length][][];
            for (int i = 0; i < tokens.Length; i++)
            {
                int count = NerFeatures.Extract(tokens, i, features, buffer);
                emission[i] = buffer[..count].ToArray();
                var context = NerFeatures.PreviousLabelContext.Create(tokens, i, features);
                pairs[i] = new int[l + 1][];
                for (int previous = 0; previous <= l; previous++)
                {
                    pairs[i][previous] = pairBuffer[..context.Write(previous, pairBuffer)].ToArray();
                }
            }

            sentences.Add(new Sentence(emission, pairs, train.LabelIds[s]));
        }

        log.WriteLine($"  perceptron: features of {sentences.Count} sentences in {watch.Elapsed.TotalSeconds:F0} s");
        var weights = new float[(long)NerFeatures.Dimension * l];
        var accumulated = new float[(long)NerFeatures.Dimension * l];
        var bias = new float[l];
        var biasAccumulated = new float[l];
        float[] transitions = Transitions();
        var random = new Random(seed);
        int[] order = [.. Enumerable.Range(0, sentences.Count)];
        long step = 1;
        NerModel? best = null;
        double bestScore = double.NegativeInfinity;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int mistakes = 0;
            foreach (int s in order)
            {
                Sentence sentence = sentences[s];
                int n = sentence.Gold.Length;
                int[] predicted = Decode(sentence, weights, bias, transitions);
                for (int i = 0; i < n; i++)
                {
                    int gold = sentence.Gold[i];
                    int guess = predicted[i];
                    int goldPrevious = i == 0 ? l : sentence.Gold[i - 1];
                    int guessPrevious = i == 0 ? l : predicted[i - 1];
                    if (gold != guess)
                    {
                        mistakes++;
                        Update(weights, accumulated, sentence.Emission[i], gold, 1, step);
                        Update(weights, accumulated, sentence.Emission[i], guess, -1, step);
                        bias[gold] += 1;
                        biasAccumulated[gold] += step;
                        bias[guess] -= 1;
                        biasAccumulated[guess] -= step;
                    }

                    if (gold != guess || goldPrevious != guessPrevious)
                    {
                        Update(weights, accumulated, sentence.Pairs[i][goldPrevious], gold, 1, step);
                        Update(weights, accumulated, sentence.Pairs[i][guessPrevious], guess, -1, step);
                    }
                }

                step++;
            }

            if (devScore is not null && (epoch >= 3))
            {
                NerModel model = Averaged(weights, accumulated, bias, biasAccumulated, step, transitions, features, epoch, train.TokenCount);
                double score = devScore(model);
                log.WriteLine($"  perceptron: epoch {epoch}, {mistakes} token mistakes, dev F1 {score:F4} ({watch.Elapsed.TotalSeconds:F0} s)");
                if (score > bestScore)
                {
                    bestScore = score;
                    best = model;
                }
            }
            else
            {
                log.WriteLine($"  perceptron: epoch {epoch}, {mistakes} token mistakes ({watch.Elapsed.TotalSeconds:F0} s)");
            }
        }

        return best ?? Averaged(weights, accumulated, bias, biasAccumulated, step, transitions, features, epochs, train.TokenCount);
    }

    private static void Update(float[] weights, float[] accumulated, int[] features, int label, int sign, long step)
    {
        int l = LabelCount;
        foreach (int feature in features)
        {
            long at = ((long)feature * l) + label;
            weights[at] += sign;
            accumulated[at] += sign * step;
        }
    }

    // Averaged weights (Daumé's trick): w - accumulated / step.
    private static NerModel Averaged(float[] weights, float[] accumulated, float[] bias, float[] biasAccumulated, long step, float[] transitions, NerFeatureSet features, int epochs, int tokens)
    {
        int l = LabelCount;
        var rows = new Dictionary<int, float[]>();
        for (int f = 0; f < NerFeatures.Dimension; f++)
        {
            float[]? row = null;
            for (int k = 0; k < l; k++)
            {
                long at = ((long)f * l) + k;
                float w = weights[at] - (accumulated[at] / step);
                if (MathF.Abs(w) >= 1e-3f)
                {
                    row ??= new float[l];
                    row[k] = w;
                }
            }

            if (row is not null)
            {
                rows[f] = row;
            }
        }

        float[] averagedBias = [.. bias.Select((b, k) => b - (biasAccumulated[k] / step))];
        string description = $"averaged structured perceptron, {epochs} epochs, features {features}, {tokens} training tokens";
        return new NerModel(NerDataset.Labels, features, averagedBias, rows, transitions, description, locallyNormalized: false);
    }

    // Valid BIO moves score 0, invalid ones -1e9 (the learned scores live in the previous-label features).
    private static float[] Transitions()
    {
        int l = LabelCount;
        var transitions = new float[(l + 1) * l];
        for (int from = 0; from <= l; from++)
        {
            for (int to = 0; to < l; to++)
            {
                transitions[(from * l) + to] = BioDecoder.IsAllowed(from == l ? null : NerDataset.Labels[from], NerDataset.Labels[to]) ? 0 : -1e9f;
            }
        }

        return transitions;
    }

    private static int[] Decode(Sentence sentence, float[] weights, float[] bias, float[] transitions)
    {
        int l = LabelCount;
        int n = sentence.Gold.Length;
        var score = new float[n * l];
        var back = new int[n * l];
        var emission = new float[l];
        for (int i = 0; i < n; i++)
        {
            bias.CopyTo(emission, 0);
            foreach (int f in sentence.Emission[i])
            {
                long row = (long)f * l;
                for (int k = 0; k < l; k++)
                {
                    emission[k] += weights[row + k];
                }
            }

            for (int k = 0; k < l; k++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                int first = i == 0 ? l : 0;
                int last = i == 0 ? l : l - 1;
                for (int j = first; j <= last; j++)
                {
                    float s = (i == 0 ? 0 : score[((i - 1) * l) + j]) + transitions[(j * l) + k];
                    if (s < -1e8f)
                    {
                        continue;
                    }

                    foreach (int f in sentence.Pairs[i][j])
                    {
                        s += weights[((long)f * l) + k];
                    }

                    if (s > best)
                    {
                        best = s;
                        arg = j;
                    }
                }

                score[(i * l) + k] = best + emission[k];
                back[(i * l) + k] = arg;
            }
        }

        var labels = new int[n];
        int label = 0;
        for (int k = 1; k < l; k++)
        {
            if (score[((n - 1) * l) + k] > score[((n - 1) * l) + label])
            {
                label = k;
            }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            labels[i] = label;
            label = back[(i * l) + label];
        }

        return labels;
    }

    private sealed record Sentence(int[][] Emission, int[][][] Pairs, int[] Gold);
}
