namespace ArabicEntities.Temporal;

/// <summary>
/// Arabic number words up to 99, cardinal and ordinal, masculine and feminine, with or without the article:
/// ثلاثة، الخامس والعشرين، الحادي عشر، الثانية عشرة، خمس وأربعون.
/// </summary>
/// <remarks>Read-only and thread-safe.</remarks>
internal static class NumberWords
{
    private static readonly WordMap<(int Value, bool Ordinal)> Units = Build(
        ("واحد", 1, false), ("واحده", 1, false), ("احد", 1, false), ("احدي", 1, false),
        ("اثنان", 2, false), ("اثنين", 2, false), ("اثنتان", 2, false), ("اثنتين", 2, false), ("اثنا", 2, false), ("اثني", 2, false), ("اثنتا", 2, false), ("اثنتي", 2, false),
        ("ثلاث", 3, false), ("ثلاثه", 3, false), ("اربع", 4, false), ("اربعه", 4, false), ("خمس", 5, false), ("خمسه", 5, false),
        ("ست", 6, false), ("سته", 6, false), ("سبع", 7, false), ("سبعه", 7, false), ("ثمان", 8, false), ("ثماني", 8, false), ("ثمانيه", 8, false),
        ("تسع", 9, false), ("تسعه", 9, false),
        ("اول", 1, true), ("اولي", 1, true), ("حادي", 1, true), ("حاديه", 1, true), ("ثاني", 2, true), ("ثانيه", 2, true), ("ثان", 2, true),
        ("ثالث", 3, true), ("ثالثه", 3, true), ("رابع", 4, true), ("رابعه", 4, true), ("خامس", 5, true), ("خامسه", 5, true),
        ("سادس", 6, true), ("سادسه", 6, true), ("سابع", 7, true), ("سابعه", 7, true), ("ثامن", 8, true), ("ثامنه", 8, true),
        ("تاسع", 9, true), ("تاسعه", 9, true));

    private static readonly WordMap<(int Value, bool Ordinal)> Tens = Build(
        ("عشرون", 20, false), ("عشرين", 20, false), ("ثلاثون", 30, false), ("ثلاثين", 30, false), ("اربعون", 40, false), ("اربعين", 40, false),
        ("خمسون", 50, false), ("خمسين", 50, false), ("ستون", 60, false), ("ستين", 60, false), ("سبعون", 70, false), ("سبعين", 70, false),
        ("ثمانون", 80, false), ("ثمانين", 80, false), ("تسعون", 90, false), ("تسعين", 90, false));

    private static readonly WordMap<(int Value, bool Ordinal)> Ten = Build(
        ("عشر", 10, false), ("عشره", 10, false), ("عاشر", 10, true), ("عاشره", 10, true));

    /// <summary>Every number word, without the article.</summary>
    public static IEnumerable<string> Words => Units.Keys.Concat(Tens.Keys).Concat(Ten.Keys);

    /// <summary>Reads a number written in words starting at token <paramref name="index"/>.</summary>
    /// <param name="tokens">The document.</param>
    /// <param name="index">The first token.</param>
    /// <param name="allowConjunction">Whether the first word may carry و (وثمانية عشر after الساعة ثلاثة).</param>
    /// <param name="value">The number.</param>
    /// <param name="ordinal">Whether it was written as an ordinal (الخامس) rather than a cardinal (خمسة).</param>
    /// <param name="end">The token after the number.</param>
    /// <returns>Whether a number was read.</returns>
    public static bool TryRead(TemporalTokens tokens, int index, bool allowConjunction, out int value, out bool ordinal, out int end)
    {
        value = 0;
        ordinal = false;
        end = index;
        if (!tokens.IsArabic(index))
        {
            return false;
        }

        string folded = tokens.Folded(index);
        ReadOnlySpan<char> word = Strip(folded, allowConjunction);
        if (Units.TryGetValue(word, out (int Value, bool Ordinal) unit))
        {
            value = unit.Value;
            ordinal = unit.Ordinal;
            end = index + 1;
            if (tokens.IsArabic(end) && Ten.ContainsKey(Strip(tokens.Folded(end), false)) && value < 10)
            {
                value += 10;
                end++;
            }
            else if (tokens.IsArabic(end) && tokens.Folded(end).StartsWith('و')
                && Tens.TryGetValue(Strip(tokens.Folded(end).AsSpan(1), false), out (int Value, bool Ordinal) tens))
            {
                value += tens.Value;
                end++;
            }

            // احد/اثنا alone are not numbers here (أحد = one of, الاثنين = both).
            return !IsOnlyPart(word) || value > 10;
        }

        if (Tens.TryGetValue(word, out (int Value, bool Ordinal) ten) || Ten.TryGetValue(word, out ten))
        {
            value = ten.Value;
            ordinal = ten.Ordinal || folded.Contains("ال", StringComparison.Ordinal);
            end = index + 1;
            return true;
        }

        return false;
    }

    /// <summary>Reads one number word (a unit, a ten or ten itself), with or without the article.</summary>
    public static bool TryReadWord(ReadOnlySpan<char> folded, out int value, out bool ordinal)
    {
        ReadOnlySpan<char> word = StripArticle(folded);
        if (Units.TryGetValue(word, out (int Value, bool Ordinal) entry) || Tens.TryGetValue(word, out entry) || Ten.TryGetValue(word, out entry))
        {
            value = entry.Value;
            ordinal = entry.Ordinal;
            return !IsOnlyPart(word);
        }

        value = 0;
        ordinal = false;
        return false;
    }

    private static bool IsOnlyPart(ReadOnlySpan<char> word) => word is "احد" or "احدي" or "اثنا" or "اثني" or "اثنتا" or "اثنتي" or "حادي" or "حاديه";

    private static bool IsWord(ReadOnlySpan<char> word) => Units.ContainsKey(word) || Tens.ContainsKey(word) || Ten.ContainsKey(word);

    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> word, bool allowConjunction)
    {
        if (allowConjunction && word.Length > 3 && word[0] == 'و')
        {
            ReadOnlySpan<char> rest = word[1..];
            if (IsWord(StripArticle(rest)))
            {
                word = rest;
            }
        }

        return StripArticle(word);
    }

    private static ReadOnlySpan<char> StripArticle(ReadOnlySpan<char> word) => word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;

    private static WordMap<(int Value, bool Ordinal)> Build(params (string Word, int Value, bool Ordinal)[] entries)
    {
        var map = new Dictionary<string, (int, bool)>(StringComparer.Ordinal);
        foreach ((string word, int value, bool ordinal) in entries)
        {
            map[ArabicFold.Key(word)] = (value, ordinal);
        }

        return new WordMap<(int Value, bool Ordinal)>(map);
    }
}
