using ArabicEntities.Temporal;
using Xunit.Abstractions;

namespace ArabicEntities.Tests.Temporal;

public class WojoodEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void WojoodVal_DateMentions_OverlapF1AtLeast90()
    {
        string path = Path.Combine(TemporalTestData.DataDirectory, "wojood", "val.txt");
        var sentences = TemporalSpanEvaluator.Read(File.ReadLines(path), "DATE");
        TemporalSpanEvaluator.Result result = TemporalSpanEvaluator.Evaluate(sentences, TemporalRecognizer.Default);
        output.WriteLine($"gold {result.Gold}, predicted {result.Predicted}");
        output.WriteLine($"overlap P {result.OverlapPrecision:F3} R {result.OverlapRecall:F3} F1 {result.OverlapF1:F3}");
        output.WriteLine($"exact   P {result.ExactPrecision:F3} R {result.ExactRecall:F3} F1 {result.ExactF1:F3}");
        foreach (string error in result.Errors)
        {
            output.WriteLine(error);
        }

        Assert.True(result.OverlapF1 >= 0.90, $"overlap F1 {result.OverlapF1:F3}");
    }

    [Fact]
    public void WojoodTrain_DateMentions_Report()
    {
        string path = Path.Combine(TemporalTestData.DataDirectory, "wojood", "train.txt");
        var sentences = TemporalSpanEvaluator.Read(File.ReadLines(path), "DATE");
        TemporalSpanEvaluator.Result result = TemporalSpanEvaluator.Evaluate(sentences, TemporalRecognizer.Default);
        output.WriteLine($"gold {result.Gold}, predicted {result.Predicted}");
        output.WriteLine($"overlap P {result.OverlapPrecision:F3} R {result.OverlapRecall:F3} F1 {result.OverlapF1:F3}");
        output.WriteLine($"exact   P {result.ExactPrecision:F3} R {result.ExactRecall:F3} F1 {result.ExactF1:F3}");
        foreach (string error in result.Errors)
        {
            output.WriteLine(error);
        }

        Assert.True(result.Gold > 500);
    }
}
