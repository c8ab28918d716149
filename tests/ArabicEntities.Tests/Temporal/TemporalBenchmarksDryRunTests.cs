using ArabicEntities.Benchmarks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;

namespace ArabicEntities.Tests.Temporal;

public class TemporalBenchmarksDryRunTests
{
    [Fact]
    public void TemporalBenchmarks_RunWithJobDry()
    {
        BenchmarkCorpus.MaxChars = 100_000;

        // The corpus is found from the working directory; builds with --artifacts-path outside the clone need it set.
        Directory.SetCurrentDirectory(TemporalTestData.RepositoryRoot);
        IConfig config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance))
            .AddLogger(NullLogger.Instance)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(new ThroughputColumn())
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        Summary summary = BenchmarkRunner.Run<TemporalBenchmarks>(config);
        Assert.False(summary.HasCriticalValidationErrors, string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
        Assert.NotEmpty(summary.Reports);
        Assert.All(summary.Reports, r => Assert.True(r.Success, $"{r.BenchmarkCase.Descriptor.WorkloadMethod.Name} failed"));
    }
}
