using System.Globalization;
using ArabicEntities.Text;

namespace ArabicEntities.Temporal;

/// <summary>
/// The tokens of one document as the temporal grammar reads them: folded word forms, integer values of plain
/// numbers, and the readings of a word with its proclitics (و ف ب ل ك، لل → ال) removed.
/// </summary>
/// <remarks>One instance per document and thread; not shared.</remarks>
internal sealed class TemporalTokens
{
    /// <summary>The longest word folded in a stack buffer; longer words use the heap.</summary>
    public const int StackWord = 64;

    private static readonly string[] Proclitics = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"];

    private readonly IReadOnlyList<Token> _tokens;
    private readonly string?[] _folded;

    public TemporalTokens(TokenizedText text)
    {
        Text = text;
        _tokens = text.Tokens;
        _folded = new string?[_tokens.Count];
    }

    public TokenizedText Text { get; }

    public int Count => _tokens.Count;

    public Token this[int index] => _tokens[index];

    /// <summary>The folded normalized text of a token, or the empty string outside the document.</summary>
    public string Folded(int index)
    {
        if ((uint)index >= (uint)_tokens.Count)
        {
            return string.Empty;
        }

        return _folded[index] ??= ArabicFold.Fold(_tokens[index].NormalizedText);
    }

    public bool IsArabic(int index) => (uint)index < (uint)_tokens.Count && _tokens[index].Kind == TokenKind.ArabicWord;

    public bool IsNumber(int index) => (uint)index < (uint)_tokens.Count && _tokens[index].Kind == TokenKind.Number;

    /// <summary>Whether the token is the punctuation or symbol <paramref name="mark"/>.</summary>
    public bool IsMark(int index, char mark) =>
        (uint)index < (uint)_tokens.Count && _tokens[index].Kind is TokenKind.Punctuation or TokenKind.Symbol
        && _tokens[index].NormalizedText.Length == 1 && _tokens[index].NormalizedText[0] == mark;

    public bool IsAnyMark(int index, string marks) =>
        (uint)index < (uint)_tokens.Count && _tokens[index].Kind is TokenKind.Punctuation or TokenKind.Symbol
        && _tokens[index].NormalizedText.Length == 1 && marks.Contains(_tokens[index].NormalizedText[0], StringComparison.Ordinal);

    /// <summary>The value of a plain number token (ASCII digits after normalization, no separators), with its digit count.</summary>
    public bool TryInteger(int index, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        if (!IsNumber(index))
        {
            return false;
        }

        string text = _tokens[index].NormalizedText;
        if (text.Length > 9)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        digits = text.Length;
        value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Whether the token is exactly one of <paramref name="words"/> (folded, no clitics).</summary>
    public bool Is(int index, WordSet words) => IsArabic(index) && words.Contains(Folded(index));

    /// <summary>Whether the token is exactly <paramref name="word"/> (folded), possibly after the proclitics listed.</summary>
    public bool Is(int index, string word) => IsArabic(index) && string.Equals(Folded(index), word, StringComparison.Ordinal);

    /// <summary>Looks a token up in <paramref name="map"/>, as written or with proclitics removed.</summary>
    /// <param name="index">The token.</param>
    /// <param name="map">The lexicon.</param>
    /// <param name="allowProclitics">Whether و ف ب ل ك (and لل → ال) may be stripped.</param>
    /// <param name="value">The value found.</param>
    /// <param name="prefixLength">How many normalized code units of proclitics were removed.</param>
    /// <returns>Whether the token matched.</returns>
    public bool TryLookup<T>(int index, WordMap<T> map, bool allowProclitics, out T value, out int prefixLength)
    {
        prefixLength = 0;
        value = default!;
        if (!IsArabic(index))
        {
            return false;
        }

        string word = Folded(index);
        if (map.TryGetValue(word, out value))
        {
            return true;
        }

        if (!allowProclitics)
        {
            return false;
        }

        Span<char> buffer = word.Length <= StackWord ? stackalloc char[StackWord] : new char[word.Length];
        int state = 0;
        while (NextStem(word, buffer, ref state, out ReadOnlySpan<char> stem, out int prefix))
        {
            if (map.TryGetValue(stem, out value))
            {
                prefixLength = prefix;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Like <see cref="TryLookup{T}"/> for a set.</summary>
    public bool TryMatch(int index, WordSet words, bool allowProclitics, out int prefixLength)
    {
        prefixLength = 0;
        if (!IsArabic(index))
        {
            return false;
        }

        string word = Folded(index);
        if (words.Contains(word))
        {
            return true;
        }

        return allowProclitics && MatchStem(word, words, out prefixLength);
    }

    /// <summary>
    /// Whether the token, as written or with proclitics removed, is one of <paramref name="words"/>; the same test as
    /// <see cref="TryMatch"/> with proclitics, but folding in a stack buffer, so a word that fails costs no allocation.
    /// </summary>
    public bool MatchesWithProclitics(int index, WordSet words)
    {
        if (!IsArabic(index))
        {
            return false;
        }

        if (_folded[index] is { } folded)
        {
            return words.Contains(folded) || MatchStem(folded, words, out _);
        }

        string normalized = _tokens[index].NormalizedText;
        if (normalized.Length > StackWord || !ArabicFold.NeedsFolding(normalized))
        {
            string word = Folded(index);
            return words.Contains(word) || MatchStem(word, words, out _);
        }

        Span<char> buffer = stackalloc char[StackWord];
        Span<char> span = buffer[..normalized.Length];
        ArabicFold.Fold(normalized, span);
        return words.Contains(span) || MatchStem(span, words, out _);
    }

    private static bool MatchStem(ReadOnlySpan<char> word, WordSet words, out int prefixLength)
    {
        Span<char> buffer = word.Length <= StackWord ? stackalloc char[StackWord] : new char[word.Length];
        int state = 0;
        while (NextStem(word, buffer, ref state, out ReadOnlySpan<char> stem, out prefixLength))
        {
            if (words.Contains(stem))
            {
                return true;
            }
        }

        prefixLength = 0;
        return false;
    }

    /// <summary>
    /// Enumerates the word with its proclitics removed, shortest prefix first; لل is read as ل + ال (للعام → العام,
    /// then لعام). Start with <paramref name="state"/> 0; <paramref name="buffer"/> must hold the word.
    /// </summary>
    /// <returns>Whether a stem was produced.</returns>
    public static bool NextStem(ReadOnlySpan<char> word, Span<char> buffer, ref int state, out ReadOnlySpan<char> stem, out int prefixLength)
    {
        while (state < Proclitics.Length * 2)
        {
            string proclitic = Proclitics[state >> 1];
            bool articleStep = (state & 1) == 0;
            state++;
            if (word.Length <= proclitic.Length + 1 || !word.StartsWith(proclitic, StringComparison.Ordinal))
            {
                state += articleStep ? 1 : 0;
                continue;
            }

            ReadOnlySpan<char> rest = word[proclitic.Length..];
            prefixLength = proclitic.Length;
            if (!articleStep)
            {
                stem = rest;
                return true;
            }

            if (proclitic[^1] == 'ل' && rest.Length > 2 && rest[0] == 'ل')
            {
                buffer[0] = 'ا';
                rest.CopyTo(buffer[1..]);
                stem = buffer[..(rest.Length + 1)];
                return true;
            }
        }

        stem = default;
        prefixLength = 0;
        return false;
    }

    /// <summary>The original span from token <paramref name="first"/> (minus a proclitic prefix) to token <paramref name="last"/>.</summary>
    public TextSpan Span(int first, int prefixLength, int last)
    {
        Token start = _tokens[first];
        Token end = _tokens[last];
        if (prefixLength <= 0)
        {
            return new TextSpan(start.Start, end.End);
        }

        TextSpan stem = Text.Text.ToOriginal(start.NormalizedStart + prefixLength, start.NormalizedSpan.End);
        return new TextSpan(stem.Start, end.End);
    }
}
