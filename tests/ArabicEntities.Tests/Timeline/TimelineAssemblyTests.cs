using ArabicEntities.Recognition;
using ArabicEntities.Timeline;
using static ArabicEntities.Tests.Timeline.TimelineTestDocuments;

namespace ArabicEntities.Tests.Timeline;

public class TimelineAssemblyTests
{
    private const string OsloSentence =
        "وكان البلدان أقاما علاقات دبلوماسية إثر توقيع اتفاقات أوسلو بين إسرائيل ومنظمة التحرير الفلسطينية عام 1993، قبل أن تقطعها الرباط إبّان الانتفاضة الفلسطينية الثانية عام 2000.";

    [Fact]
    public void SentenceWithTwoDates_IsSplitIntoOneClausePerDate_WithTheirOwnParticipants()
    {
        ArabicEntities.Timeline.Timeline timeline = TimelineBuilder.Default.Build(
        [
            Facts("a", OsloSentence, Place("أوسلو"), Place("إسرائيل"), Org("منظمة التحرير الفلسطينية"), Place("الرباط"), Date("عام 1993", "1993"), Date("عام 2000", "2000")),
        ]);
        Assert.Equal(["1993", "2000"], timeline.Events.Select(e => e.Date.Value));
        TimelineEvent oslo = timeline.Events[0];
        TimelineEvent rupture = timeline.Events[1];
        Assert.StartsWith("وكان البلدان", oslo.Sentence, StringComparison.Ordinal);
        Assert.EndsWith("عام 1993", oslo.Sentence, StringComparison.Ordinal);
        Assert.StartsWith("قبل أن تقطعها الرباط", rupture.Sentence, StringComparison.Ordinal);
        Assert.Equal(OsloSentence[oslo.SentenceStart..oslo.SentenceEnd], oslo.Sentence);
        Assert.Equal(["أوسلو", "إسرائيل", "منظمة التحرير الفلسطينية"], oslo.Participants.Select(id => timeline.FindEntity(id)!.Name));
        Assert.Equal(["الرباط"], rupture.Participants.Select(id => timeline.FindEntity(id)!.Name));
    }

    [Theory]
    [InlineData("زار الوزير الرباط في يوليو 2021، وأقام علاقات مع القدس في مارس 2022، كما استضاف وفدا.", "الرباط", "القدس")]
    [InlineData("زار الوزير الرباط في يوليو 2021 وأقام علاقات مع القدس في مارس 2022.", "الرباط", "القدس")]
    public void ClauseBoundary_CommaOrConjunction(string text, string first, string second)
    {
        ArabicEntities.Timeline.Timeline timeline = TimelineBuilder.Default.Build([Facts("a", text, Place(first), Place(second), Date("يوليو 2021", "2021-07"), Date("مارس 2022", "2022-03"))]);
        Assert.Equal([first], timeline.Events[0].Participants.Select(id => timeline.FindEntity(id)!.Name));
        Assert.Equal([second], timeline.Events[1].Participants.Select(id => timeline.FindEntity(id)!.Name));
    }

    [Fact]
    public void WithoutClauseSplitting_BothDatesAnchorTheWholeSentence()
    {
        TimelineBuilder builder = TimelineBuilder.Create(new TimelineOptions { SplitClauses = false });
        ArabicEntities.Timeline.Timeline timeline = builder.Build([Facts(builder, "a", OsloSentence, Place("الرباط"), Place("أوسلو"), Date("عام 1993", "1993"), Date("عام 2000", "2000"))]);
        Assert.All(timeline.Events, e => Assert.Equal(OsloSentence, e.Sentence));
        Assert.All(timeline.Events, e => Assert.Equal(2, e.Participants.Count));
    }

    [Fact]
    public void Events_AreChronological_PeriodStartThenLongerFirstThenDocumentOrder()
    {
        ArabicEntities.Timeline.Timeline timeline = TimelineBuilder.Default.Build(
        [
            Facts("a", "وقع الحدث في 2021-11-23. وفي نوفمبر 2021 تغير الوضع. وفي 2021 بدأ التعاون.", Date("2021-11-23", "2021-11-23"), Date("نوفمبر 2021", "2021-11"), Date("2021", "2021")),
            Facts("b", "في التسعينيات بدأت العلاقات. وفي عام 1993 وقعت الاتفاقات. وبين 2000 و2005 انقطعت.", Date("التسعينيات", "199"), Date("عام 1993", "1993"), Date("2000 و2005", "2000/2005")),
            Facts("c", "في عام 1993 أيضا.", Date("عام 1993", "1993")),
        ]);
        Assert.Equal(["199", "1993", "2000/2005", "2021", "2021-11", "2021-11-23"], timeline.Events.Select(e => e.Date.Value));

        // Two documents with the same year and no participants on either side: one event, both sources, document order.
        Assert.Equal(["b", "c"], timeline.Events[1].Sources.Select(s => s.DocumentId));
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"event-{i}"), timeline.Events.Select(e => e.Id));
    }

    [Fact]
    public void SameEventInSeveralDocuments_IsMerged_WithAllSources()
    {
        ArabicEntities.Timeline.Timeline timeline = TimelineBuilder.Default.Build(
        [
            Facts("a", "وصل أفيف كوخافي إلى المغرب الاثنين.", Person("أفيف كوخافي"), Place("المغرب"), Date("الاثنين", "2022-07-18")),
            Facts("b", "يقوم كوخافي بزيارة إلى المغرب الإثنين.", Person("كوخافي"), Place("المغرب"), Date("الإثنين", "2022-07-18")),
            Facts("c", "وفي الإثنين نفسه أعلنت إيران مناورات.", Place("إيران"), Date("الإثنين", "2022-07-18")),
        ]);
        Assert.Equal(2, timeline.Events.Count);
        TimelineEvent visit = timeline.Events[0];
        Assert.Equal(["a", "b"], visit.Sources.Select(s => s.DocumentId));
        Assert.Equal(2, visit.Participants.Count);
        Assert.Equal(["c"], timeline.Events[1].Sources.Select(s => s.DocumentId));
    }

    [Fact]
    public void MergingCanBeTurnedOff()
    {
        TimelineBuilder builder = TimelineBuilder.Create(new TimelineOptions { MergeAcrossDocuments = false });
        ArabicEntities.Timeline.Timeline timeline = builder.Build(
        [
            Facts(builder, "a", "وصل كوخافي إلى المغرب الاثنين.", Place("المغرب"), Date("الاثنين", "2022-07-18")),
            Facts(builder, "b", "وصل كوخافي إلى المغرب الاثنين.", Place("المغرب"), Date("الاثنين", "2022-07-18")),
        ]);
        Assert.Equal(2, timeline.Events.Count);
    }

    [Fact]
    public void UnresolvedDates_AreKeptApart_InDocumentOrder()
    {
        ArabicEntities.Timeline.Timeline timeline = TimelineBuilder.Default.Build(
        [
            Facts("a", "تجرى الانتخابات في 9 أبريل في إسرائيل. ووصل الوزير الساعة 10:30. وفي عام 2019 تغير الوضع.", Place("إسرائيل"), Date("9 أبريل", "XXXX-04-09"), (EntityType.Time, "الساعة 10:30", "T10:30"), Date("عام 2019", "2019")),
        ]);
        Assert.Equal(["2019"], timeline.Events.Select(e => e.Date.Value));
        Assert.Equal(["XXXX-04-09", "T10:30"], timeline.Unresolved.Select(e => e.Date.Value));
        Assert.Equal(["unresolved-1", "unresolved-2"], timeline.Unresolved.Select(e => e.Id));
        Assert.Equal(["إسرائيل"], timeline.Unresolved[0].Participants.Select(id => timeline.FindEntity(id)!.Name));
        Assert.False(timeline.Unresolved[0].Date.IsResolved);
    }

    [Fact]
    public void DurationsAndSets_AreNotEvents()
    {
        ArabicEntities.Timeline.Timeline timeline = TimelineBuilder.Default.Build(
            [Facts("a", "بعد ثلاثة أشهر على الاتفاق يجتمع الطرفان سنويا.", (EntityType.Duration, "ثلاثة أشهر", "P3M"), (EntityType.Set, "سنويا", "P1Y"))]);
        Assert.Empty(timeline.Events);
        Assert.Empty(timeline.Unresolved);
    }

    [Fact]
    public void DuplicateDocumentIds_AreRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => TimelineBuilder.Default.Build([Facts("a", "نص."), Facts("a", "نص آخر.")]));
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractionOfAnotherText_IsRejected()
    {
        ExtractionResult other = EntityPipeline.Create().Extract("نص آخر");
        Assert.Throws<ArgumentException>(() => TimelineBuilder.Default.Analyze(new TimelineDocument("a", "نص"), other));
        Assert.Throws<ArgumentException>(() => new TimelineDocument(string.Empty, "نص"));
        Assert.Throws<ArgumentNullException>(() => new TimelineDocument("a", null!));
        Assert.Throws<ArgumentNullException>(() => TimelineBuilder.Default.Build((IEnumerable<TimelineDocument>)[null!]));
    }

    [Fact]
    public void EmptyInput_GivesAnEmptyTimeline()
    {
        ArabicEntities.Timeline.Timeline timeline = EntityPipeline.Create().BuildTimeline([]);
        Assert.Empty(timeline.Entities);
        Assert.Empty(timeline.Events);
        Assert.Empty(timeline.Unresolved);
    }

    [Fact]
    public void Facts_KeepCountsNotTexts()
    {
        DocumentFacts facts = Facts("a", "وصل غانتس إلى الرباط في عام 2021.", Person("غانتس"), Place("الرباط"), Date("عام 2021", "2021"));
        Assert.Equal(("a", 2, 1), (facts.DocumentId, facts.NameCount, facts.DateCount));
    }
}
