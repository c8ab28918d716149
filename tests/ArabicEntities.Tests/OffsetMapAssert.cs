using ArabicEntities.Text;

namespace ArabicEntities.Tests;

/// <summary>The properties every offset map must have.</summary>
internal static class OffsetMapAssert
{
    public static void IsValid(NormalizedText n, ArabicNormalizer? normalizer = null)
    {
        int previous = -1;
        for (int i = 0; i < n.Length; i++)
        {
            int original = n.GetOriginalIndex(i);
            Assert.InRange(original, 0, n.Original.Length - 1);
            Assert.True(original >= previous, $"map decreases at normalized index {i}");
            previous = original;
        }

        Assert.Equal(n.Original.Length, n.GetOriginalIndex(n.Length));

        // Every normalized slice maps to an original slice that normalizes back to it (or, inside an expansion, contains it).
        normalizer ??= ArabicNormalizer.Default;
        var random = new Random(n.Length);
        for (int k = 0; k < 200 && n.Length > 0; k++)
        {
            int start = random.Next(n.Length);
            int end = Math.Min(n.Length, start + 1 + random.Next(12));
            TextSpan span = n.ToOriginal(start, end);
            Assert.InRange(span.Start, 0, n.Original.Length);
            Assert.InRange(span.End, span.Start, n.Original.Length);
            string back = normalizer.NormalizeToString(n.Original.AsSpan(span.Start, span.Length));
            Assert.True(back.Contains(n.Text[start..end], StringComparison.Ordinal), $"[{start},{end}) \"{Escape(n.Text[start..end])}\" -> {span} \"{Escape(n.Original[span.ToRange()])}\" -> \"{Escape(back)}\"");
        }
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x80 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}
