using System.Runtime.Serialization;

namespace ArabicEntities.Timeline;

/// <summary>
/// An event of a timeline: a resolved date and the sentence (or clause) it anchors, with the entities taking part, as
/// reported by one or more documents.
/// </summary>
/// <remarks>
/// <para>The same event reported by several documents (the same date value and overlapping participants) is one event
/// with several <see cref="Sources"/>; <see cref="Date"/>, <see cref="Sentence"/> and its span are those of the first
/// source (in document order) and <see cref="Participants"/> is the union of the sources' participants.</para>
/// <para>Immutable and thread-safe. Serialized (Newtonsoft.Json, see <c>docs/timeline-schema.md</c>) as
/// <c>{"id", "date", "sentence", "sentenceStart", "sentenceEnd", "participants", "sources"}</c>; reading it back needs
/// only <c>id</c> and <c>sources</c>.</para>
/// </remarks>
[DataContract]
public sealed class TimelineEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="id">Its identifier, unique in its timeline (<c>event-1</c>).</param>
    /// <param name="sources">The documents' reports of it, in document order; at least one.</param>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/> or a source is.</exception>
    /// <exception cref="ArgumentException">When <paramref name="sources"/> is empty.</exception>
    public TimelineEvent(string id, IReadOnlyList<EventSource> sources)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            throw new ArgumentException("An event has at least one source.", nameof(sources));
        }

        foreach (EventSource source in sources)
        {
            ArgumentNullException.ThrowIfNull(source, nameof(sources));
        }

        Id = id;
        Sources = [.. sources];
        Participants = [.. Sources.SelectMany(s => s.Participants).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The identifier, unique in its timeline.</summary>
    [DataMember(Name = "id", Order = 0)]
    public string Id { get; }

    /// <summary>The date as the first source writes it.</summary>
    [DataMember(Name = "date", Order = 1)]
    public TimelineDate Date => Sources[0].Date;

    /// <summary>The first source's sentence or clause.</summary>
    [DataMember(Name = "sentence", Order = 2)]
    public string Sentence => Sources[0].Sentence;

    /// <summary>The first code unit of <see cref="Sentence"/> in the first source's document.</summary>
    [DataMember(Name = "sentenceStart", Order = 3)]
    public int SentenceStart => Sources[0].SentenceStart;

    /// <summary>One past the last code unit of <see cref="Sentence"/>.</summary>
    [DataMember(Name = "sentenceEnd", Order = 4)]
    public int SentenceEnd => Sources[0].SentenceEnd;

    /// <summary>The identifiers of the entities taking part (<see cref="ResolvedEntity.Id"/>): the union of the sources' participants.</summary>
    [DataMember(Name = "participants", Order = 5)]
    public IReadOnlyList<string> Participants { get; }

    /// <summary>The documents' reports of the event, in document order.</summary>
    [DataMember(Name = "sources", Order = 6)]
    public IReadOnlyList<EventSource> Sources { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Date.Value} {Sentence}";
}
