using ArabicEntities.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCorpus).Assembly).Run(args, DefaultConfig.Instance.AddColumn(new ThroughputColumn()));
