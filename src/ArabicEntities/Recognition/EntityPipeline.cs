using ArabicEntities.NamedEntities;
using ArabicEntities.Temporal;
using ArabicEntities.Text;
using ArabicEntities.Timeline;

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

    private static readonly Lazy<EntityPipeline> LazyDefault = new(
        () => Create(TemporalRecognizer.Default, NamedEntityRecognizer.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Gets the full pipeline: dates, times, durations and sets (<see cref="TemporalRecognizer.Default"/>) and people,
    /// places, organizations and other names (<see cref="NamedEntityRecognizer.Default"/>). Created once, on first use,
    /// from embedded resources; thread-safe.
    /// </summary>
    /// <example>
    /// <code>
    /// ExtractionResult result = EntityPipeline.Default.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2021, 11, 23) });
    /// </code>
    /// </example>
    public static EntityPipeline Default => LazyDefault.Value;

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

        ResolveNameDateOverlaps(document, entities);
        entities.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        return new ExtractionResult(document, entities.AsReadOnly());
    }

    /// <summary>
    /// Builds the typed chronology of several documents with this pipeline: entities resolved across documents, dated
    /// events in chronological order with their participants and sources (see <see cref="TimelineBuilder"/>).
    /// </summary>
    /// <param name="documents">The documents (identifier, text, publication date), in order.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="documents"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">When two documents have the same identifier.</exception>
    public Timeline.Timeline BuildTimeline(IEnumerable<TimelineDocument> documents) =>
        TimelineBuilder.Create(new TimelineOptions { Pipeline = this }).Build(documents);

    // A name that runs into a date (جبهة البوليساريو الجمعة) loses the date's tokens at its edges; a name inside a date
    // is dropped. Dates come from a grammar with calendar context, so they win where the two disagree. Linear in the
    // document: dates are visited in order of their start from the first that can reach the name (the longest date bounds
    // how far back that is), and tokens are found by binary search (they are in order and do not overlap).
    private static void ResolveNameDateOverlaps(AnalyzedDocument document, List<Entity> entities)
    {
        int count = 0;
        foreach (Entity e in entities)
        {
            count += e.IsTemporal ? 1 : 0;
        }

        if (count == 0 || count == entities.Count)
        {
            return;
        }

        var temporal = new List<Entity>(count);
        int longestDate = 0;
        bool ordered = true;
        foreach (Entity e in entities)
        {
            if (e.IsTemporal)
            {
                ordered &= temporal.Count == 0 || temporal[^1].Span.Start <= e.Span.Start;
                temporal.Add(e);
                longestDate = Math.Max(longestDate, e.Span.Length);
            }
        }

        if (!ordered)
        {
            temporal = [.. temporal.OrderBy(e => e.Span.Start)]; // stable: dates that start together keep their order
        }

        IReadOnlyList<Token> tokens = document.Tokens.Tokens;
        for (int i = entities.Count - 1; i >= 0; i--)
        {
            Entity name = entities[i];
            if (name.IsTemporal)
            {
                continue;
            }

            TextSpan span = name.Span;
            for (int d = SpanOrder.FirstStartingAtOrAfter(temporal, span.Start - longestDate, static e => e.Span.Start); d < temporal.Count && temporal[d].Span.Start < name.Span.End; d++)
            {
                TextSpan date = temporal[d].Span;
                if (!span.Overlaps(date))
                {
                    continue;
                }

                if (date.Start > span.Start)
                {
                    // Keep the words that end before the date starts.
                    int end = span.Start;
                    for (int t = SpanOrder.FirstStartingAtOrAfter(tokens, span.Start, static t => t.Start); t < tokens.Count && tokens[t].End <= date.Start; t++)
                    {
                        end = tokens[t].IsWord ? tokens[t].End : end;
                    }

                    span = new TextSpan(span.Start, end);
                }
                else if (date.End < span.End)
                {
                    // Keep the words from the first one after the date.
                    int start = span.End;
                    for (int t = SpanOrder.FirstStartingAtOrAfter(tokens, date.End, static t => t.Start); t < tokens.Count && tokens[t].End <= span.End; t++)
                    {
                        if (tokens[t].IsWord)
                        {
                            start = tokens[t].Start;
                            break;
                        }
                    }

                    span = new TextSpan(start, span.End);
                }
                else
                {
                    span = new TextSpan(span.Start, span.Start);
                }
            }

            if (span.Length == 0)
            {
                entities.RemoveAt(i);
            }
            else if (span != name.Span)
            {
                entities[i] = new Entity(name.Type, span, document.Original[span.Start..span.End], name.Value, name.Confidence);
            }
        }
    }
}
