using ArabicEntities.NamedEntities;
using ArabicEntities.Recognition;
using ArabicEntities.Temporal;
using ArabicEntities.Text;
using BenchmarkDotNet.Attributes;

namespace ArabicEntities.Benchmarks;

/// <summary>
/// The whole <c>extract</c> path over the news corpus, one document per line, on one thread: tokenizing and sentence
/// splitting alone (the baseline), named entities only, and the full pipeline (dates and named entities). The
/// Tokens/s and B/token columns divide by the corpus's token count.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private string[] _documents = [];
    private EntityPipeline _names = null!;
    private EntityPipeline _full = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkCorpus.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        _names = EntityPipeline.Create(NamedEntityRecognizer.Default);
        _full = EntityPipeline.Default;
        _ = _full.Extract(_documents[0]);
    }

    [Benchmark(Baseline = true)]
    public int Tokenize_SplitSentences()
    {
        int count = 0;
        foreach (string document in _documents)
        {
            TokenizedText tokens = ArabicTokenizer.Default.Tokenize(document);
            count += SentenceSplitter.Default.Split(tokens).Count;
        }

        return count;
    }

    [Benchmark]
    public int Extract_NamedEntities()
    {
        int count = 0;
        foreach (string document in _documents)
        {
            count += _names.Extract(document).Entities.Count;
        }

        return count;
    }

    [Benchmark]
    public int Extract_DatesAndNamedEntities()
    {
        int count = 0;
        foreach (string document in _documents)
        {
            count += _full.Extract(document).Entities.Count;
        }

        return count;
    }

    [Benchmark]
    public int Extract_Dates()
    {
        int count = 0;
        foreach (string document in _documents)
        {
            TokenizedText tokens = ArabicTokenizer.Default.Tokenize(document);
            var analyzed = new AnalyzedDocument(tokens, SentenceSplitter.Default.Split(tokens));
            count += TemporalRecognizer.Default.Recognize(analyzed, ExtractionOptions.Default).Count();
        }

        return count;
    }
}
