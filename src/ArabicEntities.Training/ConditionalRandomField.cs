using System.Diagnostics;
using ArabicEntities.NamedEntities;

namespace ArabicEntities.Training;

/// <summary>
/// A globally normalized alternative to the Microsoft.ML maximum-entropy Markov model over exactly the same features:
/// a linear-chain conditional random field, p(labels | sentence) ∝ exp(Σ token features × label + Σ previous-label
/// features × label pair), with constrained BIO moves, trained by stochastic gradient descent on the L2-regularized
/// log-likelihood (marginals from forward–backward in log space; learning rate η₀ / (1 + λ η₀ t); the L2 decay applied
/// to all weights at once through a common scale). Deterministic: a fixed shuffle seed.
/// </summary>
internal static class ConditionalRandomField
{
    private static readonly int LabelCount = NerDataset.Labels.Length;

    /// <summary>Trains for <paramref name="epochs"/> passes; with <paramref name="devScore"/>, keeps the epoch that scores best.</summary>
    public static NerModel Train(NerDataset train, NerFeatureSet features, int epochs, float variance, float learningRate, int seed, TextWriter log, Func<NerModel, double>? devScore = null)
    {
        if ((features & NerFeatureSet.PreviousLabel) == 0)
        {
            throw new ArgumentException("The CRF pairs the previous label with the current one: use a feature set with PreviousLabel.");
        }

        int l = LabelCount;
        var watch = Stopwatch.StartNew();
        List<Sentence> sentences = Describe(train, features);
        float[] transitions = Transitions();
        var v = new float[(long)NerFeatures.Dimension * l];
        var bias = new float[l];
        double scale = 1;
        double lambda = 1.0 / (variance * sentences.Count);
        var random = new Random(seed);
        int[] order = [.. Enumerable.Range(0, sentences.Count)];
        long t = 0;
        NerModel? best = null;
        double bestScore = double.NegativeInfinity;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            double logLikelihood = 0;
            foreach (int s in order)
            {
                double eta = learningRate / (1 + (lambda * learningRate * t));
                t++;
                scale *= 1 - (eta * lambda);
                if (scale < 1e-6)
                {
                    for (long k = 0; k < v.LongLength; k++)
                    {
                        v[k] = (float)(v[k] * scale);
                    }

                    scale = 1;
                }

                logLikelihood += Step(sentences[s], v, bias, (float)scale, transitions, (float)(eta / scale), (float)eta);
            }

            string line = $"  crf: epoch {epoch}, log-likelihood {logLikelihood:F0} ({watch.Elapsed.TotalSeconds:F0} s)";
            if (devScore is not null && epoch >= 2)
            {
                NerModel model = Export(v, bias, (float)scale, transitions, features, epoch, variance, train.TokenCount);
                double score = devScore(model);
                line += $", dev F1 {score:F4}";
                if (score > bestScore)
                {
                    bestScore = score;
                    best = model;
                    bestEpoch = epoch;
                }
            }

            log.WriteLine(line);
        }

        if (best is not null)
        {
            log.WriteLine($"  crf: kept epoch {bestEpoch}");
        }

        return best ?? Export(v, bias, (float)scale, transitions, features, epochs, variance, train.TokenCount);
    }

    // One stochastic gradient step on one sentence; returns its log-likelihood before the step.
    private static double Step(Sentence sentence, float[] v, float[] bias, float scale, float[] transitions, float rate, float biasRate)
    {
        int l = LabelCount;
        int n = sentence.Gold.Length;
        int p = l + 1;

        // potential[i][j][k]: previous label j (l = the start), label k.
        var potential = new float[n * p * l];
        var emission = new float[l];
        for (int i = 0; i < n; i++)
        {
            bias.CopyTo(emission, 0);
            foreach (int f in sentence.Emission[i])
            {
                long row = (long)f * l;
                for (int k = 0; k < l; k++)
                {
                    emission[k] += v[row + k] * scale;
                }
            }

            for (int j = 0; j < p; j++)
            {
                int at = ((i * p) + j) * l;
                bool reachable = i == 0 ? j == l : j < l;
                for (int k = 0; k < l; k++)
                {
                    potential[at + k] = reachable ? emission[k] + transitions[(j * l) + k] : float.NegativeInfinity;
                }

                if (!reachable)
                {
                    continue;
                }

                foreach (int g in sentence.Pairs[i][j])
                {
                    long row = (long)g * l;
                    for (int k = 0; k < l; k++)
                    {
                        potential[at + k] += v[row + k] * scale;
                    }
                }
            }
        }

        var alpha = new double[n * l];
        var beta = new double[n * l];
        var terms = new double[p];
        for (int k = 0; k < l; k++)
        {
            alpha[k] = potential[(l * l) + k];
        }

        for (int i = 1; i < n; i++)
        {
            for (int k = 0; k < l; k++)
            {
                for (int j = 0; j < l; j++)
                {
                    terms[j] = alpha[((i - 1) * l) + j] + potential[(((i * p) + j) * l) + k];
                }

                alpha[(i * l) + k] = LogSumExp(terms.AsSpan(0, l));
            }
        }

        for (int i = n - 2; i >= 0; i--)
        {
            for (int j = 0; j < l; j++)
            {
                for (int k = 0; k < l; k++)
                {
                    terms[k] = potential[((((i + 1) * p) + j) * l) + k] + beta[((i + 1) * l) + k];
                }

                beta[(i * l) + j] = LogSumExp(terms.AsSpan(0, l));
            }
        }

        double logZ = LogSumExp(alpha.AsSpan((n - 1) * l, l));
        double gold = 0;
        for (int i = 0; i < n; i++)
        {
            int previous = i == 0 ? l : sentence.Gold[i - 1];
            gold += potential[(((i * p) + previous) * l) + sentence.Gold[i]];
        }

        // Gradient ascent: observed minus expected counts.
        var unary = new float[l];
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < l; k++)
            {
                double marginal = Math.Exp(alpha[(i * l) + k] + beta[(i * l) + k] - logZ);
                unary[k] = (sentence.Gold[i] == k ? 1f : 0f) - (float)marginal;
            }

            foreach (int f in sentence.Emission[i])
            {
                long row = (long)f * l;
                for (int k = 0; k < l; k++)
                {
                    v[row + k] += rate * unary[k];
                }
            }

            for (int k = 0; k < l; k++)
            {
                bias[k] += biasRate * unary[k];
            }

            int goldPrevious = i == 0 ? l : sentence.Gold[i - 1];
            for (int j = i == 0 ? l : 0; j <= (i == 0 ? l : l - 1); j++)
            {
                int[] pairs = sentence.Pairs[i][j];
                for (int k = 0; k < l; k++)
                {
                    double before = i == 0 ? 0 : alpha[((i - 1) * l) + j];
                    double marginal = Math.Exp(before + potential[(((i * p) + j) * l) + k] + beta[(i * l) + k] - logZ);
                    float g = ((j == goldPrevious && k == sentence.Gold[i]) ? 1f : 0f) - (float)marginal;
                    if (g == 0)
                    {
                        continue;
                    }

                    foreach (int f in pairs)
                    {
                        v[((long)f * l) + k] += rate * g;
                    }
                }
            }
        }

        return gold - logZ;
    }

    private static double LogSumExp(ReadOnlySpan<double> values)
    {
        double max = double.NegativeInfinity;
        foreach (double value in values)
        {
            max = Math.Max(max, value);
        }

        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        double sum = 0;
        foreach (double value in values)
        {
            sum += Math.Exp(value - max);
        }

        return max + Math.Log(sum);
    }

    private static NerModel Export(float[] v, float[] bias, float scale, float[] transitions, NerFeatureSet features, int epochs, float variance, int tokens)
    {
        int l = LabelCount;
        var rows = new Dictionary<int, float[]>();
        for (int f = 0; f < NerFeatures.Dimension; f++)
        {
            float[]? row = null;
            for (int k = 0; k < l; k++)
            {
                float w = v[((long)f * l) + k] * scale;
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

        string description = $"linear-chain CRF (SGD, L2 variance {variance}), {epochs} epochs, features {features}, {tokens} training tokens";
        return new NerModel(NerDataset.Labels, features, [.. bias], rows, transitions, description, locallyNormalized: false);
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

    private static List<Sentence> Describe(NerDataset train, NerFeatureSet features)
    {
        int l = LabelCount;
        var sentences = new List<Sentence>(train.Sentences.Count);
        Span<int> buffer = stackalloc int[NerFeatures.MaxFeatures];
        Span<int> pairBuffer = stackalloc int[NerFeatures.MaxPreviousLabelFeatures];
        for (int s = 0; s < train.Sentences.Count; s++)
        {
            NerToken[] tokens = train.Sentences[s];
            if (tokens.Length == 0)
            {
                continue;
            }

            var emission = new int[tokens.Length][];
            var pairs = new int[tokens.Length][][];
            for (int i = 0; i < tokens.Length; i++)
            {
                emission[i] = buffer[..NerFeatures.Extract(tokens, i, features, buffer)].ToArray();
                var context = NerFeatures.PreviousLabelContext.Create(tokens, i, features);
                pairs[i] = new int[l + 1][];
                for (int previous = 0; previous <= l; previous++)
                {
                    pairs[i][previous] = pairBuffer[..context.Write(previous, pairBuffer)].ToArray();
                }
            }

            sentences.Add(new Sentence(emission, pairs, ValidBio(train.LabelIds[s])));
        }

        return sentences;
    }

    // conlleval reads an I-X that does not follow B-X or I-X as the start of an entity; the CRF cannot score a move BIO
    // forbids, so such a gold label becomes B-X.
    private static int[] ValidBio(int[] labels)
    {
        int[] valid = [.. labels];
        for (int i = 0; i < valid.Length; i++)
        {
            string? previous = i == 0 ? null : NerDataset.Labels[valid[i - 1]];
            string label = NerDataset.Labels[valid[i]];
            if (!BioDecoder.IsAllowed(previous, label))
            {
                valid[i] = NerDataset.LabelId("B-" + label[2..]);
            }
        }

        return valid;
    }

    private sealed record Sentence(int[][] Emission, int[][][] Pairs, int[] Gold);
}
