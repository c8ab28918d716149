namespace ArabicEntities.Temporal;

/// <summary>
/// Guesses the tense of the verb that governs a bare weekday (أعلنت ... الجمعة → past; يصل ... الثلاثاء →
/// present/future) from the nearest verb-like word to its left, then to its right, within the sentence.
/// </summary>
/// <remarks>
/// Orthographic heuristics, no morphology: the future particles سوف and سـ, imperfect verbs (ي + stem), a small
/// lexicon of past news verbs, the feminine past ending of derived verbs (اعلنت، التقت), and لم/لن before an
/// imperfect. Stateless; thread-safe.
/// </remarks>
internal static class TenseDetector
{
    private const int Window = 12;

    private static readonly WordSet PastVerbs = new(new[]
    {
        "قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "وصل", "وصلت", "زار", "زارت", "التقى", "التقي", "التقت", "عقد", "عقدت", "وقع", "وقعت",
        "اجرى", "اجري", "اجرت", "استقبل", "استقبلت", "غادر", "غادرت", "بدا", "بدات", "اضاف", "اضافت", "افاد", "افادت", "اوضح", "اوضحت",
        "اشار", "اشارت", "كشف", "كشفت", "صرح", "صرحت", "دعا", "دعت", "نفى", "نفي", "نفت", "شارك", "شاركت", "قرر", "قررت", "اعرب", "اعربت",
        "انطلق", "انطلقت", "توجه", "توجهت", "شهد", "شهدت", "جرى", "جري", "جرت", "تم", "كان", "كانت", "قام", "قامت", "نشر", "نشرت", "ذكر", "ذكرت",
        "ابلغ", "ابلغت", "بحث", "بحثت", "حل", "حلت", "اعتبر", "اعتبرت", "قتل", "قتلت", "سقط", "سقطت", "اطلق", "اطلقت", "هاجم", "هاجمت",
        "اعتقل", "اعتقلت", "وافق", "وافقت", "رفض", "رفضت", "طالب", "طالبت", "حذر", "حذرت", "اتهم", "اتهمت", "انتهى", "انتهي", "انتهت",
        "اختتم", "اختتمت", "افتتح", "افتتحت", "ترأس", "تراس", "ترأست", "تراست", "استأنف", "استانف", "استانفت", "اقيم", "اقيمت", "عاد", "عادت",
        "صادق", "صادقت", "فاز", "فازت", "خسر", "خسرت", "توفي", "اصيب", "اصيبت", "اعلنوا", "قالوا", "تظاهر", "تظاهروا", "وقعوا", "اجتمع", "اجتمعت",
        "قد", "لقد",
    }.Select(ArabicFold.Key));

    private static readonly WordSet FutureWords = new(new[]
    {
        "سوف", "المقرر", "المرتقب", "المنتظر", "المزمع", "المتوقع", "يرتقب", "ينتظر", "يتوقع", "سيتم",
    }.Select(ArabicFold.Key));

    private static readonly WordSet NotVerbs = new(new[]
    {
        "يوم", "يوما", "يومي", "يومين", "يومان", "يونيو", "يوليو", "يناير", "يونيه", "يوليه", "يوليوز", "يهود", "يهودي", "يهوديه", "يمين", "يسار",
        "يد", "يدي", "ين", "يورو", "يمن", "يافا", "يونس", "يوسف", "يحيى", "يعقوب", "يزيد", "يسرى", "يائير", "يايير",
    }.Select(ArabicFold.Key));

    /// <summary>The tense of the verb governing token <paramref name="index"/>, or <see cref="Direction.Unknown"/>.</summary>
    public static Direction Detect(TemporalTokens t, int index, int sentenceStart, int sentenceEnd)
    {
        for (int i = index - 1; i >= Math.Max(sentenceStart, index - Window); i--)
        {
            Direction tense = Classify(t, i);
            if (tense != Direction.Unknown)
            {
                return tense;
            }
        }

        for (int i = index + 1; i < Math.Min(sentenceEnd, index + 4); i++)
        {
            Direction tense = Classify(t, i);
            if (tense != Direction.Unknown)
            {
                return tense;
            }
        }

        return Direction.Unknown;
    }

    private static Direction Classify(TemporalTokens t, int i)
    {
        if (!t.IsArabic(i))
        {
            return Direction.Unknown;
        }

        string word = t.Folded(i);
        ReadOnlySpan<char> stem = word.Length > 3 && word[0] is 'و' or 'ف' ? word.AsSpan(1) : word;
        if (FutureWords.Contains(word) || FutureWords.Contains(stem))
        {
            return Direction.FutureTense;
        }

        if (PastVerbs.Contains(word) || PastVerbs.Contains(stem))
        {
            return Direction.PastTense;
        }

        if (NotVerbs.Contains(stem) || stem.StartsWith("ال", StringComparison.Ordinal))
        {
            return Direction.Unknown;
        }

        // سيلتقي، ستعقد، سنعمل
        if (stem.Length >= 5 && stem[0] == 'س' && stem[1] is 'ي' or 'ت' or 'ن')
        {
            return Direction.FutureTense;
        }

        // يصل، يغادر، يحل، يقوم: imperfect. After لم it is a past negation.
        if (stem.Length >= 3 && stem[0] == 'ي')
        {
            string previous = t.Folded(i - 1);
            return previous is "لم" or "ولم" ? Direction.PastTense : Direction.FutureTense;
        }

        // اعلنت، انطلقت، استقبلت: derived verbs in the feminine past.
        if (stem.Length is >= 5 and <= 7 && stem[0] == 'ا' && stem[^1] == 'ت' && stem[^2] != 'ا')
        {
            return Direction.PastTense;
        }

        return Direction.Unknown;
    }
}
