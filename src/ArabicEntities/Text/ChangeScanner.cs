using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ArabicEntities.Text;

/// <summary>
/// Flags, sixteen code units at a time, the ones a normalization table might change, so the normalizer can copy
/// unchanged runs with vector stores. The flagged set is a superset of the changing code units: a few ranges that
/// cover every changing code unit and none of the code units frequent in text (Arabic letters, ASCII, common
/// punctuation), so a flag is rare and a false flag only costs one scalar step.
/// </summary>
internal sealed class ChangeScanner
{
    private const int MaxRanges = 8;

    // Eight fixed ranges, unused ones set to the empty-width range [U+FFFF, U+FFFF], so the test is branch-free.
    private readonly Vector256<ushort> _low0, _low1, _low2, _low3, _low4, _low5, _low6, _low7;
    private readonly Vector256<ushort> _width0, _width1, _width2, _width3, _width4, _width5, _width6, _width7;

    private ChangeScanner(List<(int First, int Last)> ranges)
    {
        Ranges = ranges.AsReadOnly();
        (int First, int Last)[] padded = [.. ranges, .. Enumerable.Repeat((0xFFFF, 0xFFFF), MaxRanges - ranges.Count)];
        Vector256<ushort> Low(int k) => Vector256.Create((ushort)padded[k].First);
        Vector256<ushort> Width(int k) => Vector256.Create((ushort)(padded[k].Last - padded[k].First));
        (_low0, _low1, _low2, _low3, _low4, _low5, _low6, _low7) = (Low(0), Low(1), Low(2), Low(3), Low(4), Low(5), Low(6), Low(7));
        (_width0, _width1, _width2, _width3, _width4, _width5, _width6, _width7) = (Width(0), Width(1), Width(2), Width(3), Width(4), Width(5), Width(6), Width(7));
    }

    /// <summary>The flagged ranges, inclusive.</summary>
    public IReadOnlyList<(int First, int Last)> Ranges { get; }

    /// <summary>Builds a scanner for a table, or returns <see langword="null"/> when vectors are not accelerated.</summary>
    /// <param name="changes">Whether each code unit is changed by the table.</param>
    public static ChangeScanner? Create(Func<char, bool> changes)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return null;
        }

        // Maximal runs of changing code units.
        var runs = new List<(int First, int Last)>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (!changes((char)c))
            {
                continue;
            }

            if (runs.Count > 0 && runs[^1].Last == c - 1)
            {
                runs[^1] = (runs[^1].First, c);
            }
            else
            {
                runs.Add((c, c));
            }
        }

        // Merge neighbouring runs when the gap between them holds no frequent code unit.
        var ranges = new List<(int First, int Last)>();
        foreach ((int first, int last) in runs)
        {
            if (ranges.Count > 0 && !Enumerable.Range(ranges[^1].Last + 1, first - ranges[^1].Last - 1).Any(IsFrequent))
            {
                ranges[^1] = (ranges[^1].First, last);
            }
            else
            {
                ranges.Add((first, last));
            }
        }

        // Too many ranges cost more than they save: merge the closest ones (still a superset).
        while (ranges.Count > MaxRanges)
        {
            int best = Enumerable.Range(0, ranges.Count - 1).MinBy(k => ranges[k + 1].First - ranges[k].Last);
            ranges[best] = (ranges[best].First, ranges[best + 1].Last);
            ranges.RemoveAt(best + 1);
        }

        return new ChangeScanner(ranges);
    }

    /// <summary>One bit per lane, set where the code unit may change.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Flags(Vector256<ushort> chars)
    {
        Vector256<ushort> hits =
            (Vector256.LessThanOrEqual(chars - _low0, _width0) | Vector256.LessThanOrEqual(chars - _low1, _width1))
            | (Vector256.LessThanOrEqual(chars - _low2, _width2) | Vector256.LessThanOrEqual(chars - _low3, _width3))
            | (Vector256.LessThanOrEqual(chars - _low4, _width4) | Vector256.LessThanOrEqual(chars - _low5, _width5))
            | (Vector256.LessThanOrEqual(chars - _low6, _width6) | Vector256.LessThanOrEqual(chars - _low7, _width7));
        return hits.ExtractMostSignificantBits();
    }

    private static bool IsFrequent(int c) =>
        c is < 0x0600 or (>= 0x0621 and <= 0x063A) or (>= 0x0641 and <= 0x064A) or 0x060C or 0x061F
            or (>= 0x0900 and <= 0x1FFF) or (>= 0x2010 and <= 0x2027) or (>= 0x3000 and <= 0xD7FF);
}
