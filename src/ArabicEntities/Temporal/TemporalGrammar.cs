namespace ArabicEntities.Temporal;

/// <summary>
/// The hand-written, token-level grammar of Arabic temporal expressions. It reads the folded tokens of one
/// sentence left to right and, at each position, keeps the longest expression that starts there. No regular
/// expressions are involved, so the cost is linear in the number of tokens with a small constant look-ahead.
/// </summary>
/// <remarks>Stateless apart from its options; thread-safe.</remarks>
internal sealed class TemporalGrammar
{
    private static readonly WordSet TemporalPrepositions = Set("في", "وفي", "ففي", "منذ", "ومنذ", "حتى", "وحتى", "قبل", "وقبل", "بعد", "وبعد", "خلال", "وخلال", "مطلع", "اواخر", "اوائل", "بداية", "نهاية", "منتصف", "الى", "إلى", "عن");
    private static readonly WordSet RangeConnectors = Set("الى", "إلى", "حتى", "وحتى", "لغاية", "ولغاية");
    private static readonly WordSet Agreeing = Set("الموافق", "الموافقه", "الموافق لـ");
    private static readonly WordSet Today = Set("اليوم");
    private static readonly WordSet Yesterday = Set("امس", "البارحه", "امبارح");
    private static readonly WordSet Tomorrow = Set("غدا", "بكره", "بكرا");
    private static readonly WordSet Ghad = Set("غد", "الغد");
    private static readonly WordSet DayWords = Set("يوم", "اليوم", "يومي");
    private static readonly WordSet MonthWords = Set("شهر", "الشهر");
    private static readonly WordSet This = Set("هذا", "هذه", "هاي", "هذي");
    private static readonly WordSet EventNouns = Set("حرب", "الحرب", "انتفاضه", "الانتفاضه", "ثوره", "الثوره", "نكبه", "النكبه", "نكسه", "النكسه", "انتخابات", "الانتخابات", "جايزه", "جائزة", "كاس", "مونديال", "دوره", "اولمبياد", "موسم", "ميزانيه", "موازنه", "قمه", "مؤتمر", "احداث", "عدوان", "العدوان", "اجتياح", "هبه", "مجزره", "زلزال", "فيضان", "اعصار", "احصاء", "تعداد", "دستور");
    private static readonly WordSet OrdinalAdjectives = Set("الاولي", "الثانيه", "الثالثه", "الاول", "الثاني", "الثالث", "الكبري", "الاخيره", "الماضيه", "الحاليه", "العالميه");
    private static readonly WordSet PlaceHeads = Set("سوق", "مسجد", "جامع", "شارع", "ميدان", "حي", "ساحه", "مدرسه");
    private static readonly WordSet SquareUnits = Set("مربع", "مكعب", "مربعا", "طولي");
    private static readonly WordSet Hour = Set("الساعه", "ساعه");
    private static readonly WordSet Minutes = Set("دقيقه", "دقايق", "دقيقة");
    private static readonly WordSet Except = Set("الا", "إلا");
    private static readonly WordSet Century = Set("القرن");
    private static readonly WordSet DurationLeads = Set("لمده", "مده", "طيله", "طوال", "نحو", "حوالي", "قرابه", "زهاء", "خلال", "بعد", "قبل", "منذ", "لنحو", "لقرابه", "لحوالي", "ولمده", "وبعد", "وقبل", "ومنذ", "وخلال", "اكثر", "اقل");
    private static readonly WordSet Whole = Set("كامل", "كامله", "كاملا", "كاملين", "واحد", "واحده", "فقط", "تقريبا");
    private static readonly WordSet Several = Set("عده", "لعده", "بضعه", "بضع", "لبضعه", "لبضع");
    private static readonly WordSet PluralLeads = Set("لسنوات", "لاعوام", "لاشهر", "لشهور", "لايام", "لاسابيع", "لعقود", "لقرون");
    private static readonly WordSet FewOrLast = Set("القليله", "الاخيره", "الماضيه", "المقبله", "القادمه", "المنصرمه", "السابقه", "الفايته", "التاليه");
    private static readonly WordSet EventAnchors = Set("على", "من");
    private static readonly WordSet BothReaders = Set("بين", "كلا", "كلتا", "من", "احد", "لدى", "مع", "عند");
    private static readonly WordSet BothFollowers = Set("معا", "منهما", "منهم", "كليهما", "عشر", "عشره");
    private static readonly WordSet Each = Set("كل");
    private static readonly WordSet BallGames = Set("القدم", "السله", "اليد", "الطايره");
    private static readonly WordSet DecadeWord = Set("عقد");
    private static readonly WordSet IdentifierWords = Set("رقم", "القرار", "قرار", "المادة", "الماده", "ماده", "الفصل", "القانون", "قانون", "البند", "عدد", "العدد", "نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "ص", "صفحه");

    // Every word an expression may begin with (see IsCandidate); declared after the sets it gathers.
    private static readonly WordSet StartWords = BuildStartWords();

    private readonly TemporalRecognizerOptions _options;

    public TemporalGrammar(TemporalRecognizerOptions options)
    {
        _options = options;
    }

    /// <summary>Finds the expressions in tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public List<TemporalMention> Parse(TemporalTokens t, int start, int end)
    {
        var mentions = new List<TemporalMention>();
        var cx = new Cursor(t, start, end);
        int i = start;
        while (i < end)
        {
            if (!IsCandidate(t, i) || !TryExpression(cx, i, out TemporalMention? mention))
            {
                i++;
                continue;
            }

            mentions.Add(mention);
            i = Math.Max(mention.End, i + 1);
        }

        return mentions;
    }

    // A cheap filter: only numbers, "(" and words that may start an expression are tried. Every pattern of TryAtom
    // begins with a number, "(" or a word of StartWords (as written, or after proclitics are removed), so skipping
    // the other tokens changes nothing but the time.
    private static bool IsCandidate(TemporalTokens t, int i)
    {
        if (t.IsNumber(i) || t.IsMark(i, '('))
        {
            return true;
        }

        return t.MatchesWithProclitics(i, StartWords);
    }

    private readonly record struct Cursor(TemporalTokens T, int Start, int End)
    {
        public bool In(int i) => i >= Start && i < End;
    }

    // The first words of the patterns TryAtom tries; a superset is harmless, a missing word would lose expressions.
    private static WordSet BuildStartWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (WordSet set in new[]
        {
            DayWords, MonthWords, This, Today, Yesterday, Tomorrow, Several, Each, Hour, Century, DecadeWord,
            TemporalLexicon.YearWords, TemporalLexicon.DateIntroducers,
        })
        {
            words.UnionWith(set.Items);
        }

        foreach (IEnumerable<string> keys in new[]
        {
            TemporalLexicon.Modifiers.Keys, TemporalLexicon.PartsOfDayBefore.Keys, TemporalLexicon.Weekdays.Keys,
            TemporalLexicon.BareWeekdays.Keys, TemporalLexicon.DefiniteUnits.Keys, TemporalLexicon.Decades.Keys,
            TemporalLexicon.Units.Keys, TemporalLexicon.DefinitePluralUnits.Keys, TemporalLexicon.SetAdverbs.Keys,
        })
        {
            words.UnionWith(keys);
        }

        // Month names, and the first word of the two-word ones (كانون الثاني، ربيع الأول، ذو القعدة).
        foreach (string name in TemporalLexicon.GregorianMonths.Keys.Concat(TemporalLexicon.HijriMonths.Keys))
        {
            words.Add(name);
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                words.Add(name[..space]);
            }
        }

        // Number words (days, counts, hours, ordinals), with and without the article.
        foreach (string number in NumberWords.Words)
        {
            words.Add(number);
            words.Add("ال" + number);
        }

        // أول أمس، قبل أمس، بعد غد؛ آخر يوم، اليوم الأخير، الأسبوع الأخير.
        words.UnionWith(Set("اول", "واول", "قبل", "بعد", "اخر", "اليوم", "الاسبوع").Items);
        return new WordSet(words);
    }

    private static WordSet Set(params string[] words) => new(words.Select(ArabicFold.Key));

    // ---------------------------------------------------------------------------------------------------------
    // Top level: an atom, extended by a time of day or a part of day, or joined with a second atom into a range.

    private bool TryExpression(Cursor cx, int i, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TemporalMention? mention)
    {
        mention = null;
        if (!TryAtom(cx, i, out TemporalMention? atom))
        {
            return false;
        }

        atom = ExtendWithTime(cx, atom);
        atom = ExtendToRange(cx, atom);
        if (ToGregorian(atom.Meaning) is not { } meaning)
        {
            return false;
        }

        mention = atom with { Meaning = meaning };
        return true;
    }

    private bool TryAtom(Cursor cx, int i, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TemporalMention? best)
    {
        best = null;
        if (!IsCandidate(cx.T, i))
        {
            return false;
        }

        Consider(ref best, TryModified(cx, i));
        Consider(ref best, TryPartOfDayBefore(cx, i));
        Consider(ref best, TryDayMonth(cx, i));
        Consider(ref best, TryMonthFirst(cx, i));
        Consider(ref best, TryMonth(cx, i));
        Consider(ref best, TryYearWord(cx, i));
        Consider(ref best, TryNumericDate(cx, i));
        Consider(ref best, TryBareYear(cx, i));
        Consider(ref best, TryWeekday(cx, i));
        Consider(ref best, TryNthWeekday(cx, i, i, 0));
        Consider(ref best, TryRelative(cx, i));
        Consider(ref best, TryDecade(cx, i));
        Consider(ref best, TryCentury(cx, i));
        Consider(ref best, TryDuration(cx, i));
        Consider(ref best, TrySet(cx, i));
        Consider(ref best, TryClock(cx, i));
        return best is not null;
    }

    private static void Consider(ref TemporalMention? best, TemporalMention? candidate)
    {
        if (candidate is not null && (best is null || candidate.End > best.End || (candidate.End == best.End && candidate.Confidence > best.Confidence)))
        {
            best = candidate;
        }
    }

    private static TemporalMention ExtendWithTime(Cursor cx, TemporalMention atom)
    {
        bool dayLike = atom.Meaning.Kind is MeaningKind.Weekday or MeaningKind.NthWeekdayOfMonth
            || (atom.Meaning.Kind == MeaningKind.Calendar && (atom.Meaning.Day is not null))
            || (atom.Meaning.Kind == MeaningKind.Relative && atom.Meaning.Unit == DurationUnit.Day && atom.Meaning.OutputGranularity is null);
        if (!dayLike || atom.Meaning.Mod is not null)
        {
            return atom;
        }

        int j = atom.End;
        if (cx.T.IsMark(j, '،') || cx.T.IsMark(j, ','))
        {
            j++;
        }

        if (TryClock(cx, j) is { } clock && clock.Meaning.Base is null)
        {
            return new TemporalMention(atom.First, atom.PrefixLength, clock.End, clock.Meaning with { Base = atom.Meaning }, Math.Max(atom.Confidence, clock.Confidence));
        }

        if (TryPartOfDayAfter(cx, atom.End, out string? part, out int end))
        {
            return new TemporalMention(atom.First, atom.PrefixLength, end, new TemporalMeaning(MeaningKind.TimeOfDay) { PartOfDay = part, Base = atom.Meaning }, atom.Confidence);
        }

        return atom;
    }

    private TemporalMention ExtendToRange(Cursor cx, TemporalMention atom)
    {
        if (atom.Meaning.Kind is not (MeaningKind.Calendar or MeaningKind.Decade or MeaningKind.Century) || atom.Meaning.Mod is not null)
        {
            return atom;
        }

        int j = atom.End;
        bool dash = cx.T.IsAnyMark(j, "-–—");
        bool word = cx.T.Is(j, RangeConnectors);
        bool afterFrom = cx.In(atom.First - 1) && (cx.T.Is(atom.First - 1, "من") || cx.T.Is(atom.First - 1, "ومن") || cx.T.Is(atom.First - 1, "بين") || cx.T.Is(atom.First - 1, "منذ"));
        bool between = cx.In(atom.First - 1) && (cx.T.Is(atom.First - 1, "بين") || cx.T.Is(atom.First - 1, "وبين"));
        TemporalMention? second;
        if (between && cx.T.IsArabic(j) && cx.T.Folded(j).StartsWith('و') && TryAtom(cx, j, out second) && second.PrefixLength == 1)
        {
            // بين يناير ومارس
        }
        else if (!(dash || (word && afterFrom)) || !cx.In(j + 1))
        {
            return atom;
        }
        else if (!TryAtom(cx, j + 1, out second) && !TryPlainYear(cx, j + 1, atom.Meaning, out second))
        {
            return atom;
        }

        if (second.Meaning.Kind != atom.Meaning.Kind || second.Meaning.Mod is not null)
        {
            return atom;
        }

        TemporalMeaning first = atom.Meaning;
        TemporalMeaning last = second.Meaning;
        if (first.Kind == MeaningKind.Calendar)
        {
            // A missing year or month in the first part comes from the second (من يناير إلى مارس 2022).
            if (first.Year is null && first.YearOffset is null && (last.Year is not null || last.YearOffset is not null))
            {
                first = first with { Year = last.Year, YearOffset = last.YearOffset };
            }

            if ((first.Year is null) != (last.Year is null) || (first.Month is null) != (last.Month is null) || (first.Day is null) != (last.Day is null))
            {
                return atom;
            }
        }

        var range = new TemporalMeaning(MeaningKind.Range) { Base = first, RangeEnd = last };
        return new TemporalMention(atom.First, atom.PrefixLength, second.End, range, Math.Min(atom.Confidence, second.Confidence));
    }

    // A bare year as the second part of a range (2000-2005, من 2010 إلى 2012).
    private static bool TryPlainYear(Cursor cx, int i, TemporalMeaning first, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TemporalMention? second)
    {
        second = null;
        if (first.Kind != MeaningKind.Calendar || first.Month is not null || first.Year is not { } startYear)
        {
            return false;
        }

        if (cx.T.TryInteger(i, out int year, out int digits) && digits == 4 && year > startYear && year - startYear <= 200)
        {
            second = new TemporalMention(i, 0, i + 1, new TemporalMeaning(MeaningKind.Calendar) { Year = year }, 0.9);
            return true;
        }

        return false;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Modifiers and parts of day before a date.

    private TemporalMention? TryModified(Cursor cx, int i)
    {
        if (!cx.T.TryLookup(i, TemporalLexicon.Modifiers, allowProclitics: true, out TimexMod mod, out int prefix))
        {
            return null;
        }

        int j = i + 1;
        if (cx.T.Is(j, "من"))
        {
            j++;
        }

        TemporalMention? inner = null;
        Consider(ref inner, TryMonth(cx, j, context: true));
        Consider(ref inner, TryYearWord(cx, j));
        Consider(ref inner, TryRelative(cx, j));
        Consider(ref inner, TryDecade(cx, j));
        Consider(ref inner, TryCentury(cx, j));
        if (inner is null && cx.T.TryInteger(j, out int year, out int digits) && digits == 4 && year >= _options.MinimumYear && year <= _options.MaximumYear)
        {
            inner = new TemporalMention(j, 0, j + 1, new TemporalMeaning(MeaningKind.Calendar) { Year = year }, 0.9);
        }

        if (inner is null && cx.T.TryLookup(j, TemporalLexicon.DefiniteUnits, allowProclitics: false, out TimexGranularity unit, out _)
            && unit is TimexGranularity.Year or TimexGranularity.Month or TimexGranularity.Week)
        {
            // مطلع الشهر، نهاية العام: the current one.
            inner = new TemporalMention(j, 0, j + 1, Relative(ToUnit(unit), 0), 0.8);
        }

        if (inner is null || inner.Meaning.Kind is not (MeaningKind.Calendar or MeaningKind.Relative or MeaningKind.Decade or MeaningKind.Century)
            || (inner.Meaning.Kind == MeaningKind.Calendar && inner.Meaning.Day is not null)
            || (inner.Meaning.Kind == MeaningKind.Relative && inner.Meaning.Unit == DurationUnit.Day))
        {
            return null;
        }

        // "أول" is a modifier only before a year, a decade or a relative unit; أول شباط is the first day.
        if (cx.T.Folded(i).EndsWith("اول", StringComparison.Ordinal) && inner.Meaning.Kind == MeaningKind.Calendar && inner.Meaning.Year is null)
        {
            return null;
        }

        return new TemporalMention(i, prefix, inner.End, inner.Meaning with { Mod = mod }, inner.Confidence);
    }

    private TemporalMention? TryPartOfDayBefore(Cursor cx, int i)
    {
        if (!cx.T.TryLookup(i, TemporalLexicon.PartsOfDayBefore, allowProclitics: true, out string? part, out int prefix))
        {
            return null;
        }

        int j = i + 1;
        TemporalMention? day = null;
        Consider(ref day, TryWeekday(cx, j));
        Consider(ref day, TryRelative(cx, j));
        Consider(ref day, TryDayMonth(cx, j));
        if (day is null || day.Meaning.Kind is not (MeaningKind.Weekday or MeaningKind.Calendar or MeaningKind.Relative)
            || (day.Meaning.Kind == MeaningKind.Relative && (day.Meaning.Unit != DurationUnit.Day || day.Meaning.OutputGranularity is not null))
            || (day.Meaning.Kind == MeaningKind.Calendar && day.Meaning.Day is null))
        {
            return null;
        }

        return new TemporalMention(i, prefix, day.End, new TemporalMeaning(MeaningKind.TimeOfDay) { PartOfDay = part, Base = day.Meaning }, day.Confidence);
    }

    private static bool TryPartOfDayAfter(Cursor cx, int i, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? part, out int end)
    {
        part = null;
        end = i;
        if (!cx.In(i))
        {
            return false;
        }

        var t = cx.T;
        if ((t.Is(i, "بعد") || t.Is(i, "قبل")) && t.IsArabic(i + 1))
        {
            string next = t.Folded(i + 1);
            bool after = t.Is(i, "بعد");
            part = next switch
            {
                "الظهر" or "الظهيره" => after ? "AF" : "MO",
                "العصر" => after ? "AF" : "AF",
                "المغرب" => after ? "EV" : "AF",
                "العشاء" => "NI",
                "منتصف" when t.Is(i + 2, "الليل") => after ? "NI" : "EV",
                _ => null,
            };
            if (part is not null)
            {
                end = i + 2;
                return true;
            }
        }

        if (t.Is(i, This) && t.TryLookup(i + 1, TemporalLexicon.PartsOfDayAfter, false, out part, out _))
        {
            end = i + 2;
            return true;
        }

        if (t.TryLookup(i, TemporalLexicon.PartsOfDayAfter, allowProclitics: false, out part, out _))
        {
            end = i + 1;
            return true;
        }

        return false;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Days and months.

    // [يوم] (day | ordinal words) [من] [شهر] month [year]; day ranges 1-3 مارس، من 13 إلى 15 تموز.
    private TemporalMention? TryDayMonth(Cursor cx, int i)
    {
        var t = cx.T;
        int first = i;
        int prefix = 0;
        int j = i;
        if (t.TryMatch(j, DayWords, allowProclitics: true, out prefix) && !t.Is(j, "يومي"))
        {
            j++;
        }
        else
        {
            prefix = 0;
        }

        if (!TryDayNumber(cx, j, out int day, out int afterDay, out bool words))
        {
            return null;
        }

        int k = afterDay;
        if (words && t.Is(k, "يوم"))
        {
            k++;
        }

        int? endDay = null;
        if ((t.IsAnyMark(k, "-–") || t.Is(k, RangeConnectors) || t.Is(k, "و")) && TryDayNumber(cx, k + 1, out int day2, out int afterDay2, out _) && day2 > day)
        {
            endDay = day2;
            k = afterDay2;
        }

        if (t.Is(k, "من") || t.Is(k, "في"))
        {
            k++;
        }

        TemporalMention? month = TryMonth(cx, k, context: true);
        if (month is null)
        {
            // الثلاثاء التاسع عشر من هذا الشهر / من الشهر الجاري
            if (words && t.Is(k, This) && t.Is(k + 1, "الشهر"))
            {
                month = new TemporalMention(k, 0, k + 2, new TemporalMeaning(MeaningKind.Calendar) { MonthOffset = 0 }, 0.9);
            }
            else if (words && t.Is(k, "الشهر") && t.TryLookup(k + 1, TemporalLexicon.Directions, false, out int direction, out _))
            {
                month = new TemporalMention(k, 0, k + 2, new TemporalMeaning(MeaningKind.Calendar) { MonthOffset = direction }, 0.9);
            }
            else
            {
                return null;
            }
        }

        TemporalMeaning m = month.Meaning;
        if (m.Kind != MeaningKind.Calendar || m.Day is not null || (m.Month is null && m.MonthOffset is null))
        {
            return null;
        }

        if (day > 31 || (endDay ?? day) > 31)
        {
            return null;
        }

        double confidence = 0.95;
        if (endDay is { } last)
        {
            var range = new TemporalMeaning(MeaningKind.Range) { Base = m with { Day = day }, RangeEnd = m with { Day = last } };
            return new TemporalMention(first, prefix, month.End, range, confidence);
        }

        return new TemporalMention(first, prefix, month.End, m with { Day = day }, confidence);
    }

    // A day written before a month: 1–31 in digits, or an ordinal or cardinal in words (الخامس والعشرين، اول).
    private static bool TryDayNumber(Cursor cx, int i, out int day, out int end, out bool words)
    {
        words = false;
        end = i;
        day = 0;
        if (!cx.In(i))
        {
            return false;
        }

        if (cx.T.TryInteger(i, out day, out int digits))
        {
            end = i + 1;
            return digits <= 2 && day is >= 1 and <= 31;
        }

        if (NumberWords.TryRead(cx.T, i, allowConjunction: false, out day, out _, out end) && day is >= 1 and <= 31)
        {
            words = true;
            return true;
        }

        return false;
    }

    // Month first: يوليو 13-15، اغسطس 27 الى 29، تموز 13.
    private TemporalMention? TryMonthFirst(Cursor cx, int i)
    {
        var t = cx.T;
        if (!TryMonthName(cx, i, out int month, out bool hijri, out bool ambiguous, out int prefix, out int afterName) || hijri)
        {
            return null;
        }

        if (!t.TryInteger(afterName, out int day, out int digits) || digits > 2 || day is < 1 or > 31)
        {
            return null;
        }

        int k = afterName + 1;
        var start = new TemporalMeaning(MeaningKind.Calendar) { Month = month, Day = day };
        if ((t.IsAnyMark(k, "-–") || t.Is(k, RangeConnectors)) && t.TryInteger(k + 1, out int day2, out int digits2) && digits2 <= 2 && day2 > day && day2 <= 31)
        {
            var range = new TemporalMeaning(MeaningKind.Range) { Base = start, RangeEnd = start with { Day = day2 } };
            return new TemporalMention(i, prefix, k + 2, range, 0.9);
        }

        // تموز 13 with no year after: only when unambiguous and not followed by a noun it counts (أيار 13 قتيلا).
        if (ambiguous || (t.IsArabic(k) && !t.TryLookup(k, TemporalLexicon.Eras, false, out bool _, out _) && t.Folded(k).Length > 2 && !t.Folded(k).StartsWith("ال", StringComparison.Ordinal)))
        {
            return null;
        }

        if (TryYearAfter(cx, k, out int year, out bool hijriYear, out int afterYear) && !hijriYear)
        {
            return new TemporalMention(i, prefix, afterYear, start with { Year = year }, 0.9);
        }

        return new TemporalMention(i, prefix, k, start, 0.8);
    }

    private static bool TryMonthName(Cursor cx, int i, out int month, out bool hijri, out bool ambiguous, out int prefix, out int end)
    {
        var t = cx.T;
        month = 0;
        hijri = false;
        ambiguous = false;
        prefix = 0;
        end = i;
        if (!t.IsArabic(i))
        {
            return false;
        }

        // Two-word names first: كانون الثاني، تشرين الأول، ربيع الأول، جمادى الآخرة، ذو القعدة.
        if (t.IsArabic(i + 1) && TryTwoWordMonth(t.Folded(i), t.Folded(i + 1), out month, out hijri, out prefix))
        {
            end = i + 2;
            return true;
        }

        if (t.TryLookup(i, TemporalLexicon.GregorianMonths, allowProclitics: true, out month, out prefix))
        {
            end = i + 1;
            ambiguous = StemIn(TemporalLexicon.AmbiguousMonths, t.Folded(i), prefix);
            return true;
        }

        if (t.TryLookup(i, TemporalLexicon.HijriMonths, allowProclitics: true, out month, out prefix))
        {
            hijri = true;
            end = i + 1;
            ambiguous = StemIn(TemporalLexicon.AmbiguousHijriMonths, t.Folded(i), prefix);
            return true;
        }

        return false;
    }

    // The name, or a stem of it, followed by a space and the next word, looked up in both calendars (the word as
    // written first, then shortest proclitic first; Gregorian before Hijri), built in a stack buffer.
    private static bool TryTwoWordMonth(string firstWord, string second, out int month, out bool hijri, out int prefix)
    {
        hijri = false;
        int length = firstWord.Length + 1 + second.Length;
        Span<char> key = length <= 2 * TemporalTokens.StackWord ? stackalloc char[2 * TemporalTokens.StackWord] : new char[length];
        Span<char> stemBuffer = firstWord.Length <= TemporalTokens.StackWord ? stackalloc char[TemporalTokens.StackWord] : new char[firstWord.Length];
        scoped ReadOnlySpan<char> stem = firstWord;
        prefix = 0;
        int state = 0;
        do
        {
            stem.CopyTo(key);
            key[stem.Length] = ' ';
            second.AsSpan().CopyTo(key[(stem.Length + 1)..]);
            ReadOnlySpan<char> name = key[..(stem.Length + 1 + second.Length)];
            if (TemporalLexicon.GregorianMonths.TryGetValue(name, out month))
            {
                return true;
            }

            if (TemporalLexicon.HijriMonths.TryGetValue(name, out month))
            {
                hijri = true;
                return true;
            }
        }
        while (TemporalTokens.NextStem(firstWord, stemBuffer, ref state, out stem, out prefix));

        month = 0;
        prefix = 0;
        return false;
    }

    // Whether the word without its prefix (لل read as ل + ال) is in the set.
    private static bool StemIn(WordSet set, string folded, int prefix)
    {
        ReadOnlySpan<char> stem = folded.AsSpan(prefix);
        if (!(prefix > 0 && folded[prefix - 1] == 'ل' && stem.Length > 1 && stem[0] == 'ل'))
        {
            return set.Contains(stem);
        }

        Span<char> buffer = stem.Length < TemporalTokens.StackWord ? stackalloc char[TemporalTokens.StackWord] : new char[stem.Length + 1];
        buffer[0] = 'ا';
        stem.CopyTo(buffer[1..]);
        return set.Contains(buffer[..(stem.Length + 1)]);
    }

    // [شهر] month [/ month | (month)] [year | السنة القادمة] [الماضي|المقبل]; also شهر 3، الشهر الثامن.
    private TemporalMention? TryMonth(Cursor cx, int i, bool context = false)
    {
        var t = cx.T;
        int first = i;
        int prefix = 0;
        int j = i;
        bool hasMonthWord = false;
        if (t.TryMatch(j, MonthWords, allowProclitics: true, out prefix))
        {
            hasMonthWord = true;
            j++;
        }

        int month;
        bool hijri = false;
        bool ambiguous = false;
        int afterName;
        if (TryMonthName(cx, j, out month, out hijri, out ambiguous, out int namePrefix, out afterName))
        {
            if (!hasMonthWord)
            {
                prefix = namePrefix;
            }
            else if (namePrefix > 0)
            {
                return null;
            }
        }
        else if (hasMonthWord && t.TryInteger(j, out month, out int digits) && digits <= 2 && month is >= 1 and <= 12)
        {
            afterName = j + 1;
        }
        else if (hasMonthWord && NumberWords.TryRead(t, j, false, out month, out _, out afterName) && month is >= 1 and <= 12)
        {
            // شهر ثلاثة، الشهر الثامن
        }
        else
        {
            return null;
        }

        bool hasContext = context || hasMonthWord;
        int k = afterName;

        // Paired names: أغسطس/آب، نيسان/ أبريل، مارس (آذار).
        if (t.IsMark(k, '/') && TryMonthName(cx, k + 1, out int other, out bool otherHijri, out _, out int otherPrefix, out int afterOther) && other == month && !otherHijri && otherPrefix == 0)
        {
            hasContext = true;
            k = afterOther;
        }
        else if (t.IsMark(k, '(') && TryMonthName(cx, k + 1, out other, out otherHijri, out _, out otherPrefix, out afterOther) && other == month && !otherHijri && t.IsMark(afterOther, ')'))
        {
            hasContext = true;
            k = afterOther + 1;
        }

        var meaning = new TemporalMeaning(MeaningKind.Calendar) { Month = month };
        if (TryYearAfter(cx, k, out int year, out bool hijriYear, out int afterYear))
        {
            k = afterYear;
            hasContext = true;
            if (hijriYear && !hijri)
            {
                return null;
            }

            meaning = meaning with { Year = year, Hijri = hijri };
        }
        else if (TryRelativeYearAfter(cx, k, out int yearOffset, out int afterRelative))
        {
            k = afterRelative;
            hasContext = true;
            meaning = meaning with { YearOffset = yearOffset };
        }
        else if (t.TryLookup(k, TemporalLexicon.Directions, false, out int direction, out _) && !hijri)
        {
            k++;
            hasContext = true;
            meaning = meaning with { Direction = direction < 0 ? Direction.Past : direction > 0 ? Direction.Future : Direction.This };
        }
        else if (t.IsMark(k, '(') && TryNumericDate(cx, k) is { } numeric && numeric.Meaning.Month == month)
        {
            // تشرين الثاني (27/11/1946)
            return new TemporalMention(first, prefix, numeric.End, numeric.Meaning, 0.95);
        }

        if (ambiguous && !hasContext)
        {
            return null;
        }

        if (hijri)
        {
            return new TemporalMention(first, prefix, k, meaning with { Direction = Direction.Unknown, Hijri = true }, 0.8);
        }

        return new TemporalMention(first, prefix, k, meaning, hasContext ? 0.95 : 0.85);
    }

    // Hijri dates with a year become Gregorian: a day → its date, a month → the interval of its days.
    private static TemporalMeaning? ToGregorian(TemporalMeaning meaning)
    {
        switch (meaning.Kind)
        {
            case MeaningKind.Calendar when meaning.Hijri && meaning.Year is { } hijriYear && meaning.Month is { } hijriMonth:
                if (meaning.Day is { } hijriDay)
                {
                    return HijriDates.TryToGregorian(hijriYear, hijriMonth, hijriDay, out DateOnly date)
                        ? new TemporalMeaning(MeaningKind.Calendar) { Year = date.Year, Month = date.Month, Day = date.Day, Mod = meaning.Mod }
                        : null;
                }

                if (!HijriDates.TryMonthToGregorian(hijriYear, hijriMonth, out DateOnly first, out DateOnly last))
                {
                    return null;
                }

                return new TemporalMeaning(MeaningKind.Range)
                {
                    Base = new TemporalMeaning(MeaningKind.Calendar) { Year = first.Year, Month = first.Month, Day = first.Day },
                    RangeEnd = new TemporalMeaning(MeaningKind.Calendar) { Year = last.Year, Month = last.Month, Day = last.Day },
                    Mod = meaning.Mod,
                };
            case MeaningKind.Range when meaning.Base is not null && meaning.RangeEnd is not null:
                TemporalMeaning? start = ToGregorian(meaning.Base);
                TemporalMeaning? end = ToGregorian(meaning.RangeEnd);
                if (start is null || end is null)
                {
                    return null;
                }

                return meaning with
                {
                    Base = start.Kind == MeaningKind.Range ? start.Base : start,
                    RangeEnd = end.Kind == MeaningKind.Range ? end.RangeEnd : end,
                };
            case MeaningKind.TimeOfDay or MeaningKind.NthWeekdayOfMonth or MeaningKind.LastDayOfMonth when meaning.Base is not null:
                return ToGregorian(meaning.Base) is { } converted ? meaning with { Base = converted } : null;
            default:
                return meaning;
        }
    }

    // After a month or a day: 2021، عام 2021، من عام 2014، لعام 2014، سنة 2014، في سنة 2014، (1948)، 1442 هـ.
    private bool TryYearAfter(Cursor cx, int i, out int year, out bool hijri, out int end)
    {
        var t = cx.T;
        year = 0;
        hijri = false;
        end = i;
        int j = i;
        if (t.Is(j, "من") || t.Is(j, "في"))
        {
            if (!t.TryMatch(j + 1, TemporalLexicon.YearWords, true, out _))
            {
                return false;
            }

            j++;
        }

        if (t.TryMatch(j, TemporalLexicon.YearWords, allowProclitics: true, out _))
        {
            j++;
        }

        bool paren = t.IsMark(j, '(');
        if (paren)
        {
            j++;
        }

        if (!t.TryInteger(j, out year, out int digits) || digits is < 3 or > 4)
        {
            return false;
        }

        j++;
        if (paren)
        {
            if (!t.IsMark(j, ')'))
            {
                return false;
            }

            j++;
        }

        if (t.TryLookup(j, TemporalLexicon.Eras, false, out hijri, out _))
        {
            j++;
        }

        if (!hijri && (year < _options.MinimumYear || year > _options.MaximumYear))
        {
            return false;
        }

        end = j;
        return true;
    }

    // After a month: السنة القادمة، العام الماضي، من هذا العام، من العام المقبل.
    private static bool TryRelativeYearAfter(Cursor cx, int i, out int offset, out int end)
    {
        var t = cx.T;
        offset = 0;
        end = i;
        int j = i;
        if (t.Is(j, "من") || t.Is(j, "في"))
        {
            j++;
        }

        if (t.Is(j, This) && (t.Is(j + 1, "العام") || t.Is(j + 1, "السنه")))
        {
            end = j + 2;
            return true;
        }

        if ((t.Is(j, "العام") || t.Is(j, "السنه")) && t.TryLookup(j + 1, TemporalLexicon.Directions, false, out offset, out _))
        {
            end = j + 2;
            return true;
        }

        return false;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Years.

    // عام 2020، العام 2000، سنة (1935) م، لعام 2014، بعام 2020، عامي 2000 و2005، عام 1320 هـ.
    private TemporalMention? TryYearWord(Cursor cx, int i)
    {
        var t = cx.T;
        int prefix = 0;
        int j = i;
        bool introducer = false;
        if (t.TryMatch(j, TemporalLexicon.DateIntroducers, true, out prefix))
        {
            introducer = true;
            j++;
        }

        if (!t.TryMatch(j, TemporalLexicon.YearWords, allowProclitics: true, out int yearPrefix))
        {
            if (introducer)
            {
                // بتاريخ 1995 / بتاريخ (1995)
                return TryBareYearCore(cx, j) is { } bare ? new TemporalMention(i, prefix, bare.End, bare.Meaning, 0.9) : null;
            }

            return null;
        }

        if (!introducer)
        {
            prefix = yearPrefix;
        }

        bool dual = t.Folded(j).EndsWith("عامي", StringComparison.Ordinal) || t.Folded(j).EndsWith("سنتي", StringComparison.Ordinal);
        if (!TryYearAfter(cx, j + 1, out int year, out bool hijri, out int end) || t.Is(j + 1, "من") || t.Is(j + 1, "في"))
        {
            return null;
        }

        TemporalMeaning? meaning = hijri ? HijriYearMeaning(year) : new TemporalMeaning(MeaningKind.Calendar) { Year = year };
        if (meaning is null)
        {
            return null;
        }

        // عامي 2000 و2005 → a range.
        if (dual && !hijri)
        {
            int k = end;
            if (t.Is(k, "و") && t.TryInteger(k + 1, out int second, out int digits) && digits == 4 && second > year)
            {
                var range = new TemporalMeaning(MeaningKind.Range) { Base = meaning, RangeEnd = new TemporalMeaning(MeaningKind.Calendar) { Year = second } };
                return new TemporalMention(i, prefix, k + 2, range, 0.95);
            }
        }

        return new TemporalMention(i, prefix, end, meaning, 0.95);
    }

    private static TemporalMeaning? HijriYearMeaning(int hijriYear)
    {
        if (!HijriDates.TryYearToGregorian(hijriYear, out int firstYear, out int lastYear))
        {
            return null;
        }

        return firstYear == lastYear
            ? new TemporalMeaning(MeaningKind.Calendar) { Year = firstYear }
            : new TemporalMeaning(MeaningKind.Range) { Base = new TemporalMeaning(MeaningKind.Calendar) { Year = firstYear }, RangeEnd = new TemporalMeaning(MeaningKind.Calendar) { Year = lastYear } };
    }

    // A four-digit year with calendar context: after في/منذ/حتى/قبل/بعد/خلال (and not before a counted noun),
    // alone in brackets, before an era marker, or opening a range (2000-2005، من 2010 إلى 2012).
    private TemporalMention? TryBareYear(Cursor cx, int i)
    {
        var t = cx.T;
        int first = i;
        bool paren = t.IsMark(i, '(');
        int n = paren ? i + 1 : i;
        if (!t.TryInteger(n, out int year, out int digits) || digits != 4 || year < _options.MinimumYear || year > _options.MaximumYear)
        {
            return null;
        }

        if (cx.In(first - 1) && t.Is(first - 1, IdentifierWords))
        {
            return null;
        }

        int end = n + 1;
        if (paren)
        {
            if (!t.IsMark(end, ')'))
            {
                return null;
            }

            end++;
        }

        bool era = t.TryLookup(end, TemporalLexicon.Eras, false, out bool hijri, out _) && !t.Is(end + 1, SquareUnits);
        if (era)
        {
            TemporalMeaning? m = hijri ? HijriYearMeaning(year) : new TemporalMeaning(MeaningKind.Calendar) { Year = year };
            return m is null ? null : new TemporalMention(first, 0, end + 1, m, 0.9);
        }

        var meaning = new TemporalMeaning(MeaningKind.Calendar) { Year = year };
        if (paren)
        {
            // (1948): the number alone in brackets; the span is the number, as annotators mark it.
            if (year < 1800)
            {
                return null;
            }

            return new TemporalMention(n, 0, n + 1, meaning, 0.75);
        }

        // 2000-2005
        if (t.IsAnyMark(end, "-–") && t.TryInteger(end + 1, out int second, out int secondDigits) && secondDigits == 4 && second > year && second - year <= 100)
        {
            return new TemporalMention(first, 0, end, meaning, 0.9);
        }

        // حرب 1948، الانتفاضة الأولى 1987، انتخابات 2019: an event named with its year.
        if (year >= 1800 && cx.In(first - 1) && (t.TryMatch(first - 1, EventNouns, true, out _)
            || (cx.In(first - 2) && t.Is(first - 1, OrdinalAdjectives) && t.TryMatch(first - 2, EventNouns, true, out _))))
        {
            return new TemporalMention(first, 0, end, meaning, 0.8);
        }

        bool prepositionBefore = cx.In(first - 1) && (t.Is(first - 1, TemporalPrepositions) || t.Is(first - 1, "من") || t.Is(first - 1, "ومن") || t.Is(first - 1, "بين"));
        if (!prepositionBefore)
        {
            return null;
        }

        if ((t.Is(first - 1, "من") || t.Is(first - 1, "ومن") || t.Is(first - 1, "بين")) && !(t.Is(end, RangeConnectors) || t.Is(end, "و") || t.IsAnyMark(end, "-–")))
        {
            return null;
        }

        // نحو 2000 جندي / في 2000 مدينة: a bare indefinite noun after the number makes it a count.
        if (t.IsArabic(end) && !StartsLikeFunctionWord(t.Folded(end)))
        {
            return null;
        }

        return new TemporalMention(first, 0, end, meaning, 0.8);
    }

    private TemporalMention? TryBareYearCore(Cursor cx, int i)
    {
        var t = cx.T;
        bool paren = t.IsMark(i, '(');
        int n = paren ? i + 1 : i;
        if (!t.TryInteger(n, out int year, out int digits) || digits != 4 || year < _options.MinimumYear || year > _options.MaximumYear)
        {
            return null;
        }

        int end = n + 1;
        if (paren)
        {
            if (!t.IsMark(end, ')'))
            {
                return null;
            }

            end++;
        }

        return new TemporalMention(i, 0, end, new TemporalMeaning(MeaningKind.Calendar) { Year = year }, 0.9);
    }

    // Words that may follow a year: prepositions, conjunctions, definite words, verbs of reporting are not
    // counted nouns. A bare indefinite noun (جندي، مدينة) is.
    private static bool StartsLikeFunctionWord(string folded) =>
        folded.StartsWith("ال", StringComparison.Ordinal) || folded.Length <= 2
        || folded[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك'
        || folded is "حين" or "حيث" or "عندما" or "اثر" or "قبل" or "بعد" or "ضمن" or "خلال" or "عقب" or "اذ" or "الى" or "على" or "عن" or "مع" or "منذ" or "حتى" or "كما" or "ثم" or "اي" or "وفق" or "وسط" or "فيما" or "بينما" or "لكن" or "رغم";

    // 26/4/1947، 2021-11-23، (29 / 12 / 2011)، 2/2013، 26.4.1947.
    private TemporalMention? TryNumericDate(Cursor cx, int i)
    {
        var t = cx.T;
        int first = i;
        int prefix = 0;
        int j = i;
        bool introducer = false;
        if (t.TryMatch(j, TemporalLexicon.DateIntroducers, true, out prefix))
        {
            introducer = true;
            j++;
            if (t.IsMark(j, ':'))
            {
                j++;
            }
        }

        bool paren = t.IsMark(j, '(');
        if (paren)
        {
            j++;
        }

        if (!t.IsNumber(j))
        {
            return null;
        }

        int end;
        TemporalMeaning? meaning = null;
        ReadOnlySpan<char> text = t[j].NormalizedText;
        if (text.Count('.') == 2)
        {
            // 26.4.1947: three dot-separated runs of digits, the last of four.
            int firstDot = text.IndexOf('.');
            int secondDot = firstDot + 1 + text[(firstDot + 1)..].IndexOf('.');
            ReadOnlySpan<char> dayText = text[..firstDot];
            ReadOnlySpan<char> monthText = text[(firstDot + 1)..secondDot];
            ReadOnlySpan<char> yearText = text[(secondDot + 1)..];
            if (IsDigits(dayText) && IsDigits(monthText) && IsDigits(yearText) && yearText.Length == 4)
            {
                meaning = DayMonthYear(int.Parse(dayText, provider: System.Globalization.CultureInfo.InvariantCulture), int.Parse(monthText, provider: System.Globalization.CultureInfo.InvariantCulture), int.Parse(yearText, provider: System.Globalization.CultureInfo.InvariantCulture));
            }

            end = j + 1;
        }
        else
        {
            if (!t.TryInteger(j, out int a, out int da) || !IsDateSeparator(t, j + 1) || !t.TryInteger(j + 2, out int b, out int db))
            {
                return null;
            }

            char separator = t[j + 1].NormalizedText[0];
            if (t.IsMark(j + 3, separator) && t.TryInteger(j + 4, out int c, out int dc))
            {
                end = j + 5;
                if (da == 4 && db <= 2 && dc <= 2)
                {
                    meaning = DayMonthYear(c, b, a);
                }
                else if (da <= 2 && db <= 2 && dc == 4)
                {
                    // Day first, as Arabic writes it; month first only when the second number cannot be a month.
                    meaning = b > 12 && a <= 12 ? DayMonthYear(b, a, c) : DayMonthYear(a, b, c);
                }
            }
            else if (da <= 2 && db == 4 && separator == '/' && Glued(t, j, j + 2) && !paren)
            {
                // 2/2013: a month and a year.
                end = j + 3;
                if (a is >= 1 and <= 12 && b >= _options.MinimumYear && b <= _options.MaximumYear)
                {
                    meaning = new TemporalMeaning(MeaningKind.Calendar) { Year = b, Month = a };
                }
            }
            else if (da <= 2 && db <= 2 && separator == '/' && Glued(t, j, j + 2) && !paren && (introducer || (cx.In(first - 1) && (t.IsArabic(first - 1) && (TemporalLexicon.Weekdays.ContainsKey(t.Folded(first - 1)) || t.Is(first - 1, DayWords))))))
            {
                // 21/09 after a weekday or يوم: a day and a month.
                end = j + 3;
                if (a is >= 1 and <= 31 && b is >= 1 and <= 12)
                {
                    meaning = new TemporalMeaning(MeaningKind.Calendar) { Month = b, Day = a };
                }
            }
            else
            {
                return null;
            }
        }

        if (meaning is null)
        {
            return null;
        }

        if (paren)
        {
            if (!t.IsMark(end, ')'))
            {
                return null;
            }

            if (!introducer)
            {
                // (24/8/1993): the brackets are punctuation around the date.
                return new TemporalMention(j, 0, end, meaning, 0.95);
            }

            end++;
        }

        if (t.TryLookup(end, TemporalLexicon.Eras, false, out bool hijri, out _) && !hijri)
        {
            end++;
        }

        return new TemporalMention(first, prefix, end, meaning, 0.95);
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    private static bool IsDateSeparator(TemporalTokens t, int i) => t.IsAnyMark(i, "/-.");

    private static bool Glued(TemporalTokens t, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!t.Text.IsGluedToNext(k))
            {
                return false;
            }
        }

        return true;
    }

    private TemporalMeaning? DayMonthYear(int day, int month, int year)
    {
        if (month is < 1 or > 12 || day < 1 || year < _options.MinimumYear || year > _options.MaximumYear || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new TemporalMeaning(MeaningKind.Calendar) { Year = year, Month = month, Day = day };
    }

    // ---------------------------------------------------------------------------------------------------------
    // Weekdays.

    private TemporalMention? TryWeekday(Cursor cx, int i)
    {
        var t = cx.T;
        int first = i;
        int prefix = 0;
        int j = i;
        bool dayWord = false;
        Direction direction = Direction.Unknown;
        if (t.Is(j, This))
        {
            direction = Direction.This;
            j++;
        }

        if (t.TryMatch(j, DayWords, allowProclitics: true, out int dayPrefix) && !t.Is(j, "اليوم"))
        {
            dayWord = true;
            prefix = first == j ? dayPrefix : 0;
            j++;
        }

        // Nth weekday: ثالث ثلاثاء، اخر اثنين، ثاني يوم اربعاء.
        if (TryNthWeekday(cx, first, j, prefix) is { } nth)
        {
            return nth;
        }

        int iso;
        int weekdayPrefix;
        if (t.TryLookup(j, TemporalLexicon.Weekdays, allowProclitics: true, out iso, out weekdayPrefix))
        {
            // الأحد عشر (eleven)
            if (iso == 7 && t.Is(j + 1, BothFollowers))
            {
                return null;
            }
        }
        else if ((dayWord || t.IsArabic(j + 1)) && t.TryLookup(j, TemporalLexicon.BareWeekdays, allowProclitics: false, out iso, out weekdayPrefix)
            && (dayWord || t.Is(j + 1, "الاسبوع") || t.Is(j + 1, "من")))
        {
            // يوم خميس; ثلاثاء الأسبوع الفائت
        }
        else
        {
            return null;
        }

        if (first == j)
        {
            prefix = weekdayPrefix;
            if (weekdayPrefix == 0 && cx.In(j - 1) && t.Is(j - 1, PlaceHeads))
            {
                return null; // سوق الخميس، مسجد الجمعة
            }
        }

        int k = j + 1;
        var meaning = new TemporalMeaning(MeaningKind.Weekday) { IsoWeekday = iso, Direction = direction };

        // A date after the weekday: الاثنين 18 شباط، الأربعاء، 13 شباط، الخميس الموافق 14 شهر شباط، يوم السبت 21/09.
        int d = k;
        if (t.IsMark(d, '،') || t.IsMark(d, ','))
        {
            d++;
        }

        if (t.Is(d, Agreeing) || t.Is(d, "في"))
        {
            d++;
        }

        if (NumberWords.TryRead(t, k, false, out int nthFirst, out bool nthFirstOrdinal, out int afterNthFirst) && nthFirstOrdinal && nthFirst is >= 1 and <= 5
            && OfMonth(cx, afterNthFirst) is { } nthMonth && (t.Is(afterNthFirst, "من") || t.Is(afterNthFirst, "في")))
        {
            // الثلاثاء الثالث من شهر أيلول: the adjective agrees with the weekday, so it counts Tuesdays.
            return new TemporalMention(first, prefix, nthMonth.End, new TemporalMeaning(MeaningKind.NthWeekdayOfMonth) { IsoWeekday = iso, Nth = nthFirst, Base = nthMonth.Meaning }, 0.9);
        }

        TemporalMention? date = null;
        Consider(ref date, TryDayMonth(cx, d));
        Consider(ref date, TryNumericDateAfterWeekday(cx, d));
        if (date is not null && date.Meaning.Kind == MeaningKind.Calendar && date.Meaning.Day is not null)
        {
            return new TemporalMention(first, prefix, date.End, date.Meaning with { IsoWeekday = iso }, 0.95);
        }

        // Ordinal day of the current month: السبت السادس عشر، الثلاثاء التاسع عشر من هذا الشهر.
        if (NumberWords.TryRead(t, k, false, out int ordinalDay, out bool isOrdinal, out int afterOrdinal) && isOrdinal && ordinalDay is >= 1 and <= 31
            && !(t.Is(afterOrdinal, "من") || t.Is(afterOrdinal, "في") || t.IsArabic(afterOrdinal) && t.Folded(afterOrdinal).StartsWith('ب')) && ordinalDay > 5)
        {
            return new TemporalMention(first, prefix, afterOrdinal, new TemporalMeaning(MeaningKind.Calendar) { MonthOffset = 0, Day = ordinalDay, IsoWeekday = iso }, 0.85);
        }

        // الثلاثاء الأخير من شهر مارس، الاثنين الأخير من شهر ثلاثة، الاربعاء الثانية من شهر اكتوبر.
        if (NumberWords.TryRead(t, k, false, out int nthValue, out bool nthOrdinal, out int afterNth) && nthOrdinal && nthValue is >= 1 and <= 5)
        {
            if (OfMonth(cx, afterNth) is { } monthMention)
            {
                return new TemporalMention(first, prefix, monthMention.End, new TemporalMeaning(MeaningKind.NthWeekdayOfMonth) { IsoWeekday = iso, Nth = nthValue, Base = monthMention.Meaning }, 0.9);
            }
        }

        if (t.Is(k, "الاخير") || t.Is(k, "الاخيره"))
        {
            if (OfMonth(cx, k + 1) is { } monthMention)
            {
                return new TemporalMention(first, prefix, monthMention.End, new TemporalMeaning(MeaningKind.NthWeekdayOfMonth) { IsoWeekday = iso, Nth = -1, Base = monthMention.Meaning }, 0.9);
            }
        }

        // Direction: الثلاثاء الماضي، الخميس المقبل، يوم الثلاثاء السابق.
        if (t.TryLookup(k, TemporalLexicon.Directions, false, out int dir, out _))
        {
            meaning = meaning with { Direction = dir < 0 ? Direction.Past : dir > 0 ? Direction.Future : Direction.This };
            k++;
        }
        else if (TryWeekOf(cx, k, out int weekOffset, out int afterWeek))
        {
            // الأحد من الأسبوع الماضي، اثنين الأسبوع الحالي، الاثنين من هذا الأسبوع.
            meaning = meaning with { WeekOffset = weekOffset };
            k = afterWeek;
        }
        else if (!dayWord && direction == Direction.Unknown && !IsWeekdayInContext(cx, j, iso))
        {
            return null;
        }

        return new TemporalMention(first, prefix, k, meaning, dayWord ? 0.95 : 0.85);
    }

    private TemporalMention? TryNumericDateAfterWeekday(Cursor cx, int i)
    {
        var t = cx.T;
        if (t.TryInteger(i, out int a, out int da) && da <= 2 && t.IsMark(i + 1, '/') && t.TryInteger(i + 2, out int b, out int db) && db <= 2 && !t.IsMark(i + 3, '/'))
        {
            if (a is >= 1 and <= 31 && b is >= 1 and <= 12)
            {
                return new TemporalMention(i, 0, i + 3, new TemporalMeaning(MeaningKind.Calendar) { Month = b, Day = a }, 0.9);
            }
        }

        return TryNumericDate(cx, i);
    }

    // الاثنين (both) and الأحد (the one) need a sign they are days: a verb or a clause around them.
    private static bool IsWeekdayInContext(Cursor cx, int j, int iso)
    {
        var t = cx.T;
        if (iso is not (1 or 7))
        {
            return true;
        }

        if (cx.In(j - 1) && t.IsArabic(j - 1) && BothReaders.Contains(t.Folded(j - 1)))
        {
            return false;
        }

        return !t.Is(j + 1, BothFollowers);
    }

    private TemporalMention? TryNthWeekday(Cursor cx, int first, int j, int prefix)
    {
        var t = cx.T;

        // اخر يوم بشهر عشرة، اليوم الاخير من شهر عشرة: the last day of a month.
        if ((t.Is(j, "اخر") && t.Is(j + 1, "يوم")) || (t.Is(j, "اليوم") && t.Is(j + 1, "الاخير")))
        {
            if (OfMonth(cx, j + 2) is { } lastDayMonth)
            {
                return new TemporalMention(first, prefix, lastDayMonth.End, new TemporalMeaning(MeaningKind.LastDayOfMonth) { Base = lastDayMonth.Meaning }, 0.9);
            }
        }

        // اول اسبوع بشهر اكتوبر، الاسبوع الاخير في الشهر التاسع: the n-th (last) full week of a month.
        int weekNth = 0;
        int afterWeek = j;
        if (t.Is(j, "اخر") && t.Is(j + 1, "اسبوع"))
        {
            weekNth = -1;
            afterWeek = j + 2;
        }
        else if (t.Is(j, "الاسبوع") && (t.Is(j + 1, "الاخير") || t.Is(j + 1, "الاخيره")))
        {
            weekNth = -1;
            afterWeek = j + 2;
        }
        else if (NumberWords.TryRead(t, j, false, out int weekOrdinal, out bool isWeekOrdinal, out int afterOrdinalWord) && isWeekOrdinal && weekOrdinal is >= 1 and <= 5
            && !t.Folded(j).StartsWith("ال", StringComparison.Ordinal) && t.Is(afterOrdinalWord, "اسبوع"))
        {
            weekNth = weekOrdinal;
            afterWeek = afterOrdinalWord + 1;
        }
        else if (t.Is(j, "الاسبوع") && NumberWords.TryRead(t, j + 1, false, out weekOrdinal, out isWeekOrdinal, out afterOrdinalWord) && isWeekOrdinal && weekOrdinal is >= 1 and <= 5)
        {
            weekNth = weekOrdinal;
            afterWeek = afterOrdinalWord;
        }

        if (weekNth != 0 && OfMonth(cx, afterWeek) is { } weekMonth)
        {
            return new TemporalMention(first, prefix, weekMonth.End, new TemporalMeaning(MeaningKind.NthWeekdayOfMonth) { IsoWeekday = 0, Nth = weekNth, Base = weekMonth.Meaning }, 0.85);
        }

        int nth;
        int k;
        if (t.Is(j, "اخر"))
        {
            nth = -1;
            k = j + 1;
        }
        else if (NumberWords.TryRead(t, j, false, out nth, out bool ordinal, out k) && ordinal && nth is >= 1 and <= 5 && !t.Folded(j).StartsWith("ال", StringComparison.Ordinal))
        {
        }
        else
        {
            return null;
        }

        if (t.Is(k, "يوم"))
        {
            k++;
        }

        if (!t.TryLookup(k, TemporalLexicon.BareWeekdays, allowProclitics: false, out int iso, out _))
        {
            return null;
        }

        if (OfMonth(cx, k + 1) is not { } month)
        {
            return null;
        }

        return new TemporalMention(first, prefix, month.End, new TemporalMeaning(MeaningKind.NthWeekdayOfMonth) { IsoWeekday = iso, Nth = nth, Base = month.Meaning }, 0.9);
    }

    // من/في/بـ + a month (with an optional year), or الشهر القادم.
    private TemporalMention? OfMonth(Cursor cx, int i)
    {
        var t = cx.T;
        int j = i;
        if (t.Is(j, "من") || t.Is(j, "في"))
        {
            j++;
        }

        if (t.Is(j, "الشهر") && t.TryLookup(j + 1, TemporalLexicon.Directions, false, out int direction, out _))
        {
            return new TemporalMention(j, 0, j + 2, new TemporalMeaning(MeaningKind.Calendar) { MonthOffset = direction }, 0.9);
        }

        if (TryMonth(cx, j, context: true) is { } month && month.Meaning.Kind == MeaningKind.Calendar && month.Meaning.Month is not null && month.Meaning.Day is null)
        {
            return month;
        }

        return null;
    }

    private static bool TryWeekOf(Cursor cx, int i, out int offset, out int end)
    {
        var t = cx.T;
        offset = 0;
        end = i;
        int j = i;
        if (t.Is(j, "من") || t.Is(j, "في"))
        {
            j++;
        }

        if (t.Is(j, This) && t.Is(j + 1, "الاسبوع"))
        {
            end = j + 2;
            return true;
        }

        if (t.Is(j, "الاسبوع") && t.TryLookup(j + 1, TemporalLexicon.Directions, false, out offset, out _))
        {
            end = j + 2;
            return true;
        }

        return false;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Relative days and units.

    private static TemporalMention? TryRelative(Cursor cx, int i)
    {
        var t = cx.T;

        // أول أمس، أول من أمس، قبل أمس، يوم قبل أمس
        int j = i;
        int prefix = 0;
        if (t.TryMatch(j, DayWords, true, out prefix) && !t.Is(j, "اليوم") && !t.Is(j, "يومي"))
        {
            j++;
        }
        else
        {
            prefix = 0;
        }

        if ((t.Is(j, "اول") || t.Is(j, "قبل") || t.Is(j, "واول")) && (t.Is(j + 1, Yesterday) || (t.Is(j + 1, "من") && t.Is(j + 2, Yesterday))))
        {
            int end = t.Is(j + 1, "من") ? j + 3 : j + 2;
            return new TemporalMention(i, i == j && t.Is(j, "واول") ? 1 : prefix, end, Relative(DurationUnit.Day, -2), 0.95);
        }

        if (t.Is(j, "بعد") && (t.Is(j + 1, Ghad) || t.Is(j + 1, Tomorrow)))
        {
            return new TemporalMention(i, prefix, j + 2, Relative(DurationUnit.Day, 2), 0.95);
        }

        if (t.TryMatch(j, Yesterday, true, out int p))
        {
            return new TemporalMention(i, i == j ? p : prefix, j + 1, Relative(DurationUnit.Day, -1), 0.95);
        }

        if (t.TryMatch(j, Tomorrow, true, out p) && !(t.Folded(j).EndsWith("بكره", StringComparison.Ordinal) && t.Is(j + 1, BallGames)))
        {
            return new TemporalMention(i, i == j ? p : prefix, j + 1, Relative(DurationUnit.Day, 1), 0.95);
        }

        if (j > i && t.Is(j, Ghad))
        {
            return new TemporalMention(i, prefix, j + 1, Relative(DurationUnit.Day, 1), 0.95);
        }

        // اليوم; اليوم الماضي/السابق; في هذا اليوم; not اليوم الدولي.
        j = i;
        bool demonstrative = t.TryMatch(j, This, allowProclitics: true, out int thisPrefix);
        if (demonstrative)
        {
            j++;
        }

        if (t.TryMatch(j, Today, true, out p))
        {
            int start = demonstrative ? i : j;
            int startPrefix = demonstrative ? thisPrefix : p;
            if (t.TryLookup(j + 1, TemporalLexicon.Directions, false, out int direction, out _) && direction < 0)
            {
                return new TemporalMention(start, startPrefix, j + 2, Relative(DurationUnit.Day, -1), 0.9);
            }

            if (t.Is(j + 1, TemporalLexicon.NotTodayFollowers) || t.IsNumber(j + 1) || (t.IsArabic(j + 1) && NumberWords.TryRead(t, j + 1, false, out _, out bool ordinal, out _) && ordinal))
            {
                return null;
            }

            return new TemporalMention(start, startPrefix, j + 1, Relative(DurationUnit.Day, 0), 0.85);
        }

        // هذا العام، هذه السنة، هذا الشهر، هذا الأسبوع
        if (demonstrative && t.TryLookup(j, TemporalLexicon.DefiniteUnits, false, out TimexGranularity thisUnit, out _) && thisUnit is TimexGranularity.Year or TimexGranularity.Month or TimexGranularity.Week)
        {
            return new TemporalMention(i, thisPrefix, j + 1, Relative(ToUnit(thisUnit), 0), 0.9);
        }

        // هذه الليلة، هذا الصباح، هذا المساء
        if (demonstrative && t.TryLookup(j, TemporalLexicon.PartsOfDayAfter, false, out string? part, out _) && t.Folded(j).StartsWith("ال", StringComparison.Ordinal))
        {
            return new TemporalMention(i, 0, j + 1, new TemporalMeaning(MeaningKind.TimeOfDay) { PartOfDay = part, Base = Relative(DurationUnit.Day, 0) }, 0.9);
        }

        // العام الماضي، الشهر المنصرم، الأسبوع المقبل، السنة الحالية (with proclitics: والشهر، للعام).
        if (t.TryLookup(i, TemporalLexicon.DefiniteUnits, allowProclitics: true, out TimexGranularity unit, out prefix)
            && unit is TimexGranularity.Year or TimexGranularity.Month or TimexGranularity.Week or TimexGranularity.Decade
            && t.TryLookup(i + 1, TemporalLexicon.Directions, false, out int offset, out _))
        {
            return new TemporalMention(i, prefix, i + 2, Relative(ToUnit(unit), offset), 0.95);
        }

        return null;
    }

    private static TemporalMeaning Relative(DurationUnit unit, int amount) => new(MeaningKind.Relative) { Unit = unit, Amount = amount };

    private static DurationUnit ToUnit(TimexGranularity granularity) => granularity switch
    {
        TimexGranularity.Year => DurationUnit.Year,
        TimexGranularity.Month => DurationUnit.Month,
        TimexGranularity.Week => DurationUnit.Week,
        TimexGranularity.Decade => DurationUnit.Decade,
        TimexGranularity.Century => DurationUnit.Century,
        _ => DurationUnit.Day,
    };

    // ---------------------------------------------------------------------------------------------------------
    // Decades and centuries.

    private static TemporalMention? TryDecade(Cursor cx, int i)
    {
        var t = cx.T;
        int first = i;
        int prefix = 0;
        int j = i;
        if (t.TryMatch(j, DecadeWord, true, out prefix))
        {
            j++;
        }
        else
        {
            prefix = 0;
        }

        if (!t.TryLookup(j, TemporalLexicon.Decades, allowProclitics: true, out int digit, out int decadePrefix))
        {
            return null;
        }

        if (first == j)
        {
            prefix = decadePrefix;
        }

        int k = j + 1;
        if (t.Is(k, "من"))
        {
            k++;
        }

        if (TryCentury(cx, k) is { } century && century.Meaning.Kind == MeaningKind.Century)
        {
            return new TemporalMention(first, prefix, century.End, new TemporalMeaning(MeaningKind.Decade) { Digits = digit, Base = century.Meaning }, 0.95);
        }

        // Without a century, the resolver picks the latest such decade that has begun by the anchor.
        return new TemporalMention(first, prefix, j + 1, new TemporalMeaning(MeaningKind.Decade) { Digits = digit }, 0.9);
    }

    private static TemporalMention? TryCentury(Cursor cx, int i)
    {
        var t = cx.T;
        if (!t.TryMatch(i, Century, allowProclitics: true, out int prefix))
        {
            return null;
        }

        int j = i + 1;
        if (t.TryLookup(j, TemporalLexicon.Directions, false, out int offset, out _))
        {
            return new TemporalMention(i, prefix, j + 1, new TemporalMeaning(MeaningKind.Century) { Digits = offset, Relative = true }, 0.9);
        }

        if (NumberWords.TryRead(t, j, false, out int ordinal, out _, out int end) && ordinal is >= 1 and <= 30)
        {
            return new TemporalMention(i, prefix, end, new TemporalMeaning(MeaningKind.Century) { Digits = ordinal - 1 }, 0.95);
        }

        if (t.TryInteger(j, out int number, out int digits) && digits <= 2 && number is >= 1 and <= 30)
        {
            end = j + 1;
            if (t.TryLookup(end, TemporalLexicon.Eras, false, out _, out _))
            {
                end++;
            }

            return new TemporalMention(i, prefix, end, new TemporalMeaning(MeaningKind.Century) { Digits = number - 1 }, 0.95);
        }

        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Durations, relative durations and sets.

    private static TemporalMention? TryDuration(Cursor cx, int i)
    {
        var t = cx.T;
        int first = i;
        int j = i;
        int prefix = 0;
        int? count = null;
        DurationUnit unit;
        bool several = false;
        string lead = cx.In(i - 1) ? t.Folded(i - 1) : string.Empty;

        // عدة أشهر، بضعة أيام
        if (t.TryMatch(j, Several, allowProclitics: true, out prefix))
        {
            several = true;
            j++;
        }

        if (!several && t.TryInteger(j, out int n, out int digits) && digits <= 4 && n > 0)
        {
            count = n;
            j++;
        }
        else if (!several && NumberWords.TryRead(t, j, allowConjunction: false, out n, out bool ordinal, out int afterNumber) && !ordinal && n > 0)
        {
            count = n;
            prefix = 0;
            j = afterNumber;
        }
        else if (!several && t.IsArabic(j) && t.Folded(j).Length > 3 && t.Folded(j)[0] is 'ل' or 'ب' or 'و' or 'ف'
            && NumberWords.TryReadWord(t.Folded(j).AsSpan(1), out n, out bool prefixedOrdinal) && !prefixedOrdinal && n is > 1 and < 11)
        {
            // لثلاثة أيام، بخمسة أعوام
            count = n;
            prefix = 1;
            j++;
        }

        if (!t.TryLookup(j, TemporalLexicon.Units, allowProclitics: count is null && !several, out (DurationUnit Unit, int Count) u, out int unitPrefix))
        {
            return TryDefinitePluralDuration(cx, i);
        }

        unit = u.Unit;
        if (count is null && !several)
        {
            prefix = unitPrefix;
            if (u.Count == 2)
            {
                // أسبوعين، عامين، لأسبوعين
                count = 2;
            }
            else if (u.Count == 1)
            {
                // لمدة عام كامل، نحو عام: a lone singular unit is a duration only after such a word or before كامل.
                bool led = DurationLeads.Contains(lead);
                if (!(led || t.Is(j + 1, Whole)) || t.Is(j + 1, TemporalLexicon.YearWords))
                {
                    return null;
                }

                // بعد عقد اتفاقية (holding), قبل شهر رمضان: a noun after the unit makes it a construct, not a duration.
                if (t.IsArabic(j + 1) && !t.Is(j + 1, Whole) && !StartsLikeFunctionWord(t.Folded(j + 1)) && !t.Is(j + 1, EventAnchors))
                {
                    return null;
                }

                if (t.IsArabic(j + 1) && (TemporalLexicon.HijriMonths.ContainsKey(t.Folded(j + 1)) || TemporalLexicon.GregorianMonths.ContainsKey(t.Folded(j + 1))))
                {
                    return null;
                }

                if (unit is DurationUnit.Year && (t.IsNumber(j + 1) || t.IsMark(j + 1, '(')))
                {
                    return null;
                }

                if (unit is DurationUnit.Day or DurationUnit.Hour or DurationUnit.Minute && !t.Is(j + 1, Whole))
                {
                    return null;
                }

                count = 1;
            }
            else if (!(PluralLeads.Contains(t.Folded(j)) || DurationLeads.Contains(lead)) || unit is DurationUnit.Hour or DurationUnit.Minute)
            {
                // لسنوات، منذ عقود، بعد سنوات: an unspecified number.
                return null;
            }
        }
        else if (count is { } c && u.Count == 2 && c != 2)
        {
            return null;
        }

        int end = j + 1;
        if (t.Is(end, Whole))
        {
            end++;
        }

        if (unit is DurationUnit.Hour or DurationUnit.Minute && count is null)
        {
            return null;
        }

        // Years written as counts (3 آلاف) are not durations; a four-digit count before عاما is unusual.
        if (count is > 200 && unit is not (DurationUnit.Day or DurationUnit.Hour or DurationUnit.Minute))
        {
            return null;
        }

        var duration = new TemporalMeaning(MeaningKind.Duration) { Unit = unit, Amount = count };

        // قبل ثلاثة أيام، منذ عامين، بعد أسبوعين → a date relative to the anchor, unless anchored on an event (بعد ثلاثة أشهر على إعلان).
        if (count is { } amount && cx.In(first - 1) && (lead is "قبل" or "منذ" or "بعد" or "وقبل" or "ومنذ" or "وبعد") && !t.Is(end, EventAnchors)
            && unit is DurationUnit.Day or DurationUnit.Week or DurationUnit.Month or DurationUnit.Year)
        {
            int sign = lead.EndsWith("بعد", StringComparison.Ordinal) ? 1 : -1;
            TimexGranularity granularity = unit switch
            {
                DurationUnit.Year => TimexGranularity.Year,
                DurationUnit.Month => TimexGranularity.Month,
                _ => TimexGranularity.Day,
            };
            var relative = new TemporalMeaning(MeaningKind.Relative) { Unit = unit, Amount = sign * amount, OutputGranularity = granularity };
            return new TemporalMention(first - 1, lead.StartsWith('و') ? 1 : 0, end, relative, 0.85);
        }

        return new TemporalMention(first, prefix, end, duration, count is null ? 0.7 : 0.9);
    }

    // الأيام الخمسة الماضية، الأيام القليلة المقبلة، السنوات الأخيرة.
    private static TemporalMention? TryDefinitePluralDuration(Cursor cx, int i)
    {
        var t = cx.T;
        if (!t.TryLookup(i, TemporalLexicon.DefinitePluralUnits, allowProclitics: true, out DurationUnit unit, out int prefix))
        {
            return null;
        }

        int j = i + 1;
        int? count = null;
        if (NumberWords.TryRead(t, j, false, out int n, out _, out int after) && n > 1)
        {
            count = n;
            j = after;
        }

        if (t.Is(j, "القليله"))
        {
            j++;
        }

        if (!t.Is(j, FewOrLast))
        {
            return null;
        }

        return new TemporalMention(i, prefix, j + 1, new TemporalMeaning(MeaningKind.Duration) { Unit = unit, Amount = count }, 0.8);
    }

    private static TemporalMention? TrySet(Cursor cx, int i)
    {
        var t = cx.T;
        if (t.TryLookup(i, TemporalLexicon.SetAdverbs, allowProclitics: true, out DurationUnit unit, out int prefix))
        {
            return new TemporalMention(i, prefix, i + 1, new TemporalMeaning(MeaningKind.Set) { Unit = unit, Amount = 1 }, 0.9);
        }

        if (t.TryMatch(i, Each, true, out prefix) && t.TryLookup(i + 1, TemporalLexicon.Units, false, out (DurationUnit Unit, int Count) u, out _) && u.Count == 1
            && !t.IsArabic(i + 2) | !t.Folded(i + 2).StartsWith("من", StringComparison.Ordinal))
        {
            return new TemporalMention(i, prefix, i + 2, new TemporalMeaning(MeaningKind.Set) { Unit = u.Unit, Amount = 1 }, 0.85);
        }

        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Clock times.

    private static TemporalMention? TryClock(Cursor cx, int i)
    {
        var t = cx.T;
        int first = i;
        int prefix = 0;
        int j = i;
        bool hourWord = false;
        if (t.TryMatch(j, Hour, allowProclitics: true, out prefix))
        {
            hourWord = true;
            j++;
        }

        int hour;
        int minute = 0;
        bool hasMinutes = false;
        bool words = false;
        if (t.TryInteger(j, out hour, out int digits) && digits <= 2)
        {
            j++;
            if (t.IsMark(j, ':') && t.TryInteger(j + 1, out int mm, out int mmDigits) && mmDigits == 2 && mm < 60 && Glued(t, j - 1, j + 1))
            {
                minute = mm;
                hasMinutes = true;
                j += 2;
                if (t.IsMark(j, ':') && t.TryInteger(j + 1, out _, out int ssDigits) && ssDigits == 2)
                {
                    return null; // seconds: not in the value grammar
                }
            }
        }
        else if (NumberWords.TryRead(t, j, false, out hour, out bool ordinal, out int afterHour) && (hourWord || ordinal) && (hourWord || t.Folded(j).StartsWith("ال", StringComparison.Ordinal)))
        {
            words = true;
            j = afterHour;
            if (hour > 24 && NumberWords.TryReadWord(t.Folded(afterHour - 2), out int single, out _))
            {
                // الرابعة وأربعون دقيقة: the hour is the first word, the rest are minutes.
                hour = single;
                j = afterHour - 1;
            }
        }
        else
        {
            return null;
        }

        if (hour is < 0 or > 24)
        {
            return null;
        }

        // Minutes: و18 دقيقة، وثمانية عشر دقيقة، وربع، ونصف، وثلث، إلا ربعا، إلا ثلث.
        if (!hasMinutes)
        {
            if (TryMinutesAfter(cx, j, out int added, out int afterMinutes))
            {
                minute = added;
                hasMinutes = true;
                j = afterMinutes;
            }
            else if (t.Is(j, Except) && TryFraction(t, j + 1, out int before, out int afterFraction))
            {
                hour = hour == 0 ? 23 : hour - 1;
                minute = 60 - before;
                hasMinutes = true;
                j = afterFraction;
            }
        }

        string? part = null;
        if (TryPartOfDayAfter(cx, j, out string? found, out int afterPart))
        {
            part = found;
            j = afterPart;
        }

        // Without الساعة, a time needs minutes in digits (10:30) or a part of day (الثالثة عصرا).
        if (!hourWord && !(hasMinutes && !words) && part is null)
        {
            return null;
        }

        if (!hourWord && words && part is null && !hasMinutes)
        {
            return null;
        }

        hour = ToTwentyFour(hour, part, t.Folded(j - 1));
        var meaning = new TemporalMeaning(MeaningKind.TimeOfDay) { Hour = hour, Minute = hasMinutes ? minute : null };
        return new TemporalMention(first, prefix, j, meaning, hourWord ? 0.9 : 0.85);
    }

    private static int ToTwentyFour(int hour, string? part, string lastWord)
    {
        if (part is null || hour >= 12 && part != "MO" || hour >= 13)
        {
            return hour == 24 ? 0 : hour;
        }

        return part switch
        {
            "MO" => lastWord is "الظهر" && hour == 12 ? 12 : hour,
            "AF" => hour < 12 ? hour + 12 : hour,
            "EV" => hour < 12 ? hour + 12 : hour,
            "NI" => hour is >= 6 and < 12 ? hour + 12 : hour,
            _ => hour,
        };
    }

    private static bool TryMinutesAfter(Cursor cx, int i, out int minute, out int end)
    {
        var t = cx.T;
        minute = 0;
        end = i;
        int j = i;

        // و 18 دقيقة / و18 دقيقة
        if (t.Is(j, "و") && t.TryInteger(j + 1, out int m, out int digits) && digits <= 2 && m < 60)
        {
            minute = m;
            end = j + 2;
            if (t.Is(end, Minutes))
            {
                end++;
            }

            return true;
        }

        if (!t.IsArabic(j) || !t.Folded(j).StartsWith('و'))
        {
            return false;
        }

        ReadOnlySpan<char> rest = t.Folded(j).AsSpan(1);
        int fraction = rest switch
        {
            "ربع" or "الربع" => 15,
            "نصف" or "النصف" or "نص" => 30,
            "ثلث" or "الثلث" => 20,
            _ => -1,
        };
        if (fraction > 0)
        {
            minute = fraction;
            end = j + 1;
            return true;
        }

        if (NumberWords.TryRead(t, j, allowConjunction: true, out m, out _, out int after) && m < 60)
        {
            // وخمس واربعون دقيقة
            if (t.IsArabic(after) && t.Folded(after).StartsWith('و') && NumberWords.TryRead(t, after, true, out int tens, out _, out int afterTens) && tens % 10 == 0 && m < 10)
            {
                m += tens;
                after = afterTens;
            }

            if (!t.Is(after, Minutes))
            {
                return false;
            }

            minute = m;
            end = after + 1;
            return true;
        }

        return false;
    }

    private static bool TryFraction(TemporalTokens t, int i, out int minutes, out int end)
    {
        end = i + 1;
        minutes = t.Folded(i) switch
        {
            "ربع" or "ربعا" => 15,
            "ثلث" or "ثلثا" => 20,
            _ => 0,
        };
        if (minutes == 0 && t.TryInteger(i, out int m, out _) && m < 60 && t.Is(i + 1, Minutes))
        {
            minutes = m;
            end = i + 2;
        }

        return minutes > 0;
    }
}
