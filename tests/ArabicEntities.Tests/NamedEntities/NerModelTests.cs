using System.IO.Compression;
using ArabicEntities.NamedEntities;
using ArabicEntities.Training;

namespace ArabicEntities.Tests.NamedEntities;

public sealed class NerModelTests
{
    [Fact]
    public void SaveLoad_RoundTrips_WeightsToHalfPrecision()
    {
        NerModel model = NamedEntityRecognizer.Default.Model;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        NerModel loaded = NerModel.Load(stream);
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        Assert.Equal(model.Transitions, loaded.Transitions);
        Assert.Equal(model.Description, loaded.Description);
        var a = new float[model.Labels.Count];
        var b = new float[model.Labels.Count];
        int[] features = [12345, 777, 4242, 99999];
        model.Score(features, a);
        loaded.Score(features, b);
        Assert.Equal(a, b); // the embedded model is already half precision, so a second round trip is exact
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(13)]
    [InlineData(16)]
    [InlineData(17)]
    public void ScoreRaw_AndAddFeature_AddEachRowInOrder_ForAnyLabelCount(int labelCount)
    {
        var random = new Random(labelCount);
        string[] labels = [.. Enumerable.Range(0, labelCount).Select(k => k == 0 ? "O" : "B-X" + k)];
        float[] biases = [.. Enumerable.Range(0, labelCount).Select(_ => (float)random.NextDouble())];
        var rows = new Dictionary<int, float[]>();
        foreach (int feature in new[] { 3, 17, 4096, 70_000, 1_000_000 })
        {
            rows[feature] = [.. Enumerable.Range(0, labelCount).Select(_ => (float)((random.NextDouble() * 2) - 1))];
        }

        var model = new NerModel(labels, NerFeatureSet.PreviousLabel, biases, rows, new float[(labelCount + 1) * labelCount], "test");
        int[] features = [3, 5, 4096, 1_000_000, 17, 3];
        var scores = new float[labelCount + 2];
        model.ScoreRaw(features, scores);
        var expScores = new float[labelCount];
        Array.Fill(expScores, 1f);
        var added = new float[labelCount];
        model.AddFeature(70_000, added, expScores);
        for (int k = 0; k < labelCount; k++)
        {
            float expected = biases[k];
            foreach (int feature in features)
            {
                expected += rows.TryGetValue(feature, out float[]? row) ? row[k] : 0;
            }

            Assert.Equal(expected, scores[k]);
            Assert.Equal(rows[70_000][k], added[k]);
            Assert.Equal(MathF.Exp(rows[70_000][k]), expScores[k], 6);
        }

        Assert.Equal(0, scores[labelCount]); // nothing written past the labels
    }

    [Fact]
    public void Load_Garbage_ThrowsInvalidData()
    {
        using var stream = new MemoryStream([1, 2, 3, 4]);
        Assert.ThrowsAny<InvalidDataException>(() => NerModel.Load(stream));
    }

    [Fact]
    public void SaveLoadSave_WritesTheSameBytes()
    {
        byte[] first = Saved(NamedEntityRecognizer.Default.Model);
        using var stream = new MemoryStream(first);
        Assert.Equal(first, Saved(NerModel.Load(stream)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Load_TruncatedWeightRows_ThrowsInvalidData(int missingBytes)
    {
        using var saved = new MemoryStream(Saved(NamedEntityRecognizer.Default.Model));
        using var raw = new MemoryStream();
        using (var gzip = new GZipStream(saved, CompressionMode.Decompress))
        {
            gzip.CopyTo(raw);
        }

        using var truncated = new MemoryStream();
        using (var gzip = new GZipStream(truncated, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(raw.GetBuffer(), 0, (int)raw.Length - missingBytes);
        }

        truncated.Position = 0;
        Assert.Throws<InvalidDataException>(() => NerModel.Load(truncated));
    }

    [Fact]
    public void Train_SameDataTwice_SameModelBytes()
    {
        string path = Path.Combine(Temporal.TemporalTestData.DataDirectory, "anercorp", "train90.txt");
        NerDataset data = NerDataset.Load(path, NerLexicon.Empty, maxSentences: 150);
        var settings = new NerTrainingSettings("sdca", NerFeatureSet.PreviousLabel, 1e-5f, 1e-4f, 5);
        byte[] Train()
        {
            using var stream = new MemoryStream();
            NerTrainer.TrainLinear(data, settings, TextWriter.Null).Save(stream);
            return stream.ToArray();
        }

        Assert.Equal(Train(), Train());
    }

    private static byte[] Saved(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
