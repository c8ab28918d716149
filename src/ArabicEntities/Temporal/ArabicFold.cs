using ArabicEntities.Text;

namespace ArabicEntities.Temporal;

/// <summary>
/// The spelling folds the temporal lexicons match under, on top of <see cref="ArabicNormalizer.Default"/> (which
/// already folds أ إ آ to ا and removes marks and tatweel): ة → ه, ى → ي, ؤ → و, ئ → ي.
/// </summary>
internal static class ArabicFold
{
    /// <summary>Folds an already normalized word; returns the same instance when nothing changes.</summary>
    public static string Fold(string normalized)
    {
        if (!NeedsFolding(normalized))
        {
            return normalized;
        }

        return string.Create(normalized.Length, normalized, static (destination, source) => Fold(source, destination));
    }

    /// <summary>Whether <see cref="Fold(string)"/> would change <paramref name="normalized"/>.</summary>
    public static bool NeedsFolding(ReadOnlySpan<char> normalized) => normalized.IndexOfAny("ةىؤئ") >= 0;

    /// <summary>Writes the folded form of <paramref name="normalized"/> into <paramref name="destination"/>, which must be as long.</summary>
    public static void Fold(ReadOnlySpan<char> normalized, Span<char> destination)
    {
        for (int i = 0; i < normalized.Length; i++)
        {
            destination[i] = normalized[i] switch
            {
                'ة' => 'ه',
                'ى' => 'ي',
                'ؤ' => 'و',
                'ئ' => 'ي',
                char c => c,
            };
        }
    }

    /// <summary>Normalizes raw lexicon text with the default normalizer and folds it.</summary>
    public static string Key(string raw) => Fold(ArabicNormalizer.Default.Normalize(raw.Replace('\u00A0', ' ')).Text);
}
