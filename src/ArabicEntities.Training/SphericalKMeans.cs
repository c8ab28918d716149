using System.Numerics.Tensors;

namespace ArabicEntities.Training;

/// <summary>
/// Spherical k-means (cosine similarity): the vectors are scaled to unit length, each is assigned to the centroid with
/// the largest dot product, and each centroid becomes the unit-length mean of its members. Deterministic for a seed
/// (the assignment step runs in parallel but every vector's choice is independent of the others).
/// </summary>
internal static class SphericalKMeans
{
    /// <summary>Clusters <paramref name="count"/> vectors of length <paramref name="dimension"/>.</summary>
    /// <param name="vectors">The vectors, row-major (normalized in place).</param>
    /// <param name="count">The number of vectors.</param>
    /// <param name="dimension">The vector length.</param>
    /// <param name="k">The number of clusters.</param>
    /// <param name="iterations">The most assignment/update rounds.</param>
    /// <param name="seed">Chooses the starting centroids.</param>
    /// <param name="threads">Threads for the assignment step.</param>
    /// <param name="log">Progress output.</param>
    /// <returns>The cluster of each vector, in <c>[0, k)</c>.</returns>
    public static int[] Cluster(float[] vectors, int count, int dimension, int k, int iterations, int seed, int threads, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, count);
        for (int i = 0; i < count; i++)
        {
            Normalize(vectors.AsSpan(i * dimension, dimension));
        }

        // Start from k distinct vectors drawn at random (a partial Fisher–Yates shuffle).
        Random random = new(seed);
        int[] order = [.. Enumerable.Range(0, count)];
        float[] centroids = new float[k * dimension];
        for (int c = 0; c < k; c++)
        {
            int pick = c + random.Next(count - c);
            (order[c], order[pick]) = (order[pick], order[c]);
            vectors.AsSpan(order[c] * dimension, dimension).CopyTo(centroids.AsSpan(c * dimension, dimension));
        }

        int[] assignment = new int[count];
        Array.Fill(assignment, -1);
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            int moved = 0;
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, part =>
            {
                int changed = 0;
                for (int i = part; i < count; i += threads)
                {
                    ReadOnlySpan<float> x = vectors.AsSpan(i * dimension, dimension);
                    int best = 0;
                    float bestScore = float.NegativeInfinity;
                    for (int c = 0; c < k; c++)
                    {
                        float score = TensorPrimitives.Dot(x, centroids.AsSpan(c * dimension, dimension));
                        if (score > bestScore)
                        {
                            bestScore = score;
                            best = c;
                        }
                    }

                    if (assignment[i] != best)
                    {
                        assignment[i] = best;
                        changed++;
                    }
                }

                Interlocked.Add(ref moved, changed);
            });

            float[] sums = new float[k * dimension];
            int[] sizes = new int[k];
            for (int i = 0; i < count; i++)
            {
                int c = assignment[i];
                sizes[c]++;
                Span<float> sum = sums.AsSpan(c * dimension, dimension);
                ReadOnlySpan<float> x = vectors.AsSpan(i * dimension, dimension);
                TensorPrimitives.Add(sum, x, sum);
            }

            for (int c = 0; c < k; c++)
            {
                if (sizes[c] > 0)
                {
                    Span<float> centroid = sums.AsSpan(c * dimension, dimension);
                    Normalize(centroid);
                    centroid.CopyTo(centroids.AsSpan(c * dimension, dimension));
                }
            }

            log.WriteLine($"k-means k={k} round {iteration + 1}: {moved:N0} moved, {sizes.Count(s => s == 0)} empty");
            log.Flush();
            if (moved < count / 1000)
            {
                break;
            }
        }

        return assignment;
    }

    private static void Normalize(Span<float> x)
    {
        float norm = TensorPrimitives.Norm(x);
        if (norm > 0)
        {
            TensorPrimitives.Divide(x, norm, x);
        }
    }
}
