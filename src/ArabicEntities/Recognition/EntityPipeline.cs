using ArabicEntities.Text;

namespace ArabicEntities.Recognition;

/// <summary>
/// The library's pipeline: text → normalized view with offset map → tokens → sentences → recognizers → entities.
/// </summary>
/// <remarks>
/// Create one instance and share it: it is immutable and thread-safe. The entity and date recognizers plug in as
/// <see cref="IEntityRecognizer"/>s; a pipeline created with none reports no entities but still normalizes,
/// tokenizes and splits sentences.
/// </remarks>
/// <example>
/// <code>
/// var pipeline = EntityPipeline.Create();
/// ExtractionResult result = pipeline.Extract(article, new ExtractionOptions { ReferenceDate = new DateOnly(2021, 11, 23) });
/// foreach (Entity e in result.Entities)
/// {
///     Console.WriteLine($"{e.Type} {e.Text} {e.Value}");
/// }
/// </code>
/// </example>
public sealed class EntityPipeline
{
    private readonly IEntityRecognizer[] _recognizers;

    private EntityPipeline(ArabicTokenizer tokenizer, SentenceSplitter sentenceSplitter, IEntityRecognizer[] recognizers)
    {
        Tokenizer = tokenizer;
        SentenceSplitter = sentenceSplitter;
        _recognizers = recognizers;
        Recognizers = _recognizers.AsReadOnly();
    }

    /// <summary>The tokenizer (and, through it, the normalizer) of this pipeline.</summary>
    public ArabicTokenizer Tokenizer { get; }

    /// <summary>The sentence splitter of this pipeline.</summary>
    public SentenceSplitter SentenceSplitter { get; }

    /// <summary>The recognizers run on each document, in order.</summary>
    public IReadOnlyList<IEntityRecognizer> Recognizers { get; }

    /// <summary>Creates a pipeline.</summary>
    /// <param name="recognizers">The recognizers to run; none by default.</param>
    /// <returns>A thread-safe pipeline.</returns>
    /// <exception cref="ArgumentException">When a recognizer is <see langword="null"/>.</exception>
    public static EntityPipeline Create(params IEntityRecognizer[] recognizers)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        if (Array.IndexOf(recognizers, null) >= 0)
        {
            throw new ArgumentException("A recognizer is null.", nameof(recognizers));
        }

        return new EntityPipeline(ArabicTokenizer.Default, SentenceSplitter.Default, [.. recognizers]);
    }

    /// <summary>Analyses one document and returns its entities.</summary>
    /// <param name="text">The document's original text.</param>
    /// <param name="options">Per-document settings; <see langword="null"/> means <see cref="ExtractionOptions.Default"/>.</param>
    /// <returns>The analysed document and its entities, with spans in <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is <see langword="null"/>.</exception>
    public ExtractionResult Extract(string text, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ExtractionOptions.Default;
        TokenizedText tokens = Tokenizer.Tokenize(text);
        var document = new AnalyzedDocument(tokens, SentenceSplitter.Split(tokens));
        var entities = new List<Entity>();
        foreach (IEntityRecognizer recognizer in _recognizers)
        {
            entities.AddRange(recognizer.Recognize(document, options));
        }

        entities.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        return new ExtractionResult(document, entities.AsReadOnly());
    }
}
