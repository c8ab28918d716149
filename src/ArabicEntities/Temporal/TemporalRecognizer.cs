using ArabicEntities.Recognition;
using ArabicEntities.Text;

namespace ArabicEntities.Temporal;

/// <summary>
/// Finds Arabic dates, times, durations and sets and resolves them to TIMEX3 values: Gregorian months of every
/// regional set (يناير، كانون الثاني، جانفي، دجنبر، أغشت), Hijri dates (converted with
/// <see cref="System.Globalization.UmAlQuraCalendar"/>), numeric dates, years, decades and centuries, ranges,
/// expressions relative to the reference date (أمس، الأسبوع الماضي، الخميس، قبل ثلاثة أيام), modifiers and parts
/// of day, clock times, durations and sets.
/// </summary>
/// <remarks>
/// <para>Matching is done by a hand-written grammar over normalized, clitic-aware tokens (وفي، بعام، للعام); no
/// regular expression is used, so the time is linear in the length of the text. Entities have type
/// <see cref="EntityType.Date"/>, <see cref="EntityType.Time"/>, <see cref="EntityType.Duration"/> or
/// <see cref="EntityType.Set"/>, their <see cref="Entity.Value"/> is the TIMEX3 value and <see cref="Entity.Timex"/>
/// the full <see cref="Timex"/>. Spans leave out attached proclitics (والشهر المنصرم → الشهر المنصرم) but keep the
/// trigger words (عام 2020).</para>
/// <para>Without <see cref="ExtractionOptions.ReferenceDate"/> nothing is invented: <c>9 أبريل</c> is
/// <c>XXXX-04-09</c> and <c>العام الماضي</c> is <c>XXXX</c> with its <see cref="Timex.Offset"/>, unless
/// <see cref="TemporalRecognizerOptions.NarrativeMode"/> anchors them on the latest explicit date before them.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var pipeline = EntityPipeline.Create(TemporalRecognizer.Default);
/// var result = pipeline.Extract("وصل الوفد الثلاثاء", new ExtractionOptions { ReferenceDate = new DateOnly(2021, 11, 23) });
/// // Date "الثلاثاء" = 2021-11-23
/// </code>
/// </example>
public sealed class TemporalRecognizer : IEntityRecognizer
{
    private readonly TemporalGrammar _grammar;

    private TemporalRecognizer(TemporalRecognizerOptions options)
    {
        Options = options;
        _grammar = new TemporalGrammar(options);
    }

    /// <summary>A recognizer with <see cref="TemporalRecognizerOptions.Default"/>.</summary>
    public static TemporalRecognizer Default { get; } = new(TemporalRecognizerOptions.Default);

    /// <summary>The settings of this recognizer.</summary>
    public TemporalRecognizerOptions Options { get; }

    /// <summary>Creates a recognizer.</summary>
    /// <param name="options">Its settings.</param>
    /// <returns>A thread-safe recognizer.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the year bounds are outside 1–9999 or reversed.</exception>
    public static TemporalRecognizer Create(TemporalRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumYear, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaximumYear, 9999, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MinimumYear, options.MaximumYear, nameof(options));
        return options == TemporalRecognizerOptions.Default ? Default : new TemporalRecognizer(options);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    public IEnumerable<Entity> Recognize(AnalyzedDocument document, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        return RecognizeCore(document, options);
    }

    /// <summary>Finds and resolves the temporal expressions of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="referenceDate">The date relative expressions are resolved against (the publication date), if known.</param>
    /// <returns>The temporal entities, in text order.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Entity> Recognize(string text, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        TokenizedText tokens = ArabicTokenizer.Default.Tokenize(text);
        var document = new AnalyzedDocument(tokens, SentenceSplitter.Default.Split(tokens));
        return RecognizeCore(document, new ExtractionOptions { ReferenceDate = referenceDate });
    }

    private List<Entity> RecognizeCore(AnalyzedDocument document, ExtractionOptions options)
    {
        var entities = new List<Entity>();
        using var tokens = new TemporalTokens(document.Tokens);
        var mentions = new List<TemporalMention>();
        TemporalAnchor? reference = options.ReferenceDate is { } date ? new TemporalAnchor(date, TimexGranularity.Day) : null;
        TemporalAnchor? narrative = null;
        IReadOnlyList<Sentence> sentences = document.Sentences;
        if (sentences.Count == 0 && tokens.Count > 0)
        {
            sentences = [new Sentence(new TextSpan(tokens[0].Start, tokens[tokens.Count - 1].End), 0, tokens.Count)];
        }

        foreach (Sentence sentence in sentences)
        {
            int start = Math.Clamp(sentence.FirstToken, 0, tokens.Count);
            int end = Math.Clamp(sentence.EndToken, start, tokens.Count);
            _grammar.Parse(tokens, start, end, mentions);
            foreach (TemporalMention mention in mentions)
            {
                TemporalMeaning meaning = WithTense(mention.Meaning, tokens, mention.First, start, end);
                TemporalAnchor? anchor = reference ?? (Options.NarrativeMode ? narrative : null);
                if (DateResolver.Resolve(meaning, anchor) is not { } timex)
                {
                    continue;
                }

                if (Options.NarrativeMode && reference is null && meaning.IsExplicit && DateResolver.AnchorOf(timex) is { } explicitDate)
                {
                    narrative = explicitDate;
                }

                TextSpan span = tokens.Span(mention.First, mention.PrefixLength, mention.End - 1);
                string text = document.Original.Substring(span.Start, span.Length);
                entities.Add(new Entity(TypeOf(timex.Type), span, text, timex.Value, mention.Confidence) { Timex = timex });
            }
        }

        return entities;
    }

    // A weekday (or a time on one) without الماضي/المقبل takes the tense of the verb that governs it.
    private static TemporalMeaning WithTense(TemporalMeaning meaning, TemporalTokens tokens, int index, int start, int end)
    {
        if (meaning.Kind == MeaningKind.Weekday && meaning.Direction == Direction.Unknown && meaning.WeekOffset is null)
        {
            return meaning with { Direction = TenseDetector.Detect(tokens, index, start, end) };
        }

        if (meaning.Kind == MeaningKind.TimeOfDay && meaning.Base is { } day && day.Kind == MeaningKind.Weekday && day.Direction == Direction.Unknown && day.WeekOffset is null)
        {
            return meaning with { Base = day with { Direction = TenseDetector.Detect(tokens, index, start, end) } };
        }

        return meaning;
    }

    private static EntityType TypeOf(TimexType type) => type switch
    {
        TimexType.Time => EntityType.Time,
        TimexType.Duration => EntityType.Duration,
        TimexType.Set => EntityType.Set,
        _ => EntityType.Date,
    };
}
