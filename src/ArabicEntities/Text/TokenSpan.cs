namespace ArabicEntities.Text;

/// <summary>
/// A token found by <see cref="ArabicTokenizer.EnumerateTokens(ReadOnlySpan{char})"/>, as a range of the text that was
/// enumerated (normally the normalized text). The allocation-free counterpart of <see cref="Token"/>.
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
/// <param name="Kind">What the token is made of.</param>
/// <param name="Start">The index of its first code unit in the enumerated text.</param>
/// <param name="End">The index one past its last code unit (end-exclusive).</param>
public readonly record struct TokenSpan(TokenKind Kind, int Start, int End)
{
    /// <summary>The number of code units in the token.</summary>
    public int Length => End - Start;
}
