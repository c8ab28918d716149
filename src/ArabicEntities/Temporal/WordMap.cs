using System.Collections.Frozen;

namespace ArabicEntities.Temporal;

/// <summary>
/// A read-only map from folded words to values that can also be queried with a span (a stem inside a token, a
/// word built in a stack buffer), so that stripping proclitics allocates nothing.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>Built once; immutable and thread-safe.</remarks>
internal sealed class WordMap<T>
{
    private readonly FrozenDictionary<string, T> _map;
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _spans;
#endif

    public WordMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        _map = entries.ToFrozenDictionary(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _spans = _map.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The number of words.</summary>
    public int Count => _map.Count;

    /// <summary>The words.</summary>
    public IEnumerable<string> Keys => _map.Keys;

    /// <summary>The value of <paramref name="word"/>; throws <see cref="KeyNotFoundException"/> when absent.</summary>
    public T this[string word] => _map[word];

    public bool ContainsKey(string word) => _map.ContainsKey(word);

    public bool ContainsKey(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    public bool TryGetValue(string word, out T value) => _map.TryGetValue(word, out value!);

    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
#if NET9_0_OR_GREATER
        return _spans.TryGetValue(word, out value!);
#else
        return _map.TryGetValue(word.ToString(), out value!);
#endif
    }
}

/// <summary>A read-only set of folded words that can also be queried with a span.</summary>
/// <remarks>Built once; immutable and thread-safe.</remarks>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _set;
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;
#endif

    public WordSet(IEnumerable<string> words)
    {
        _set = words.ToFrozenSet(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _spans = _set.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The number of words.</summary>
    public int Count => _set.Count;

    /// <summary>The words.</summary>
    public IEnumerable<string> Items => _set;

    public bool Contains(string word) => _set.Contains(word);

    public bool Contains(ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        return _spans.Contains(word);
#else
        return _set.Contains(word.ToString());
#endif
    }
}
