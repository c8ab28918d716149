using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArabicEntities.Text;

/// <summary>
/// Enumerates the tokens of a span of text without allocating; returned by
/// <see cref="ArabicTokenizer.EnumerateTokens(ReadOnlySpan{char})"/> for use in <c>foreach</c>.
/// </summary>
/// <remarks>A mutable enumerator over a stack-only span; not shared between threads.</remarks>
public ref struct TokenEnumerator
{
    private const string UrlTerminators = "\"'<>«»“”‘’()[]{}|\\^`";
    private const string UrlTrailingPunctuation = ".,;:!?'\"،؛؟)]}»”’";

    private readonly ReadOnlySpan<char> _text;
    private readonly bool _detectWebAddresses;
    private int _position;
    private int _nextAt;

    // A 64-code-unit window classified in bulk: bit k of _letters (_spaces) says whether _text[_blockStart + k] is a basic
    // Arabic letter ء…ي (a space U+0020). The common token — an Arabic word after a single space — is then found with two
    // bit scans instead of a branch per code unit. _blockStart < 0 means no window is loaded.
    private const int FastFound = 0;
    private const int FastOutsideWindow = 1;
    private const int FastNotArabicWord = 2;

    private int _blockStart;
    private ulong _letters;
    private ulong _spaces;

    internal TokenEnumerator(ReadOnlySpan<char> text, bool detectWebAddresses)
    {
        _text = text;
        _detectWebAddresses = detectWebAddresses;
        _position = 0;
        _nextAt = detectWebAddresses ? -2 : -1;
        _blockStart = int.MinValue;
        _letters = 0;
        _spaces = 0;
        Current = default;
    }

    /// <summary>The token at the current position.</summary>
    public TokenSpan Current { get; private set; }

    /// <summary>Returns this enumerator (enables <c>foreach</c>).</summary>
    /// <returns>This instance.</returns>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="false"/> when the text is exhausted.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        int outcome = TryMoveNextArabicWord();
        if (outcome == FastFound)
        {
            return true;
        }

        if (outcome == FastOutsideWindow && LoadWindow(_position) && TryMoveNextArabicWord() == FastFound)
        {
            return true;
        }

        return MoveNextGeneral();
    }

    // The fast path: spaces, then an Arabic word that starts and ends inside the loaded window. Returns FastFound,
    // FastOutsideWindow (the token is not inside the window: load one at the position and retry) or FastNotArabicWord.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int TryMoveNextArabicWord()
    {
        int relative = _position - _blockStart;
        if ((uint)relative >= 64)
        {
            return FastOutsideWindow;
        }

        int start = relative + BitOperations.TrailingZeroCount(~(_spaces >> relative));
        if (start >= 64)
        {
            return FastOutsideWindow;
        }

        if (((_letters >> start) & 1) == 0)
        {
            return TryPunctuationAt(_blockStart + start);
        }

        int end = start + BitOperations.TrailingZeroCount(~(_letters >> start));
        if (end >= 64)
        {
            return relative == 0 ? FastNotArabicWord : FastOutsideWindow;
        }

        int absoluteStart = _blockStart + start;
        int absoluteEnd = _blockStart + end;
        if (((_spaces >> end) & 1) == 0)
        {
            // Not followed by a space: the word may go on with marks or letters outside ء…ي.
            ReadOnlySpan<char> text = _text;
            if ((uint)absoluteEnd < (uint)text.Length && CharClassTable.Of(text[absoluteEnd]) is CharClass.ArabicLetter or CharClass.Mark or CharClass.HighSurrogate)
            {
                absoluteEnd = SkipWord(text, absoluteEnd, CharClass.ArabicLetter);
            }
        }

        Current = new TokenSpan(TokenKind.ArabicWord, absoluteStart, absoluteEnd);
        _position = absoluteEnd;
        return FastFound;
    }

    // A run of one repeated punctuation mark (the second most common token in news after Arabic words).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int TryPunctuationAt(int start)
    {
        ReadOnlySpan<char> text = _text;
        char c = text[start];
        if (CharClassTable.Of(c) != CharClass.Punctuation)
        {
            return FastNotArabicWord;
        }

        int end = start + 1;
        while (end < text.Length && text[end] == c)
        {
            end++;
        }

        Current = new TokenSpan(TokenKind.Punctuation, start, end);
        _position = end;
        return FastFound;
    }

    // Classifies text[start, start + 64) into the letter and space masks; false when fewer than 64 code units remain.
    private bool LoadWindow(int start)
    {
        ReadOnlySpan<char> text = _text;
        if (start < 0 || text.Length - start < 64)
        {
            _blockStart = int.MinValue;
            return false;
        }

        ref ushort units = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
        ulong letters = 0;
        ulong spaces = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<ushort> first = Vector256.Create((ushort)'\u0621');
            Vector256<ushort> width = Vector256.Create((ushort)('\u064A' - '\u0621'));
            Vector256<ushort> space = Vector256.Create((ushort)' ');
            for (int k = 0; k < 4; k++)
            {
                Vector256<ushort> v = Vector256.LoadUnsafe(ref units, (nuint)(k * 16));
                letters |= (ulong)Vector256.LessThanOrEqual(v - first, width).ExtractMostSignificantBits() << (k * 16);
                spaces |= (ulong)Vector256.Equals(v, space).ExtractMostSignificantBits() << (k * 16);
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            Vector128<ushort> first = Vector128.Create((ushort)'\u0621');
            Vector128<ushort> width = Vector128.Create((ushort)('\u064A' - '\u0621'));
            Vector128<ushort> space = Vector128.Create((ushort)' ');
            for (int k = 0; k < 8; k++)
            {
                Vector128<ushort> v = Vector128.LoadUnsafe(ref units, (nuint)(k * 8));
                letters |= (ulong)Vector128.LessThanOrEqual(v - first, width).ExtractMostSignificantBits() << (k * 8);
                spaces |= (ulong)Vector128.Equals(v, space).ExtractMostSignificantBits() << (k * 8);
            }
        }
        else
        {
            for (int k = 0; k < 64; k++)
            {
                ushort u = Unsafe.Add(ref units, k);
                letters |= (ulong)((uint)(u - 0x0621) <= 0x0029 ? 1 : 0) << k;
                spaces |= (ulong)(u == ' ' ? 1 : 0) << k;
            }
        }

        _blockStart = start;
        _letters = letters;
        _spaces = spaces;
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool MoveNextGeneral()
    {
        ReadOnlySpan<char> text = _text;
        int i = _position;
        ref CharClass classes = ref MemoryMarshal.GetReference(CharClassTable.All);
        ref char chars = ref MemoryMarshal.GetReference(text);
        while (i < text.Length && Unsafe.Add(ref classes, Unsafe.Add(ref chars, i)) == CharClass.Space)
        {
            i++;
        }

        if (i >= text.Length)
        {
            _position = text.Length;
            return false;
        }

        int start = i;
        char c = text[i];
        CharClass cls = CharClassTable.Of(c);
        TokenKind kind;
        switch (cls)
        {
            case CharClass.ArabicLetter:
                // Vectorized skip over the basic Arabic letters (ء…ي), then the general loop for the rest of the word.
                int basic = text[(i + 1)..].IndexOfAnyExceptInRange('\u0621', '\u064A');
                i = basic < 0 ? text.Length : i + 1 + basic;
                i = SkipWord(text, i, CharClass.ArabicLetter);
                kind = TokenKind.ArabicWord;
                break;
            case CharClass.LatinLetter:
                if (_detectWebAddresses && TryWebAddress(text, start, out int webEnd, out kind))
                {
                    i = webEnd;
                    break;
                }

                i = SkipLatinWord(text, i + 1);
                kind = TokenKind.LatinWord;
                break;
            case CharClass.Digit:
                if (_detectWebAddresses && TryEmail(text, start, out int emailEnd))
                {
                    i = emailEnd;
                    kind = TokenKind.Email;
                    break;
                }

                i = SkipNumber(text, i + 1);
                kind = TokenKind.Number;
                break;
            case CharClass.OtherLetter:
                i = SkipWord(text, i + 1, CharClass.OtherLetter);
                kind = TokenKind.OtherWord;
                break;
            case CharClass.Punctuation:
                i++;
                while (i < text.Length && text[i] == c)
                {
                    i++;
                }

                kind = TokenKind.Punctuation;
                break;
            case CharClass.HighSurrogate when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                CharClass pairClass = CharClassTable.Classify(char.ConvertToUtf32(c, text[i + 1]));
                i += 2;
                if (pairClass is CharClass.ArabicLetter or CharClass.LatinLetter or CharClass.OtherLetter)
                {
                    i = SkipWord(text, i, pairClass);
                    kind = pairClass == CharClass.ArabicLetter ? TokenKind.ArabicWord : pairClass == CharClass.LatinLetter ? TokenKind.LatinWord : TokenKind.OtherWord;
                }
                else
                {
                    kind = pairClass == CharClass.Digit ? TokenKind.Number : pairClass == CharClass.Punctuation ? TokenKind.Punctuation : TokenKind.Symbol;
                }

                break;
            default:
                // Symbols, lone surrogates and marks with no letter to attach to.
                i++;
                kind = TokenKind.Symbol;
                break;
        }

        Current = new TokenSpan(kind, start, i);
        _position = i;
        return true;
    }

    // Letters of one script class, with combining marks and format controls inside the word.
    private static int SkipWord(ReadOnlySpan<char> text, int i, CharClass letters)
    {
        ref CharClass classes = ref MemoryMarshal.GetReference(CharClassTable.All);
        ref char chars = ref MemoryMarshal.GetReference(text);
        while (i < text.Length)
        {
            CharClass cls = Unsafe.Add(ref classes, Unsafe.Add(ref chars, i));
            if (cls == letters || cls == CharClass.Mark)
            {
                i++;
            }
            else if (cls == CharClass.HighSurrogate && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                && CharClassTable.Classify(char.ConvertToUtf32(text[i], text[i + 1])) is var pair && (pair == letters || pair == CharClass.Mark))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int SkipLatinWord(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && CharClassTable.Of(text[i]) is CharClass.LatinLetter or CharClass.Digit or CharClass.Mark)
        {
            i++;
        }

        return i;
    }

    private static int SkipNumber(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (CharClassTable.Of(c) == CharClass.Digit)
            {
                i++;
            }
            else if (c is '.' or ',' or '\u066B' or '\u066C' && i + 1 < text.Length && CharClassTable.Of(text[i + 1]) == CharClass.Digit)
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private bool TryWebAddress(ReadOnlySpan<char> text, int start, out int end, out TokenKind kind)
    {
        ReadOnlySpan<char> rest = text[start..];
        if (StartsWithIgnoreCase(rest, "http://") || StartsWithIgnoreCase(rest, "https://") || StartsWithIgnoreCase(rest, "www."))
        {
            int i = start;
            while (i < text.Length && !IsUrlTerminator(text[i]))
            {
                i++;
            }

            while (i > start && UrlTrailingPunctuation.Contains(text[i - 1], StringComparison.Ordinal))
            {
                i--;
            }

            int schemeEnd = start + rest.IndexOf('/') + 2;
            if (i > Math.Max(schemeEnd, start + 4))
            {
                end = i;
                kind = TokenKind.Url;
                return true;
            }
        }

        kind = TokenKind.Email;
        return TryEmail(text, start, out end);
    }

    private static bool IsUrlTerminator(char c)
    {
        CharClass cls = CharClassTable.Of(c);
        return cls is CharClass.Space or CharClass.ArabicLetter || UrlTerminators.Contains(c, StringComparison.Ordinal);
    }

    // local@domain.tld with ASCII local part and domain labels.
    private bool TryEmail(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        if (_nextAt == -2 || (_nextAt >= 0 && _nextAt < start))
        {
            int found = text[start..].IndexOf('@');
            _nextAt = found < 0 ? -1 : start + found;
        }

        if (_nextAt < 0)
        {
            return false;
        }

        int i = start;
        while (i < _nextAt && IsEmailLocalChar(text[i]))
        {
            i++;
        }

        if (i != _nextAt || i == start)
        {
            return false;
        }

        i++;
        int labels = 0;
        int lastLabelStart = i;
        int labelStart = i;
        while (true)
        {
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (i == labelStart)
            {
                break;
            }

            labels++;
            lastLabelStart = labelStart;
            end = i;
            if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                i++;
                labelStart = i;
            }
            else
            {
                break;
            }
        }

        return labels >= 2 && end - lastLabelStart >= 2 && char.IsAsciiLetter(text[end - 1]);
    }

    private static bool IsEmailLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsWithIgnoreCase(ReadOnlySpan<char> text, string prefix) =>
        text.Length >= prefix.Length && text[..prefix.Length].Equals(prefix, StringComparison.OrdinalIgnoreCase);
}
