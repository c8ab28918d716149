namespace ArabicEntities.Text;

/// <summary>A text's normalized view and its tokens, in order.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TokenizedText
{
    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029\u0085");

    internal TokenizedText(NormalizedText text, Token[] tokens)
    {
        Text = text;
        Tokens = tokens.AsReadOnly();
    }

    /// <summary>The normalized view (with the original text and the offset map).</summary>
    public NormalizedText Text { get; }

    /// <summary>The caller's original text.</summary>
    public string Original => Text.Original;

    /// <summary>The tokens in text order; whitespace is not a token.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Whether the normalized text between two consecutive tokens holds a line break.</summary>
    /// <param name="tokenIndex">The index of the first of the two tokens; the last token is followed by the end of text.</param>
    /// <returns><see langword="true"/> when a line or paragraph break separates the token from the next one.</returns>
    public bool IsFollowedByLineBreak(int tokenIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tokenIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(tokenIndex, Tokens.Count);
        int from = Tokens[tokenIndex].NormalizedSpan.End;
        int to = tokenIndex + 1 < Tokens.Count ? Tokens[tokenIndex + 1].NormalizedStart : Text.Length;
        return Text.Text.AsSpan(from, to - from).IndexOfAny(LineBreaks) >= 0;
    }

    /// <summary>Whether two consecutive tokens touch, with nothing between them in the normalized text.</summary>
    /// <param name="tokenIndex">The index of the first of the two tokens.</param>
    /// <returns><see langword="true"/> when token <paramref name="tokenIndex"/> + 1 starts where this one ends.</returns>
    public bool IsGluedToNext(int tokenIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tokenIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(tokenIndex, Tokens.Count);
        return tokenIndex + 1 < Tokens.Count && Tokens[tokenIndex].NormalizedSpan.End == Tokens[tokenIndex + 1].NormalizedStart;
    }
}
