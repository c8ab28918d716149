using ArabicEntities.Training;

namespace ArabicEntities.Tests.NamedEntities;

public sealed class ConfidenceScoreTests
{
    [Fact]
    public void Ece_ConfidencesThatMatchTheirBins_IsZero()
    {
        // Four names at 0.75, three of them right; four at 0.25, one of them right.
        (float, bool)[] predictions =
        [
            (0.75f, true), (0.75f, true), (0.75f, true), (0.75f, false),
            (0.25f, true), (0.25f, false), (0.25f, false), (0.25f, false),
        ];
        var score = new ConfidenceScore(predictions);
        Assert.Equal(0, score.Ece, 6);
        Assert.Equal(0.5, score.Accuracy, 6);
        Assert.Equal(0.1875, score.Brier, 6);
    }

    [Fact]
    public void Ece_Overconfidence_IsTheGap()
    {
        // Every name at 0.9, half of them right: the gap is 0.4.
        var score = new ConfidenceScore([(0.9f, true), (0.9f, false), (0.9f, true), (0.9f, false)]);
        Assert.Equal(0.4, score.Ece, 5);
        Assert.Equal(-Math.Log(0.1) / 2 - (Math.Log(0.9) / 2), score.LogLoss, 5);
    }

    [Fact]
    public void Reliability_CountsEveryNameOnce()
    {
        var score = new ConfidenceScore([(0f, false), (0.05f, false), (0.55f, true), (1f, true)]);
        Assert.Equal(4, score.Reliability().Sum(bin => bin.Count));
        Assert.Equal(1, score.Reliability().Single(bin => bin.From == 0.9).Count); // a confidence of 1 falls in the last bin
    }

    [Fact]
    public void Empty_ScoresZero_WithoutThrowing()
    {
        var score = new ConfidenceScore([]);
        Assert.Equal(0, score.Ece);
        Assert.Contains("0 names", score.ToString(), StringComparison.Ordinal);
    }
}
