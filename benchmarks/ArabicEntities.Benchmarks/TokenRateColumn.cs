using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArabicEntities.Benchmarks;

/// <summary>
/// Per-token figures for benchmarks that process the whole corpus once per operation: tokens per second, or bytes
/// allocated per token (from the memory diagnoser).
/// </summary>
public sealed class TokenRateColumn : IColumn
{
    private readonly bool _allocations;

    private TokenRateColumn(bool allocations) => _allocations = allocations;

    /// <summary>Gets the tokens-per-second column.</summary>
    public static TokenRateColumn TokensPerSecond { get; } = new(false);

    /// <summary>Gets the allocated-bytes-per-token column.</summary>
    public static TokenRateColumn BytesPerToken { get; } = new(true);

    /// <inheritdoc/>
    public string Id => _allocations ? "BytesPerToken" : "TokensPerSecond";

    /// <inheritdoc/>
    public string ColumnName => _allocations ? "B/token" : "Tokens/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => _allocations ? 2 : 1;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => _allocations
        ? "managed bytes allocated per corpus token (ArabicTokenizer tokens)"
        : "corpus tokens (ArabicTokenizer tokens) processed per second";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        if (report is null || CorpusIndependentAttribute.Marks(benchmarkCase))
        {
            return "-";
        }

        if (_allocations)
        {
            long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is null ? "-" : ((double)bytes.Value / BenchmarkCorpus.TokenCount).ToString("N1", CultureInfo.InvariantCulture);
        }

        double? meanNs = report.ResultStatistics?.Mean;
        return meanNs is > 0 ? (BenchmarkCorpus.TokenCount / (meanNs.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture) : "-";
    }

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;
}
