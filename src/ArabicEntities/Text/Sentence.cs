namespace ArabicEntities.Text;

/// <summary>A sentence: a run of consecutive tokens and its span in the original text.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Span">The sentence's span in the original text, from its first token's start to its last token's end.</param>
/// <param name="FirstToken">The index of its first token in <see cref="TokenizedText.Tokens"/>.</param>
/// <param name="TokenCount">The number of its tokens (at least one).</param>
public sealed record Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>The index one past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>The sentence's text, cut from the original.</summary>
    /// <param name="original">The original text the sentence was found in.</param>
    /// <returns>The substring of <paramref name="original"/> covered by <see cref="Span"/>.</returns>
    public string GetText(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return original.Substring(Span.Start, Span.Length);
    }
}
