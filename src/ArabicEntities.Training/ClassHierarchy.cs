namespace ArabicEntities.Training;

/// <summary>
/// Builds a binary hierarchy over word classes by greedy agglomerative merging (Brown et al. 1992): starting from the
/// classes of the exchange algorithm, the pair whose merge loses the least average mutual information of the class
/// bigram model is merged until one cluster is left. Each class gets the bit string of its path from the root
/// (0 = first child, 1 = second), so prefixes name coarser clusters.
/// </summary>
internal static class ClassHierarchy
{
    /// <summary>Computes the bit-string path of every class.</summary>
    /// <param name="bigrams">The class bigram counts, <c>classes × classes</c>, row-major.</param>
    /// <param name="classes">The number of classes.</param>
    /// <returns>The path of each class.</returns>
    public static string[] BuildPaths(long[] bigrams, int classes)
    {
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
        while (active.Count > 1)
        {
            double[] contribution = new double[classes];
            foreach (int a in active)
            {
                double sum = 0;
                foreach (int b in active)
                {
                    sum += Q(p[a, b], left[a], right[b]) + (a == b ? 0 : Q(p[b, a], left[b], right[a]));
                }

                contribution[a] = sum;
            }

            double bestLoss = double.MaxValue;
            int bestI = -1;
            int bestJ = -1;
            for (int x = 0; x < active.Count; x++)
            {
                int i = active[x];
                for (int y = x + 1; y < active.Count; y++)
                {
                    int j = active[y];
                    double loss = contribution[i] + contribution[j] - Q(p[i, j], left[i], right[j]) - Q(p[j, i], left[j], right[i])
                        - MergedContribution(p, left, right, active, i, j);
                    if (loss < bestLoss - 1e-15)
                    {
                        bestLoss = loss;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }

            foreach (int b in active)
            {
                if (b != bestI && b != bestJ)
                {
                    p[bestI, b] += p[bestJ, b];
                    p[b, bestI] += p[b, bestJ];
                }
            }

            p[bestI, bestI] += p[bestI, bestJ] + p[bestJ, bestI] + p[bestJ, bestJ];
            left[bestI] += left[bestJ];
            right[bestI] += right[bestJ];
            children.Add((node[bestI], node[bestJ]));
            node[bestI] = classes + children.Count - 1;
            active.Remove(bestJ);
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

    private static double Q(double joint, double left, double right) => joint > 0 ? joint * Math.Log(joint / (left * right)) : 0;

    private static double MergedContribution(double[,] p, double[] left, double[] right, List<int> active, int i, int j)
    {
        double l = left[i] + left[j];
        double r = right[i] + right[j];
        double sum = Q(p[i, i] + p[i, j] + p[j, i] + p[j, j], l, r);
        foreach (int b in active)
        {
            if (b != i && b != j)
            {
                sum += Q(p[i, b] + p[j, b], l, right[b]) + Q(p[b, i] + p[b, j], left[b], r);
            }
        }

        return sum;
    }
}
