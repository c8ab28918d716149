using ArabicEntities.Recognition;

namespace ArabicEntities.NamedEntities;

/// <summary>What the labeller knows about one name it found, before calibration.</summary>
/// <param name="MeanLogProbability">The mean log-probability of the span's labels.</param>
/// <param name="MinLogProbability">The lowest log-probability among them.</param>
/// <param name="Length">The span's length in tokens.</param>
/// <param name="Type">The span's type.</param>
/// <param name="RuleMade">Whether a rule rather than the model labelled any of its tokens.</param>
internal readonly record struct SpanEvidence(float MeanLogProbability, float MinLogProbability, int Length, EntityType Type, bool RuleMade)
{
    /// <summary>The uncalibrated confidence: the geometric mean of the labels' probabilities.</summary>
    public float GeometricMean => MathF.Exp(MeanLogProbability);
}
