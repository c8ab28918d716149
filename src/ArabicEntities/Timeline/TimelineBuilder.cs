using ArabicEntities.Recognition;
using ArabicEntities.Text;

namespace ArabicEntities.Timeline;

/// <summary>
/// Assembles a <see cref="Timeline"/> from documents: extracts each document's entities and dates, resolves the names
/// to entities across documents, anchors each date to its sentence or clause and orders the events chronologically.
/// </summary>
/// <remarks>
/// <para>Data flows one way: text → tokens → recognizers → entities (<see cref="EntityPipeline"/>) → facts per
/// document (<see cref="Analyze(TimelineDocument)"/>) → timeline (<see cref="Build(IEnumerable{DocumentFacts})"/>).
/// Only the <see cref="DocumentFacts"/> of each document are held until the timeline is built, never its whole
/// analysis.</para>
/// <para>Immutable and thread-safe: <see cref="Analyze(TimelineDocument)"/> may run on many threads at once.</para>
/// </remarks>
/// <example>
/// <code>
/// Timeline timeline = TimelineBuilder.Default.Build(
/// [
///     new TimelineDocument("a", articleA, new DateOnly(2021, 11, 23)),
///     new TimelineDocument("b", articleB, new DateOnly(2022, 7, 18)),
/// ]);
/// foreach (TimelineEvent e in timeline.Events)
/// {
///     Console.WriteLine($"{e.Date.Value}\t{e.Sentence}\t{string.Join(", ", e.Participants.Select(id => timeline.FindEntity(id)!.Name))}");
/// }
/// </code>
/// </example>
public sealed class TimelineBuilder
{
    private static readonly Lazy<TimelineBuilder> LazyDefault = new(() => new TimelineBuilder(TimelineOptions.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly EntityPipeline? _pipeline;

    private TimelineBuilder(TimelineOptions options)
    {
        Options = options;
        _pipeline = options.Pipeline;
    }

    /// <summary>Gets the builder with the default settings (<see cref="TimelineOptions.Default"/>, <see cref="EntityPipeline.Default"/>).</summary>
    public static TimelineBuilder Default => LazyDefault.Value;

    /// <summary>The settings.</summary>
    public TimelineOptions Options { get; }

    private EntityPipeline Pipeline => _pipeline ?? EntityPipeline.Default;

    /// <summary>Creates a builder.</summary>
    /// <param name="options">The settings; <see langword="null"/> means <see cref="TimelineOptions.Default"/>.</param>
    /// <returns>A thread-safe builder.</returns>
    public static TimelineBuilder Create(TimelineOptions? options = null) => new(options ?? TimelineOptions.Default);

    /// <summary>Builds the timeline of some documents.</summary>
    /// <param name="documents">The documents, in the order that breaks ties between events of the same date; read once.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="documents"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">When two documents have the same <see cref="TimelineDocument.Id"/>.</exception>
    public Timeline Build(IEnumerable<TimelineDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Build(documents.Select(d => Analyze(d ?? throw new ArgumentNullException(nameof(documents), "A document is null."))));
    }

    /// <summary>Extracts what the timeline needs from one document (thread-safe; run it in parallel for large batches).</summary>
    /// <param name="document">The document.</param>
    /// <returns>Its facts, for <see cref="Build(IEnumerable{DocumentFacts})"/>.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="document"/> is <see langword="null"/>.</exception>
    public DocumentFacts Analyze(TimelineDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ExtractionResult extraction = Pipeline.Extract(document.Text, new ExtractionOptions { ReferenceDate = document.ReferenceDate });
        return Analyze(document, extraction);
    }

    /// <summary>Extracts what the timeline needs from one document whose entities were already found.</summary>
    /// <param name="document">The document.</param>
    /// <param name="extraction">Its analysis and entities (from <see cref="EntityPipeline.Extract"/> on the document's text, or built by hand on that analysis).</param>
    /// <returns>Its facts, for <see cref="Build(IEnumerable{DocumentFacts})"/>.</returns>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">When <paramref name="extraction"/> is not an analysis of the document's text, or an entity's span lies outside it.</exception>
    public DocumentFacts Analyze(TimelineDocument document, ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(extraction);
        string text = document.Text;
        if (!string.Equals(extraction.Document.Original, text, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The extraction is not an analysis of the text of document '{document.Id}'.", nameof(extraction));
        }

        foreach (Entity entity in extraction.Entities)
        {
            if (entity.Span.End > text.Length)
            {
                throw new ArgumentException($"Entity {entity} lies outside the text of document '{document.Id}' ({text.Length} code units).", nameof(extraction));
            }
        }

        IReadOnlyList<Token> tokens = extraction.Document.Tokens.Tokens;
        return new DocumentFacts(document.Id, document.ReferenceDate, Names(text, extraction.Entities), Words(text, tokens), Dates(text, tokens, extraction));
    }

    /// <summary>Builds the timeline from documents' facts.</summary>
    /// <param name="facts">The documents' facts, in document order; read once.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="facts"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">When two documents have the same identifier.</exception>
    public Timeline Build(IEnumerable<DocumentFacts> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var documents = new List<DocumentFacts>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (DocumentFacts document in facts)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(facts));
            if (!ids.Add(document.DocumentId))
            {
                throw new ArgumentException($"Two documents have the identifier '{document.DocumentId}'.", nameof(facts));
            }

            documents.Add(document);
        }

        (List<ResolvedEntity> entities, List<(TextSpan Span, string Id)>[] mentions) = EntityResolver.Resolve(documents, Options.PropagateNames);
        var placed = new List<(TimexPeriod Period, int Document, EventSource Source)>();
        var unresolved = new List<EventSource>();
        for (int d = 0; d < documents.Count; d++)
        {
            foreach (DatedClause clause in documents[d].Dates)
            {
                List<string> participants = [.. MentionsIn(mentions[d], clause.ClauseSpan).Select(m => m.Id).Distinct(StringComparer.Ordinal)];
                var date = new TimelineDate(clause.Value, clause.Text, documents[d].DocumentId, clause.DateSpan.Start, clause.DateSpan.End);
                var source = new EventSource(date, clause.ClauseText, clause.ClauseSpan.Start, clause.ClauseSpan.End, participants);
                if (TimexPeriod.TryParse(clause.Value, out TimexPeriod period))
                {
                    placed.Add((period, d, source));
                }
                else
                {
                    unresolved.Add(source);
                }
            }
        }

        List<List<EventSource>> merged = Merge(placed);
        var events = new List<TimelineEvent>(merged.Count);
        for (int i = 0; i < merged.Count; i++)
        {
            events.Add(new TimelineEvent($"event-{i + 1}", merged[i]));
        }

        var undated = new List<TimelineEvent>(unresolved.Count);
        for (int i = 0; i < unresolved.Count; i++)
        {
            undated.Add(new TimelineEvent($"unresolved-{i + 1}", [unresolved[i]]));
        }

        return new Timeline(entities, events, undated);
    }

    // Chronological order: by the period's first day, then longer periods first, then document order, then offset.
    private List<List<EventSource>> Merge(List<(TimexPeriod Period, int Document, EventSource Source)> placed)
    {
        placed.Sort(static (a, b) =>
        {
            int c = a.Period.First.CompareTo(b.Period.First);
            if (c == 0)
            {
                c = b.Period.Days.CompareTo(a.Period.Days);
            }

            if (c == 0)
            {
                c = a.Document.CompareTo(b.Document);
            }

            return c != 0 ? c : a.Source.Date.Start.CompareTo(b.Source.Date.Start);
        });

        var groups = new List<(string Value, HashSet<int> Documents, HashSet<string> Participants, List<EventSource> Sources)>();
        var groupsByValue = new Dictionary<string, List<int>>(StringComparer.Ordinal); // the groups of each value, in order
        foreach ((_, int document, EventSource source) in placed)
        {
            int target = -1;
            if (Options.MergeAcrossDocuments && groupsByValue.TryGetValue(source.Date.Value, out List<int>? candidates))
            {
                foreach (int i in candidates)
                {
                    var g = groups[i];
                    if (!g.Documents.Contains(document)
                        && (g.Participants.Count == 0 && source.Participants.Count == 0 || source.Participants.Any(g.Participants.Contains)))
                    {
                        target = i;
                        break;
                    }
                }
            }

            if (target < 0)
            {
                if (!groupsByValue.TryGetValue(source.Date.Value, out List<int>? list))
                {
                    groupsByValue[source.Date.Value] = list = [];
                }

                list.Add(groups.Count);
                groups.Add((source.Date.Value, [document], new HashSet<string>(source.Participants, StringComparer.Ordinal), [source]));
            }
            else
            {
                groups[target].Documents.Add(document);
                groups[target].Participants.UnionWith(source.Participants);
                groups[target].Sources.Add(source);
            }
        }

        return [.. groups.Select(g => g.Sources)];
    }

    private static List<NameMention> Names(string text, IReadOnlyList<Entity> entities)
    {
        List<Entity> names = [.. entities.Where(e => !e.IsTemporal && e.Span.Length > 0).OrderBy(e => e.Span.Start)];
        var result = new List<NameMention>(names.Count);
        for (int i = 0; i < names.Count; i++)
        {
            TextSpan span = names[i].Span;
            EntityType type = names[i].Type;

            // A person's name cut at a hyphen (بروس مادي + -فايتسمان) is one name.
            while (type == EntityType.Person && i + 1 < names.Count && IsHyphenGap(text, span.End, names[i + 1].Span.Start))
            {
                span = new TextSpan(span.Start, names[i + 1].Span.End);
                i++;
            }

            string mention = text[span.ToRange()];
            string[] words = mention.Split([' ', '\u00A0', '\t', '\n', '\r', '-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
            result.Add(new NameMention(
                type,
                span,
                mention,
                NameKey.Words(mention),
                words.Length > 0 ? NameKey.WithoutProclitics(words[0]) : [],
                words.Length > 0 ? NameKey.WithoutProclitics(words[^1]) : []));
        }

        return result;
    }

    private static bool IsHyphenGap(string text, int end, int next)
    {
        if (next <= end || next - end > 3)
        {
            return false;
        }

        ReadOnlySpan<char> gap = text.AsSpan(end, next - end);
        return gap.Trim(' ') is ['-' or '\u2010' or '\u2011'] && !gap.StartsWith(" ") && !gap.EndsWith(" ");
    }

    private static List<WordKey> Words(string text, IReadOnlyList<Token> tokens)
    {
        var words = new List<WordKey>();
        for (int t = 0; t < tokens.Count; t++)
        {
            Token token = tokens[t];
            if (!token.IsWord)
            {
                continue;
            }

            string? separator = null;
            int next = t + 1;
            if (next < tokens.Count && tokens[next].NormalizedText is "-" && next + 1 < tokens.Count)
            {
                next++;
            }

            if (next < tokens.Count && tokens[next].IsWord)
            {
                string gap = text[token.End..tokens[next].Start];
                if (gap.Length <= 3 && gap.All(c => c is ' ' or '\u00A0' or '-' or '\u2010' or '\u2011') && gap.Count(c => c is '-' or '\u2010' or '\u2011') <= 1)
                {
                    separator = gap;
                }
            }

            words.Add(new WordKey(token.Start, token.End, token.Text, NameKey.Word(token.Text), separator));
        }

        return words;
    }

    // The mentions (by start) inside a span, in order, found by binary search: a long document has many clauses and names.
    private static IEnumerable<(TextSpan Span, string Id)> MentionsIn(List<(TextSpan Span, string Id)> mentions, TextSpan span)
    {
        for (int k = SpanOrder.FirstStartingAtOrAfter(mentions, span.Start, static m => m.Span.Start); k < mentions.Count && mentions[k].Span.Start < span.End; k++)
        {
            if (span.Contains(mentions[k].Span))
            {
                yield return mentions[k];
            }
        }
    }

    private List<DatedClause> Dates(string text, IReadOnlyList<Token> tokens, ExtractionResult extraction)
    {
        List<Entity> dates = [.. extraction.Entities.Where(e => e.Type is EntityType.Date or EntityType.Time && e.Value is not null).OrderBy(e => e.Span.Start)];
        var result = new List<DatedClause>(dates.Count);
        int next = 0; // the first date not before the sentence (sentences and dates both by start)
        foreach (Sentence sentence in extraction.Document.Sentences)
        {
            while (next < dates.Count && dates[next].Span.Start < sentence.Span.Start)
            {
                next++;
            }

            int after = next;
            while (after < dates.Count && dates[after].Span.Start < sentence.Span.End)
            {
                after++;
            }

            List<Entity> inSentence = dates.GetRange(next, after - next);
            if (inSentence.Count == 0)
            {
                continue;
            }

            TextSpan[] clauses = Options.SplitClauses
                ? ClauseSplitter.Split(tokens, sentence, [.. inSentence.Select(e => e.Span)])
                : [.. inSentence.Select(e => new TextSpan(Math.Min(sentence.Span.Start, e.Span.Start), Math.Max(sentence.Span.End, e.Span.End)))];
            for (int i = 0; i < inSentence.Count; i++)
            {
                Entity date = inSentence[i];
                result.Add(new DatedClause(date.Value!, date.Text, date.Span, clauses[i], text[clauses[i].ToRange()]));
            }
        }

        return result;
    }
}
