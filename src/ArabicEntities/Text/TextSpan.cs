namespace ArabicEntities.Text;

/// <summary>
/// An end-exclusive range of UTF-16 code units, <c>[Start, End)</c>, in a string the library was given or produced.
/// </summary>
/// <remarks>
/// Spans the library returns from its public API always index the caller's original string unless the member
/// says otherwise (for example <see cref="Token.NormalizedStart"/>). This type is an immutable value and is thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var span = new TextSpan(4, 9);
/// string word = text[span.Start..span.End]; // or text.Substring(span.Start, span.Length)
/// </code>
/// </example>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; <paramref name="start"/> must not be negative nor greater than <paramref name="end"/>.</summary>
    /// <param name="start">The index of the first code unit.</param>
    /// <param name="end">The index one past the last code unit.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="start"/> is negative or after <paramref name="end"/>.</exception>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>The index of the first code unit.</summary>
    public int Start { get; }

    /// <summary>The index one past the last code unit (end-exclusive).</summary>
    public int End { get; }

    /// <summary>The number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>Whether the span covers nothing.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>Converts the span to a <see cref="System.Range"/> for slicing.</summary>
    /// <returns>The equivalent range <c>Start..End</c>.</returns>
    public Range ToRange() => new(Start, End);

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when <c>Start &lt;= other.Start</c> and <c>other.End &lt;= End</c>.</returns>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when the spans intersect in a non-empty range.</returns>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
