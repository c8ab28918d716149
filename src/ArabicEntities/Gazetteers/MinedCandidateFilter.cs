using System.Collections.Frozen;
using ArabicEntities.Text;

namespace ArabicEntities.Gazetteers;

/// <summary>
/// The review rules for the auto-mined person and organization candidates (<c>derived/mined_*_candidates.tsv</c>):
/// the mining counted every 1–4-token span after a title or organization head, so the lists hold truncated names,
/// titles, words glued to a preposition (للأمم المتحدة) and trailing context (دونالد ترامب بالمدينة). Each rule
/// rejects a row with a short reason; the rules are documented in <c>docs/data-provenance.md</c>.
/// </summary>
/// <remarks>All words are compared in their <see cref="ArabicNormalizer.Default"/> form. Thread-safe.</remarks>
internal static class MinedCandidateFilter
{
    /// <summary>Function words: prepositions, conjunctions, pronouns, particles, demonstratives and frequent adverbs.</summary>
    internal static readonly FrozenSet<string> FunctionWords = Normalized(
        "في", "من", "على", "إلى", "الى", "عن", "مع", "بين", "حتى", "منذ", "عند", "لدى", "نحو", "ضد", "خلال", "بعد", "قبل",
        "أمام", "وراء", "فوق", "تحت", "حول", "دون", "عبر", "ضمن", "لدي", "أن", "إن", "أنه", "إنه", "لأن", "كان", "كانت",
        "يكون", "ليس", "قد", "لقد", "لم", "لن", "لا", "ما", "ماذا", "هل", "و", "أو", "ثم", "بل", "لكن", "لكن", "غير", "سوى",
        "كل", "بعض", "أي", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "الذي", "التي", "الذين", "اللذين", "اللتين", "هو", "هي", "هم",
        "هما", "نحن", "أنا", "أنت", "له", "لها", "لهم", "به", "بها", "فيه", "فيها", "منه", "منها", "عليه", "عليها", "إليه",
        "كما", "أيضا", "أيضًا", "فقط", "حيث", "إذا", "إذ", "لو", "أما", "إما", "عام", "العام", "اليوم", "أمس", "غدا", "يوم",
        "الذى", "التى", "وقد", "وقال", "فيما", "بينما", "بشأن", "وفق", "وفقا", "جديد", "الجديد", "الجديدة", "السابق", "السابقة",
        "الحالي", "الحالية", "الأول", "الأولى", "الثاني", "الثانية", "يقول", "تقول", "قال", "قالت", "أكد", "أكدت", "أعلن",
        "أعلنت", "أضاف", "أضافت", "يذكر", "ذكر", "ذكرت", "لرئيس", "لوزير", "والمدير", "نفسه", "نفسها", "شخصيا");

    /// <summary>Titles, roles and kinship words that precede or follow a name but are not part of it.</summary>
    internal static readonly FrozenSet<string> TitleWords = Normalized(
        "الرئيس", "رئيس", "رئيسة", "الرئيسة", "الملك", "ملك", "الملكة", "الأمير", "أمير", "الأميرة", "الشيخ", "الشيخة", "وزير",
        "وزيرة", "الوزير", "الوزيرة", "الوزراء", "نائب", "النائب", "الدكتور", "الدكتورة", "د", "السيد", "السيدة", "الأستاذ",
        "المهندس", "العاهل", "السفير", "السفيرة", "الجنرال", "اللواء", "العميد", "العقيد", "المشير", "الفريق", "القائد", "قائد",
        "الأمين", "أمين", "المستشار", "المستشارة", "المبعوث", "المتحدث", "الناطق", "المدير", "مدير", "مديرة", "المديرة",
        "الحاكم", "حاكم", "محافظ", "المحافظ", "ولي", "العهد", "سمو", "السمو", "صاحب", "الملكي", "جلالة", "فخامة", "معالي",
        "سعادة", "دولة", "عضو", "أعضاء", "رئاسة", "مجلس", "وكيل", "مساعد", "المساعد", "الحكومة", "حكومة", "الرئاسة", "وزارة",
        "الوزارة", "هيئة", "الهيئة", "الأعلى", "العليا", "زعيم", "الزعيم", "نجل", "شقيق", "ابنة", "زوجة", "زوج", "والد",
        "والدة", "الراحل", "الراحلة", "الفقيد", "الممثل", "الممثلة", "اللاعب", "المدرب", "الفنان", "الفنانة", "الكاتب",
        "الصحفي", "الإعلامي", "الداعية", "المفتي", "الإمام", "البابا", "الحاخام", "القاضي", "المحامي", "الخارجية",
        "الداخلية", "الدفاع", "الدولة", "الإدارة", "الأمريكي", "الأميركي", "الإيراني", "المعارض", "المرشح", "المرشحة",
        "المبعوثة", "مستشار", "الشريفين", "الحرمين", "خادم", "الأمن", "القوات", "قوات", "الجيش", "المكلف", "بأعمال");

    /// <summary>Ordinal adjectives: part of regnal names (محمد السادس) but never a name on their own.</summary>
    internal static readonly FrozenSet<string> Ordinals = Normalized(
        "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة", "السادس",
        "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة", "الحادي", "عشر");

    /// <summary>Names of God that follow عبد in compound names (عبد القادر، عبدالرحمن) and name nobody alone
    /// (القادر is also "able", السلام "peace"), unlike the names of people that also follow it (عبد الحسين، الحسن). الله
    /// is left out: it ends many names (نصر الله، عطاء الله) and is no ordinary word a name list could confuse.</summary>
    internal static readonly FrozenSet<string> DivineNames = Normalized(
        "الإله", "الرحمن", "الرحيم", "القادر", "القدير", "العزيز", "الكريم", "الحميد", "المجيد", "اللطيف", "الرزاق", "الغفار",
        "الغفور", "الجبار", "الستار", "الصمد", "الفتاح", "القهار", "الوهاب", "المنعم", "المحسن", "الخالق", "الجليل", "الحفيظ",
        "الحليم", "السلام", "الغني", "الودود", "الحافظ", "الباري", "البارئ", "الباسط", "البديع", "البصير", "السميع", "الواحد",
        "الأحد", "الحق", "الحي", "القيوم", "الرؤوف", "المعطي", "العليم", "الحكيم", "الخبير", "الشكور", "الصبور", "الرشيد",
        "المؤمن", "المهيمن", "المتعال", "العظيم", "العلي", "الكبير", "الواسع", "الوكيل", "القوي", "المتين", "الولي", "المعز",
        "المجيب", "الرقيب", "الحسيب", "الوارث", "النور", "المقتدر", "التواب", "العفو", "المالك", "الملك", "القدوس",
        "البر", "الجواد", "الديان", "المولى", "النصير");

    /// <summary>First parts of the compound names that end in الله (عبد الله، نصر الله، عطاء الله، آية الله): after one of
    /// them الله is part of a person's name, not the name of God (a MISC name in ANERcorp's conventions).</summary>
    internal static readonly FrozenSet<string> TheophoricFirstParts = Normalized(
        "عبد", "نصر", "عطاء", "عطا", "حسب", "فضل", "جاب", "خير", "ضيف", "سعد", "عوض", "حمد", "فتح", "رزق", "نعمة", "هبة",
        "آية", "جار", "حرز", "سيف", "أمان", "روح", "بيد", "وديعة", "ذكر", "فرج", "حبيب", "خلف", "عون", "مال");

    /// <summary>
    /// The verbs of the blessings written after a name with الله as their subject (محمد رحمه الله، الملك سلمان حفظه الله،
    /// عمر رضي الله عنه، الملك أطال الله عمره): the verb carries a pronoun or is a fixed formula, so it is never the first
    /// part of a compound name (unlike رحمة الله، نصر الله, whose first parts end in ة or carry none).
    /// </summary>
    internal static readonly FrozenSet<string> BlessingVerbs = Normalized(
        "رحمه", "رحمها", "رحمهما", "رحمهم", "يرحمه", "يرحمها", "يرحمهم", "حفظه", "حفظها", "حفظهما", "حفظهم", "يحفظه",
        "يحفظها", "يحفظهم", "رعاه", "رعاها", "رعاهم", "يرعاه", "يرعاها", "أيده", "أيدها", "يؤيده", "أعزه", "أعزها", "يعزه",
        "نصره", "ينصره", "وفقه", "وفقها", "وفقهم", "يوفقه", "يوفقها", "سلمه", "شفاه", "يشفيه", "تغمده", "تغمدها", "تغمدهم",
        "أسكنه", "أسكنها", "رضي", "صلى", "أطال", "غفر", "عافاه", "هداه");

    /// <summary>The nouns of the blessings written as noun + الله + عليه (رضوان الله عليهم، رحمة الله عليه), which are also given names.</summary>
    internal static readonly FrozenSet<string> BlessingNouns = Normalized("رضوان", "رحمة", "صلوات", "سلام");

    /// <summary>The pronoun-carrying على that ends a noun blessing (عليه، عليها، عليهم، عليهما).</summary>
    internal static readonly FrozenSet<string> BlessingObjects = Normalized("عليه", "عليها", "عليهم", "عليهما");

    /// <summary>Name links that cannot end a full name (محمد بن ← truncated).</summary>
    internal static readonly FrozenSet<string> NameLinks = Normalized("بن", "ابن", "بنت", "آل", "أبو", "أبي", "أبا", "أم", "عبد", "ذو", "ذي", "ولد", "ال", "أبو", "دي", "دو", "فان", "فون", "لا");

    /// <summary>Generic modifiers that make a two-word organization row a description (اللجنة المنظمة) rather than a name.</summary>
    internal static readonly FrozenSet<string> GenericModifiers = Normalized(
        "العامة", "العام", "العليا", "الأعلى", "الإدارة", "الإدارية", "المنظمة", "الفنية", "المحلية", "الخاصة", "الدائمة",
        "المختصة", "المعنية", "المشتركة", "التنفيذية", "الاستشارية", "التحضيرية", "الإشرافية", "الرئيسية", "الأولى", "الثانية",
        "الجديدة", "الجديد", "الحالية", "الحالي", "السابقة", "السابق", "المحلي", "الرسمية", "الرسمي", "المنتخب", "المنتخبة",
        "الأمنية", "الحكومية", "الوطنية", "الوطني", "الدولية", "الدولي", "العسكرية", "المسلحة", "المركزية", "المركزي", "التخصصي", "التخصصية", "الجامعي", "الخيري", "الخيرية", "الثقافي", "الرياضي", "الطبي", "الاقتصادي");

    /// <summary>Article-bearing prefixes of a preposition or conjunction glued to a word (للأمم، بالمدينة، والرئيس).</summary>
    private static readonly string[] GluedArticlePrefixes = ["لل", "بال", "وال", "فال", "كال", "ولل", "وبال", "فلل", "فبال"];

    /// <summary>Reviews a mined person row.</summary>
    /// <param name="tokens">The normalized tokens of the name.</param>
    /// <param name="prefixOfLonger">Whether the mining marked the row as dominated by a longer variant.</param>
    /// <param name="isPlace">Whether a normalized word is a country or city name.</param>
    /// <param name="isKnownName">Whether a normalized word is a given or family name from the curated name lists.</param>
    /// <returns>The reason the row is rejected, or <see langword="null"/> to keep it.</returns>
    public static string? RejectPerson(IReadOnlyList<string> tokens, bool prefixOfLonger, Func<string, bool> isPlace, Func<string, bool> isKnownName) =>
        RejectPerson(tokens, prefixOfLonger, isPlace, isKnownName, isPlace, _ => false);

    /// <summary>Reviews a mined person row.</summary>
    /// <param name="tokens">The normalized tokens of the name.</param>
    /// <param name="prefixOfLonger">Whether the mining marked the row as dominated by a longer variant.</param>
    /// <param name="isPlace">Whether a normalized word is a country or city name.</param>
    /// <param name="isKnownName">Whether a normalized word is a given or family name from the curated name lists.</param>
    /// <param name="isOtherWord">Whether a normalized word is a listed word that is not a name (a place, nationality, title, head or cue).</param>
    /// <param name="isCorpusWord">Whether a normalized word is a frequent word of the news corpora (the word-cluster vocabulary).</param>
    /// <returns>The reason the row is rejected, or <see langword="null"/> to keep it.</returns>
    public static string? RejectPerson(IReadOnlyList<string> tokens, bool prefixOfLonger, Func<string, bool> isPlace, Func<string, bool> isKnownName, Func<string, bool> isOtherWord, Func<string, bool> isCorpusWord)
    {
        ArgumentNullException.ThrowIfNull(isCorpusWord);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(isPlace);
        ArgumentNullException.ThrowIfNull(isKnownName);
        ArgumentNullException.ThrowIfNull(isOtherWord);
        if (prefixOfLonger)
        {
            return "dominated by a longer variant (kept as that variant)";
        }

        if (tokens.Count < 2)
        {
            return "single word (given names come from the curated name lists)";
        }

        if (NameLinks.Contains(tokens[^1]))
        {
            return "ends with a name link (truncated)";
        }

        string first = tokens[0];
        if (!isKnownName(first) && first.Length > 1)
        {
            if (first.StartsWith("ال", StringComparison.Ordinal))
            {
                return "starts with an ال-word that is not a known name";
            }

            if (first[0] is 'ي' or 'ت')
            {
                return "starts with an imperfect verb (ي/ت- prefix) that is not a known name";
            }

            if (first[0] == 'و')
            {
                return "starts with the conjunction و";
            }
        }

        for (int i = 0; i < tokens.Count; i++)
        {
            string token = tokens[i];
            bool afterFamilyLink = i > 0 && tokens[i - 1] == "ال";
            if (token.Length < 2)
            {
                return "a one-letter token";
            }

            if (FunctionWords.Contains(token))
            {
                return "contains a function word";
            }

            if (!afterFamilyLink && TitleWords.Contains(token))
            {
                return "contains a title or role word";
            }

            if (i == 0 && Ordinals.Contains(token))
            {
                return "starts with an ordinal";
            }

            if (StartsWithGluedArticle(token))
            {
                return "a token starts with a preposition or conjunction + ال";
            }

            if (token.Length >= 5 && token.StartsWith("ال", StringComparison.Ordinal) && (token.EndsWith("ية", StringComparison.Ordinal) || token.EndsWith("يه", StringComparison.Ordinal)))
            {
                return "contains a feminine definite adjective (ال…ية)";
            }

            if (GenericModifiers.Contains(token))
            {
                return "contains a generic modifier (الدولي، العامة)";
            }

            if (isKnownName(token))
            {
                continue;
            }

            if (token.Length >= 5 && token[0] is 'ب' or 'ل' && isCorpusWord(token[1..]))
            {
                return "a token is ب/ل + a frequent corpus word (باعادة، لعلاج)";
            }

            if (i > 0 && token[0] == 'و')
            {
                return "a later token starts with the conjunction و";
            }

            if (token.Length >= 5 && (token.EndsWith("ها", StringComparison.Ordinal) || token.EndsWith("هم", StringComparison.Ordinal) || token.EndsWith("هما", StringComparison.Ordinal) || token.EndsWith("كم", StringComparison.Ordinal)))
            {
                return "a token carries a pronoun suffix";
            }

            if (StripsToStopWord(token) || (token.Length >= 4 && token[0] is 'ب' or 'ل' or 'و' or 'ف' or 'ك' && isOtherWord(token[1..])))
            {
                return "a token is a listed word behind a proclitic (بمكة، لحزب)";
            }

            if (isPlace(token))
            {
                return "contains a place name";
            }
        }

        return null;
    }

    /// <summary>Reviews a mined organization row.</summary>
    /// <param name="tokens">The normalized tokens of the name.</param>
    /// <param name="prefixOfLonger">Whether the mining marked the row as dominated by a longer variant.</param>
    /// <param name="isHead">Whether a normalized word is an organization head (وزارة، الاتحاد …).</param>
    /// <param name="isPlace">Whether a normalized word (or two-word phrase) is a country or city name.</param>
    /// <returns>The reason the row is rejected, or <see langword="null"/> to keep it.</returns>
    public static string? RejectOrganization(IReadOnlyList<string> tokens, bool prefixOfLonger, Func<string, bool> isHead, Func<string, bool> isPlace)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(isHead);
        ArgumentNullException.ThrowIfNull(isPlace);
        if (prefixOfLonger)
        {
            return "dominated by a longer variant (kept as that variant)";
        }

        if (tokens.Count < 2)
        {
            return "single word";
        }

        if (StartsWithGluedArticle(tokens[0]) || (!isHead(tokens[0]) && tokens[0].Length > 1 && tokens[0][0] is 'ل' or 'ب' or 'و' or 'ف' or 'ك' && isHead(tokens[0][1..])))
        {
            return "starts with a preposition or conjunction glued to the head";
        }

        if (tokens.Count == 2 && GenericModifiers.Contains(tokens[1]))
        {
            return "head + generic modifier (a description, not a name)";
        }

        for (int i = 0; i < tokens.Count; i++)
        {
            // العام is "the year" in a phrase and "general" in a name (الاتحاد العام التونسي للشغل، هيئة التحقيق والادعاء
            // العام): in a row of three or more words it is the adjective (two-word rows with it are descriptions, above).
            string token = tokens[i];
            if (FunctionWords.Contains(token) && !(i > 0 && tokens.Count >= 3 && token is "العام" or "عام"))
            {
                return "contains a function word";
            }

            if (i > 0 && TitleWords.Contains(token) && !isHead(token) && token is not ("الأمن" or "الامن" or "الدفاع" or "الداخلية" or "الخارجية" or "الدولة" or "الوزراء" or "العليا" or "الأعلى" or "الاعلى" or "الادارة" or "الإدارة" or "القوات" or "الجيش"))
            {
                return "contains a person title";
            }

            if (i > 0 && token.Length > 3 && token[0] == 'و' && (isPlace(token[1..]) || (i + 1 < tokens.Count && isPlace(token[1..] + " " + tokens[i + 1]))))
            {
                return "coordinates a place (… والولايات المتحدة)";
            }
        }

        if (NameLinks.Contains(tokens[^1]))
        {
            return "ends with a name link (truncated)";
        }

        return null;
    }

    /// <summary>Whether a token starts with a preposition or conjunction glued to the article (للأمم، بالمدينة، والرئيس).</summary>
    /// <param name="token">A normalized token.</param>
    /// <returns><see langword="true"/> when it does (and more than two letters follow).</returns>
    public static bool StartsWithGluedArticle(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        foreach (string prefix in GluedArticlePrefixes)
        {
            if (token.Length > prefix.Length + 2 && token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StripsToStopWord(string token)
    {
        if (token.Length < 4 || token[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك'))
        {
            return false;
        }

        string rest = token[1..];
        return TitleWords.Contains(rest) || FunctionWords.Contains(rest) || (rest.Length > 3 && rest[0] is 'ب' or 'ل' && TitleWords.Contains(rest[1..]));
    }

    private static FrozenSet<string> Normalized(params string[] words) =>
        words.Select(word => ArabicNormalizer.Default.NormalizeToString(word)).ToFrozenSet(StringComparer.Ordinal);
}
