using System.Diagnostics;

namespace ArabicEntities.Training;

/// <summary>
/// Word clustering with the predictive exchange algorithm (Uszkoreit and Brants 2008, after Kneser and Ney 1993):
/// the class bigram model p(w | v) = p(w | c(w)) · p(c(w) | v) is fitted by moving one word at a time to the class
/// that most increases the training log-likelihood, which for this model is
/// <c>Σ_{v,c} N(v,c) log N(v,c) − Σ_c N(c) log N(c)</c> (plus terms that do not depend on the clustering).
/// </summary>
/// <remarks>
/// Deterministic: words are visited in a fixed order (by descending frequency), the initial classes come from a seeded
/// generator, ties keep the current class or pick the lowest class index, and the parallel part only splits the
/// candidate classes between threads (each candidate's score is computed the same way whatever the split).
/// </remarks>
internal sealed class ExchangeClustering
{
    private const int TableSize = 1 << 16;
    private static readonly double[] XLogX = BuildTable();

    private readonly int _classes;
    private readonly int _words;
    private readonly int _predecessors;
    private readonly int[] _predecessorStart;
    private readonly int[] _predecessorIds;
    private readonly int[] _predecessorCounts;
    private readonly long[] _wordCounts;
    private readonly int[] _wordClass;
    private readonly int[] _predecessorClassCounts;
    private readonly long[] _classCounts;
    private readonly int _threads;

    /// <summary>Creates the model from bigram counts.</summary>
    /// <param name="classes">The number of classes.</param>
    /// <param name="words">The number of clustered words (ids <c>0 … words − 1</c>, most frequent first).</param>
    /// <param name="predecessors">The number of predecessor ids (the words plus boundary and unknown ids).</param>
    /// <param name="predecessorStart">For each word, where its predecessor list starts (CSR, length <c>words + 1</c>).</param>
    /// <param name="predecessorIds">The predecessor ids.</param>
    /// <param name="predecessorCounts">How often each predecessor precedes the word.</param>
    /// <param name="seed">The seed of the initial assignment.</param>
    /// <param name="threads">The number of threads that score candidate classes.</param>
    public ExchangeClustering(int classes, int words, int predecessors, int[] predecessorStart, int[] predecessorIds, int[] predecessorCounts, int seed, int threads)
    {
        _classes = classes;
        _words = words;
        _predecessors = predecessors;
        _predecessorStart = predecessorStart;
        _predecessorIds = predecessorIds;
        _predecessorCounts = predecessorCounts;
        _threads = Math.Max(1, threads);
        _wordCounts = new long[words];
        for (int w = 0; w < words; w++)
        {
            long sum = 0;
            for (int i = predecessorStart[w]; i < predecessorStart[w + 1]; i++)
            {
                sum += predecessorCounts[i];
            }

            _wordCounts[w] = sum;
        }

        // The most frequent words start in classes of their own; the rest are spread by a seeded generator.
        _wordClass = new int[words];
        Random random = new(seed);
        for (int w = 0; w < words; w++)
        {
            _wordClass[w] = w < classes ? w : random.Next(classes);
        }

        _predecessorClassCounts = new int[(long)predecessors * classes <= int.MaxValue ? predecessors * classes : throw new ArgumentOutOfRangeException(nameof(classes), "Too many predecessors × classes.")];
        _classCounts = new long[classes];
        for (int w = 0; w < words; w++)
        {
            int c = _wordClass[w];
            _classCounts[c] += _wordCounts[w];
            for (int i = predecessorStart[w]; i < predecessorStart[w + 1]; i++)
            {
                _predecessorClassCounts[(predecessorIds[i] * classes) + c] += predecessorCounts[i];
            }
        }
    }

    /// <summary>Gets the class of each word (read after <see cref="Run"/>).</summary>
    public IReadOnlyList<int> WordClasses => _wordClass;

    /// <summary>Gets the log-likelihood terms that depend on the clustering (nats).</summary>
    public double Objective()
    {
        double sum = 0;
        foreach (int n in _predecessorClassCounts)
        {
            sum += F(n);
        }

        foreach (long n in _classCounts)
        {
            sum -= F(n);
        }

        return sum;
    }

    /// <summary>Runs exchange iterations until fewer than <paramref name="minMovedFraction"/> of the words move, or the iterations or time run out.</summary>
    /// <param name="maxIterations">The most passes over the vocabulary.</param>
    /// <param name="minMovedFraction">Stop when a pass moves fewer words than this fraction.</param>
    /// <param name="deadline">Stop after the pass running when this much time has passed since the start.</param>
    /// <param name="log">Progress lines.</param>
    public void Run(int maxIterations, double minMovedFraction, TimeSpan deadline, TextWriter log)
    {
        Stopwatch clock = Stopwatch.StartNew();
        double[] gains = new double[_classes];
        log.WriteLine($"exchange: start objective {Objective():F0}");
        for (int iteration = 1; iteration <= maxIterations; iteration++)
        {
            int moved = 0;
            for (int w = 0; w < _words; w++)
            {
                if (MoveWord(w, gains))
                {
                    moved++;
                }
            }

            log.WriteLine($"exchange: iteration {iteration}: moved {moved:N0} words, objective {Objective():F0}, {clock.Elapsed.TotalSeconds:F0} s");
            log.Flush();
            if (moved < minMovedFraction * _words || clock.Elapsed > deadline)
            {
                break;
            }
        }
    }

    /// <summary>Counts how often a word of class c is followed by a word of class d (the class bigram matrix of the clustered words).</summary>
    /// <returns>A <c>classes × classes</c> matrix, row-major.</returns>
    public long[] ClassBigrams()
    {
        long[] matrix = new long[_classes * _classes];
        for (int w = 0; w < _words; w++)
        {
            int d = _wordClass[w];
            for (int i = _predecessorStart[w]; i < _predecessorStart[w + 1]; i++)
            {
                int v = _predecessorIds[i];
                if (v < _words)
                {
                    matrix[(_wordClass[v] * _classes) + d] += _predecessorCounts[i];
                }
            }
        }

        return matrix;
    }

    private static double[] BuildTable()
    {
        double[] table = new double[TableSize];
        for (int i = 1; i < TableSize; i++)
        {
            table[i] = i * Math.Log(i);
        }

        return table;
    }

    private static double F(long n) => n < TableSize ? XLogX[n] : n * Math.Log(n);

    private bool MoveWord(int w, double[] gains)
    {
        int from = _wordClass[w];
        int start = _predecessorStart[w];
        int end = _predecessorStart[w + 1];
        int k = _classes;
        int[] counts = _predecessorClassCounts;
        for (int i = start; i < end; i++)
        {
            counts[(_predecessorIds[i] * k) + from] -= _predecessorCounts[i];
        }

        long nw = _wordCounts[w];
        _classCounts[from] -= nw;

        long work = (long)(end - start) * k;
        if (_threads > 1 && work > 400_000)
        {
            int chunk = (k + _threads - 1) / _threads;
            Parallel.For(0, _threads, new ParallelOptions { MaxDegreeOfParallelism = _threads }, t => Score(start, end, t * chunk, Math.Min(k, (t + 1) * chunk), nw, gains));
        }
        else
        {
            Score(start, end, 0, k, nw, gains);
        }

        int best = from;
        double bestGain = gains[from];
        for (int c = 0; c < k; c++)
        {
            if (gains[c] > bestGain + 1e-9)
            {
                best = c;
                bestGain = gains[c];
            }
        }

        for (int i = start; i < end; i++)
        {
            counts[(_predecessorIds[i] * k) + best] += _predecessorCounts[i];
        }

        _classCounts[best] += nw;
        _wordClass[w] = best;
        return best != from;
    }

    // gains[c] for c in [first, last): the change of the objective when w (already removed) joins class c, less the
    // terms that are the same for every class.
    private void Score(int start, int end, int first, int last, long nw, double[] gains)
    {
        int k = _classes;
        int[] counts = _predecessorClassCounts;
        double[] table = XLogX;
        for (int c = first; c < last; c++)
        {
            gains[c] = F(_classCounts[c]) - F(_classCounts[c] + nw);
        }

        for (int i = start; i < end; i++)
        {
            int n = _predecessorCounts[i];
            double fn = F(n);
            int row = _predecessorIds[i] * k;
            for (int c = first; c < last; c++)
            {
                int old = counts[row + c];
                if (old != 0)
                {
                    int now = old + n;
                    double added = now < TableSize ? table[now] : now * Math.Log(now);
                    double before = old < TableSize ? table[old] : old * Math.Log(old);
                    gains[c] += added - before - fn;
                }
            }
        }
    }
}
