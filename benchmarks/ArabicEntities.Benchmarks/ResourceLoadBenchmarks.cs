using System.IO.Compression;
using ArabicEntities.Clusters;
using ArabicEntities.Gazetteers;
using ArabicEntities.NamedEntities;
using ArabicEntities.Resources;
using BenchmarkDotNet.Attributes;

namespace ArabicEntities.Benchmarks;

/// <summary>
/// What the first use of the named-entity recognizer costs: each embedded resource read into a fresh instance (the
/// library reads each once, lazily, on first use), and all of them together — the model, the entity memory, the
/// gazetteer, the word clusters and the embedding clusters. The baseline only decompresses the four text resources
/// into a buffer and reads the model's bytes, so the ratios show what parsing adds.
/// </summary>
[MemoryDiagnoser]
[CorpusIndependent]
public class ResourceLoadBenchmarks
{
    private const string ModelResource = "ArabicEntities.NamedEntities.ner-model.bin";

    private static readonly string[] TextResources =
        [EntityMemory.ResourceName, Gazetteer.ResourceName, WordClusters.ResourceName, EmbeddingClusters.ResourceName];

    private readonly byte[] _buffer = new byte[1 << 16];

    [Benchmark(Baseline = true)]
    public long Decompress_AllResources()
    {
        long total = 0;
        foreach (string name in TextResources)
        {
            using GZipStream gzip = new(Open(name), CompressionMode.Decompress);
            total += Drain(gzip);
        }

        using Stream model = Open(ModelResource);
        return total + Drain(model);
    }

    [Benchmark]
    public int Load_Model()
    {
        using Stream stream = Open(ModelResource);
        return NerModel.Load(stream).FeatureCount;
    }

    [Benchmark]
    public int Load_EntityMemory() => Read(EntityMemory.ResourceName, EntityMemory.Read).Count;

    [Benchmark]
    public int Load_Gazetteer() => Read(Gazetteer.ResourceName, Gazetteer.Read).EntryCount;

    [Benchmark]
    public int Load_WordClusters() => Read(WordClusters.ResourceName, WordClusters.Read).Count;

    [Benchmark]
    public int Load_EmbeddingClusters() => Read(EmbeddingClusters.ResourceName, EmbeddingClusters.Read).Count;

    [Benchmark]
    public int Load_Everything() =>
        Load_Model() + Load_EntityMemory() + Load_Gazetteer() + Load_WordClusters() + Load_EmbeddingClusters();

    private static Stream Open(string name) =>
        typeof(NerModel).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"missing resource {name}");

    private static T Read<T>(string name, Func<TextReader, T> read)
    {
        using Stream stream = Open(name);
        return ResourceText.ReadCompressed(stream, read);
    }

    private long Drain(Stream stream)
    {
        long total = 0;
        int read;
        while ((read = stream.Read(_buffer)) > 0)
        {
            total += read;
        }

        return total;
    }
}
