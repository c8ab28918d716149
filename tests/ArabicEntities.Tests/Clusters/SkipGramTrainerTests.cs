using System.Numerics.Tensors;
using ArabicEntities.Training;

namespace ArabicEntities.Tests.Clusters;

public class SkipGramTrainerTests
{
    // Words 0–4 only ever appear with each other, words 5–9 likewise; sentences of six words drawn within one group.
    private static (int[] Corpus, long[] Counts) TwoTopics()
    {
        Random random = new(7);
        List<int> corpus = [];
        long[] counts = new long[10];
        for (int sentence = 0; sentence < 3000; sentence++)
        {
            int group = sentence % 2 * 5;
            for (int i = 0; i < 6; i++)
            {
                int word = group + random.Next(5);
                corpus.Add(word);
                counts[word]++;
            }

            corpus.Add(-1);
        }

        return ([.. corpus], counts);
    }

    private static float[] Train(int seed)
    {
        (int[] corpus, long[] counts) = TwoTopics();
        return new SkipGramTrainer(16, 3, 3, 0, 0.05f, seed).Train(corpus, counts, 2, TextWriter.Null);
    }

    private static float Cosine(float[] vectors, int a, int b) =>
        TensorPrimitives.CosineSimilarity(vectors.AsSpan(a * 16, 16), vectors.AsSpan(b * 16, 16));

    [Fact]
    public void Train_WordsOfOneTopic_AreCloserThanWordsOfTwo()
    {
        float[] vectors = Train(1);
        double within = (Cosine(vectors, 0, 1) + Cosine(vectors, 2, 3) + Cosine(vectors, 5, 6) + Cosine(vectors, 7, 8)) / 4;
        double across = (Cosine(vectors, 0, 5) + Cosine(vectors, 1, 6) + Cosine(vectors, 2, 7) + Cosine(vectors, 3, 8)) / 4;
        Assert.True(within > across + 0.3, $"within {within:F2}, across {across:F2}");
    }

    [Fact]
    public void Train_SameSeed_SameVectors()
    {
        Assert.Equal(Train(3), Train(3));
        Assert.NotEqual(Train(3), Train(4));
    }

    [Fact]
    public void SphericalKMeans_SeparatesTheTwoTopics()
    {
        float[] vectors = Train(1);
        int[] clusters = SphericalKMeans.Cluster(vectors, 10, 16, 2, 10, 1, 2, TextWriter.Null);
        Assert.All(clusters[..5], c => Assert.Equal(clusters[0], c));
        Assert.All(clusters[5..], c => Assert.Equal(clusters[5], c));
        Assert.NotEqual(clusters[0], clusters[5]);
    }
}
