namespace ArabicEntities.Timeline;

/// <summary>One input document of a timeline: an identifier, its text and the date it was published.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TimelineDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="id">The document's identifier, unique among the documents of one timeline (a file name, a URL).</param>
    /// <param name="text">The document's text; every span of the timeline indexes it (UTF-16, end-exclusive).</param>
    /// <param name="referenceDate">The date relative expressions are resolved against (normally the publication date); <see langword="null"/> leaves them unresolved.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="id"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">When <paramref name="id"/> is empty.</exception>
    public TimelineDocument(string id, string text, DateOnly? referenceDate = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        ReferenceDate = referenceDate;
    }

    /// <summary>The document's identifier.</summary>
    public string Id { get; }

    /// <summary>The document's text.</summary>
    public string Text { get; }

    /// <summary>The date relative expressions are resolved against, or <see langword="null"/>.</summary>
    public DateOnly? ReferenceDate { get; }
}
