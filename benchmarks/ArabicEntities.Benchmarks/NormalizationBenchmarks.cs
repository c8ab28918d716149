using ArabicEntities.Text;
using BenchmarkDotNet.Attributes;
using LuceneArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;

namespace ArabicEntities.Benchmarks;

/// <summary>Normalizing the whole corpus as one text, against Lucene's tokenizer + ArabicNormalizationFilter.</summary>
[MemoryDiagnoser]
public class NormalizationBenchmarks
{
    private string _text = string.Empty;
    private char[] _buffer = [];
    private int[] _map = [];
    private LuceneArabicAnalyzer _analyzer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Text;
        _buffer = new char[_text.Length];
        _map = new int[_text.Length];
        _analyzer = new LuceneArabicAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48);
    }

    [GlobalCleanup]
    public void Cleanup() => _analyzer.Dispose();

    [Benchmark(Baseline = true)]
    public long Lucene_StandardTokenizer_ArabicNormalizationFilter() => LuceneBaseline.StandardTokenizerWithArabicNormalization(_text);

    [Benchmark]
    public long Lucene_ArabicAnalyzer() => LuceneBaseline.ArabicAnalyzer(_analyzer, _text);

    [Benchmark]
    public int CopyTo_Span()
    {
        _text.AsSpan().CopyTo(_buffer);
        return _buffer[^1];
    }

    [Benchmark]
    public int Normalize_Span_WithOffsetMap()
    {
        ArabicNormalizer.Default.TryNormalize(_text, _buffer, _map, out int written);
        return written;
    }

    [Benchmark]
    public int Normalize_Span_NoMap()
    {
        ArabicNormalizer.Default.TryNormalize(_text, _buffer, out int written);
        return written;
    }

    [Benchmark]
    public int Normalize_String_WithOffsetMap() => ArabicNormalizer.Default.Normalize(_text).Length;
}
