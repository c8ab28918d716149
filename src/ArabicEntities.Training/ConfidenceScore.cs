using System.Globalization;

namespace ArabicEntities.Training;

/// <summary>How well confidences predict which names are right: expected calibration error, Brier score, log-loss.</summary>
/// <param name="Predictions">Each name's confidence and whether it is right.</param>
internal sealed record ConfidenceScore(IReadOnlyList<(float P, bool Right)> Predictions)
{
    /// <summary>Gets the number of names.</summary>
    public int Count => Predictions.Count;

    /// <summary>Gets the share of names that are right.</summary>
    public double Accuracy => Predictions.Count == 0 ? 0 : Predictions.Average(p => p.Right ? 1.0 : 0);

    /// <summary>Gets the mean confidence.</summary>
    public double MeanConfidence => Predictions.Count == 0 ? 0 : Predictions.Average(p => p.P);

    /// <summary>Gets the expected calibration error over ten equal-width bins.</summary>
    public double Ece
    {
        get
        {
            double total = 0;
            foreach (IGrouping<int, (float P, bool Right)> bin in Predictions.GroupBy(p => Bin(p.P)))
            {
                total += Math.Abs(bin.Average(p => p.P) - bin.Average(p => p.Right ? 1.0 : 0.0)) * bin.Count();
            }

            return Predictions.Count == 0 ? 0 : total / Predictions.Count;
        }
    }

    /// <summary>Gets the Brier score (mean squared error of the confidence).</summary>
    public double Brier => Predictions.Count == 0 ? 0 : Predictions.Average(p => Math.Pow(p.P - (p.Right ? 1 : 0), 2));

    /// <summary>Gets the log-loss (confidences clamped to [1e-6, 1]).</summary>
    public double LogLoss => Predictions.Count == 0 ? 0 : -Predictions.Average(p => Math.Log(Math.Clamp(p.Right ? p.P : 1 - p.P, 1e-6, 1)));

    /// <summary>Gets the ten-bin reliability table: per bin, the names, their mean confidence and the share that are right.</summary>
    public IEnumerable<(double From, int Count, double MeanConfidence, double Precision)> Reliability()
    {
        for (int bin = 0; bin < 10; bin++)
        {
            int b = bin;
            (float P, bool Right)[] inBin = [.. Predictions.Where(p => Bin(p.P) == b)];
            yield return (b / 10.0, inBin.Length, inBin.Length == 0 ? 0 : inBin.Average(p => p.P), inBin.Length == 0 ? 0 : inBin.Average(p => p.Right ? 1.0 : 0));
        }
    }

    /// <summary>One line: names, share right, mean confidence, ECE, Brier, log-loss.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Count} names, {Accuracy:F4} right, mean confidence {MeanConfidence:F4}; ECE {Ece:F4}, Brier {Brier:F4}, log-loss {LogLoss:F4}");

    private static int Bin(float p) => Math.Clamp((int)(p * 10), 0, 9);
}
