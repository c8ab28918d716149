namespace ArabicEntities.Text;

/// <summary>
/// The rules an <see cref="ArabicNormalizer"/> applies. Each rule can be turned on or off on its own.
/// </summary>
/// <remarks>
/// <para>The <see cref="Default"/> profile is the one the rest of the library (tokenizer, recognizers) uses:</para>
/// <list type="bullet">
/// <item><description><see cref="RemoveTashkeel"/>: removes U+064B–U+0652 (fathatan … sukun).</description></item>
/// <item><description><see cref="RemoveOtherMarks"/>: removes the dagger alef U+0670, Quranic annotation marks
/// U+06D6–U+06ED, the other combining Arabic marks U+0610–U+061A and U+0653–U+065F, and the combining marks of
/// Arabic Extended-A (U+08D3–U+08FF).</description></item>
/// <item><description><see cref="RemoveTatweel"/>: removes U+0640.</description></item>
/// <item><description><see cref="NormalizeAlef"/>: أ إ آ → ا; <see cref="NormalizeAlefWasla"/>: ٱ → ا.</description></item>
/// <item><description><see cref="NormalizePersianLetters"/>: keheh ک → ك and farsi yeh ی → ي.</description></item>
/// <item><description><see cref="FoldPresentationForms"/>: Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to
/// their Unicode compatibility decomposition (ﻻ → لا, ﷲ → الله), after which the other rules apply; the phrase
/// ligatures whose decomposition is several words (ﷺ, ﷻ) are kept.</description></item>
/// <item><description><see cref="NormalizeDigits"/>: Arabic-Indic ٠–٩ and extended ۰–۹ digits → 0–9; the Arabic decimal
/// separator ٫ → '.' and thousands separator ٬ → ','.</description></item>
/// <item><description><see cref="RemoveFormatControls"/>: removes zero-width and bidi controls U+200B–U+200F,
/// U+202A–U+202E, U+2066–U+2069, the Arabic letter mark U+061C and U+FEFF.</description></item>
/// </list>
/// <para>Off by default, because they lose information a reader needs: <see cref="TehMarbutaToHeh"/> (ة → ه),
/// <see cref="AlefMaksuraToYeh"/> (ى → ي), <see cref="HamzaCarriersToBase"/> (ؤ → و, ئ → ي).</para>
/// <para>Instances are immutable (use <c>with</c> expressions to derive a variant) and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var searchProfile = ArabicNormalizerOptions.Default with { TehMarbutaToHeh = true, AlefMaksuraToYeh = true };
/// var normalizer = ArabicNormalizer.Create(searchProfile);
/// </code>
/// </example>
public sealed record ArabicNormalizerOptions
{
    /// <summary>The documented default profile (see the type's remarks).</summary>
    public static ArabicNormalizerOptions Default { get; } = new();

    /// <summary>
    /// Exactly the rules of Lucene's <c>ArabicNormalizer</c> (Larkey, Ballesteros and Connell): alef variants أ إ آ,
    /// ى → ي, ة → ه, tatweel and the eight harakat U+064B–U+0652. Nothing else.
    /// </summary>
    public static ArabicNormalizerOptions Lucene { get; } = new()
    {
        RemoveTashkeel = true,
        RemoveOtherMarks = false,
        RemoveTatweel = true,
        NormalizeAlef = true,
        NormalizeAlefWasla = false,
        NormalizePersianLetters = false,
        FoldPresentationForms = false,
        NormalizeDigits = false,
        RemoveFormatControls = false,
        TehMarbutaToHeh = true,
        AlefMaksuraToYeh = true,
        HamzaCarriersToBase = false,
    };

    /// <summary>A profile with every rule off: normalization is the identity.</summary>
    public static ArabicNormalizerOptions None { get; } = new()
    {
        RemoveTashkeel = false,
        RemoveOtherMarks = false,
        RemoveTatweel = false,
        NormalizeAlef = false,
        NormalizeAlefWasla = false,
        NormalizePersianLetters = false,
        FoldPresentationForms = false,
        NormalizeDigits = false,
        RemoveFormatControls = false,
    };

    /// <summary>Remove the tashkeel U+064B–U+0652. Default <see langword="true"/>.</summary>
    public bool RemoveTashkeel { get; init; } = true;

    /// <summary>Remove the dagger alef, Quranic marks and other combining Arabic marks. Default <see langword="true"/>.</summary>
    public bool RemoveOtherMarks { get; init; } = true;

    /// <summary>Remove tatweel (kashida) U+0640. Default <see langword="true"/>.</summary>
    public bool RemoveTatweel { get; init; } = true;

    /// <summary>Map أ إ آ to bare alef ا. Default <see langword="true"/>.</summary>
    public bool NormalizeAlef { get; init; } = true;

    /// <summary>Map alef wasla ٱ (U+0671) to bare alef ا. Default <see langword="true"/>.</summary>
    public bool NormalizeAlefWasla { get; init; } = true;

    /// <summary>Map keheh ک (U+06A9) to kaf ك and farsi yeh ی (U+06CC) to yeh ي. Default <see langword="true"/>.</summary>
    public bool NormalizePersianLetters { get; init; } = true;

    /// <summary>Fold presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to base letters. Default <see langword="true"/>.</summary>
    public bool FoldPresentationForms { get; init; } = true;

    /// <summary>Map Arabic-Indic and extended Arabic-Indic digits (and ٫ ٬) to ASCII. Default <see langword="true"/>.</summary>
    public bool NormalizeDigits { get; init; } = true;

    /// <summary>Remove zero-width and bidi control characters. Default <see langword="true"/>.</summary>
    public bool RemoveFormatControls { get; init; } = true;

    /// <summary>Map teh marbuta ة to heh ه. Default <see langword="false"/>.</summary>
    public bool TehMarbutaToHeh { get; init; }

    /// <summary>Map alef maksura ى to yeh ي. Default <see langword="false"/>.</summary>
    public bool AlefMaksuraToYeh { get; init; }

    /// <summary>Map the hamza carriers ؤ → و and ئ → ي. Default <see langword="false"/>.</summary>
    public bool HamzaCarriersToBase { get; init; }
}
