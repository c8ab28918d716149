using ArabicEntities.Benchmarks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;

namespace ArabicEntities.Tests.Benchmarks;

public class BenchmarksDryRunTests
{
    [Fact]
    public void EveryBenchmark_RunsWithJobDry()
    {
        BenchmarkCorpus.MaxChars = 100_000;
        Environment.SetEnvironmentVariable("ARABICENTITIES_ROOT", Temporal.TemporalTestData.RepositoryRoot);
        IConfig config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance))
            .AddLogger(NullLogger.Instance)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(new ThroughputColumn())
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        Type[] classes = [typeof(ExtractionBenchmarks), typeof(NormalizationBenchmarks), typeof(ResourceLoadBenchmarks), typeof(TemporalBenchmarks), typeof(TokenizationBenchmarks)];
        Assert.Equal(classes.OrderBy(t => t.Name), typeof(BenchmarkCorpus).Assembly.GetTypes().Where(t => t.Name.EndsWith("Benchmarks", StringComparison.Ordinal)).OrderBy(t => t.Name));
        foreach (Summary summary in classes.Select(t => BenchmarkRunner.Run(t, config)))
        {
            Assert.False(summary.HasCriticalValidationErrors, string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
            Assert.NotEmpty(summary.Reports);
            Assert.All(summary.Reports, r => Assert.True(r.Success, $"{r.BenchmarkCase.Descriptor.WorkloadMethod.Name} failed"));
        }
    }
}
