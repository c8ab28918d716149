using System.Text;
using ArabicEntities.Resources;
using ArabicEntities.Text;

namespace ArabicEntities.Gazetteers;

/// <summary>
/// Lists of places, names, organizations and trigger words compiled from <c>../shared/data/gazetteers</c> by the
/// training tool's <c>gazetteers</c> verb, matched over the normalized tokens of a text with one token trie
/// (longest match), clitic-aware on the first token of a match.
/// </summary>
/// <remarks>
/// <para>Entries are sequences of normalized tokens (the tokens <see cref="ArabicTokenizer.Default"/> makes of the
/// <see cref="ArabicNormalizer.Default"/> form of the name). The first token of a match may carry proclitics that are
/// not part of the entry: a conjunction و or ف, then a preposition ب، ك or ل (والمغرب → المغرب, لإسرائيل → إسرائيل,
/// وبغداد → بغداد); ل before ال drops the alef (للمغرب → ل + المغرب). The article ال is never stripped: an entry
/// listed with ال matches only with ال.</para>
/// <para>Immutable and thread-safe; <see cref="Default"/> is loaded once, on first use, from the embedded resource.</para>
/// </remarks>
internal sealed class Gazetteer
{
    /// <summary>The manifest name of the embedded resource.</summary>
    public const string ResourceName = "ArabicEntities.Gazetteers.gazetteer.tsv.gz";

    private const int MinimumStemLength = 2;
    private const int MaxWordLength = 64;
    private static readonly Lazy<Gazetteer> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, int> _tokenIds;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _tokenIdsBySpan;
#endif
    private readonly Dictionary<long, int> _children;
    private readonly GazetteerCategory[] _nodeCategories;

    private Gazetteer(Dictionary<string, int> tokenIds, Dictionary<long, int> children, GazetteerCategory[] nodeCategories, int entryCount, string provenance)
    {
        _tokenIds = tokenIds;
#if NET9_0_OR_GREATER
        _tokenIdsBySpan = tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        _children = children;
        _nodeCategories = nodeCategories;
        EntryCount = entryCount;
        Provenance = provenance;
    }

    /// <summary>Gets the gazetteer compiled into the library (loaded on first use).</summary>
    /// <exception cref="InvalidOperationException">When the embedded resource is missing or malformed.</exception>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>Gets the number of entries.</summary>
    public int EntryCount { get; }

    /// <summary>Gets the provenance header of the resource (the lines that start with <c>#</c>).</summary>
    public string Provenance { get; }

    /// <summary>Builds a gazetteer from entries already in normalized, space-separated token form.</summary>
    /// <param name="entries">The entries and their categories; duplicates have their categories combined.</param>
    /// <param name="provenance">A description of where the entries come from.</param>
    /// <returns>The gazetteer.</returns>
    public static Gazetteer Create(IEnumerable<(string Entry, GazetteerCategory Categories)> entries, string provenance = "")
    {
        ArgumentNullException.ThrowIfNull(entries);
        Dictionary<string, int> tokenIds = new(StringComparer.Ordinal);
        Dictionary<long, int> children = [];
        List<GazetteerCategory> nodes = [GazetteerCategory.None];
        int count = 0;
        foreach ((string entry, GazetteerCategory categories) in entries)
        {
            int node = 0;
            int tokens = 0;
            foreach (string token in entry.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!tokenIds.TryGetValue(token, out int id))
                {
                    id = tokenIds.Count;
                    tokenIds.Add(token, id);
                }

                long key = Key(node, id);
                if (!children.TryGetValue(key, out int child))
                {
                    child = nodes.Count;
                    nodes.Add(GazetteerCategory.None);
                    children.Add(key, child);
                }

                node = child;
                tokens++;
            }

            if (tokens > 0 && categories != GazetteerCategory.None)
            {
                count += nodes[node] == GazetteerCategory.None ? 1 : 0;
                nodes[node] |= categories;
            }
        }

        return new Gazetteer(tokenIds, children, [.. nodes], count, provenance);
    }

    /// <summary>Reads a gazetteer in the resource format: <c>#</c> header lines, then <c>entry TAB Category,Category</c> lines.</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="FormatException">When a line is malformed or names an unknown category.</exception>
    public static Gazetteer Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        List<(string, GazetteerCategory)> entries = [];
        string provenance = ResourceText.Read(reader, (lineNumber, line) =>
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"Gazetteer line {lineNumber}: expected 'entry<TAB>categories'.");
            }

            entries.Add((line[..tab], ParseCategories(line.AsSpan(tab + 1), lineNumber)));
        });
        return Create(entries, provenance);
    }

    /// <summary>Writes the names of the categories the way <see cref="Read"/> reads them (<c>Country,City</c>).</summary>
    /// <param name="categories">The categories.</param>
    /// <returns>The comma-separated names.</returns>
    public static string FormatCategories(GazetteerCategory categories)
    {
        StringBuilder builder = new();
        for (int bit = 0; bit < 31; bit++)
        {
            GazetteerCategory flag = (GazetteerCategory)(1 << bit);
            if ((categories & flag) != 0)
            {
                builder.Append(builder.Length > 0 ? "," : string.Empty).Append(CategoryName(flag));
            }
        }

        return builder.ToString();
    }

    /// <summary>Gets the categories of a single normalized word: the word itself when it is an entry, otherwise the
    /// word with the shortest run of proclitics stripped that is one (وبغداد → بغداد).</summary>
    /// <param name="normalizedWord">A normalized word.</param>
    /// <returns>The categories, or <see cref="GazetteerCategory.None"/>.</returns>
    public GazetteerCategory Lookup(ReadOnlySpan<char> normalizedWord) => Lookup(normalizedWord, out _);

    /// <summary>Gets the categories of a single normalized word, and how many proclitic characters were stripped to find it.</summary>
    /// <param name="normalizedWord">A normalized word.</param>
    /// <param name="procliticLength">The number of leading characters that are proclitics (0 when the word itself is an entry).</param>
    /// <returns>The categories, or <see cref="GazetteerCategory.None"/>.</returns>
    public GazetteerCategory Lookup(ReadOnlySpan<char> normalizedWord, out int procliticLength) => Lookup(normalizedWord, null, out procliticLength);

    /// <summary>Looks a normalized word held as a string up as <see cref="Lookup(ReadOnlySpan{char}, out int)"/> does, without copying it on any target framework.</summary>
    /// <param name="normalizedWord">The normalized word.</param>
    /// <returns>The categories, or <see cref="GazetteerCategory.None"/>.</returns>
    public GazetteerCategory Lookup(string normalizedWord) => Lookup(normalizedWord, normalizedWord, out _);

    // `whole`, when given, is the string normalizedWord spans: the first reading (nothing stripped) is looked up as it.
    private GazetteerCategory Lookup(ReadOnlySpan<char> normalizedWord, string? whole, out int procliticLength)
    {
        procliticLength = 0;
        if (normalizedWord.IsEmpty || normalizedWord.Length > MaxWordLength)
        {
            return GazetteerCategory.None;
        }

        Span<char> buffer = stackalloc char[MaxWordLength + 1];
        Readings readings = new(normalizedWord, default, buffer);
        while (readings.MoveNext(out ReadOnlySpan<char> stem, out int stripped))
        {
            if (TryGetTokenId(stem, stripped == 0 ? whole : null, out int id) && _children.TryGetValue(Key(0, id), out int node) && _nodeCategories[node] != GazetteerCategory.None)
            {
                procliticLength = stripped;
                return _nodeCategories[node];
            }
        }

        return GazetteerCategory.None;
    }

    /// <summary>Finds the entries in a text, leftmost-longest and without overlap (what a reader would underline).</summary>
    /// <param name="tokens">The tokenized text.</param>
    /// <param name="results">Receives the matches in text order (appended; the list is not cleared).</param>
    public void Match(TokenizedText tokens, List<GazetteerMatch> results)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(results);
        IReadOnlyList<Token> list = tokens.Tokens;
        Span<char> buffer = stackalloc char[MaxWordLength + 1];
        for (int i = 0; i < list.Count;)
        {
            if (TryMatchAt(tokens, i, buffer, out GazetteerMatch match))
            {
                results.Add(match);
                i += match.TokenCount;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Finds, for every token, the longest entry that starts there (matches may overlap); for features.</summary>
    /// <param name="tokens">The tokenized text.</param>
    /// <param name="results">Receives the matches in order of their first token (appended; the list is not cleared).</param>
    public void MatchAll(TokenizedText tokens, List<GazetteerMatch> results)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(results);
        Span<char> buffer = stackalloc char[MaxWordLength + 1];
        for (int i = 0; i < tokens.Tokens.Count; i++)
        {
            if (TryMatchAt(tokens, i, buffer, out GazetteerMatch match))
            {
                results.Add(match);
            }
        }
    }

    /// <summary>
    /// Per-token gazetteer features without allocating: for every token, the categories of the longest entry that
    /// starts there (<paramref name="begin"/>) and the categories of the longer entries that cover it without starting
    /// there (<paramref name="inside"/>, OR-ed over all of them). Matches may overlap, as in <see cref="MatchAll"/>.
    /// </summary>
    /// <param name="tokens">The tokenized text.</param>
    /// <param name="begin">Receives, per token, the categories of the entry that starts at it (<see cref="GazetteerCategory.None"/> if none).</param>
    /// <param name="inside">Receives, per token, the categories of the entries that continue through it.</param>
    /// <exception cref="ArgumentException">When a span is shorter than the number of tokens.</exception>
    public void Annotate(TokenizedText tokens, Span<GazetteerCategory> begin, Span<GazetteerCategory> inside)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int count = tokens.Tokens.Count;
        if (begin.Length < count || inside.Length < count)
        {
            throw new ArgumentException($"The spans must hold at least {count} elements (one per token).");
        }

        begin[..count].Clear();
        inside[..count].Clear();
        Span<char> buffer = stackalloc char[MaxWordLength + 1];
        for (int i = 0; i < count; i++)
        {
            if (TryMatchAt(tokens, i, buffer, out GazetteerMatch match))
            {
                begin[i] = match.Categories;
                for (int j = i + 1; j < match.EndToken; j++)
                {
                    inside[j] |= match.Categories;
                }
            }
        }
    }

    /// <summary>Finds the longest entry that starts at a token (with the fewest stripped proclitics among equally long ones).</summary>
    /// <param name="tokens">The tokenized text.</param>
    /// <param name="index">The index of the first token.</param>
    /// <param name="match">The match, when there is one.</param>
    /// <returns>Whether an entry starts at the token.</returns>
    public bool TryMatchAt(TokenizedText tokens, int index, out GazetteerMatch match)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, tokens.Tokens.Count);
        Span<char> buffer = stackalloc char[MaxWordLength + 1];
        return TryMatchAt(tokens, index, buffer, out match);
    }

    /// <summary>Maps a match to the caller's original text, proclitics excluded.</summary>
    /// <param name="tokens">The tokenized text the match was found in.</param>
    /// <param name="match">The match.</param>
    /// <returns>The span of the entry in <see cref="TokenizedText.Original"/>.</returns>
    public static TextSpan GetOriginalSpan(TokenizedText tokens, GazetteerMatch match)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Token first = tokens.Tokens[match.FirstToken];
        Token last = tokens.Tokens[match.EndToken - 1];
        return new TextSpan(first.Start + match.ProcliticLength, last.End);
    }

    private static long Key(int node, int tokenId) => ((long)node << 32) | (uint)tokenId;

    private static GazetteerCategory ParseCategories(ReadOnlySpan<char> text, int lineNumber)
    {
        GazetteerCategory categories = GazetteerCategory.None;
        while (!text.IsEmpty)
        {
            int comma = text.IndexOf(',');
            ReadOnlySpan<char> name = (comma < 0 ? text : text[..comma]).Trim();
            text = comma < 0 ? [] : text[(comma + 1)..];
            GazetteerCategory flag = GazetteerCategory.None;
            for (int bit = 0; bit < 31 && flag == GazetteerCategory.None; bit++)
            {
                if (name.SequenceEqual(CategoryName((GazetteerCategory)(1 << bit))))
                {
                    flag = (GazetteerCategory)(1 << bit);
                }
            }

            categories |= flag != GazetteerCategory.None ? flag : throw new FormatException($"Gazetteer line {lineNumber}: unknown category '{name}'.");
        }

        return categories;
    }

    private static string CategoryName(GazetteerCategory flag) => flag switch
    {
        GazetteerCategory.Country => nameof(GazetteerCategory.Country),
        GazetteerCategory.City => nameof(GazetteerCategory.City),
        GazetteerCategory.Region => nameof(GazetteerCategory.Region),
        GazetteerCategory.Nationality => nameof(GazetteerCategory.Nationality),
        GazetteerCategory.GivenName => nameof(GazetteerCategory.GivenName),
        GazetteerCategory.FamilyName => nameof(GazetteerCategory.FamilyName),
        GazetteerCategory.Person => nameof(GazetteerCategory.Person),
        GazetteerCategory.Organization => nameof(GazetteerCategory.Organization),
        GazetteerCategory.PersonTitle => nameof(GazetteerCategory.PersonTitle),
        GazetteerCategory.OrganizationHead => nameof(GazetteerCategory.OrganizationHead),
        GazetteerCategory.LocationCue => nameof(GazetteerCategory.LocationCue),
        GazetteerCategory.AmbiguousPlace => nameof(GazetteerCategory.AmbiguousPlace),
        GazetteerCategory.TitleCue => nameof(GazetteerCategory.TitleCue),
        _ => string.Empty,
    };

    private static Gazetteer LoadDefault() => ResourceText.LoadEmbedded(
        ResourceName,
        "gazetteer",
        "dotnet run --project src/ArabicEntities.Training -c Release -- gazetteers",
        Read,
        gazetteer => gazetteer.EntryCount == 0);

    // `whole`, when given, is a string that reads as `token` (the word the reading did not strip): no copy is made of it.
    private bool TryGetTokenId(ReadOnlySpan<char> token, string? whole, out int id)
    {
        if (whole is not null)
        {
            return _tokenIds.TryGetValue(whole, out id);
        }

#if NET9_0_OR_GREATER
        return _tokenIdsBySpan.TryGetValue(token, out id);
#else
        return _tokenIds.TryGetValue(token.ToString(), out id);
#endif
    }

    private bool TryMatchAt(TokenizedText tokens, int index, Span<char> buffer, out GazetteerMatch match)
    {
        match = default;
        IReadOnlyList<Token> list = tokens.Tokens;
        Token first = list[index];
        ReadOnlySpan<char> word = first.NormalizedText;
        if (word.Length > MaxWordLength)
        {
            return false;
        }

        // Only Arabic words carry proclitics; other tokens are looked up as they are.
        Readings readings = first.Kind == TokenKind.ArabicWord ? new(word, default, buffer) : new(default, word, buffer);
        while (readings.MoveNext(out ReadOnlySpan<char> stem, out int stripped))
        {
            if (!TryGetTokenId(stem, stripped == 0 ? first.NormalizedText : null, out int id) || !_children.TryGetValue(Key(0, id), out int node))
            {
                continue;
            }

            int bestLength = _nodeCategories[node] != GazetteerCategory.None ? 1 : 0;
            GazetteerCategory bestCategories = _nodeCategories[node];
            for (int next = index + 1; next < list.Count && !tokens.IsFollowedByLineBreak(next - 1); next++)
            {
                if (!_tokenIds.TryGetValue(list[next].NormalizedText, out int nextId) || !_children.TryGetValue(Key(node, nextId), out node))
                {
                    break;
                }

                if (_nodeCategories[node] != GazetteerCategory.None)
                {
                    bestLength = next - index + 1;
                    bestCategories = _nodeCategories[node];
                }
            }

            // Readings come with the fewest stripped characters first: a later one must be strictly longer to win.
            if (bestLength > match.TokenCount)
            {
                int original = stripped == 0 ? 0 : tokens.Text.GetOriginalIndex(first.NormalizedStart + stripped) - first.Start;
                match = new GazetteerMatch(index, bestLength, bestCategories, original, stripped);
            }
        }

        return match.TokenCount > 0;
    }

    /// <summary>The readings of a word: itself, then with proclitics stripped (و/ف, then ب/ك/ل; لل → ل + ال).</summary>
    private ref struct Readings
    {
        private readonly ReadOnlySpan<char> _word;
        private readonly ReadOnlySpan<char> _only;
        private readonly Span<char> _buffer;
        private int _state;

        public Readings(ReadOnlySpan<char> arabicWord, ReadOnlySpan<char> otherWord, Span<char> buffer)
        {
            _word = arabicWord;
            _only = otherWord;
            _buffer = buffer;
            _state = 0;
        }

        // States: 0 = the word itself; then for conjunction length c in {0, 1} and preposition length p in {0, 1}
        // (c + p ≥ 1): the plain remainder, and when the preposition is ل followed by ل, the remainder with ا restored.
        public bool MoveNext(out ReadOnlySpan<char> stem, out int stripped)
        {
            stem = default;
            stripped = 0;
            if (_state == 0)
            {
                _state = 1;
                if (!_only.IsEmpty)
                {
                    stem = _only;
                    _state = int.MaxValue;
                    return true;
                }

                if (!_word.IsEmpty)
                {
                    stem = _word;
                    return true;
                }

                return false;
            }

            ReadOnlySpan<char> word = _word;
            Span<char> buffer = _buffer;
            while (_state < 6)
            {
                int state = _state++;
                bool conjunction = state is 1 or 3 or 5;
                int c = conjunction ? 1 : 0;
                if (conjunction && (word.Length <= 1 || (word[0] != 'و' && word[0] != 'ف')))
                {
                    continue;
                }

                switch (state)
                {
                    case 1:
                        stripped = 1;
                        stem = word[1..];
                        break;
                    case 2:
                    case 3:
                        if (word.Length <= c || word[c] is not ('ب' or 'ك' or 'ل'))
                        {
                            continue;
                        }

                        stripped = c + 1;
                        stem = word[stripped..];
                        break;
                    case 4:
                    case 5:
                        // لل + stem = ل + ال + stem: the article's alef is written only in the lookup buffer.
                        if (word.Length <= c + 2 || word[c] != 'ل' || word[c + 1] != 'ل' || word.Length - c + 1 > buffer.Length)
                        {
                            continue;
                        }

                        buffer[0] = 'ا';
                        word[(c + 1)..].CopyTo(buffer[1..]);
                        stripped = c + 1;
                        stem = buffer[..(word.Length - c)];
                        break;
                    default:
                        continue;
                }

                if (stem.Length >= MinimumStemLength)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
