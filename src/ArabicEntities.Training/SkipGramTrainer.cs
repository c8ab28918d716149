using System.Diagnostics;
using System.Numerics.Tensors;

namespace ArabicEntities.Training;

/// <summary>
/// Learns word vectors with the skip-gram model and negative sampling (Mikolov et al. 2013, the word2vec recipe:
/// frequent-word subsampling, a unigram^0.75 noise table, a randomly shrunk window, a linearly decaying learning rate).
/// One thread and a fixed seed, so the vectors are the same on every run.
/// </summary>
internal sealed class SkipGramTrainer
{
    private const int NoiseTableSize = 10_000_000;

    private readonly int _dimension;
    private readonly int _window;
    private readonly int _negatives;
    private readonly double _sample;
    private readonly float _learningRate;
    private ulong _random;

    /// <summary>Creates a trainer.</summary>
    /// <param name="dimension">The vector length.</param>
    /// <param name="window">The largest distance between a word and a context word.</param>
    /// <param name="negatives">Noise words per (word, context) pair.</param>
    /// <param name="sample">The subsampling threshold (word2vec's <c>-sample</c>).</param>
    /// <param name="learningRate">The starting learning rate.</param>
    /// <param name="seed">The random seed.</param>
    public SkipGramTrainer(int dimension, int window, int negatives, double sample, float learningRate, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(window);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(negatives);
        _dimension = dimension;
        _window = window;
        _negatives = negatives;
        _sample = sample;
        _learningRate = learningRate;
        _random = ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) | 1;
    }

    /// <summary>Trains the vectors.</summary>
    /// <param name="corpus">Word ids in <c>[0, counts.Length)</c>, with −1 between sentences.</param>
    /// <param name="counts">How often each word occurs in the corpus.</param>
    /// <param name="epochs">Passes over the corpus.</param>
    /// <param name="log">Progress output.</param>
    /// <returns>The input vectors, <c>counts.Length × dimension</c>, row-major.</returns>
    public float[] Train(ReadOnlySpan<int> corpus, ReadOnlySpan<long> counts, int epochs, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        int v = counts.Length;
        int d = _dimension;
        float[] input = new float[(long)v * d > int.MaxValue ? throw new ArgumentException("Too many vectors.") : v * d];
        float[] output = new float[v * d];
        for (int i = 0; i < input.Length; i++)
        {
            input[i] = (NextFloat() - 0.5f) / d;
        }

        int[] noise = NoiseTable(counts);
        long total = 0;
        foreach (long count in counts)
        {
            total += count;
        }

        // word2vec's keep probability: (sqrt(f / (s·total)) + 1) · (s·total) / f.
        float[] keep = new float[v];
        for (int w = 0; w < v; w++)
        {
            double threshold = _sample * total;
            keep[w] = _sample <= 0 ? 1f : (float)Math.Min(1.0, (Math.Sqrt(counts[w] / threshold) + 1) * threshold / counts[w]);
        }

        long planned = (long)epochs * corpus.Length;
        long done = 0;
        float[] gradient = new float[d];
        int[] sentence = new int[4096];
        Stopwatch clock = Stopwatch.StartNew();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            int start = 0;
            long pairs = 0;
            while (start < corpus.Length)
            {
                int end = start;
                while (end < corpus.Length && corpus[end] >= 0)
                {
                    end++;
                }

                int n = 0;
                for (int i = start; i < end; i++)
                {
                    int w = corpus[i];
                    if (NextFloat() < keep[w])
                    {
                        if (n == sentence.Length)
                        {
                            Array.Resize(ref sentence, n * 2);
                        }

                        sentence[n++] = w;
                    }
                }

                done += end - start + 1;
                float alpha = Math.Max(_learningRate * 1e-4f, _learningRate * (1 - (float)((double)done / planned)));
                for (int position = 0; position < n; position++)
                {
                    int word = sentence[position];
                    int shrink = (int)(NextUInt() % (uint)_window);
                    int from = Math.Max(0, position - _window + shrink);
                    int to = Math.Min(n - 1, position + _window - shrink);
                    for (int c = from; c <= to; c++)
                    {
                        if (c != position)
                        {
                            Update(input.AsSpan(sentence[c] * d, d), word, output, noise, alpha, gradient);
                            pairs++;
                        }
                    }
                }

                start = end + 1;
            }

            log.WriteLine($"skip-gram epoch {epoch + 1}/{epochs}: {pairs:N0} pairs, {clock.Elapsed.TotalSeconds:F0} s");
            log.Flush();
        }

        return input;
    }

    private void Update(Span<float> context, int word, float[] output, int[] noise, float alpha, float[] gradient)
    {
        int d = _dimension;
        Span<float> accumulated = gradient;
        accumulated.Clear();
        for (int k = 0; k <= _negatives; k++)
        {
            int target;
            float label;
            if (k == 0)
            {
                target = word;
                label = 1;
            }
            else
            {
                target = noise[NextUInt() % (uint)noise.Length];
                if (target == word)
                {
                    continue;
                }

                label = 0;
            }

            Span<float> weights = output.AsSpan(target * d, d);
            float dot = TensorPrimitives.Dot(context, weights);
            float g = dot > 6 ? label - 1 : dot < -6 ? label : label - (1f / (1f + MathF.Exp(-dot)));
            g *= alpha;
            TensorPrimitives.MultiplyAdd(weights, g, accumulated, accumulated);
            TensorPrimitives.MultiplyAdd(context, g, weights, weights);
        }

        TensorPrimitives.Add(context, accumulated, context);
    }

    // Words in proportion to count^0.75 (word2vec's noise distribution).
    private static int[] NoiseTable(ReadOnlySpan<long> counts)
    {
        double sum = 0;
        foreach (long count in counts)
        {
            sum += Math.Pow(count, 0.75);
        }

        int[] table = new int[NoiseTableSize];
        int w = 0;
        double cumulative = Math.Pow(counts[0], 0.75) / sum;
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = w;
            if ((double)i / table.Length > cumulative && w < counts.Length - 1)
            {
                w++;
                cumulative += Math.Pow(counts[w], 0.75) / sum;
            }
        }

        return table;
    }

    // xorshift64*: fast, and the same sequence on every platform.
    private uint NextUInt()
    {
        _random ^= _random >> 12;
        _random ^= _random << 25;
        _random ^= _random >> 27;
        return (uint)((_random * 2685821657736338717UL) >> 32);
    }

    private float NextFloat() => (NextUInt() >> 8) * (1f / (1 << 24));
}
