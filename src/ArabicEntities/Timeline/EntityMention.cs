using System.Runtime.Serialization;
using ArabicEntities.Text;

namespace ArabicEntities.Timeline;

/// <summary>One mention of a resolved entity: the document and the span where it is written.</summary>
/// <remarks>
/// Immutable and thread-safe. Serialized (Newtonsoft.Json, see <c>docs/timeline-schema.md</c>) as
/// <c>{"doc", "start", "end", "text"}</c>.
/// </remarks>
[DataContract]
public sealed class EntityMention
{
    /// <summary>Creates a mention.</summary>
    /// <param name="doc">The identifier of the document (<see cref="TimelineDocument.Id"/>).</param>
    /// <param name="start">The first UTF-16 code unit of the mention in the document's text.</param>
    /// <param name="end">One past the last code unit.</param>
    /// <param name="text">The mention as written (the document's text between <paramref name="start"/> and <paramref name="end"/>).</param>
    /// <exception cref="ArgumentNullException">When <paramref name="doc"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the offsets do not form a span.</exception>
    public EntityMention(string doc, int start, int end, string text)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(text);
        Span = new TextSpan(start, end);
        DocumentId = doc;
        Text = text;
    }

    /// <summary>The identifier of the document.</summary>
    [DataMember(Name = "doc", Order = 0)]
    public string DocumentId { get; }

    /// <summary>The first code unit of the mention in the document's text.</summary>
    [DataMember(Name = "start", Order = 1)]
    public int Start => Span.Start;

    /// <summary>One past the last code unit of the mention.</summary>
    [DataMember(Name = "end", Order = 2)]
    public int End => Span.End;

    /// <summary>The mention as written.</summary>
    [DataMember(Name = "text", Order = 3)]
    public string Text { get; }

    /// <summary>The span of the mention in the document's text.</summary>
    public TextSpan Span { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{DocumentId}{Span} {Text}";
}
