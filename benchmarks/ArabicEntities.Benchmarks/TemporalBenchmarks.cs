using ArabicEntities.Recognition;
using ArabicEntities.Temporal;
using ArabicEntities.Text;
using BenchmarkDotNet.Attributes;

namespace ArabicEntities.Benchmarks;

/// <summary>Date recognition over the news corpus: the recognizer alone on an analysed document, and the whole pipeline.</summary>
[MemoryDiagnoser]
public class TemporalBenchmarks
{
    private static readonly ExtractionOptions Options = new() { ReferenceDate = new DateOnly(2021, 11, 23) };
    private string _text = string.Empty;
    private AnalyzedDocument _document = null!;
    private EntityPipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Text;
        TokenizedText tokens = ArabicTokenizer.Default.Tokenize(_text);
        _document = new AnalyzedDocument(tokens, SentenceSplitter.Default.Split(tokens));
        _pipeline = EntityPipeline.Create(TemporalRecognizer.Default);
    }

    [Benchmark(Baseline = true)]
    public int Recognize_AnalyzedDocument() => TemporalRecognizer.Default.Recognize(_document, Options).Count();

    [Benchmark]
    public int Extract_TokenizeSplitRecognize() => _pipeline.Extract(_text, Options).Entities.Count;
}
