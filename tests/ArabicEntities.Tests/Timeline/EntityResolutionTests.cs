using ArabicEntities.Recognition;
using ArabicEntities.Timeline;
using static ArabicEntities.Tests.Timeline.TimelineTestDocuments;

namespace ArabicEntities.Tests.Timeline;

public class EntityResolutionTests
{
    private static ArabicEntities.Timeline.Timeline Build(params DocumentFacts[] documents) => TimelineBuilder.Default.Build(documents);

    [Theory]
    [InlineData("يائير لبيد", "يائير لابيد")]
    [InlineData("مايك بومبو", "مايك بومبيو")]
    [InlineData("بروس مادي-فايتسمان", "بروس مادي وايتسمان")]
    [InlineData("بيني غانتس", "بيني غانتس")]
    [InlineData("أفيف كوخافي", "افيف كوخافى")]
    [InlineData("بنيامين نتنياهو", "بنيامين نتانياهو")]
    [InlineData("فاطمة الزهراء", "فاطمه الزهراء")]
    public void SpellingVariants_AcrossDocuments_AreOneEntity(string a, string b)
    {
        ArabicEntities.Timeline.Timeline timeline = Build(
            Facts("a", $"قال {a} إن المحادثات مستمرة.", Person(a)),
            Facts("b", $"وأكد {b} ذلك أمس.", Person(b)));
        ResolvedEntity person = Assert.Single(timeline.Entities);
        Assert.Equal(["a", "b"], person.Mentions.Select(m => m.DocumentId));
        Assert.Equal("person-1", person.Id);
    }

    [Theory]
    [InlineData("بيني غانتس", "غانتس")]
    [InlineData("أفيف كوخافي", "كوخافي")]
    [InlineData("بنيامين نتنياهو", "نتنياهو")]
    [InlineData("بروس مادي-فايتسمان", "مادي-فايتسمان")]
    public void ShortForm_InTheSameDocument_LinksToTheFullName(string full, string shortForm)
    {
        ArabicEntities.Timeline.Timeline timeline = Build(Facts("a", $"وصل {full} إلى الرباط. وقال {shortForm} إن الزيارة تاريخية.", Person(full), Person(shortForm)));
        ResolvedEntity person = Assert.Single(timeline.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(2, person.Mentions.Count);
        Assert.Equal(full, person.Name);
    }

    [Theory]
    [InlineData("غانتس", "بيني غانتس")]
    [InlineData("وايتسمان", "بروس مادي-فايتسمان")]
    [InlineData("نتنياهو", "بنيامين نتنياهو")]
    public void LoneFamilyName_InAnotherDocument_JoinsTheOnePersonWithThatName(string shortForm, string full)
    {
        ArabicEntities.Timeline.Timeline timeline = Build(
            Facts("a", $"وصل {full} إلى الرباط.", Person(full)),
            Facts("b", $"وقال {shortForm} إن الزيارة تاريخية.", Person(shortForm)));
        ResolvedEntity person = Assert.Single(timeline.Entities);
        Assert.Equal(full, person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void ShortForm_EndingTwoNamesOfTheDocument_JoinsTheNearestOneBeforeIt()
    {
        const string text = "وصل بيني غانتس إلى الرباط. وقال غانتس إن الزيارة تاريخية. ثم وصل يائير غانتس إلى الدار البيضاء. وأكد غانتس ذلك. وختم غانتس الكلمة.";
        ArabicEntities.Timeline.Timeline timeline = Build(Facts("a", text, Person("بيني غانتس"), Person("يائير غانتس"), Person("غانتس")));
        ResolvedEntity benny = Assert.Single(timeline.Entities, e => e.Name == "بيني غانتس");
        ResolvedEntity yair = Assert.Single(timeline.Entities, e => e.Name == "يائير غانتس");
        Assert.Equal(2, benny.Mentions.Count);
        Assert.Equal(3, yair.Mentions.Count);
        Assert.True(benny.Mentions.Max(m => m.Start) < yair.Mentions.Min(m => m.Start));
    }

    [Fact]
    public void RanKochav_IsNotAvivKochavi()
    {
        ArabicEntities.Timeline.Timeline timeline = Build(
            Facts("a", "يقوم رئيس الأركان أفيف كوخافي بزيارة إلى المغرب. وقال المتحدث ران كوخاف إن كوخافي سيلتقي نظراءه.", Person("أفيف كوخافي"), Person("ران كوخاف"), Person("كوخافي")),
            Facts("b", "وصل كوخافي إلى الرباط، وقال كوخاف إن الزيارة مهمة.", Person("كوخافي"), Person("كوخاف")));
        string kochavi = IdOf(timeline, "أفيف كوخافي");
        string kochav = IdOf(timeline, "ران كوخاف");
        Assert.NotEqual(kochavi, kochav);
        Assert.Equal(3, timeline.FindEntity(kochavi)!.Mentions.Count);
        Assert.Equal(2, timeline.FindEntity(kochav)!.Mentions.Count);
    }

    [Fact]
    public void TwoPeopleSharingAFamilyName_StayApart_AndALoneFamilyNameIsNotGuessed()
    {
        ArabicEntities.Timeline.Timeline timeline = Build(
            Facts("a", "التقى بنيامين نتنياهو بالوفد.", Person("بنيامين نتنياهو")),
            Facts("b", "وصل يائير نتنياهو إلى واشنطن.", Person("يائير نتنياهو")),
            Facts("c", "وقال نتنياهو إن الاتفاق قريب.", Person("نتنياهو")));
        Assert.Equal(3, timeline.Entities.Count);
        Assert.Equal(3, timeline.Entities.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void SameGivenAndFamilyName_WithAMiddleName_Merges_ButDifferentGivenNamesDoNot()
    {
        Assert.True(EntityResolverProbe.Compatible("محمد السادس", "محمد بن الحسن السادس"));
        Assert.True(EntityResolverProbe.Compatible("مادي فايتسمان", "بروس مادي وايتسمان"));
        Assert.False(EntityResolverProbe.Compatible("ران كوخاف", "أفيف كوخافي"));
        Assert.False(EntityResolverProbe.Compatible("يائير نتنياهو", "بنيامين نتنياهو"));
        Assert.False(EntityResolverProbe.Compatible("بيني غانتس", "دان غانتس"));
    }

    [Fact]
    public void TitleBeforeAName_IsNotPartOfIt()
    {
        ArabicEntities.Timeline.Timeline timeline = Build(
            Facts("a", "قام الملك محمد السادس بزيارة.", Person("الملك محمد السادس")),
            Facts("b", "استقبل محمد السادس الوفد.", Person("محمد السادس")));
        Assert.Single(timeline.Entities);
    }

    [Fact]
    public void NameGluedToAPlaceWithAProclitic_LosesThePlace()
    {
        ArabicEntities.Timeline.Timeline timeline = Build(Facts("a", "تهدف زيارة غانتس للرباط إلى تعزيز العلاقات. ووصل بيني غانتس إلى الرباط.", Person("غانتس للرباط"), Person("بيني غانتس"), Place("الرباط")));
        ResolvedEntity gantz = timeline.Entities.Single(e => e.Type == EntityType.Person);
        Assert.Equal(["غانتس", "بيني غانتس"], gantz.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void KnownFullName_SwallowedByAnOrganization_IsFoundAgain()
    {
        ArabicEntities.Timeline.Timeline timeline = Build(
            Facts("a", "قال بروس مادي-فايتسمان إن المغرب فريد.", Person("بروس مادي-فايتسمان")),
            Facts("b", "ويعتبر الخبير بجامعة تل أبيب بروس مادي وايتسمان أن التزامن مقصود.", Org("جامعة تل أبيب بروس مادي وايتسمان")));
        ResolvedEntity person = timeline.Entities.Single(e => e.Type == EntityType.Person);
        Assert.Equal(["بروس مادي-فايتسمان", "بروس مادي وايتسمان"], person.Mentions.Select(m => m.Text));
        Assert.Equal("جامعة تل أبيب", timeline.Entities.Single(e => e.Type == EntityType.Organization).Name);
    }

    [Fact]
    public void NameCutAtAHyphen_IsOneName()
    {
        ArabicEntities.Timeline.Timeline timeline = Build(Facts("a", "قال بروس مادي-فايتسمان إن المغرب فريد.", Person("بروس مادي"), Org("فايتسمان")));
        ResolvedEntity entity = Assert.Single(timeline.Entities);
        Assert.Equal((EntityType.Person, "بروس مادي-فايتسمان"), (entity.Type, entity.Name));
    }

    [Fact]
    public void PlaceWithAConjunction_JoinsThePlace()
    {
        ArabicEntities.Timeline.Timeline timeline = Build(Facts("a", "بين الرباط وتل أبيب. زار تل أبيب.", Place("الرباط"), Place("وتل أبيب"), Place("تل أبيب")));
        Assert.Equal(2, timeline.Entities.Count);
        Assert.Equal("تل أبيب", timeline.Entities[1].Name);
    }

    [Fact]
    public void Ids_AreByTypeInOrderOfFirstAppearance()
    {
        ArabicEntities.Timeline.Timeline timeline = Build(Facts("a", "وصل بيني غانتس إلى الرباط ثم التقى يائير لبيد في القدس.", Person("بيني غانتس"), Place("الرباط"), Person("يائير لبيد"), Place("القدس")));
        Assert.Equal(["person-1", "location-1", "person-2", "location-2"], timeline.Entities.Select(e => e.Id));
    }
}

/// <summary>Reaches the internal compatibility rule through its public effect: two documents, one name each.</summary>
internal static class EntityResolverProbe
{
    public static bool Compatible(string a, string b)
    {
        ArabicEntities.Timeline.Timeline timeline = TimelineBuilder.Default.Build(
            [Facts("a", $"قال {a} كلاما.", Person(a)), Facts("b", $"قال {b} كلاما.", Person(b))]);
        return timeline.Entities.Count == 1;
    }
}
