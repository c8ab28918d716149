namespace ArabicEntities.Text;

/// <summary>Binary search over items kept in order of their start offsets (tokens, entities, name mentions).</summary>
internal static class SpanOrder
{
    /// <summary>Gets the index of the first item that starts at or after <paramref name="offset"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order of their start.</param>
    /// <param name="offset">The offset.</param>
    /// <param name="start">An item's start.</param>
    /// <returns>The index, or <c>items.Count</c> when every item starts before <paramref name="offset"/>.</returns>
    public static int FirstStartingAtOrAfter<T>(IReadOnlyList<T> items, int offset, Func<T, int> start)
    {
        int lo = 0;
        int hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (start(items[mid]) < offset)
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
}
