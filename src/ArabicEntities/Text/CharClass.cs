using System.Globalization;

namespace ArabicEntities.Text;

/// <summary>The character classes the tokenizer distinguishes, precomputed for every UTF-16 code unit.</summary>
internal enum CharClass : byte
{
    Space,
    ArabicLetter,
    LatinLetter,
    OtherLetter,
    Digit,
    Mark,
    Punctuation,
    Symbol,
    HighSurrogate,
    LowSurrogate,
}

/// <summary>The lookup table from code unit to <see cref="CharClass"/>.</summary>
internal static class CharClassTable
{
    private static readonly CharClass[] Table = Build();

    public static CharClass Of(char c) => Table[c];

    public static ReadOnlySpan<CharClass> All => Table;

    internal static CharClass Classify(int codePoint)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        switch (category)
        {
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Control:
                return CharClass.Space;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
                return CharClass.Mark;
            case UnicodeCategory.DecimalDigitNumber:
                return CharClass.Digit;
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                return IsArabicScript(codePoint) ? CharClass.ArabicLetter : IsLatinScript(codePoint) ? CharClass.LatinLetter : CharClass.OtherLetter;
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
            case UnicodeCategory.OtherPunctuation:
                return CharClass.Punctuation;
            case UnicodeCategory.Surrogate:
                return char.IsHighSurrogate((char)codePoint) ? CharClass.HighSurrogate : CharClass.LowSurrogate;
            default:
                return CharClass.Symbol;
        }
    }

    private static bool IsArabicScript(int c) =>
        c is (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0x0870 and <= 0x08FF)
            or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) or (>= 0x10E60 and <= 0x10E7F) or (>= 0x1EE00 and <= 0x1EEFF);

    private static bool IsLatinScript(int c) =>
        c is (>= 0x0041 and <= 0x024F) or (>= 0x1E00 and <= 0x1EFF) or (>= 0x2C60 and <= 0x2C7F) or (>= 0xA720 and <= 0xA7FF)
            or (>= 0xFF21 and <= 0xFF3A) or (>= 0xFF41 and <= 0xFF5A);

    private static CharClass[] Build()
    {
        var table = new CharClass[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            table[c] = Classify(c);
        }

        return table;
    }
}
