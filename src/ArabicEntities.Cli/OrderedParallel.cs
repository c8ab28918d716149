namespace ArabicEntities.Cli;

/// <summary>Maps a stream of items on several threads and yields the results in input order, holding at most a small window.</summary>
internal static class OrderedParallel
{
    /// <summary>Maps <paramref name="source"/> with <paramref name="map"/>, <paramref name="parallelism"/> items at a time.</summary>
    /// <param name="source">The items, enumerated on the caller's thread.</param>
    /// <param name="map">The work per item; must not throw (turn failures into results).</param>
    /// <param name="parallelism">How many items run at once; 1 runs everything on the caller's thread.</param>
    /// <returns>The results, in the order of <paramref name="source"/>; at most twice <paramref name="parallelism"/> items are in flight.</returns>
    public static IEnumerable<TResult> Map<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> map, int parallelism)
    {
        if (parallelism <= 1)
        {
            foreach (TSource item in source)
            {
                yield return map(item);
            }

            yield break;
        }

        var window = new Queue<Task<TResult>>();
        foreach (TSource item in source)
        {
            TSource current = item;
            window.Enqueue(Task.Run(() => map(current)));
            if (window.Count >= parallelism * 2)
            {
                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }

        while (window.Count > 0)
        {
            yield return window.Dequeue().GetAwaiter().GetResult();
        }
    }
}
