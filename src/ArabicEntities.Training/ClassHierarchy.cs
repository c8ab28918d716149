namespace ArabicEntities.Training;

/// <summary>
/// Builds a binary hierarchy over word classes by greedy agglomerative merging (Brown et al. 1992): starting from the
/// classes of the exchange algorithm, the pair whose merge loses the least average mutual information of the class
/// bigram model is merged until one cluster is left. Each class gets the bit string of its path from the root
/// (0 = first child, 1 = second), so prefixes name coarser clusters.
/// </summary>
/// <remarks>
/// The loss of every pair is kept between merges and updated in constant time for the pairs a merge does not touch
/// (Brown et al.'s bookkeeping), so the whole hierarchy costs O(C³) rather than the O(C⁴) of recomputing each pair's
/// loss from scratch at every merge: seconds for 1,024 classes instead of hours.
/// </remarks>
internal static class ClassHierarchy
{
    /// <summary>Computes the bit-string path of every class.</summary>
    /// <param name="bigrams">The class bigram counts, <c>classes × classes</c>, row-major.</param>
    /// <param name="classes">The number of classes.</param>
    /// <returns>The path of each class.</returns>
    public static string[] BuildPaths(long[] bigrams, int classes)
    {
        ArgumentNullException.ThrowIfNull(bigrams);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        ArgumentOutOfRangeException.ThrowIfNotEqual(bigrams.Length, classes * classes);
        double total = 0;
        foreach (long n in bigrams)
        {
            total += n;
        }

        // p[c, d] joint, left[c] and right[d] marginals; merged clusters are folded into the lower index.
        double[,] p = new double[classes, classes];
        double[] left = new double[classes];
        double[] right = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            for (int d = 0; d < classes; d++)
            {
                double value = total > 0 ? bigrams[(c * classes) + d] / total : 0;
                p[c, d] = value;
                left[c] += value;
                right[d] += value;
            }
        }

        List<int> active = [.. Enumerable.Range(0, classes)];
        int[] node = [.. Enumerable.Range(0, classes)];           // the tree node each active cluster stands for
        List<(int First, int Second)> children = [];               // internal nodes, numbered from classes upward

        // contribution[a]: the mutual-information terms of row and column a; merged[i, j] (i < j): the terms the merged
        // cluster i ∪ j would have, its own cell and its row and column against every other active cluster.
        double[] contribution = new double[classes];
        foreach (int a in active)
        {
            contribution[a] = Contribution(p, left, right, active, a);
        }

        double[,] merged = new double[classes, classes];
        for (int x = 0; x < active.Count; x++)
        {
            for (int y = x + 1; y < active.Count; y++)
            {
                merged[active[x], active[y]] = MergedContribution(p, left, right, active, active[x], active[y]);
            }
        }

        while (active.Count > 1)
        {
            double bestLoss = double.MaxValue;
            int bestI = -1;
            int bestJ = -1;
            for (int x = 0; x < active.Count; x++)
            {
                int i = active[x];
                for (int y = x + 1; y < active.Count; y++)
                {
                    int j = active[y];
                    double loss = contribution[i] + contribution[j] - Q(p[i, j], left[i], right[j]) - Q(p[j, i], left[j], right[i]) - merged[i, j];
                    if (loss < bestLoss - 1e-15)
                    {
                        bestLoss = loss;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }

            Merge(p, left, right, active, contribution, merged, bestI, bestJ);
            children.Add((node[bestI], node[bestJ]));
            node[bestI] = classes + children.Count - 1;
        }

        string[] paths = new string[classes];
        if (classes == 1)
        {
            paths[0] = "0";
            return paths;
        }

        Stack<(int Node, string Path)> stack = new();
        stack.Push((node[active[0]], string.Empty));
        while (stack.Count > 0)
        {
            (int current, string path) = stack.Pop();
            if (current < classes)
            {
                paths[current] = path;
                continue;
            }

            (int first, int second) = children[current - classes];
            stack.Push((first, path + "0"));
            stack.Push((second, path + "1"));
        }

        return paths;
    }

    /// <summary>
    /// Folds cluster <paramref name="b"/> into <paramref name="a"/> (<c>a &lt; b</c>) and brings the kept losses up to
    /// date: a pair that involves neither changes only in its terms against <c>a</c> and <c>b</c>, which are swapped
    /// for its terms against the merged cluster; the pairs that involve <c>a</c> are recomputed.
    /// </summary>
    private static void Merge(double[,] p, double[] left, double[] right, List<int> active, double[] contribution, double[,] merged, int a, int b)
    {
        // The terms against a and b before the merge, for every other cluster and pair.
        List<int> others = [.. active.Where(k => k != a && k != b)];
        foreach (int i in others)
        {
            contribution[i] -= Q(p[i, a], left[i], right[a]) + Q(p[a, i], left[a], right[i]) + Q(p[i, b], left[i], right[b]) + Q(p[b, i], left[b], right[i]);
        }

        for (int x = 0; x < others.Count; x++)
        {
            int i = others[x];
            for (int y = x + 1; y < others.Count; y++)
            {
                int j = others[y];
                merged[i, j] -= PairTerm(p, left, right, i, j, a) + PairTerm(p, left, right, i, j, b);
            }
        }

        foreach (int k in others)
        {
            p[a, k] += p[b, k];
            p[k, a] += p[k, b];
        }

        p[a, a] += p[a, b] + p[b, a] + p[b, b];
        left[a] += left[b];
        right[a] += right[b];
        active.Remove(b);

        foreach (int i in others)
        {
            contribution[i] += Q(p[i, a], left[i], right[a]) + Q(p[a, i], left[a], right[i]);
        }

        for (int x = 0; x < others.Count; x++)
        {
            int i = others[x];
            for (int y = x + 1; y < others.Count; y++)
            {
                int j = others[y];
                merged[i, j] += PairTerm(p, left, right, i, j, a);
            }
        }

        contribution[a] = Contribution(p, left, right, active, a);
        foreach (int k in others)
        {
            (int low, int high) = k < a ? (k, a) : (a, k);
            merged[low, high] = MergedContribution(p, left, right, active, low, high);
        }
    }

    private static double Q(double joint, double left, double right) => joint > 0 ? joint * Math.Log(joint / (left * right)) : 0;

    private static double Contribution(double[,] p, double[] left, double[] right, List<int> active, int a)
    {
        double sum = 0;
        foreach (int b in active)
        {
            sum += Q(p[a, b], left[a], right[b]) + (a == b ? 0 : Q(p[b, a], left[b], right[a]));
        }

        return sum;
    }

    /// <summary>The terms of the merged cluster <c>i ∪ j</c> against cluster <paramref name="k"/>: its row and its column.</summary>
    private static double PairTerm(double[,] p, double[] left, double[] right, int i, int j, int k) =>
        Q(p[i, k] + p[j, k], left[i] + left[j], right[k]) + Q(p[k, i] + p[k, j], left[k], right[i] + right[j]);

    private static double MergedContribution(double[,] p, double[] left, double[] right, List<int> active, int i, int j)
    {
        double sum = Q(p[i, i] + p[i, j] + p[j, i] + p[j, j], left[i] + left[j], right[i] + right[j]);
        foreach (int k in active)
        {
            if (k != i && k != j)
            {
                sum += PairTerm(p, left, right, i, j, k);
            }
        }

        return sum;
    }
}
