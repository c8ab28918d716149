namespace ArabicEntities.NamedEntities;

/// <summary>
/// Constrained first-order Viterbi over BIO labels: an <c>I-X</c> may only follow <c>B-X</c> or <c>I-X</c>, so every
/// decoded sequence is a valid set of spans. Stateless and thread-safe.
/// </summary>
internal static class BioDecoder
{
    /// <summary>Whether moving from label <paramref name="from"/> (or the sentence start, when null) to <paramref name="to"/> is valid BIO.</summary>
    public static bool IsAllowed(string? from, string to)
    {
        if (!to.StartsWith("I-", StringComparison.Ordinal))
        {
            return true;
        }

        return from is not null && from.Length > 2 && from.AsSpan(2).SequenceEqual(to.AsSpan(2));
    }

    /// <summary>
    /// Decodes the best valid label sequence. <paramref name="emissions"/> holds, for each token, either one
    /// log-probability per label (<c>n × labels</c>, when <paramref name="markov"/> is false) or one per (previous label,
    /// label) pair (<c>n × (labels + 1) × labels</c>, the last previous label being the sentence start) for a
    /// maximum-entropy Markov model. The model's transition scores are added to every move.
    /// </summary>
    /// <param name="model">The model whose transition scores and entity bias apply.</param>
    /// <param name="emissions">The emission log-probabilities.</param>
    /// <param name="markov">Whether emissions are conditioned on the previous label.</param>
    /// <param name="labels">Receives the label of each token.</param>
    public static void Decode(NerModel model, ReadOnlySpan<float> emissions, bool markov, Span<int> labels)
    {
        float bias = model.EntityBias;
        int l = model.Labels.Count;
        int n = labels.Length;
        if (n == 0)
        {
            return;
        }

        ReadOnlySpan<float> transitions = model.TransitionScores;
        int stride = markov ? (l + 1) * l : l;
        float[] scoreArray = System.Buffers.ArrayPool<float>.Shared.Rent(n * l);
        int[] backArray = System.Buffers.ArrayPool<int>.Shared.Rent(n * l);
        Span<float> score = scoreArray.AsSpan(0, n * l);
        Span<int> back = backArray.AsSpan(0, n * l);
        for (int k = 0; k < l; k++)
        {
            score[k] = transitions[(l * l) + k] + emissions[(markov ? l * l : 0) + k] + (k == 0 ? 0 : bias);
        }

        for (int t = 1; t < n; t++)
        {
            int row = t * stride;
            for (int k = 0; k < l; k++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int j = 0; j < l; j++)
                {
                    float s = score[((t - 1) * l) + j] + transitions[(j * l) + k] + (markov ? emissions[row + (j * l) + k] : 0);
                    if (s > best)
                    {
                        best = s;
                        arg = j;
                    }
                }

                score[(t * l) + k] = best + (markov ? 0 : emissions[row + k]) + (k == 0 ? 0 : bias);
                back[(t * l) + k] = arg;
            }
        }

        int last = 0;
        for (int k = 1; k < l; k++)
        {
            if (score[((n - 1) * l) + k] > score[((n - 1) * l) + last])
            {
                last = k;
            }
        }

        for (int t = n - 1; t >= 0; t--)
        {
            labels[t] = last;
            last = back[(t * l) + last];
        }

        System.Buffers.ArrayPool<float>.Shared.Return(scoreArray);
        System.Buffers.ArrayPool<int>.Shared.Return(backArray);
    }
}
