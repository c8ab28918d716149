namespace ArabicEntities.Temporal;

/// <summary>
/// The words the temporal recognizer matches, keyed by their folded form (<see cref="ArabicFold"/>): Gregorian
/// months of every regional set (CLDR, <see cref="CldrCalendarNames"/>, plus common spellings), Hijri months,
/// weekdays, relative-time words, units, parts of day and modifiers.
/// </summary>
/// <remarks>Built once; read-only and thread-safe.</remarks>
internal static class TemporalLexicon
{
    /// <summary>Gregorian month names (one or two words, folded) → month 1–12.</summary>
    public static readonly WordMap<int> GregorianMonths = BuildGregorianMonths();

    /// <summary>Month names that are also common words or names (آب father, نيسان Nissan, مارس practised): dates only with calendar context.</summary>
    public static readonly WordSet AmbiguousMonths = Keys("آب", "أب", "اب", "نيسان", "مارس", "ماي", "جوان", "أوت", "تموز", "أيار");

    /// <summary>Hijri month names (one or two words, folded) → month 1–12.</summary>
    public static readonly WordMap<int> HijriMonths = BuildHijriMonths();

    /// <summary>One-word Hijri month names that are also personal names or common words; dates only with calendar context.</summary>
    public static readonly WordSet AmbiguousHijriMonths = Keys("محرم", "صفر", "رجب", "شعبان", "رمضان", "شوال");

    /// <summary>Weekday names with the article → ISO day (1 = Monday … 7 = Sunday).</summary>
    public static readonly WordMap<int> Weekdays = BuildWeekdays(definite: true);

    /// <summary>Weekday names without the article (ثلاثاء الأسبوع الماضي، يوم خميس) → ISO day.</summary>
    public static readonly WordMap<int> BareWeekdays = BuildWeekdays(definite: false);

    /// <summary>Adjectives that place a unit or a weekday before (−1), at (0) or after (+1) the anchor.</summary>
    public static readonly WordMap<int> Directions = Map(
        ("الماضي", -1), ("الماضيه", -1), ("المنصرم", -1), ("المنصرمه", -1), ("الفايت", -1), ("الفايته", -1), ("السابق", -1), ("السابقه", -1),
        ("الفائت", -1), ("الفائتة", -1),
        ("المقبل", 1), ("المقبله", 1), ("القادم", 1), ("القادمه", 1), ("التالي", 1), ("التاليه", 1), ("الجاي", 1), ("الجايه", 1), ("الجايي", 1), ("الآتي", 1),
        ("الجاري", 0), ("الجاريه", 0), ("الحالي", 0), ("الحاليه", 0));

    /// <summary>Calendar units with the article (العام، السنة، الشهر، الأسبوع) → granularity.</summary>
    public static readonly WordMap<TimexGranularity> DefiniteUnits = Map(
        ("العام", TimexGranularity.Year), ("السنه", TimexGranularity.Year), ("الشهر", TimexGranularity.Month),
        ("الاسبوع", TimexGranularity.Week), ("القرن", TimexGranularity.Century), ("العقد", TimexGranularity.Decade));

    /// <summary>Words that introduce a year (عام 2020، سنة 1935، بعام، للعام).</summary>
    public static readonly WordSet YearWords = Keys("عام", "العام", "سنة", "السنة", "عامي", "سنتي");

    /// <summary>Era markers after a year: ميلادي/م (Gregorian) and هـ/هجري (Hijri, true).</summary>
    public static readonly WordMap<bool> Eras = Map(
        ("م", false), ("ميلادي", false), ("ميلاديه", false), ("للميلاد", false), ("ه", true), ("هجري", true), ("هجريه", true), ("للهجره", true));

    /// <summary>Duration units, singular, dual, plural and accusative forms → (unit, count implied by the form or 0).</summary>
    public static readonly WordMap<(DurationUnit Unit, int Count)> Units = Map(
        ("يوم", (DurationUnit.Day, 1)), ("يوما", (DurationUnit.Day, 1)), ("يومين", (DurationUnit.Day, 2)), ("يومان", (DurationUnit.Day, 2)), ("ايام", (DurationUnit.Day, 0)),
        ("اسبوع", (DurationUnit.Week, 1)), ("اسبوعا", (DurationUnit.Week, 1)), ("اسبوعين", (DurationUnit.Week, 2)), ("اسبوعان", (DurationUnit.Week, 2)), ("اسابيع", (DurationUnit.Week, 0)),
        ("شهر", (DurationUnit.Month, 1)), ("شهرا", (DurationUnit.Month, 1)), ("شهرين", (DurationUnit.Month, 2)), ("شهران", (DurationUnit.Month, 2)), ("اشهر", (DurationUnit.Month, 0)), ("شهور", (DurationUnit.Month, 0)),
        ("عام", (DurationUnit.Year, 1)), ("عاما", (DurationUnit.Year, 1)), ("عامين", (DurationUnit.Year, 2)), ("عامان", (DurationUnit.Year, 2)), ("اعوام", (DurationUnit.Year, 0)),
        ("سنه", (DurationUnit.Year, 1)), ("سنتين", (DurationUnit.Year, 2)), ("سنتان", (DurationUnit.Year, 2)), ("سنوات", (DurationUnit.Year, 0)), ("سنين", (DurationUnit.Year, 0)),
        ("عقد", (DurationUnit.Decade, 1)), ("عقدا", (DurationUnit.Decade, 1)), ("عقدين", (DurationUnit.Decade, 2)), ("عقود", (DurationUnit.Decade, 0)),
        ("قرن", (DurationUnit.Century, 1)), ("قرنا", (DurationUnit.Century, 1)), ("قرنين", (DurationUnit.Century, 2)), ("قرون", (DurationUnit.Century, 0)),
        ("ساعه", (DurationUnit.Hour, 1)), ("ساعتين", (DurationUnit.Hour, 2)), ("ساعات", (DurationUnit.Hour, 0)),
        ("دقيقه", (DurationUnit.Minute, 1)), ("دقيقتين", (DurationUnit.Minute, 2)), ("دقايق", (DurationUnit.Minute, 0)));

    /// <summary>Plural units with the article, for الأيام/الأسابيع/الأشهر/السنوات الماضية/المقبلة.</summary>
    public static readonly WordMap<DurationUnit> DefinitePluralUnits = Map(
        ("الايام", DurationUnit.Day), ("الاسابيع", DurationUnit.Week), ("الاشهر", DurationUnit.Month), ("الشهور", DurationUnit.Month),
        ("السنوات", DurationUnit.Year), ("الاعوام", DurationUnit.Year), ("السنين", DurationUnit.Year), ("العقود", DurationUnit.Decade));

    /// <summary>Adverbs of recurrence → the period (سنويا → a year).</summary>
    public static readonly WordMap<DurationUnit> SetAdverbs = Map(
        ("سنويا", DurationUnit.Year), ("عاميا", DurationUnit.Year), ("شهريا", DurationUnit.Month), ("اسبوعيا", DurationUnit.Week), ("يوميا", DurationUnit.Day));

    /// <summary>Modifiers before a date → TIMEX3 mod.</summary>
    public static readonly WordMap<TimexMod> Modifiers = Map(
        ("اوايل", TimexMod.Start), ("اوائل", TimexMod.Start), ("مطلع", TimexMod.Start), ("بدايه", TimexMod.Start), ("بدايات", TimexMod.Start), ("مستهل", TimexMod.Start), ("اول", TimexMod.Start),
        ("منتصف", TimexMod.Mid), ("اواسط", TimexMod.Mid), ("وسط", TimexMod.Mid), ("نص", TimexMod.Mid), ("نصف", TimexMod.Mid),
        ("اواخر", TimexMod.End), ("نهايه", TimexMod.End), ("نهايات", TimexMod.End), ("اخر", TimexMod.End), ("ختام", TimexMod.End));

    /// <summary>Parts of day written before a date (مساء الثلاثاء) → TIMEX3 suffix.</summary>
    public static readonly WordMap<string> PartsOfDayBefore = Map(
        ("صباح", "MO"), ("صبيحه", "MO"), ("فجر", "MO"), ("ضحي", "MO"), ("ظهر", "AF"), ("ظهيره", "AF"), ("عصر", "AF"),
        ("مساء", "EV"), ("عشيه", "EV"), ("ليله", "NI"), ("ليل", "NI"));

    /// <summary>Parts of day written after a date or a time (الثلاثاء مساء، الساعة 3 عصرا) → TIMEX3 suffix.</summary>
    public static readonly WordMap<string> PartsOfDayAfter = Map(
        ("صباحا", "MO"), ("صباح", "MO"), ("الصباح", "MO"), ("الصبح", "MO"), ("فجرا", "MO"), ("الفجر", "MO"),
        ("ظهرا", "AF"), ("الظهر", "AF"), ("عصرا", "AF"), ("العصر", "AF"),
        ("مساء", "EV"), ("مساءا", "EV"), ("مساء", "EV"), ("المساء", "EV"), ("العشاء", "NI"), ("المغرب", "EV"),
        ("ليلا", "NI"), ("الليل", "NI"), ("الليله", "NI"));

    /// <summary>Decade words (التسعينيات، ثمانينات) → the decade digit (9, 8, …).</summary>
    public static readonly WordMap<int> Decades = BuildDecades();

    /// <summary>A date-introducing word Wojood and TimeML both keep in the span (بتاريخ).</summary>
    public static readonly WordSet DateIntroducers = Keys("بتاريخ", "تاريخ");

    /// <summary>Words after اليوم that make it "the day of …" rather than today (اليوم الدولي، اليوم الأول).</summary>
    public static readonly WordSet NotTodayFollowers = Keys("الدولي", "العالمي", "الوطني", "العربي", "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "الاخير", "التالي", "نفسه", "ذاته", "الذي", "التي", "الموعود", "المفتوح");

    private static WordMap<int> BuildGregorianMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string name, int month, _) in CldrCalendarNames.GregorianMonths)
        {
            months[ArabicFold.Key(name)] = month;
        }

        // Spellings CLDR does not list: hamza and ya variants, Egyptian -يه endings, Levantine names without the article.
        (string, int)[] variants =
        [
            ("ينير", 1), ("يناير", 1), ("كانون ثاني", 1), ("كانون الثانى", 1), ("جانفييه", 1),
            ("فبرير", 2), ("فبراير", 2), ("فيفرييه", 2),
            ("اذار", 3), ("مارس", 3),
            ("ابريل", 4), ("أبريل", 4), ("إبريل", 4), ("افريل", 4),
            ("مايو", 5), ("مايه", 5), ("ماي", 5), ("ايار", 5),
            ("يونيو", 6), ("يونيه", 6), ("يونية", 6), ("جوان", 6),
            ("يوليو", 7), ("يوليه", 7), ("يولية", 7), ("يوليوز", 7), ("جويلية", 7), ("جويليه", 7),
            ("اغسطس", 8), ("أغسطس", 8), ("اغشت", 8), ("غشت", 8), ("أوت", 8),
            ("سبتمبر", 9), ("سيبتمبر", 9), ("شتنبر", 9), ("شتمبر", 9), ("أيلول", 9),
            ("اكتوبر", 10), ("أكتوبر", 10), ("تشرين اول", 10), ("تشرين الأول", 10),
            ("نوفمبر", 11), ("نونبر", 11), ("تشرين ثاني", 11), ("تشرين الثاني", 11), ("تشرين الثانى", 11),
            ("ديسمبر", 12), ("دسمبر", 12), ("دجنبر", 12), ("دجمبر", 12), ("كانون اول", 12), ("كانون الأول", 12),
        ];
        foreach ((string name, int month) in variants)
        {
            months[ArabicFold.Key(name)] = month;
        }

        return new WordMap<int>(months);
    }

    private static WordMap<int> BuildHijriMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string name, int month) in CldrCalendarNames.IslamicMonths)
        {
            months[ArabicFold.Key(name)] = month;
        }

        (string, int)[] variants =
        [
            ("محرم", 1), ("المحرم", 1), ("صفر", 2), ("ربيع الاول", 3), ("ربيع أول", 3), ("ربيع الثاني", 4), ("ربيع الآخر", 4), ("ربيع ثاني", 4),
            ("جمادى الأولى", 5), ("جمادى الاول", 5), ("جمادى الأول", 5), ("جمادي الاولى", 5),
            ("جمادى الآخرة", 6), ("جمادى الثانية", 6), ("جمادى الآخر", 6), ("جمادى الثاني", 6), ("جمادي الثانية", 6), ("جمادي الآخرة", 6),
            ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
            ("ذو القعدة", 11), ("ذي القعدة", 11), ("ذو القعده", 11), ("ذي الحجة", 12), ("ذو الحجة", 12),
        ];
        foreach ((string name, int month) in variants)
        {
            months[ArabicFold.Key(name)] = month;
        }

        return new WordMap<int>(months);
    }

    private static WordMap<int> BuildWeekdays(bool definite)
    {
        var days = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string name, int isoDay) in CldrCalendarNames.Weekdays)
        {
            string key = ArabicFold.Key(name);
            days[definite ? key : key[2..]] = isoDay;
        }

        (string, int)[] variants = [("الاثنين", 1), ("الإثنين", 1), ("الثلاثا", 2), ("الاربعا", 3), ("الجمعه", 5), ("الاحد", 7)];
        foreach ((string name, int isoDay) in variants)
        {
            string key = ArabicFold.Key(name);
            days[definite ? key : key[2..]] = isoDay;
        }

        return new WordMap<int>(days);
    }

    private static WordMap<int> BuildDecades()
    {
        var decades = new Dictionary<string, int>(StringComparer.Ordinal);
        (string, int)[] tens = [("عشرين", 2), ("ثلاثين", 3), ("اربعين", 4), ("خمسين", 5), ("ستين", 6), ("سبعين", 7), ("ثمانين", 8), ("تسعين", 9)];
        foreach ((string stem, int digit) in tens)
        {
            foreach (string suffix in new[] { "يات", "ات" })
            {
                decades[stem + suffix] = digit;
                decades["ال" + stem + suffix] = digit;
            }
        }

        return new WordMap<int>(decades);
    }

    private static WordSet Keys(params string[] words) => new(words.Select(ArabicFold.Key));

    private static WordMap<T> Map<T>(params (string Word, T Value)[] entries)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach ((string word, T value) in entries)
        {
            map[ArabicFold.Key(word)] = value;
        }

        return new WordMap<T>(map);
    }
}
