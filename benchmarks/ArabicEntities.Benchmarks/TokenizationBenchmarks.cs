using ArabicEntities.Text;
using BenchmarkDotNet.Attributes;
using LuceneArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;

namespace ArabicEntities.Benchmarks;

/// <summary>
/// Normalizing and tokenizing the corpus, every token mapped back to original offsets: as one text, and as the documents
/// it is made of (one per line, the way news arrives).
/// </summary>
[MemoryDiagnoser]
public class TokenizationBenchmarks
{
    private string _text = string.Empty;
    private char[] _buffer = [];
    private int[] _map = [];
    private LuceneArabicAnalyzer _analyzer = null!;
    private Lucene.Net.Analysis.Analyzer _normalizingAnalyzer = null!;
    private string[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Text;
        _buffer = new char[_text.Length];
        _map = new int[_text.Length];
        _analyzer = new LuceneArabicAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48);
        _normalizingAnalyzer = LuceneBaseline.CreateNormalizingAnalyzer();
        _documents = _text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _analyzer.Dispose();
        _normalizingAnalyzer.Dispose();
    }

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

    [Benchmark]
    public long Lucene_PerDocument_StandardTokenizer_ArabicNormalizationFilter()
    {
        long checksum = 0;
        foreach (string document in _documents)
        {
            checksum += LuceneBaseline.ArabicAnalyzer(_normalizingAnalyzer, document);
        }

        return checksum;
    }

    [Benchmark]
    public int Tokenize_String_PerDocument()
    {
        int count = 0;
        foreach (string document in _documents)
        {
            count += ArabicTokenizer.Default.Tokenize(document).Tokens.Count;
        }

        return count;
    }
}
