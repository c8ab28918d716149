namespace ArabicEntities.Text;

/// <summary>
/// A token of a text: its kind, where it is in the caller's original text, and its normalized form.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Token
{
    /// <summary>Creates a token.</summary>
    /// <param name="kind">What the token is made of.</param>
    /// <param name="span">Its span in the original text.</param>
    /// <param name="normalizedSpan">Its span in the normalized text.</param>
    /// <param name="text">The original text of the token.</param>
    /// <param name="normalizedText">The normalized text of the token.</param>
    /// <exception cref="ArgumentNullException">When a text is <see langword="null"/>.</exception>
    public Token(TokenKind kind, TextSpan span, TextSpan normalizedSpan, string text, string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(normalizedText);
        Kind = kind;
        Span = span;
        NormalizedSpan = normalizedSpan;
        Text = text;
        NormalizedText = normalizedText;
    }

    /// <summary>What the token is made of.</summary>
    public TokenKind Kind { get; }

    /// <summary>The token's span in the caller's original text (UTF-16, end-exclusive).</summary>
    public TextSpan Span { get; }

    /// <summary>The index of the token's first code unit in the original text.</summary>
    public int Start => Span.Start;

    /// <summary>The index one past the token's last code unit in the original text.</summary>
    public int End => Span.End;

    /// <summary>The token's span in the normalized text.</summary>
    public TextSpan NormalizedSpan { get; }

    /// <summary>The index of the token's first code unit in the normalized text.</summary>
    public int NormalizedStart => NormalizedSpan.Start;

    /// <summary>The original text of the token, exactly as the caller wrote it.</summary>
    public string Text { get; }

    /// <summary>The normalized text of the token.</summary>
    public string NormalizedText { get; }

    /// <summary>Whether the token is a word in any script.</summary>
    public bool IsWord => Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.OtherWord;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Span} {Text}";
}
