using System.Runtime.Serialization;
using ArabicEntities.Text;

namespace ArabicEntities.Timeline;

/// <summary>One document's report of a timeline event: the date as written there and the sentence or clause it anchors.</summary>
/// <remarks>
/// Immutable and thread-safe. Serialized (Newtonsoft.Json, see <c>docs/timeline-schema.md</c>) as
/// <c>{"date": {...}, "sentence", "sentenceStart", "sentenceEnd", "participants": [ids]}</c>.
/// </remarks>
[DataContract]
public sealed class EventSource
{
    /// <summary>Creates a source.</summary>
    /// <param name="date">The date mention.</param>
    /// <param name="sentence">The text of the sentence, or of its clause when the sentence holds several dates.</param>
    /// <param name="sentenceStart">The first UTF-16 code unit of <paramref name="sentence"/> in the document's text.</param>
    /// <param name="sentenceEnd">One past its last code unit.</param>
    /// <param name="participants">The identifiers of the entities (<see cref="ResolvedEntity.Id"/>) mentioned in that span, in order of appearance.</param>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the offsets do not form a span.</exception>
    public EventSource(TimelineDate date, string sentence, int sentenceStart, int sentenceEnd, IReadOnlyList<string> participants)
    {
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(participants);
        SentenceSpan = new TextSpan(sentenceStart, sentenceEnd);
        Date = date;
        Sentence = sentence;
        Participants = [.. participants];
    }

    /// <summary>The date mention (its <see cref="TimelineDate.DocumentId"/> is this source's document).</summary>
    [DataMember(Name = "date", Order = 0)]
    public TimelineDate Date { get; }

    /// <summary>The identifier of the document.</summary>
    public string DocumentId => Date.DocumentId;

    /// <summary>The sentence, or its clause when the sentence holds several dates.</summary>
    [DataMember(Name = "sentence", Order = 1)]
    public string Sentence { get; }

    /// <summary>The first code unit of <see cref="Sentence"/> in the document's text.</summary>
    [DataMember(Name = "sentenceStart", Order = 2)]
    public int SentenceStart => SentenceSpan.Start;

    /// <summary>One past the last code unit of <see cref="Sentence"/>.</summary>
    [DataMember(Name = "sentenceEnd", Order = 3)]
    public int SentenceEnd => SentenceSpan.End;

    /// <summary>The span of <see cref="Sentence"/> in the document's text.</summary>
    public TextSpan SentenceSpan { get; }

    /// <summary>The identifiers of the entities mentioned in the sentence or clause, in order of appearance.</summary>
    [DataMember(Name = "participants", Order = 4)]
    public IReadOnlyList<string> Participants { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Date} | {Sentence}";
}
