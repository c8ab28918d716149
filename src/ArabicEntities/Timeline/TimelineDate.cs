using System.Runtime.Serialization;
using ArabicEntities.Text;

namespace ArabicEntities.Timeline;

/// <summary>A date mention of a timeline event: its TIMEX3 value, its text and where it is written.</summary>
/// <remarks>
/// Immutable and thread-safe. Serialized (Newtonsoft.Json, see <c>docs/timeline-schema.md</c>) as
/// <c>{"value", "text", "doc", "start", "end"}</c>.
/// </remarks>
[DataContract]
public sealed class TimelineDate
{
    /// <summary>Creates a date mention.</summary>
    /// <param name="value">The TIMEX3 value (<c>2021-11-23</c>, <c>2021-08</c>, <c>199</c>, <c>2000/2005</c>; see <c>docs/timex3.md</c>).</param>
    /// <param name="text">The date as written.</param>
    /// <param name="doc">The identifier of the document it is written in.</param>
    /// <param name="start">Its first UTF-16 code unit in the document's text.</param>
    /// <param name="end">One past its last code unit.</param>
    /// <exception cref="ArgumentNullException">When a string is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the offsets do not form a span.</exception>
    public TimelineDate(string value, string text, string doc, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(doc);
        Span = new TextSpan(start, end);
        Value = value;
        Text = text;
        DocumentId = doc;
    }

    /// <summary>The TIMEX3 value.</summary>
    [DataMember(Name = "value", Order = 0)]
    public string Value { get; }

    /// <summary>The date as written.</summary>
    [DataMember(Name = "text", Order = 1)]
    public string Text { get; }

    /// <summary>The identifier of the document it is written in.</summary>
    [DataMember(Name = "doc", Order = 2)]
    public string DocumentId { get; }

    /// <summary>Its first code unit in the document's text.</summary>
    [DataMember(Name = "start", Order = 3)]
    public int Start => Span.Start;

    /// <summary>One past its last code unit.</summary>
    [DataMember(Name = "end", Order = 4)]
    public int End => Span.End;

    /// <summary>Its span in the document's text.</summary>
    public TextSpan Span { get; }

    /// <summary>Whether the value is fully specified: it names a calendar period (no <c>X</c> placeholder, not a bare clock time).</summary>
    public bool IsResolved => TimexPeriod.TryParse(Value, out _);

    /// <inheritdoc/>
    public override string ToString() => $"{Value} {DocumentId}{Span} {Text}";
}
