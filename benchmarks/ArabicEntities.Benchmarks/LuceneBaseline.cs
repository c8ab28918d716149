using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ArabicEntities.Benchmarks;

/// <summary>Lucene.Net's Arabic analysis, consumed token by token the way an indexer does.</summary>
public static class LuceneBaseline
{
    public static long StandardTokenizerWithArabicNormalization(string text)
    {
        using var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(text));
        using TokenStream stream = new ArabicNormalizationFilter(tokenizer);
        return Consume(stream);
    }

    /// <summary>
    /// An analyzer with the same chain as <see cref="StandardTokenizerWithArabicNormalization"/>, whose components Lucene
    /// reuses from one document to the next (the way an indexer runs it over many documents).
    /// </summary>
    public static Analyzer CreateNormalizingAnalyzer() => Analyzer.NewAnonymous((field, reader) =>
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(tokenizer, new ArabicNormalizationFilter(tokenizer));
    });

    public static long ArabicAnalyzer(Analyzer analyzer, string text)
    {
        using TokenStream stream = analyzer.GetTokenStream("body", new StringReader(text));
        return Consume(stream);
    }

    private static long Consume(TokenStream stream)
    {
        ICharTermAttribute term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        long checksum = 0;
        while (stream.IncrementToken())
        {
            checksum += term.Length;
        }

        stream.End();
        return checksum;
    }
}
