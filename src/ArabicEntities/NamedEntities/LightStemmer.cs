namespace ArabicEntities.NamedEntities;

/// <summary>
/// An allocation-free light stemmer for features and span trimming: the longest attached proclitic sequence
/// (conjunction و/ف, preposition ب/ك/ل, article ال, and ل+ال written لل) and one pronoun enclitic, each removed only when
/// a stem of at least three letters remains.
/// </summary>
internal static class LightStemmer
{
    private static readonly string[] ProcliticSequences =
    [
        "وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك",
    ];

    private static readonly string[] EncliticForms = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ي"];

    /// <summary>The minimum stem length left after stripping.</summary>
    public const int MinimumStem = 3;

    /// <summary>Splits a normalized Arabic word into proclitic and enclitic lengths.</summary>
    public static (int ProcliticLength, int EncliticLength) Split(ReadOnlySpan<char> word)
    {
        int proclitic = ProcliticLength(word);
        int enclitic = 0;
        ReadOnlySpan<char> rest = word[proclitic..];
        foreach (string form in EncliticForms)
        {
            if (rest.Length - form.Length >= MinimumStem + 1 && rest.EndsWith(form, StringComparison.Ordinal))
            {
                enclitic = form.Length;
                break;
            }
        }

        return (proclitic, enclitic);
    }

    /// <summary>The length of the longest proclitic sequence that leaves a stem of at least <see cref="MinimumStem"/> letters; ل+ال counts the ل only when written لل (the stem then starts after it).</summary>
    public static int ProcliticLength(ReadOnlySpan<char> word)
    {
        foreach (string sequence in ProcliticSequences)
        {
            if (word.Length - sequence.Length >= MinimumStem && word.StartsWith(sequence, StringComparison.Ordinal))
            {
                return sequence.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// The length of the non-article proclitics (و ف ب ك ل) at the start of a word, keeping ال: <c>والمغرب</c> → 1,
    /// <c>للمغرب</c> → 1 (the second ل stands for the article's ا), <c>لإسرائيل</c> → 1.
    /// </summary>
    public static int AttachedParticleLength(ReadOnlySpan<char> word)
    {
        int i = 0;
        if (i < word.Length && word[i] is 'و' or 'ف')
        {
            i++;
        }

        if (i < word.Length && word[i] is 'ب' or 'ك' or 'ل')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Gets the word without its attached particles (و ف ب ك ل, keeping ال) when it has some and a stem of at least
    /// <see cref="MinimumStem"/> letters remains: the second reading under which lexicons look a word up (والاهلي → الاهلي).
    /// </summary>
    public static bool TryStripAttachedParticles(ReadOnlySpan<char> word, out ReadOnlySpan<char> rest)
    {
        int particles = AttachedParticleLength(word);
        rest = particles > 0 && word.Length - particles >= MinimumStem ? word[particles..] : default;
        return !rest.IsEmpty;
    }
}
