using System.Text;
using ArabicEntities.Text;

namespace ArabicEntities.Timeline;

/// <summary>
/// The Arabic-aware matching key of a name: each word normalized (marks and tatweel removed, alef and hamza carriers
/// folded, ة → ه, ى → ي, hamza dropped), its article ال removed, and reduced to a skeleton that survives transliteration
/// variance: the long vowels ا و ي inside the word are dropped and ف is read as و (V/W), so لبيد/لابيد, بومبو/بومبيو and
/// فايتسمان/وايتسمان share a key while كوخاف/كوخافي do not (the final letter is kept).
/// </summary>
internal static class NameKey
{
    private static readonly ArabicNormalizer Normalizer = ArabicNormalizer.Create(new ArabicNormalizerOptions
    {
        TehMarbutaToHeh = true,
        AlefMaksuraToYeh = true,
        HamzaCarriersToBase = true,
    });

    // Proclitic combinations a name may carry when the recognizer left them attached (وتل أبيب، للرباط), longest first.
    private static readonly string[] Proclitics = ["وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"];

    // Titles that precede a person's name and are not part of it (الملك محمد السادس → محمد السادس).
    private static readonly HashSet<string> Titles = new(
        ["الملك", "العاهل", "الرئيس", "رئيس", "الأمير", "الشيخ", "السيد", "السيدة", "الدكتور", "د", "الجنرال", "اللواء", "الوزير", "وزير", "الحاخام", "البروفيسور"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> TitleKeys = new(Titles.Select(Word), StringComparer.Ordinal);

    /// <summary>The key of one word; empty when the word has no letter or digit.</summary>
    public static string Word(string word)
    {
        string letters = Letters(word);
        if (letters.Length >= 4 && letters.StartsWith("ال", StringComparison.Ordinal))
        {
            letters = letters[2..];
        }

        return Skeleton(letters);
    }

    /// <summary>The keys of the words of a name, in order (hyphens, quotes and other punctuation separate words).</summary>
    public static string[] Words(string text)
    {
        var keys = new List<string>();
        var word = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c) || IsMark(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                AddWord(keys, word);
            }
        }

        AddWord(keys, word);
        return [.. keys];
    }

    /// <summary>A person's key without leading titles (at least one word is kept).</summary>
    public static string[] WithoutTitles(string[] keys)
    {
        int skip = 0;
        while (skip < keys.Length - 1 && TitleKeys.Contains(keys[skip]))
        {
            skip++;
        }

        return skip == 0 ? keys : keys[skip..];
    }

    /// <summary>The keys of a word read with a leading proclitic removed (للرباط → رباط), when at least two letters remain.</summary>
    public static string[] WithoutProclitics(string word)
    {
        string letters = Letters(word);
        var keys = new List<string>();
        foreach (string proclitic in Proclitics)
        {
            if (letters.Length - proclitic.Length >= 2 && letters.StartsWith(proclitic, StringComparison.Ordinal))
            {
                string key = Word(letters[proclitic.Length..]);
                if (!keys.Contains(key))
                {
                    keys.Add(key);
                }
            }
        }

        return [.. keys];
    }

    /// <summary>The words joined by a space: a dictionary key.</summary>
    public static string Join(IEnumerable<string> keys) => string.Join(' ', keys);

    private static void AddWord(List<string> keys, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        string key = Word(word.ToString());
        word.Clear();
        if (key.Length > 0)
        {
            keys.Add(key);
        }
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private static string Letters(string word)
    {
        string normalized = Normalizer.NormalizeToString(word);
        var letters = new StringBuilder(normalized.Length);
        foreach (char c in normalized)
        {
            if (char.IsLetterOrDigit(c) && c != 'ء')
            {
                // Arabic letters have no case: only other scripts go through the (slower) invariant lowering.
                letters.Append(c is >= '\u0600' and <= '\u06FF' ? c : char.ToLowerInvariant(c));
            }
        }

        return letters.ToString();
    }

    private static string Skeleton(string letters)
    {
        var skeleton = new StringBuilder(letters.Length);
        for (int i = 0; i < letters.Length; i++)
        {
            char c = letters[i];
            bool inside = i > 0 && i < letters.Length - 1;
            if (inside && c is 'ا' or 'و' or 'ي' && letters.Length > 3)
            {
                continue;
            }

            skeleton.Append(c == 'ف' ? 'و' : c);
        }

        return skeleton.ToString();
    }
}
