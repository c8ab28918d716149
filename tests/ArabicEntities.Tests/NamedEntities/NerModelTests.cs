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
