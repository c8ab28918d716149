using System.Globalization;
using System.Numerics;

namespace ArabicEntities.Text;

/// <summary>
/// The normalized view of a text together with its offset map back to the original.
/// </summary>
/// <remarks>
/// <para>Each normalized code unit records the index of the original code unit it came from; the indices never
/// decrease. A normalized span maps back to the smallest original span that produced it, extended over the marks
/// and tatweel that normalization removed inside or at the end of it (so <c>كَتَبَ</c> → <c>كتب</c> maps back to all six
/// code units), but not over removed invisible controls that merely follow it.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class NormalizedText
{
    // The offset map, stored as runs: from _runStarts[r] (a normalized index) up to the next run's start, normalized index i
    // came from original index i + _runShifts[r]. Normalization mostly replaces one code unit by one (alef variants,
    // digits), so a news text needs one run per removed mark or expanded ligature, not four bytes per code unit.
    // Both arrays are null when normalization changed nothing.
    private readonly int[]? _runStarts;
    private readonly int[]? _runShifts;

    internal NormalizedText(string original, string text, ReadOnlySpan<int> sourceIndices, bool identity)
    {
        Original = original;
        Text = text;
        if (identity)
        {
            return;
        }

        // A run starts where a code unit does not come from the original code unit right after the previous one's
        // source: count them, then record them (each pass skips a vector at a time over code units that continue a run).
        int n = text.Length;
        int runs = 0;
        for (int i = 0; i < n; i = NextRunStart(sourceIndices, i + 1))
        {
            runs++;
        }

        _runStarts = new int[runs];
        _runShifts = new int[runs];
        for (int i = 0, r = 0; i < n; i = NextRunStart(sourceIndices, i + 1), r++)
        {
            _runStarts[r] = i;
            _runShifts[r] = sourceIndices[i] - i;
        }
    }

    // The first index at or after from (at least 1; index 0 always starts a run) that starts a run (sourceIndices.Length
    // when none does).
    private static int NextRunStart(ReadOnlySpan<int> sourceIndices, int from)
    {
        int n = sourceIndices.Length;
        int i = from;
        if (Vector.IsHardwareAccelerated)
        {
            while (i + Vector<int>.Count <= n
                && Vector.EqualsAll(new Vector<int>(sourceIndices[i..]), new Vector<int>(sourceIndices[(i - 1)..]) + Vector<int>.One))
            {
                i += Vector<int>.Count;
            }
        }

        while (i < n && sourceIndices[i] == sourceIndices[i - 1] + 1)
        {
            i++;
        }

        return i;
    }

    /// <summary>The caller's original text.</summary>
    public string Original { get; }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>The length of the normalized text in UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>Whether normalization changed nothing (every index maps to itself).</summary>
    public bool IsIdentity => _runStarts is null;

    /// <summary>The original index of the normalized code unit at <paramref name="normalizedIndex"/>.</summary>
    /// <param name="normalizedIndex">An index in <c>[0, Length]</c>; <see cref="Length"/> maps to the original length.</param>
    /// <returns>The index in <see cref="Original"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the index is outside <c>[0, Length]</c>.</exception>
    public int GetOriginalIndex(int normalizedIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(normalizedIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(normalizedIndex, Length);
        int run = -1;
        return normalizedIndex == Length ? Original.Length : _runStarts is null ? normalizedIndex : Source(normalizedIndex, ref run);
    }

    /// <summary>Maps the normalized span <c>[start, end)</c> to the original text.</summary>
    /// <param name="start">The normalized start index.</param>
    /// <param name="end">The normalized end index (exclusive).</param>
    /// <returns>The original span that produced the normalized span.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the span is not inside <c>[0, Length]</c>.</exception>
    public TextSpan ToOriginal(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Length);
        int run = -1;
        return _runStarts is null ? new TextSpan(start, end) : MapRunsToOriginal(start, end, ref run);
    }

    /// <summary>
    /// <see cref="ToOriginal(int, int)"/> for a caller that maps spans in increasing order (the tokenizer):
    /// <paramref name="run"/> (start it at −1) remembers where the last lookup ended, so that each lookup moves forward
    /// from there instead of searching the whole map.
    /// </summary>
    internal TextSpan ToOriginal(int start, int end, ref int run) =>
        _runStarts is null ? new TextSpan(start, end) : MapRunsToOriginal(start, end, ref run);

    /// <summary>Maps a normalized span to the original text.</summary>
    /// <param name="normalizedSpan">A span of <see cref="Text"/>.</param>
    /// <returns>The original span that produced it.</returns>
    public TextSpan ToOriginal(TextSpan normalizedSpan) => ToOriginal(normalizedSpan.Start, normalizedSpan.End);

    /// <summary>Maps a span of the original text to the normalized code units it produced.</summary>
    /// <param name="originalSpan">A span of <see cref="Original"/>.</param>
    /// <returns>The normalized span whose code units come from inside <paramref name="originalSpan"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the span extends past the original text.</exception>
    public TextSpan ToNormalized(TextSpan originalSpan)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(originalSpan.End, Original.Length, nameof(originalSpan));
        if (_runStarts is null)
        {
            return originalSpan;
        }

        int start = FirstFrom(originalSpan.Start);
        int end = FirstFrom(originalSpan.End);
        return new TextSpan(start, Math.Max(start, end));
    }

    /// <summary>The original text covered by a normalized span.</summary>
    /// <param name="start">The normalized start index.</param>
    /// <param name="end">The normalized end index (exclusive).</param>
    /// <returns>The original substring.</returns>
    public string GetOriginalText(int start, int end)
    {
        TextSpan span = ToOriginal(start, end);
        return Original.Substring(span.Start, span.Length);
    }

    /// <summary>
    /// Maps the normalized span <c>[start, end)</c> back to <paramref name="original"/> using a source-index map written
    /// by <see cref="ArabicNormalizer.TryNormalize(ReadOnlySpan{char}, Span{char}, Span{int}, out int)"/>. Allocation-free.
    /// </summary>
    /// <param name="original">The text that was normalized.</param>
    /// <param name="sourceIndices">The map, exactly as long as the normalized text.</param>
    /// <param name="start">The normalized start index.</param>
    /// <param name="end">The normalized end index (exclusive).</param>
    /// <returns>The original span.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static TextSpan MapToOriginal(ReadOnlySpan<char> original, ReadOnlySpan<int> sourceIndices, int start, int end)
    {
        // The common case, inlined: the code unit after the span comes straight after the span's last source code unit.
        if ((uint)end < (uint)sourceIndices.Length && (uint)start < (uint)end)
        {
            int next = sourceIndices[end];
            if (next == sourceIndices[end - 1] + 1)
            {
                return new TextSpan(sourceIndices[start], next);
            }
        }

        return MapToOriginalSlow(original, sourceIndices, start, end);
    }

    private static TextSpan MapToOriginalSlow(ReadOnlySpan<char> original, ReadOnlySpan<int> sourceIndices, int start, int end)
    {
        int n = sourceIndices.Length;
        if ((uint)start > (uint)n || (uint)end > (uint)n || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "The span is not inside the normalized text.");
        }

        if (start == end)
        {
            int at = start < n ? sourceIndices[start] : original.Length;
            return new TextSpan(at, at);
        }

        int last = sourceIndices[end - 1];
        int k = end;
        while (k < n && sourceIndices[k] == last)
        {
            k++; // the span ends inside an expansion (a ligature): cover the whole original code unit
        }

        int originalEnd = k < n ? sourceIndices[k] : original.Length;

        // Code units in (last, originalEnd) were removed by normalization; keep marks and tatweel that trail the span,
        // drop invisible controls and anything else that merely follows it.
        while (originalEnd > last + 1 && !IsAttachingRemoval(original[originalEnd - 1]))
        {
            originalEnd--;
        }

        return new TextSpan(sourceIndices[start], originalEnd);
    }

    private static bool IsAttachingRemoval(char c) =>
        c == '\u0640' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        || c is >= '\uFE70' and <= '\uFE7F';

    // The original index normalized code unit i (in [0, Length)) came from. run is a hint (−1: none): the run of the
    // caller's previous lookup; the lookup walks forward from it, or searches when i lies before it.
    private int Source(int i, ref int run)
    {
        int[] starts = _runStarts!;
        if (run >= 0 && starts[run] <= i)
        {
            while (run + 1 < starts.Length && starts[run + 1] <= i)
            {
                run++;
            }
        }
        else
        {
            run = SpanOrder.FirstStartingAtOrAfter(starts, i + 1, static start => start) - 1; // the last run starting at or before i
        }

        return i + _runShifts![run];
    }

    // MapToOriginal's rule, over the runs; the lookups go forward (start, then the end) so that a hint stays useful.
    private TextSpan MapRunsToOriginal(int start, int end, ref int run)
    {
        int n = Length;
        if (start == end)
        {
            int at = start < n ? Source(start, ref run) : Original.Length;
            return new TextSpan(at, at);
        }

        int first = Source(start, ref run);
        int[] starts = _runStarts!;
        if (end < n && (run + 1 == starts.Length || starts[run + 1] > end))
        {
            // The common case: the span and the code unit after it lie in one run, so nothing was removed at its end.
            return new TextSpan(first, end + _runShifts![run]);
        }

        int last = Source(end - 1, ref run);
        int k = end;
        int originalEnd = Original.Length;
        while (k < n)
        {
            int next = Source(k, ref run);
            if (next != last)
            {
                originalEnd = next;
                break;
            }

            k++; // the span ends inside an expansion (a ligature): cover the whole original code unit
        }

        while (originalEnd > last + 1 && !IsAttachingRemoval(Original[originalEnd - 1]))
        {
            originalEnd--;
        }

        return new TextSpan(first, originalEnd);
    }

    // The first normalized index whose source is at or after originalIndex (Length when none is).
    private int FirstFrom(int originalIndex)
    {
        int lo = 0;
        int hi = Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            int run = -1;
            if (Source(mid, ref run) < originalIndex)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
