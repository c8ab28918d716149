using ArabicEntities.Training;

namespace ArabicEntities.Tests.Training;

public sealed class ClassHierarchyTests
{
    [Theory]
    [InlineData(2, 1)]
    [InlineData(7, 2)]
    [InlineData(16, 3)]
    [InlineData(40, 4)]
    public void BuildPaths_KeptLosses_MergeAsRecomputingEveryPairAtEveryMerge(int classes, int seed)
    {
        long[] bigrams = RandomBigrams(classes, seed);

        Assert.Equal(ReferencePaths(bigrams, classes), ClassHierarchy.BuildPaths(bigrams, classes));
    }

    [Fact]
    public void BuildPaths_GivesEveryClassADistinctPathAndNoPathPrefixesAnother()
    {
        string[] paths = ClassHierarchy.BuildPaths(RandomBigrams(64, 5), 64);

        Assert.Equal(64, paths.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(paths, a => paths.Any(b => !ReferenceEquals(a, b) && b.StartsWith(a, StringComparison.Ordinal)));
    }

    [Fact]
    public void BuildPaths_MergesTheClassesThatShareNeighboursFirst()
    {
        // Classes 0 and 1 follow and precede the same classes; so do 2 and 3. Each pair is one subtree.
        long[] bigrams =
        [
            0, 0, 9, 1,
            0, 0, 1, 9,
            9, 1, 0, 0,
            1, 9, 0, 0,
        ];

        string[] paths = ClassHierarchy.BuildPaths(bigrams, 4);

        Assert.Equal(paths[0][0], paths[1][0]);
        Assert.Equal(paths[2][0], paths[3][0]);
        Assert.NotEqual(paths[0][0], paths[2][0]);
    }

    private static long[] RandomBigrams(int classes, int seed)
    {
        var random = new Random(seed);
        long[] bigrams = new long[classes * classes];
        for (int i = 0; i < bigrams.Length; i++)
        {
            // Sparse and skewed, as class bigrams of text are: many empty cells, a few large ones.
            bigrams[i] = random.NextDouble() < 0.4 ? 0 : (long)Math.Pow(random.Next(1, 60), 2);
        }

        return bigrams;
    }

    /// <summary>The direct O(C⁴) algorithm: every pair's loss recomputed from the counts at every merge.</summary>
    private static string[] ReferencePaths(long[] bigrams, int classes)
    {
        double total = bigrams.Sum();
        double[,] p = new double[classes, classes];
        double[] left = new double[classes];
        double[] right = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            for (int d = 0; d < classes; d++)
            {
                p[c, d] = bigrams[(c * classes) + d] / total;
                left[c] += p[c, d];
                right[d] += p[c, d];
            }
        }

        List<int> active = [.. Enumerable.Range(0, classes)];
        string[] paths = [.. Enumerable.Repeat(string.Empty, classes)];
        List<int>[] members = [.. Enumerable.Range(0, classes).Select(c => new List<int> { c })];
        while (active.Count > 1)
        {
            double best = double.MaxValue;
            (int i, int j) pair = (-1, -1);
            for (int x = 0; x < active.Count; x++)
            {
                for (int y = x + 1; y < active.Count; y++)
                {
                    double loss = MutualInformation(p, left, right, active) - MutualInformation(Merged(p, active[x], active[y]), MergedMarginal(left, active[x], active[y]), MergedMarginal(right, active[x], active[y]), [.. active.Where(a => a != active[y])]);
                    if (loss < best - 1e-12)
                    {
                        best = loss;
                        pair = (active[x], active[y]);
                    }
                }
            }

            foreach (int c in members[pair.i])
            {
                paths[c] = "0" + paths[c];
            }

            foreach (int c in members[pair.j])
            {
                paths[c] = "1" + paths[c];
            }

            members[pair.i].AddRange(members[pair.j]);
            p = Merged(p, pair.i, pair.j);
            left = MergedMarginal(left, pair.i, pair.j);
            right = MergedMarginal(right, pair.i, pair.j);
            active.Remove(pair.j);
        }

        if (classes == 1)
        {
            paths[0] = "0";
        }

        return paths;
    }

    private static double MutualInformation(double[,] p, double[] left, double[] right, List<int> active)
    {
        double sum = 0;
        foreach (int a in active)
        {
            foreach (int b in active)
            {
                sum += p[a, b] > 0 ? p[a, b] * Math.Log(p[a, b] / (left[a] * right[b])) : 0;
            }
        }

        return sum;
    }

    private static double[,] Merged(double[,] p, int i, int j)
    {
        int n = p.GetLength(0);
        double[,] result = (double[,])p.Clone();
        for (int k = 0; k < n; k++)
        {
            result[i, k] += result[j, k];
            result[j, k] = 0;
        }

        for (int k = 0; k < n; k++)
        {
            result[k, i] += result[k, j];
            result[k, j] = 0;
        }

        return result;
    }

    private static double[] MergedMarginal(double[] marginal, int i, int j)
    {
        double[] result = (double[])marginal.Clone();
        result[i] += result[j];
        result[j] = 0;
        return result;
    }
}
