using System.Buffers;
using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArabicEntities.Text;

/// <summary>
/// Normalizes Arabic text (diacritics, alef variants, tatweel, digits, presentation forms, invisible controls)
/// while keeping, for every normalized character, the index in the original text it came from.
/// </summary>
/// <remarks>
/// <para>Every rule is a context-free mapping of one UTF-16 code unit to zero, one or a few code units, compiled
/// once per <see cref="ArabicNormalizerOptions"/> into a lookup table, so normalization is a single pass and is
/// idempotent: normalizing normalized text changes nothing. Lone surrogates, control characters and
/// non-Arabic text pass through unchanged.</para>
/// <para>Instances are immutable and thread-safe: create one (or use <see cref="Default"/>) and share it.</para>
/// </remarks>
/// <example>
/// <code>
/// NormalizedText n = ArabicNormalizer.Default.Normalize("الْمَغْرِبُ وإسرائيل");
/// // n.Text == "المغرب واسرائيل"
/// TextSpan word = n.ToOriginal(0, 6); // the span of "الْمَغْرِبُ" in the input, marks included
/// </code>
/// </example>
public sealed class ArabicNormalizer
{
    private const char Remove = '\0';
    private const char Expand = '\uFFFF';

    private static readonly Lazy<ArabicNormalizer> DefaultInstance = new(() => new ArabicNormalizer(ArabicNormalizerOptions.Default));

    // _map[c] == Remove: drop c; == Expand: replace by _expansions[c]; otherwise replace by _map[c] (c itself: keep).
    // NUL and U+FFFF, which collide with the two markers, are stored as one-character expansions of themselves.
    private readonly char[] _map;
    private readonly Dictionary<char, string> _expansions;
    private readonly ChangeScanner? _scanner;

    private ArabicNormalizer(ArabicNormalizerOptions options)
    {
        Options = options;
        (_map, _expansions) = NormalizationTableBuilder.Build(options);
        _scanner = ChangeScanner.Create(c => !MapsToItself(c));
        MaxExpansion = 1;
        foreach (string expansion in _expansions.Values)
        {
            MaxExpansion = Math.Max(MaxExpansion, expansion.Length);
        }
    }

    /// <summary>The normalizer with the documented default profile, <see cref="ArabicNormalizerOptions.Default"/>.</summary>
    public static ArabicNormalizer Default => DefaultInstance.Value;

    /// <summary>The rules this normalizer applies.</summary>
    public ArabicNormalizerOptions Options { get; }

    /// <summary>The largest number of code units one input code unit can become (ﷲ expands to الله, 4).</summary>
    public int MaxExpansion { get; }

    /// <summary>Creates a normalizer for the given rules; building one costs about a millisecond, so reuse it.</summary>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="ArabicNormalizerOptions.Default"/>.</param>
    /// <returns>A thread-safe normalizer.</returns>
    public static ArabicNormalizer Create(ArabicNormalizerOptions? options = null)
    {
        return options is null || options == ArabicNormalizerOptions.Default ? Default : new ArabicNormalizer(options);
    }

    /// <summary>Normalizes <paramref name="text"/> and keeps the map back to it.</summary>
    /// <param name="text">The original text; any content is accepted, including lone surrogates and controls.</param>
    /// <returns>The normalized view with its offset map.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is <see langword="null"/>.</exception>
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int firstChange = IndexOfFirstChange(text);
        if (firstChange < 0)
        {
            return new NormalizedText(text, text, default, identity: true);
        }

        int capacity = text.Length;
        while (true)
        {
            char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 1));
            int[] sourceIndices = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 1));
            try
            {
                int written = NormalizeCore<WithMap>(text, buffer.AsSpan(0, capacity), sourceIndices.AsSpan(0, capacity));
                if (written >= 0)
                {
                    return new NormalizedText(text, new string(buffer, 0, written), sourceIndices.AsSpan(0, written), identity: false);
                }
            }
            finally
            {
                ArrayPool<char>.Shared.Return(buffer);
                ArrayPool<int>.Shared.Return(sourceIndices);
            }

            capacity = GetNormalizedLength(text);
        }
    }

    /// <summary>Normalizes <paramref name="text"/> without keeping an offset map.</summary>
    /// <param name="text">The original text.</param>
    /// <returns>The normalized string (the same instance when nothing changes).</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is <see langword="null"/>.</exception>
    public string NormalizeToString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IndexOfFirstChange(text) < 0 ? text : NormalizeToString(text.AsSpan());
    }

    /// <summary>Normalizes <paramref name="text"/> without keeping an offset map.</summary>
    /// <param name="text">The original text.</param>
    /// <returns>The normalized string.</returns>
    public string NormalizeToString(ReadOnlySpan<char> text)
    {
        int length = GetNormalizedLength(text);
        char[]? rented = null;
        Span<char> buffer = length <= 512 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            int written = NormalizeCore<WithoutMap>(text, buffer[..length], default);
            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Normalizes <paramref name="source"/> into <paramref name="destination"/> without allocating.
    /// </summary>
    /// <param name="source">The original text.</param>
    /// <param name="destination">Receives the normalized text; <see cref="GetNormalizedLength"/> gives the exact size needed
    /// and <c>source.Length * MaxExpansion</c> always suffices (the source length suffices unless the text holds ligatures).</param>
    /// <param name="charsWritten">The number of code units written.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small (its content is then unspecified).</returns>
    public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten)
    {
        int written = NormalizeCore<WithoutMap>(source, destination, default);
        charsWritten = Math.Max(written, 0);
        return written >= 0;
    }

    /// <summary>
    /// Normalizes <paramref name="source"/> into <paramref name="destination"/> and writes, for each normalized code unit,
    /// the index in <paramref name="source"/> it came from, without allocating.
    /// </summary>
    /// <param name="source">The original text.</param>
    /// <param name="destination">Receives the normalized text.</param>
    /// <param name="sourceIndices">Receives one source index per written code unit; at least as long as <paramref name="destination"/>.</param>
    /// <param name="charsWritten">The number of code units written to both spans.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small (its content is then unspecified).</returns>
    /// <exception cref="ArgumentException">When <paramref name="sourceIndices"/> is shorter than <paramref name="destination"/>.</exception>
    /// <example>
    /// <code>
    /// Span&lt;char&gt; buffer = stackalloc char[text.Length];
    /// Span&lt;int&gt; map = stackalloc int[text.Length];
    /// if (ArabicNormalizer.Default.TryNormalize(text, buffer, map, out int n))
    /// {
    ///     TextSpan original = NormalizedText.MapToOriginal(text, map[..n], 0, n);
    /// }
    /// </code>
    /// </example>
    public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, Span<int> sourceIndices, out int charsWritten)
    {
        if (sourceIndices.Length < destination.Length)
        {
            throw new ArgumentException("The source-index span must be at least as long as the destination.", nameof(sourceIndices));
        }

        int written = NormalizeCore<WithMap>(source, destination, sourceIndices);
        charsWritten = Math.Max(written, 0);
        return written >= 0;
    }

    /// <summary>The exact number of code units the normalized form of <paramref name="source"/> has.</summary>
    /// <param name="source">The original text.</param>
    /// <returns>The normalized length.</returns>
    public int GetNormalizedLength(ReadOnlySpan<char> source)
    {
        char[] map = _map;
        long length = 0;
        foreach (char c in source)
        {
            char r = map[c];
            length += r == Remove ? 0 : r == Expand ? _expansions[c].Length : 1;
        }

        return checked((int)length);
    }

    /// <summary>Whether normalizing <paramref name="text"/> would leave it unchanged.</summary>
    /// <param name="text">The text to test.</param>
    /// <returns><see langword="true"/> when the text is already normalized under these rules.</returns>
    public bool IsNormalized(ReadOnlySpan<char> text) => IndexOfFirstChange(text) < 0;

    /// <summary>The index of the first code unit that normalization would change, or -1.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The index, or -1 when the text is already normalized.</returns>
    public int IndexOfFirstChange(ReadOnlySpan<char> text)
    {
        ref char map = ref MemoryMarshal.GetArrayDataReference(_map);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (Unsafe.Add(ref map, c) != c && !MapsToItself(c))
            {
                return i;
            }
        }

        return -1;
    }

    private bool MapsToItself(char c)
    {
        char r = _map[c];
        return r == c || (r == Expand && _expansions[c] is [var only] && only == c);
    }

    // The one normalization loop behind every public overload. Returns the number of code units written, or -1 when
    // the destination is too small. TMap is a struct so the JIT compiles the map-writing and map-free loops separately.
    // Table entries: '\0' removes the code unit, '\uFFFF' expands it (NUL and U+FFFF themselves are stored as
    // one-character expansions), anything else replaces it (identity included). The common path is branch-free: it
    // writes the entry and advances only when the entry is not '\0'. Writing one slot past the kept text is safe
    // while the destination has at least as many free slots as there are source code units left, which holds from
    // the start when destination.Length >= source.Length and is re-checked after every expansion.
    private int NormalizeCore<TMap>(ReadOnlySpan<char> source, Span<char> destination, Span<int> sourceIndices)
        where TMap : struct, IMapMode
    {
        ref char map = ref MemoryMarshal.GetArrayDataReference(_map);
        ref char src = ref MemoryMarshal.GetReference(source);
        ref char dst = ref MemoryMarshal.GetReference(destination);
        ref int idx = ref MemoryMarshal.GetReference(sourceIndices);
        int length = source.Length;
        int capacity = destination.Length;
        int w = 0;
        int i = 0;
        while (i < length)
        {
            if (capacity - w < length - i)
            {
                return NormalizeCheckedTail<TMap>(source, destination, sourceIndices, i, w);
            }

            if (_scanner is not null)
            {
                // Copy blocks of 16 unchanged code units with vector stores; stop at the first flagged one.
                ref ushort src16 = ref Unsafe.As<char, ushort>(ref src);
                ref ushort dst16 = ref Unsafe.As<char, ushort>(ref dst);
                while (length - i >= Vector256<ushort>.Count)
                {
                    Vector256<ushort> chars = Vector256.LoadUnsafe(ref src16, (nuint)i);
                    uint flags = _scanner.Flags(chars);
                    chars.StoreUnsafe(ref dst16, (nuint)w);
                    if (TMap.Enabled)
                    {
                        Vector256<int> indices = Vector256.Create(i) + Iota;
                        indices.StoreUnsafe(ref idx, (nuint)w);
                        (indices + Vector256.Create(Vector256<int>.Count)).StoreUnsafe(ref idx, (nuint)(w + Vector256<int>.Count));
                    }

                    if (flags == 0)
                    {
                        i += Vector256<ushort>.Count;
                        w += Vector256<ushort>.Count;
                        continue;
                    }

                    int unchanged = BitOperations.TrailingZeroCount(flags);
                    i += unchanged;
                    w += unchanged;
                    break;
                }
            }

            // One scalar step for the flagged code unit, then back to the vector loop; the whole rest when it is
            // shorter than a vector or vectors are not accelerated.
            int scalarEnd = _scanner is null || length - i < Vector256<ushort>.Count ? length : i + 1;
            for (; i < scalarEnd; i++)
            {
                char c = Unsafe.Add(ref src, i);
                char r = Unsafe.Add(ref map, c);
                if (r == Expand)
                {
                    string expansion = _expansions[c];
                    if (capacity - w < expansion.Length)
                    {
                        return -1;
                    }

                    foreach (char e in expansion)
                    {
                        Unsafe.Add(ref dst, w) = e;
                        if (TMap.Enabled)
                        {
                            Unsafe.Add(ref idx, w) = i;
                        }

                        w++;
                    }

                    i++;
                    break; // re-check the free space
                }

                Unsafe.Add(ref dst, w) = r;
                if (TMap.Enabled)
                {
                    Unsafe.Add(ref idx, w) = i;
                }

                w += r != Remove ? 1 : 0;
            }
        }

        return w;
    }

    // The same loop with a capacity check on every write, for destinations shorter than the remaining source.
    private int NormalizeCheckedTail<TMap>(ReadOnlySpan<char> source, Span<char> destination, Span<int> sourceIndices, int i, int w)
        where TMap : struct, IMapMode
    {
        for (; i < source.Length; i++)
        {
            char c = source[i];
            char r = _map[c];
            if (r == Remove)
            {
                continue;
            }

            ReadOnlySpan<char> output = r == Expand ? _expansions[c] : new ReadOnlySpan<char>(in r);
            if (destination.Length - w < output.Length)
            {
                return -1;
            }

            foreach (char e in output)
            {
                destination[w] = e;
                if (TMap.Enabled)
                {
                    sourceIndices[w] = i;
                }

                w++;
            }
        }

        return w;
    }

    private static readonly Vector256<int> Iota = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);

    private interface IMapMode
    {
        static abstract bool Enabled { get; }
    }

    private readonly struct WithMap : IMapMode
    {
        public static bool Enabled => true;
    }

    private readonly struct WithoutMap : IMapMode
    {
        public static bool Enabled => false;
    }
}
