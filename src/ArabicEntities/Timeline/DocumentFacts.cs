using ArabicEntities.Recognition;
using ArabicEntities.Text;

namespace ArabicEntities.Timeline;

/// <summary>
/// What a timeline keeps of one analysed document: its named-entity mentions with their matching keys, the keys of its
/// words (to find the names the recognizer missed) and its dated sentences or clauses — not the document's text.
/// </summary>
/// <remarks>
/// Made by <see cref="TimelineBuilder.Analyze(TimelineDocument)"/>, one document at a time (in parallel if you like),
/// and assembled by <see cref="TimelineBuilder.Build(IEnumerable{DocumentFacts})"/>. Immutable and thread-safe.
/// </remarks>
public sealed class DocumentFacts
{
    internal DocumentFacts(string documentId, DateOnly? referenceDate, IReadOnlyList<NameMention> names, IReadOnlyList<WordKey> words, IReadOnlyList<DatedClause> dates)
    {
        DocumentId = documentId;
        ReferenceDate = referenceDate;
        Names = names;
        Words = words;
        Dates = dates;
    }

    /// <summary>The document's identifier (<see cref="TimelineDocument.Id"/>).</summary>
    public string DocumentId { get; }

    /// <summary>The document's reference date, if it had one.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>The number of named-entity mentions kept (people, places, organizations, other names).</summary>
    public int NameCount => Names.Count;

    /// <summary>The number of date and time mentions kept (each becomes an event or an unresolved date).</summary>
    public int DateCount => Dates.Count;

    internal IReadOnlyList<NameMention> Names { get; }

    internal IReadOnlyList<WordKey> Words { get; }

    internal IReadOnlyList<DatedClause> Dates { get; }
}

/// <summary>A named-entity mention and the keys of its words.</summary>
/// <param name="Type">Its type.</param>
/// <param name="Span">Its span in the document.</param>
/// <param name="Text">Its text.</param>
/// <param name="Keys">The keys of its words (<see cref="NameKey.Words"/>).</param>
/// <param name="FirstWordProcliticKeys">The keys of its first word read without a proclitic.</param>
/// <param name="LastWordProcliticKeys">The keys of its last word read without a proclitic.</param>
internal sealed record NameMention(EntityType Type, TextSpan Span, string Text, string[] Keys, string[] FirstWordProcliticKeys, string[] LastWordProcliticKeys);

/// <summary>A word of the document: its span, text and key, and what separates it from the next word when a name may go on.</summary>
/// <param name="Start">Its first code unit.</param>
/// <param name="End">One past its last code unit.</param>
/// <param name="Text">Its original text.</param>
/// <param name="Key">Its key (<see cref="NameKey.Word"/>).</param>
/// <param name="Separator">The original text between it and the next word when that is only spaces or one hyphen; otherwise <see langword="null"/>.</param>
internal readonly record struct WordKey(int Start, int End, string Text, string Key, string? Separator)
{
    /// <summary>Whether a name may go on into the next word.</summary>
    public bool JoinedToNext => Separator is not null;
}

/// <summary>A date or time mention and the sentence or clause it anchors.</summary>
/// <param name="Value">The TIMEX3 value.</param>
/// <param name="Text">The date as written.</param>
/// <param name="DateSpan">Its span.</param>
/// <param name="ClauseSpan">The span of its sentence or clause.</param>
/// <param name="ClauseText">The text of its sentence or clause.</param>
internal sealed record DatedClause(string Value, string Text, TextSpan DateSpan, TextSpan ClauseSpan, string ClauseText);
