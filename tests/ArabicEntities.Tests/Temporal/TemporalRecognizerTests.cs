using ArabicEntities.Recognition;
using ArabicEntities.Temporal;

namespace ArabicEntities.Tests.Temporal;

public class TemporalRecognizerTests
{
    private static readonly DateOnly Ref2021 = new(2021, 11, 23); // a Tuesday
    private static readonly DateOnly Ref2019 = new(2019, 2, 20);  // a Wednesday

    private static string[] Find(string text, DateOnly? reference) => TemporalTestData.Render(TemporalTestData.Find(text, reference));

    // ---- seeds with their publication dates ------------------------------------------------------------------

    [Theory]
    [InlineData("000", "9 أبريل=2019-04-09", "سبتمبر الماضي=2018-09", "التسعينيات=199", "2000-2005=2000/2005")]
    [InlineData("001", "الثلاثاء=2021-11-23", "العام الماضي=2020", "مساء الثلاثاء=2021-11-23TEV", "الخميس=2021-11-25", "عام 1993=1993", "عام 2000=2000",
        "أواخر العام الماضي=2020", "2020=2020", "أغسطس/آب=2021-08", "الجمعة=2021-11-19", "ثلاثة أشهر=P3M", "الشهر المنصرم=2021-10", "الأسبوع الماضي=2021-W46",
        "29 نوفمبر/تشرين الثاني=2021-11-29")]
    [InlineData("002", "الاثنين=2022-07-18", "نيسان/ أبريل 2020=2020-04", "العام 2000=2000", "يوليو 2021=2021-07", "نهاية عام 2020=2020")]
    [InlineData("003", "11 دجنبر المقبل=2019-12-11", "الشهر الماضي=2019-11", "الأسبوع الماضي=2019-W48", "يومي الاثنين=2019-12-02", "الثلاثاء=2019-12-03")]
    [InlineData("004", "الإثنين=2022-07-18", "عام 2020=2020", "التسعينيات=199", "العام 2000=2000", "العام 2020=2020", "يوليو/ تموز 2021=2021-07",
        "مارس/ آذار 2022=2022-03", "الشهر الماضي=2022-06", "عام كامل=P1Y")]
    public void Seed_FindsAndResolvesItsDates(string seed, params string[] expected)
    {
        string[] found = Find(SeedFiles.Read(seed), SeedFiles.PublicationDate(seed));
        Assert.All(expected, e => Assert.Contains(e, found));
    }

    [Fact]
    public void Seed001_ModifierAndOffsetAreKept()
    {
        Entity late = TemporalTestData.Find(SeedFiles.Read("001"), SeedFiles.PublicationDate("001")).Single(e => e.Text == "أواخر العام الماضي");
        Assert.Equal(TimexMod.End, late.Timex!.Mod);
        Assert.Equal(new TimexOffset(TimexGranularity.Year, -1), late.Timex.Offset);
    }

    [Fact]
    public void Seed001_SpansIndexTheOriginalAndLeaveOutProclitics()
    {
        string text = SeedFiles.Read("001");
        foreach (Entity e in TemporalTestData.Find(text, SeedFiles.PublicationDate("001")))
        {
            Assert.Equal(text[e.Span.Start..e.Span.End], e.Text);
            Assert.False(e.Text.StartsWith('و'), e.Text);
        }
    }

    [Fact]
    public void Seed001_ThroughThePipeline()
    {
        ExtractionResult result = EntityPipeline.Create(TemporalRecognizer.Default).Extract(SeedFiles.Read("001"), new ExtractionOptions { ReferenceDate = Ref2021 });
        Assert.Contains(result.Entities, e => e.Type == EntityType.Time && e.Value == "2021-11-23TEV");
        Assert.Contains(result.Entities, e => e.Type == EntityType.Duration && e.Value == "P3M");
    }

    // ---- categories ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("عقد الاجتماع في 5 يناير 2020", "5 يناير 2020=2020-01-05")]
    [InlineData("وفي 15 كانون الثاني 2020 أعلن", "15 كانون الثاني 2020=2020-01-15")]
    [InlineData("في 15 كانون ثاني 2020", "15 كانون ثاني 2020=2020-01-15")]
    [InlineData("في 3 جانفي 2021 بالجزائر", "3 جانفي 2021=2021-01-03")]
    [InlineData("في 7 فيفري 2021", "7 فيفري 2021=2021-02-07")]
    [InlineData("في 12 أفريل 2021", "12 أفريل 2021=2021-04-12")]
    [InlineData("في 20 جوان 2021", "20 جوان 2021=2021-06-20")]
    [InlineData("في 5 جويلية 2021", "5 جويلية 2021=2021-07-05")]
    [InlineData("في 20 أوت 2021", "20 أوت 2021=2021-08-20")]
    [InlineData("في 8 ماي 2021 بالرباط", "8 ماي 2021=2021-05-08")]
    [InlineData("في 30 يوليوز 2021", "30 يوليوز 2021=2021-07-30")]
    [InlineData("في 20 غشت 2021", "20 غشت 2021=2021-08-20")]
    [InlineData("في 15 شتنبر 2021", "15 شتنبر 2021=2021-09-15")]
    [InlineData("في 6 نونبر 2021", "6 نونبر 2021=2021-11-06")]
    [InlineData("في 10 دجنبر 2020", "10 دجنبر 2020=2020-12-10")]
    [InlineData("في 28 نوفمبر 2020 بنواكشوط", "28 نوفمبر 2020=2020-11-28")]
    [InlineData("في 28 أغشت 2020", "28 أغشت 2020=2020-08-28")]
    [InlineData("في 3 شتمبر 2020", "3 شتمبر 2020=2020-09-03")]
    [InlineData("في 9 دجمبر 2020", "9 دجمبر 2020=2020-12-09")]
    [InlineData("في 9 إبريل 2020", "9 إبريل 2020=2020-04-09")]
    [InlineData("في 9 ابريل 2020", "9 ابريل 2020=2020-04-09")]
    [InlineData("في 30 يونيه 2020 و10 يوليه 2020", "30 يونيه 2020=2020-06-30", "10 يوليه 2020=2020-07-10")]
    [InlineData("في تشرين الأول 2019", "تشرين الأول 2019=2019-10")]
    [InlineData("في آذار (مارس) 2022", "آذار (مارس) 2022=2022-03")]
    public void GregorianMonths_EveryRegionalSet(string text, params string[] expected) => Assert.Equal(expected, Find(text, null));

    [Theory]
    [InlineData("في ١٥ مارس ٢٠٢٢", "١٥ مارس ٢٠٢٢=2022-03-15")]
    [InlineData("في ۱۵ مارس ۲۰۲۲", "۱۵ مارس ۲۰۲۲=2022-03-15")]
    [InlineData("ولد في 26/4/1947 في القدس", "26/4/1947=1947-04-26")]
    [InlineData("صدر بتاريخ 2021-11-23", "بتاريخ 2021-11-23=2021-11-23")]
    [InlineData("في الحادي عشر من سبتمبر 2001", "الحادي عشر من سبتمبر 2001=2001-09-11")]
    [InlineData("في الخامس والعشرين من ديسمبر 2020", "الخامس والعشرين من ديسمبر 2020=2020-12-25")]
    [InlineData("في الأول من شباط 2013", "الأول من شباط 2013=2013-02-01")]
    public void Numbers_InEveryForm(string text, params string[] expected) => Assert.Equal(expected, Find(text, null));

    [Theory]
    [InlineData("تأسست عام 2020", "عام 2020=2020")]
    [InlineData("منذ العام 2000", "العام 2000=2000")]
    [InlineData("تقرير سنة 1935 عن القرية", "سنة 1935=1935")]
    [InlineData("ميزانية لعام 2022", "عام 2022=2022")]
    [InlineData("الخطة الخمسية للعام 2023", "لعام 2023=2023")]
    [InlineData("اكتمل بعام 2020", "عام 2020=2020")]
    [InlineData("وقع الاتفاق في 2020 برعاية أمريكية", "2020=2020")]
    [InlineData("خلال الحرب في التسعينيات", "التسعينيات=199")]
    [InlineData("في الثمانينيات من القرن الماضي", "الثمانينيات من القرن الماضي=198")]
    [InlineData("في القرن التاسع عشر", "القرن التاسع عشر=18")]
    [InlineData("في القرن الحادي والعشرين", "القرن الحادي والعشرين=20")]
    [InlineData("خلال حرب 1948 هجر السكان", "1948=1948")]
    public void Years_Decades_Centuries(string text, params string[] expected) => Assert.Equal(expected, Find(text, Ref2021));

    [Theory]
    [InlineData("في 15 رمضان 1442 هـ", "15 رمضان 1442 هـ=2021-04-27")]
    [InlineData("في 1 محرم 1443", "1 محرم 1443=2021-08-09")]
    [InlineData("في 10 ربيع الأول 1440", "10 ربيع الأول 1440=2018-11-18")]
    [InlineData("في 5 جمادى الأولى 1442", "5 جمادى الأولى 1442=2020-12-20")]
    [InlineData("في 3 ربيع الثاني 1441", "3 ربيع الثاني 1441=2019-11-30")]
    [InlineData("في شهر رمضان 1442", "شهر رمضان 1442=2021-04-13/2021-05-12")]
    public void Hijri_ConvertedWithUmAlQura(string text, params string[] expected) => Assert.Equal(expected, Find(text, null));

    [Theory]
    [InlineData("في الفترة من 2000-2005", "2000-2005=2000/2005")]
    [InlineData("من 2010 إلى 2012", "2010 إلى 2012=2010/2012")]
    [InlineData("بين عامي 2000 و2005", "عامي 2000 و2005=2000/2005")]
    [InlineData("من 1 إلى 3 مارس 2022", "1 إلى 3 مارس 2022=2022-03-01/2022-03-03")]
    [InlineData("من 13 تموز الى 15 تموز 2013", "13 تموز الى 15 تموز 2013=2013-07-13/2013-07-15")]
    public void Ranges_AreIntervals(string text, params string[] expected) => Assert.Equal(expected, Find(text, null));

    [Theory]
    [InlineData("وصل أمس إلى الرباط", "أمس=2021-11-22")]
    [InlineData("قال اليوم إن", "اليوم=2021-11-23")]
    [InlineData("يصل غدا", "غدا=2021-11-24")]
    [InlineData("وصل أول أمس", "أول أمس=2021-11-21")]
    [InlineData("يغادر بعد غد", "بعد غد=2021-11-25")]
    [InlineData("التقى الخميس الماضي بالوزير", "الخميس الماضي=2021-11-18")]
    [InlineData("يلتقي الاثنين المقبل", "الاثنين المقبل=2021-11-29")]
    [InlineData("ينعقد الأحد القادم", "الأحد القادم=2021-11-28")]
    [InlineData("نما الاقتصاد العام الماضي", "العام الماضي=2020")]
    [InlineData("يبدأ العام المقبل", "العام المقبل=2022")]
    [InlineData("خلال الشهر الجاري", "الشهر الجاري=2021-11")]
    [InlineData("في الأسبوع المقبل", "الأسبوع المقبل=2021-W48")]
    [InlineData("في العام الحالي", "العام الحالي=2021")]
    [InlineData("زار الرباط في سبتمبر الماضي", "سبتمبر الماضي=2021-09")]
    [InlineData("قبل 11 دجنبر المقبل", "11 دجنبر المقبل=2021-12-11")]
    [InlineData("أعلن قبل ثلاثة أيام", "قبل ثلاثة أيام=2021-11-20")]
    [InlineData("منذ عامين", "منذ عامين=2019")]
    [InlineData("يعود بعد أسبوعين", "بعد أسبوعين=2021-12-07")]
    [InlineData("الانتخابات في 9 أبريل", "9 أبريل=2021-04-09")]
    public void Relative_ToTheReferenceDate(string text, params string[] expected) => Assert.Equal(expected, Find(text, Ref2021));

    [Theory]
    [InlineData("أعلنت الحكومة الجمعة عن خطة", "الجمعة=2021-11-19")]
    [InlineData("سيلتقي الوزير الجمعة نظيره", "الجمعة=2021-11-26")]
    [InlineData("يصل الوزير الثلاثاء", "الثلاثاء=2021-11-23")]
    [InlineData("غادر الوزير الخميس", "الخميس=2021-11-18")]
    public void Weekdays_ByTheTenseOfTheirVerb(string text, params string[] expected) => Assert.Equal(expected, Find(text, Ref2021));

    [Theory]
    [InlineData("في أوائل مارس 2022", "أوائل مارس 2022=2022-03", TimexMod.Start)]
    [InlineData("مطلع العام المقبل", "مطلع العام المقبل=2022", TimexMod.Start)]
    [InlineData("في منتصف يونيو 2020", "منتصف يونيو 2020=2020-06", TimexMod.Mid)]
    [InlineData("أواخر العام الماضي", "أواخر العام الماضي=2020", TimexMod.End)]
    [InlineData("في نهاية عام 2020", "نهاية عام 2020=2020", TimexMod.End)]
    public void Modifiers_SetModAndKeepTheValue(string text, string expected, TimexMod mod)
    {
        Entity e = Assert.Single(TemporalTestData.Find(text, Ref2021));
        Assert.Equal(expected, $"{e.Text}={e.Value}");
        Assert.Equal(mod, e.Timex!.Mod);
    }

    [Theory]
    [InlineData("وصل صباح الثلاثاء", "صباح الثلاثاء=2021-11-23TMO")]
    [InlineData("ينطلق مساء الثلاثاء", "مساء الثلاثاء=2021-11-23TEV")]
    [InlineData("اجتمعوا عصر أمس", "عصر أمس=2021-11-22TAF")]
    [InlineData("يبدأ الاجتماع الساعة 10:30 صباحا", "الساعة 10:30 صباحا=T10:30")]
    [InlineData("وصل في الثالثة عصرا", "الثالثة عصرا=T15:00")]
    [InlineData("الساعة الثامنة مساء", "الساعة الثامنة مساء=T20:00")]
    [InlineData("يوم السبت 21/09 الساعة 1:30 بعد الظهر", "يوم السبت 21/09 الساعة 1:30 بعد الظهر=2021-09-21T13:30")]
    public void PartsOfDay_AndClockTimes(string text, params string[] expected) => Assert.Equal(expected, Find(text, Ref2021));

    [Theory]
    [InlineData("برنامج عمل لمدة عام كامل", "عام كامل=P1Y", EntityType.Duration)]
    [InlineData("استمر ثلاثة أشهر", "ثلاثة أشهر=P3M", EntityType.Duration)]
    [InlineData("سافر أسبوعين", "أسبوعين=P2W", EntityType.Duration)]
    [InlineData("توفي عن 12 عاما", "12 عاما=P12Y", EntityType.Duration)]
    [InlineData("امتد التدريب لثلاثة أيام", "ثلاثة أيام=P3D", EntityType.Duration)]
    [InlineData("يعقد المؤتمر سنويا", "سنويا=P1Y", EntityType.Set)]
    [InlineData("تصدر النشرة أسبوعيا", "أسبوعيا=P1W", EntityType.Set)]
    public void Durations_AndSets(string text, string expected, EntityType type)
    {
        Entity e = Assert.Single(TemporalTestData.Find(text, Ref2021));
        Assert.Equal(expected, $"{e.Text}={e.Value}");
        Assert.Equal(type, e.Type);
    }

    // ---- without a reference date, nothing is invented ------------------------------------------------------

    [Theory]
    [InlineData("الانتخابات في 9 أبريل", "9 أبريل=XXXX-04-09")]
    [InlineData("نما الاقتصاد العام الماضي", "العام الماضي=XXXX")]
    [InlineData("وصل أمس", "أمس=XXXX-XX-XX")]
    [InlineData("التقى الخميس الماضي بالوزير", "الخميس الماضي=XXXX-WXX-4")]
    [InlineData("في التسعينيات", "التسعينيات=199")]
    public void WithoutReference_NothingIsInvented(string text, params string[] expected) => Assert.Equal(expected, Find(text, null));

    [Fact]
    public void WithoutReference_RelativeKeepsItsOffset()
    {
        Entity e = Assert.Single(TemporalTestData.Find("نما الاقتصاد العام الماضي", null));
        Assert.False(e.Timex!.IsResolved);
        Assert.Equal(new TimexOffset(TimexGranularity.Year, -1), e.Timex.Offset);
    }

    [Fact]
    public void NarrativeMode_ResolvesAgainstTheLatestExplicitDate()
    {
        var narrative = TemporalRecognizer.Create(TemporalRecognizerOptions.Default with { NarrativeMode = true });
        string text = "وصل الوفد في 5 مارس 2020. وفي العام التالي عاد. ثم غادر الخميس.";
        Assert.Equal(["5 مارس 2020=2020-03-05", "العام التالي=2021", "الخميس=2020-03-05"], TemporalTestData.Render(narrative.Recognize(text)));
        Assert.Equal(["5 مارس 2020=2020-03-05", "العام التالي=XXXX", "الخميس=XXXX-WXX-4"], Find(text, null));
    }

    // ---- no false dates -------------------------------------------------------------------------------------

    [Theory]
    [InlineData("شارك نحو 2000 جندي في المناورة")]
    [InlineData("طالب بتطبيق القرار 2334 الصادر عن مجلس الأمن")]
    [InlineData("زار الأب ابنه في المستشفى")]
    [InlineData("اشترى سيارة من نيسان وتويوتا")]
    [InlineData("قال أحد المسؤولين إن الاجتماع مهم")]
    [InlineData("اتفق كلا الاثنين على التعاون")]
    [InlineData("عمل الاثنين معا")]
    [InlineData("فاز أحد عشر لاعبا")]
    [InlineData("وقعت المعارك بين الاثنين")]
    [InlineData("احتفل باليوم الدولي للتضامن")]
    [InlineData("في الماضي كان المسؤولون متشبثين")]
    [InlineData("يعيش حوالي 3 آلاف يهودي")]
    [InlineData("مارس الضغط على الحكومة")]
    [InlineData("تجول في سوق الخميس القديم")]
    [InlineData("قطعة أرض مساحتها 1000 م مربع")]
    [InlineData("بعد عقد اتفاقية أوسلو")]
    public void NoFalseDates(string text) => Assert.Empty(Find(text, Ref2021));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("؟؟؟ ... ((( ))) / - :")]
    [InlineData("99999999999999999999 / 99 / 9999 9:99 ٠٠/٠٠/٠٠٠٠")]
    [InlineData("في 31 فبراير 2021 وفي 0 مارس")]
    [InlineData("\uD800 عام \uDC00 2020")]
    public void Garbage_NoCrashNoDates(string text)
    {
        IReadOnlyList<Entity> entities = TemporalTestData.Find(text, Ref2021);
        Assert.All(entities, e => Assert.Equal(text[e.Span.Start..e.Span.End], e.Text));
        Assert.DoesNotContain(entities, e => e.Value is null);
    }

    [Fact]
    public void Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TemporalRecognizer.Default.Recognize((string)null!));
        Assert.Throws<ArgumentNullException>(() => TemporalRecognizer.Default.Recognize(null!, ExtractionOptions.Default));
        Assert.Throws<ArgumentNullException>(() => TemporalRecognizer.Create(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => TemporalRecognizer.Create(new TemporalRecognizerOptions { MinimumYear = 3000, MaximumYear = 2000 }));
    }

    [Fact]
    public void Recognizer_IsThreadSafe()
    {
        string text = SeedFiles.Read("001");
        string[] expected = Find(text, Ref2021);
        Parallel.For(0, 32, _ => Assert.Equal(expected, Find(text, Ref2021)));
    }
}
