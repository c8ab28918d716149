namespace ArabicEntities.Benchmarks;

/// <summary>
/// Marks a benchmark class that does not process the news corpus, so that the per-corpus columns (MB/s, Tokens/s,
/// B/token) show "-" for it instead of a rate that means nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CorpusIndependentAttribute : Attribute
{
    /// <summary>Gets whether a benchmark case belongs to a class with this attribute.</summary>
    /// <param name="benchmarkCase">The case.</param>
    internal static bool Marks(BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.Type.IsDefined(typeof(CorpusIndependentAttribute), false);
}
