using ArabicEntities.NamedEntities;
using ArabicEntities.Recognition;
using ArabicEntities.Text;

namespace ArabicEntities.Tests.NamedEntities;

public sealed class NamedEntityRecognizerTests
{
    private static readonly EntityPipeline Pipeline = EntityPipeline.Create(NamedEntityRecognizer.Default);

    private static IReadOnlyList<Entity> Names(string text) => Pipeline.Extract(text).Entities;

    private static IReadOnlyList<Entity> People(string text) => [.. Names(text).Where(e => e.Type == EntityType.Person)];

    [Fact]
    public void Default_LoadsTheEmbeddedModel()
    {
        Assert.Contains("Microsoft.ML", NamedEntityRecognizer.Default.ModelDescription, StringComparison.Ordinal);
        Assert.True(NamedEntityRecognizer.Default.Model.FeatureCount > 10_000);
    }

    [Fact]
    public void Create_DefaultOptions_GivesTheDefaultRecognizer()
    {
        Assert.Same(NamedEntityRecognizer.Default, NamedEntityRecognizer.Create(NamedEntityRecognizerOptions.Default));
        Assert.Same(NamedEntityRecognizer.Default, NamedEntityRecognizer.Create(new NamedEntityRecognizerOptions()));
        Assert.Equal(0.7, NamedEntityRecognizer.Create(new NamedEntityRecognizerOptions { MinimumConfidence = 0.7 }).Options.MinimumConfidence);
    }

    [Fact]
    public void Create_NullOptions_Throws() =>
        Assert.Throws<ArgumentNullException>(() => NamedEntityRecognizer.Create(null!));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Create_MinimumConfidenceOutsideZeroToOne_Throws(double minimum) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NamedEntityRecognizer.Create(new NamedEntityRecognizerOptions { MinimumConfidence = minimum }));

    [Theory]
    [InlineData("001", 0.7)]
    [InlineData("004", 0.8)]
    public void Recognize_MinimumConfidence_KeepsExactlyTheNamesAtOrAboveIt(string seed, double minimum)
    {
        string text = SeedFiles.Read(seed);
        IReadOnlyList<Entity> all = Names(text);
        var recognizer = NamedEntityRecognizer.Create(new NamedEntityRecognizerOptions { MinimumConfidence = minimum });
        IReadOnlyList<Entity> kept = EntityPipeline.Create(recognizer).Extract(text).Entities;

        Assert.Equal(all.Where(e => e.Confidence >= minimum).Select(e => (e.Span, e.Type, e.Confidence)), kept.Select(e => (e.Span, e.Type, e.Confidence)));
        Assert.NotEmpty(kept);
        Assert.True(kept.Count < all.Count, "the threshold should drop some of the seed's names");
    }

    [Fact]
    public void Recognize_MinimumConfidenceOne_KeepsOnlyCertainNames()
    {
        var recognizer = NamedEntityRecognizer.Create(new NamedEntityRecognizerOptions { MinimumConfidence = 1 });
        Assert.All(EntityPipeline.Create(recognizer).Extract(SeedFiles.Read("001")).Entities, e => Assert.Equal(1, e.Confidence));
    }

    [Theory]
    [InlineData("001", "بيني غانتس", EntityType.Person)]
    [InlineData("001", "الرباط", EntityType.Location)]
    [InlineData("001", "الجزائر", EntityType.Location)]
    [InlineData("001", "جبهة البوليساريو", EntityType.Organization)]
    [InlineData("001", "منظمة التحرير الفلسطينية", EntityType.Organization)]
    [InlineData("001", "إسرائيل", EntityType.Location)]
    [InlineData("001", "الداخلة", EntityType.Location)]
    [InlineData("004", "أفيف كوخافي", EntityType.Person)]
    [InlineData("000", "بروس مادي-فايتسمان", EntityType.Person)]
    [InlineData("000", "مادي-فايتسمان", EntityType.Person)]
    [InlineData("003", "سلطنة عمان", EntityType.Location)]
    [InlineData("001", "بروس مادي وايتسمان", EntityType.Person)]
    [InlineData("001", "Corinna Kern", EntityType.Person)]
    [InlineData("001", "Reuters", EntityType.Organization)]
    [InlineData("001", "NSO", EntityType.Organization)]
    [InlineData("001", "TRT", EntityType.Organization)]
    [InlineData("002", "ألون أوشبيز", EntityType.Person)]
    [InlineData("003", "Axios", EntityType.Organization)]
    public void Recognize_Seed_FindsTheNamesAReaderSees(string seed, string name, EntityType type)
    {
        string text = SeedFiles.Read(seed);
        IReadOnlyList<Entity> entities = Names(text);
        Assert.Contains(entities, e => e.Text == name && e.Type == type);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Recognize_Beam_FindsWhatTheFullSearchFinds(string seed)
    {
        NamedEntityRecognizer beam = NamedEntityRecognizer.Default;
        var full = new NamedEntityRecognizer(beam.Model, NerLexicon.For(beam.Model.Features), beam.Calibration, beamMargin: float.PositiveInfinity);
        string text = SeedFiles.Read(seed);
        Assert.Equal(
            EntityPipeline.Create(full).Extract(text).Entities.Select(e => (e.Type, e.Span, e.Confidence)),
            Names(text).Select(e => (e.Type, e.Span, e.Confidence)));
    }

    [Theory]
    [InlineData("000", 10f)]
    [InlineData("001", 10f)]
    [InlineData("004", 10f)]
    [InlineData("001", float.PositiveInfinity)]
    [InlineData("004", float.PositiveInfinity)]
    public void Decode_BeamsViterbi_FindsThePathBioDecoderFindsInTheSameEmissions(string seed, float beamMargin)
    {
        NamedEntityRecognizer shipped = NamedEntityRecognizer.Default;
        NerLexicon lexicon = NerLexicon.For(shipped.Model.Features);
        var recognizer = new NamedEntityRecognizer(shipped.Model, lexicon, shipped.Calibration, beamMargin);
        TokenizedText text = ArabicTokenizer.Default.Tokenize(SeedFiles.Read(seed));
        var bits = new ulong[text.Tokens.Count];
        lexicon.Annotate(text, bits);
        int l = shipped.Model.Labels.Count;
        int entityTokens = 0;
        foreach (Sentence sentence in SentenceSplitter.Default.Split(text))
        {
            NerToken[] tokens = [.. Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => recognizer.Describe(text.Tokens[i], bits[i]))];
            var emissions = new float[tokens.Length * (l + 1) * l];
            var labels = new int[tokens.Length];
            recognizer.Decode(tokens, labels, emissions);
            var expected = new int[tokens.Length];
            BioDecoder.Decode(shipped.Model, emissions, markov: true, expected);
            Assert.Equal(expected, labels);
            entityTokens += labels.Count(label => label != 0);
        }

        Assert.True(entityTokens > 10, $"{entityTokens} tokens in names");
    }

    [Theory]
    [InlineData("001")]
    [InlineData("004")]
    public void Recognize_Seed_SpansIndexTheOriginalAndAreTrimmed(string seed)
    {
        string text = SeedFiles.Read(seed);
        foreach (Entity entity in Names(text))
        {
            Assert.Equal(entity.Text, text[entity.Span.Start..entity.Span.End]);
            Assert.Equal(entity.Text.Trim(), entity.Text);
            Assert.InRange(entity.Confidence, 0, 1);
            Assert.DoesNotContain("القذرضيفا", entity.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("بين إسرائيل والمغرب اتفاق", "المغرب")]
    [InlineData("أعلنت الحكومة دعمها لإسرائيل في القرار", "إسرائيل")]
    [InlineData("وصل الوفد إلى الرباط وتل أبيب أمس", "تل أبيب")]
    [InlineData("في العالم الإسلامي، تركيا وإيران بالذات، وإندونيسيا وباكستان.. وغيرهم كثيرون", "باكستان")] // و + a name that starts with ب
    [InlineData("زار الوزير سوريا ولبنان الأسبوع الماضي", "لبنان")] // not و + ل + the given name بنان
    [InlineData("وقعت فرنسا وبريطانيا الاتفاق", "بريطانيا")]
    [InlineData("أعلنت دعمها للبنان في الأزمة", "لبنان")] // ل + لبنان, no article
    [InlineData("قدم دعما لليبيا", "ليبيا")]
    public void Recognize_AttachedProclitic_IsLeftOutOfTheSpan(string text, string expected)
    {
        Assert.Contains(Names(text), e => e.Text == expected && e.Type == EntityType.Location);
    }

    [Theory]
    [InlineData("النقص الحاد في مخزون سد سيدي سالم المقدر بـ 200 مليون متر مكعب", "سيدي سالم")]
    [InlineData("وصل الوالي إلى ولاية بن عروس أمس", "بن عروس")]
    public void Recognize_GazetteerPlaceTheModelReadsAsAPerson_IsAPlace(string text, string expected)
    {
        Assert.Contains(Names(text), e => e.Text == expected && e.Type == EntityType.Location);
    }

    [Fact]
    public void Recognize_PersonWhoseNameIsAlsoAPlace_StaysAPerson()
    {
        Assert.Contains(Names("قاد صلاح الدين الجيش"), e => e.Text == "صلاح الدين" && e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("زيارة غانتس للمغرب", "مغرب")]
    [InlineData("وجه رسالة للأمم المتحدة", "أمم المتحدة")] // a gazetteer name, as a single word is trimmed
    public void Recognize_PrepositionBeforeTheArticle_LeavesTheElidedArticleOutToo(string text, string expected)
    {
        Assert.Contains(Names(text), e => e.Text == expected);
    }

    [Theory]
    [InlineData("وقال وليد جنبلاط إن الحكومة ستجتمع", "وليد جنبلاط")]
    [InlineData("والتقى بنيامين نتنياهو الوزير", "بنيامين نتنياهو")]
    [InlineData("التقى رئيس الأركان أفيف كوخافي بالوزير", "أفيف كوخافي")]
    public void Recognize_NameThatStartsLikeAParticle_KeepsItsFirstLetters(string text, string expected)
    {
        Assert.Contains(Names(text), e => e.Text == expected && e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("اندلع حريق كبير في كاليفورنيا أمس", "كاليفورنيا")] // not ك + ال
    [InlineData("وصل الوفد إلى بيونغ يانغ", "بيونغ يانغ")] // the gazetteer's multi-word name, though يونغ is a family name
    public void Recognize_PlaceThatStartsLikeAParticle_KeepsItsFirstLetter(string text, string expected)
    {
        Assert.Contains(Names(text), e => e.Text == expected && e.Type == EntityType.Location);
    }

    [Theory]
    [InlineData("يقوم رئيس أركان الجيش الإسرائيلي، أفيف كوخافي بزيارة إلى المغرب", "أفيف كوخافي")]
    [InlineData("يحل رئيس الأركان الهمج الإسرائيلي أفيف كوخافي القذرضيفا على المغرب", "أفيف كوخافي")]
    public void Recognize_UnseenNameAfterTitle_IsAPersonWithoutTheGluedWord(string text, string expected)
    {
        Entity person = Assert.Single(Names(text), e => e.Type == EntityType.Person);
        Assert.Equal(expected, person.Text);
        Assert.InRange(person.Confidence, 0.01, 0.99);
    }

    [Theory]
    [InlineData("وأعلن المخرج نجيب خلف الله عن عرض جديد في تونس", "نجيب خلف الله")]
    [InlineData("واستهدف الهجوم ضريح آية الله الخميني في طهران", "آية الله الخميني")]
    [InlineData("واستقبل الوزير سيدي محمد ولد بوبكر في نواكشوط الوفد", "سيدي محمد ولد بوبكر")]
    public void Recognize_CompoundOrGenealogicalName_IsOnePerson(string text, string expected)
    {
        Assert.Contains(Names(text), e => e.Type == EntityType.Person && e.Text == expected);
    }

    [Theory]
    [InlineData("ويقول المؤرخون إن العالم فينسنزو ولد عام 1606 في مدينة فلورنسا", "ولد")]
    [InlineData("وقال الشيخ أحمد في خطبته إن الله يحب المحسنين", "الله")]
    public void Recognize_VerbOrNameOfGodAfterAPerson_StaysOutOfIt(string text, string word)
    {
        Assert.DoesNotContain(Names(text), e => e.Type == EntityType.Person && e.Text.Split(' ').Contains(word));
    }

    [Theory]
    [InlineData("وقعت الشركة شراكة لاستكشاف حقول غاز في ساحل الداخلة بإقليم الصحراء", "الداخلة")]
    [InlineData("وصلت القافلة إلى مدينة العيون مساء أمس", "العيون")]
    public void Recognize_AmbiguousPlaceAfterPlaceCue_IsALocation(string text, string place)
    {
        Assert.Contains(Names(text), e => e.Text == place && e.Type == EntityType.Location);
    }

    [Theory]
    [InlineData("وقالت إن القوات الداخلة إلى البلاد كثيرة")]
    [InlineData("ونظرت إليه بكل العيون المفتوحة")]
    public void Recognize_AmbiguousPlaceWithoutCue_IsNotALocation(string text)
    {
        Assert.DoesNotContain(Names(text), e => e.Type == EntityType.Location && e.Text is "الداخلة" or "العيون");
    }

    [Theory]
    [InlineData("ويقدم الفنان برنامج «حوار من القلب» على القناة كل أسبوع", "حوار من القلب", EntityType.Misc)]
    [InlineData("وصدرت له رواية \"الطريق الطويل\" العام الماضي", "الطريق الطويل", EntityType.Misc)]
    [InlineData("وقالت صحيفة «الصباح الجديد» إن الاجتماع تأجل", "الصباح الجديد", EntityType.Organization)]
    [InlineData("ووقعت شركة \"النور للاستثمار\" عقدا جديدا", "النور للاستثمار", EntityType.Organization)]
    public void Recognize_QuotedNameAfterHeadOrTitleCue_IsOneSpanOfTheHeadsType(string text, string name, EntityType type)
    {
        Assert.Contains(Names(text), e => e.Text == name && e.Type == type);
    }

    [Fact]
    public void Recognize_QuotedOrganization_RunsToTheClosingQuote()
    {
        const string text = "والأسبوع الماضي دعت \"الجبهة المغربية لدعم فلسطين وضد التطبيع\"، الّتي تضمّ تيارات يسارية، إلى التظاهر";
        Assert.Contains(Names(text), e => e.Text == "الجبهة المغربية لدعم فلسطين وضد التطبيع" && e.Type == EntityType.Organization);
    }

    [Fact]
    public void Recognize_QuotedSentenceAfterHead_IsNotAName()
    {
        const string text = "وقال مدير البرنامج \"إن المشروع سيكتمل في موعده المحدد بعد أن تنتهي كل الأعمال المطلوبة\" أمس";
        Assert.DoesNotContain(Names(text), e => e.Text.StartsWith("إن المشروع", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقال متحدث باسم الجيش إن القوات انسحبت")]
    [InlineData("وأكد الناطق باسم الحكومة أن الاجتماع سيعقد غدا")]
    public void Recognize_TitleWordThatIsAlsoAName_IsNotAPerson(string text)
    {
        Assert.DoesNotContain(Names(text), e => e.Type == EntityType.Person && e.Text.StartsWith("باسم", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("اللاعب القادر على جمع الكل معا", "القادر")]
    [InlineData("وتابعت ميخائيلي \"المغرب هو اللاعب القادر على جمع الكل معا وتخفيف المصاعب\"", "القادر")]
    public void Recognize_NameOfGodWithoutAbd_IsNotAPerson(string text, string word)
    {
        Assert.DoesNotContain(Names(text), e => e.Text == word);
    }

    [Theory]
    [InlineData("رئيس الحكومة يائير لابيد، ومدير عام وزارته ألون أوشبيز، وغيرهم", "ألون أوشبيز")]
    [InlineData("وقال مدير عام الوزارة ألون أوشبيز إن الزيارة مهمة", "ألون أوشبيز")]
    public void Recognize_NameAfterMultiWordTitle_StartsWithHamzaAlefNotArticle(string text, string expected)
    {
        Assert.Contains(People(text), e => e.Text == expected);
        Assert.DoesNotContain(People(text), e => e.Text.EndsWith(" إن", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_SurnameWithWawNamedAloneLater_IsPartOfTheFullName()
    {
        const string text = "وأوضح الأستاذ في جامعة تل أبيب بروس مادي وايتسمان، أنّ التزامن مقصود. ويرى وايتسمان أنّ المغرب لم يتخلّ عن موقفه.";
        IReadOnlyList<Entity> people = People(text);
        Assert.DoesNotContain(people, e => e.Text == "بروس مادي");
        Assert.Contains(people, e => e.Text == "بروس مادي وايتسمان" || e.Text == "وايتسمان");
    }

    [Theory]
    [InlineData("وتظهر الصورة الوزير في الرباط (Corinna Kern/Reuters)", "Corinna Kern", EntityType.Person)]
    [InlineData("وتظهر الصورة الوزير في الرباط (Corinna Kern/Reuters)", "Reuters", EntityType.Organization)]
    [InlineData("ونقل المصدر عن موقع Axios أن مسؤولا كبيرا حث الرباط", "Axios", EntityType.Organization)]
    [InlineData("وقالت شركة Novell إنها اشترت الحقوق", "Novell", EntityType.Organization)]
    [InlineData("ودرس في جامعة آستون ( Aston University ) في بريطانيا", "Aston University", EntityType.Organization)]
    [InlineData("ودرس في زيورخ Zürich عام 1895", "Zürich", EntityType.Location)]
    public void Recognize_LatinName_IsFoundWithItsType(string text, string name, EntityType type)
    {
        Assert.Contains(Names(text), e => e.Text == name && e.Type == type);
    }

    [Theory]
    [InlineData("ومفاعلات الماء الخفيف Light Water Reactors هي نوع من المفاعلات")]
    [InlineData("وتم طرح الخدمة بمسمى My Search History بشكل تجريبي")]
    [InlineData("ولادة الهلال الفلكية ( Nwe moon ) قبل الغروب")]
    public void Recognize_LatinPhraseWithoutCue_IsNotAName(string text)
    {
        Assert.DoesNotContain(Names(text), e => e.Text.Any(char.IsAsciiLetter));
    }

    [Fact]
    public void Recognize_EnglishSentence_FindsNoArabicStyleNames()
    {
        Assert.Empty(Names("Reporters from Reuters and Axios met Corinna Kern in Rabat."));
    }

    [Theory]
    [InlineData("تهدف زيارة غانتس للرباط إلى \"وضع الحجر الأساس لإقامة علاقات أمنية مستقبلية بين إسرائيل والمغرب\"")]
    [InlineData("وحتى أمس لم يصل عدنان للخور كما لم يكلف أحد بالمهمة")]
    public void Recognize_PersonBeforePrepositionWithArticle_EndsThere(string text)
    {
        Assert.DoesNotContain(People(text), e => e.Text.Contains(" لل", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("عقب زيارة سريعة للرئيس السوداني عمر #البشير الى القاهرة", "عمر #البشير", EntityType.Person)]
    [InlineData("اجتماع حاسم عقده الرئيس البشير ونظيره عبد الفتاح #السيسي ورئيس الوزراء", "عبد الفتاح #السيسي", EntityType.Person)]
    [InlineData("وقعت كل من #اليابان و #الاتحاد_الأوروبي اتفاقا اقتصاديا", "الاتحاد_الأوروبي", EntityType.Organization)]
    public void Recognize_HashtagMarks_DoNotCutAName(string text, string expected, EntityType type)
    {
        Entity name = Assert.Single(Names(text), e => e.Text == expected);
        Assert.Equal(type, name.Type);
        Assert.Equal(expected, text[name.Span.Start..name.Span.End]);
    }

    [Theory]
    [InlineData("وقالت منظمة \"هيومن رايتس ووتش\" الدولية، إن القوات", "هيومن رايتس ووتش")]
    [InlineData("ضمت منظمة «اليونيسكو» هذه الكهوف", "اليونيسكو")]
    public void Recognize_QuotedNameAfterAnOrganizationHead_IsTheOrganizationWithoutTheHead(string text, string expected)
    {
        IReadOnlyList<Entity> names = Names(text);
        Assert.Contains(names, e => e.Text == expected && e.Type == EntityType.Organization);
        Assert.DoesNotContain(names, e => e.Text == "منظمة");
    }

    [Theory]
    [InlineData("وأضافت لراديو هيئة الإذاعة البريطانية (بي.بي.سي) \"يبدو مرجحا\"", "بي.بي.سي")]
    [InlineData("وقالت شركة (إس.إن.سي.بي) لتشغيل القطارات", "إس.إن.سي.بي")]
    [InlineData("قال مدير الـ سي.آي.إيه إن", "سي.آي.إيه")]
    public void Recognize_DottedAcronym_IsOneOrganization(string text, string expected)
    {
        IReadOnlyList<Entity> names = Names(text);
        Entity name = Assert.Single(names, e => e.Text.Contains('.', StringComparison.Ordinal) || e.Text is "بي" or "سي" or "إس");
        Assert.Equal(expected, name.Text);
        Assert.Equal(EntityType.Organization, name.Type);
    }

    [Theory]
    [InlineData("استقبل الملك سلمان حفظه الله الوفد", "سلمان")]
    [InlineData("عاشها الملك فيصل -رحمه الله - بالإضافة إلى صور نادرة له", "فيصل")]
    [InlineData("توفي الأمير نايف يرحمه الله أمس", "نايف")]
    [InlineData("عن عمر بن الخطاب رضي الله عنه قال", "عمر بن الخطاب")]
    public void Recognize_BlessingAfterAName_IsNotPartOfThePerson(string text, string person)
    {
        IReadOnlyList<Entity> names = Names(text);
        Assert.Contains(names, e => e.Text == person && e.Type == EntityType.Person);
        Assert.DoesNotContain(names, e => e.Type == EntityType.Person && e.Text.Contains("الله", StringComparison.Ordinal));
        Assert.Contains(names, e => e.Text == "الله" && e.Type == EntityType.Misc);
    }

    [Theory]
    [InlineData("وقال أحد المستشارين في الكرملين الشهر الماضي إن")]
    [InlineData("كما يقول أحد الناشطين السياسيين من قبيلة التبو")]
    public void Recognize_OneOfBeforeADefiniteWord_IsNotAPerson(string text)
    {
        Assert.DoesNotContain(People(text), e => e.Text.StartsWith("أحد", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_AllahAfterAPersonCalledAbdAllah_IsNotReadAsHisSurname()
    {
        // The document rule that makes a person's surname a person elsewhere must not take الله from عبد الله.
        IReadOnlyList<Entity> names = Names("كتب عبد الله اليامي مقالا. وقال حسن المعيض: أنا أومن بالله، الله هو الذي خلق الكون.");
        Assert.DoesNotContain(names, e => e.Type == EntityType.Person && e.Text == "الله");
    }

    [Fact]
    public void Recognize_PersonBeforeARegnalOrdinal_TakesItIn()
    {
        Assert.Contains(Names("وزار الملك الفونسو الثالث عشر المدينة"), e => e.Text == "الفونسو الثالث عشر" && e.Type == EntityType.Person);
    }

    [Fact]
    public void Recognize_PeopleJoinedByTheConjunction_AreSeparatePeople()
    {
        const string text = "وشارك في اللقاء الوزير سامح شكري وبوريطة والصفدي";
        IReadOnlyList<Entity> people = People(text);
        Assert.Contains(people, e => e.Text == "سامح شكري");
        Assert.Contains(people, e => e.Text == "الصفدي");
    }

    [Fact]
    public void Recognize_HyphenatedSurname_IsOnePersonAndTheLaterMentionToo()
    {
        const string text = "قال بروس مادي-فايتسمان، أستاذ التاريخ في جامعة تل أبيب، إن العلاقات قديمة. كما أوضحت مادي-فايتسمان، أن المغرب حليف.";
        IReadOnlyList<Entity> people = People(text);
        Assert.Equal(["بروس مادي-فايتسمان", "مادي-فايتسمان"], people.Select(e => e.Text));
        Assert.DoesNotContain(Names(text), e => e.Type != EntityType.Person && e.Text.Contains("فايتسمان", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_HyphenatedPairOfOneWordNames_StaysTwoPeople()
    {
        const string text = "وقال بنيامين نتنياهو إن حكومة نتنياهو-غانتس لن تسقط، وأضاف غانتس أن الاتفاق صامد.";
        Assert.DoesNotContain(Names(text), e => e.Text.Contains("نتنياهو-غانتس", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("The quick brown fox jumps over the lazy dog.")]
    [InlineData("\ud800\udc00\ud800 \u0000\u0001 ،،، 1234")]
    public void Recognize_EmptyOrForeignText_NoCrash(string text)
    {
        IReadOnlyList<Entity> entities = Names(text);
        Assert.All(entities, e => Assert.Equal(e.Text, text[e.Span.Start..e.Span.End]));
    }

    [Fact]
    public void Recognize_ManyThreads_SameResult()
    {
        string text = SeedFiles.Read("002");
        string expected = string.Join('|', Names(text));
        string[] results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = string.Join('|', Names(text)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Recognize_SentenceOfThousandsOfTokens_IsReadInPiecesAndFindsEveryName()
    {
        // 5,000 tokens without sentence punctuation: read in pieces of at most NamedEntityRecognizer.MaxSentenceTokens.
        const string unit = "زار المغرب وفد من إسرائيل ";
        string text = string.Concat(Enumerable.Repeat(unit, 1000));

        IReadOnlyList<Entity> names = Names(text);

        Assert.True(5000 > NamedEntityRecognizer.MaxSentenceTokens);
        Assert.Equal(2000, names.Count(e => e.Type == EntityType.Location));
        Assert.All(names, e => Assert.Equal(e.Text, text[e.Span.Start..e.Span.End]));
        Assert.Equal(1000, names.Count(e => e.Text == "إسرائيل" && (e.Span.Start - unit.IndexOf("إسرائيل", StringComparison.Ordinal)) % unit.Length == 0));
    }
}
