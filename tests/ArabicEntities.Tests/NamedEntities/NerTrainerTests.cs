using ArabicEntities.NamedEntities;
using ArabicEntities.Training;

namespace ArabicEntities.Tests.NamedEntities;

public class NerTrainerTests
{
    private static NerDataset Load(int sentences)
    {
        string path = Path.Combine(Temporal.TemporalTestData.DataDirectory, "anercorp", "train90.txt");
        return NerDataset.Load(path, NerLexicon.Empty, maxSentences: sentences);
    }

    [Fact]
    public void TrainAndScoreFolded_ScoresTheDevEntities_OnIdenticalFoldedVectors()
    {
        NerDataset all = Load(240);
        NerDataset train = all.Subset(s => s < 200);
        NerDataset dev = all.Subset(s => s >= 200);
        var settings = new NerTrainingSettings("sdca", NerFeatureSet.Core, 1e-5f, 1e-4f, 5);

        (ConllScorer first, _) = NerTrainer.TrainAndScoreFolded(train, dev, settings, dimension: 4096);
        (ConllScorer second, _) = NerTrainer.TrainAndScoreFolded(train, dev, settings, dimension: 4096);

        Assert.True(first.Overall.Gold > 0);
        Assert.True(first.Overall.Predicted > 0, "the folded model predicted no entity");
        Assert.Equal(first.Overall, second.Overall);
    }

    [Theory]
    [InlineData(4)] // NerFeatureSet.PreviousLabel
    [InlineData(8)] // NerFeatureSet.Memory
    public void TrainAndScoreFolded_RefusesFeaturesThatWouldLeakGoldLabels(int family)
    {
        var features = (NerFeatureSet)family;
        NerDataset data = Load(20);
        var settings = new NerTrainingSettings("sdca", features, 1e-5f, 1e-4f, 1);

        Assert.Throws<ArgumentException>(() => NerTrainer.TrainAndScoreFolded(data, data, settings, dimension: 1024));
    }
}
