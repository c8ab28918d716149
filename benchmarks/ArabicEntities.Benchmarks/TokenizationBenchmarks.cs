using ArabicEntities.Text;
using BenchmarkDotNet.Attributes;
using LuceneArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;

namespace ArabicEntities.Benchmarks;

/// <summary>Normalizing and tokenizing the whole corpus, every token mapped back to original offsets.</summary>
[MemoryDiagnoser]
public class TokenizationBenchmarks
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
    public long Tokenize_Span_NormalizeAndEnumerate()
    {
        ArabicTokenizer tokenizer = ArabicTokenizer.Default;
        tokenizer.Normalizer.TryNormalize(_text, _buffer, _map, out int written);
        ReadOnlySpan<int> map = _map.AsSpan(0, written);
        long checksum = 0;
        foreach (TokenSpan token in tokenizer.EnumerateTokens(_buffer.AsSpan(0, written)))
        {
            checksum += NormalizedText.MapToOriginal(_text, map, token.Start, token.End).End;
        }

        return checksum;
    }

    [Benchmark]
    public int Tokenize_String() => ArabicTokenizer.Default.Tokenize(_text).Tokens.Count;
}
