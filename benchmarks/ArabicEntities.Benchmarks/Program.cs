using ArabicEntities.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

Environment.SetEnvironmentVariable("ARABICENTITIES_ROOT", BenchmarkCorpus.FindRepositoryRoot());
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCorpus).Assembly).Run(args, DefaultConfig.Instance.AddColumn(new ThroughputColumn(), TokenRateColumn.TokensPerSecond, TokenRateColumn.BytesPerToken));
