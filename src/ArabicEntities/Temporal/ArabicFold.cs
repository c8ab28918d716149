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
        if (normalized.AsSpan().IndexOfAny("ةىؤئ") < 0)
        {
            return normalized;
        }

        return string.Create(normalized.Length, normalized, static (destination, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                destination[i] = source[i] switch
                {
                    'ة' => 'ه',
                    'ى' => 'ي',
                    'ؤ' => 'و',
                    'ئ' => 'ي',
                    char c => c,
                };
            }
        });
    }

    /// <summary>Normalizes raw lexicon text with the default normalizer and folds it.</summary>
    public static string Key(string raw) => Fold(ArabicNormalizer.Default.Normalize(raw.Replace('\u00A0', ' ')).Text);
}
