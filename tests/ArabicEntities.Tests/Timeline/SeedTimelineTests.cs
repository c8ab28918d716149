using ArabicEntities.Recognition;
using ArabicEntities.Timeline;

namespace ArabicEntities.Tests.Timeline;

/// <summary>The five seed articles through the full pipeline: what the shipped recognizers allow today.</summary>
public class SeedTimelineTests
{
    internal static readonly Lazy<ArabicEntities.Timeline.Timeline> SeedTimeline = new(() => EntityPipeline.Default.BuildTimeline(
        SeedFiles.Paths.Select(p => Path.GetFileName(p)[..3]).Select(id => new TimelineDocument(id, SeedFiles.Read(id), SeedFiles.PublicationDate(id)))));

    private static ArabicEntities.Timeline.Timeline Seeds => SeedTimeline.Value;

    [Fact]
    public void Chronology_RunsFromOsloToKochavisVisit_InOrder()
    {
        List<string> values = [.. Seeds.Events.Select(e => e.Date.Value)];
        string[] expected = ["199", "1993", "2000", "2020", "2021-08", "2021-11-23", "2022-03", "2022-07-18"];
        int at = 0;
        foreach (string value in values)
        {
            if (at < expected.Length && value == expected[at])
            {
                at++;
            }
        }

        Assert.True(at == expected.Length, $"missing {(at < expected.Length ? expected[at] : string.Empty)} in order: {string.Join(' ', values)}");
        Assert.Equal(values.Count, Seeds.Events.Count);
    }

    [Fact]
    public void Events_AreSortedByPeriodStart()
    {
        List<string> starts = [.. Seeds.Events.Select(e => e.Date.Value[..Math.Min(4, e.Date.Value.Length)].PadRight(4, '0'))];
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
    }

    [Fact]
    public void OsloAndTheBreak_AreTwoClauses_WithTheirOwnPlaces()
    {
        TimelineEvent oslo = Seeds.Events.Single(e => e.Date.Value == "1993");
        Assert.Equal("001", oslo.Date.DocumentId);
        Assert.Contains(oslo.Participants, id => Seeds.FindEntity(id)!.Name == "أوسلو");
        Assert.DoesNotContain(oslo.Participants, id => Seeds.FindEntity(id)!.Name == "الرباط");
        TimelineEvent rupture = Seeds.Events.Single(e => e.Date.Value == "2000" && e.Date.DocumentId == "001");
        Assert.StartsWith("قبل أن تقطعها الرباط", rupture.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void GantzsVisit_HasGantzAndMorocco()
    {
        TimelineEvent visit = Seeds.Events.First(e => e.Date.Value == "2021-11-23");
        List<string> names = [.. visit.Participants.Select(id => Seeds.FindEntity(id)!.Name)];
        Assert.Contains("بيني غانتس", names);
        Assert.Contains("المغرب", names);
    }

    [Fact]
    public void KochavisVisit_IsReportedByBothArticlesOfThatDay()
    {
        TimelineEvent visit = Seeds.Events.First(e => e.Date.Value == "2022-07-18");
        Assert.Equal(["002", "004"], visit.Sources.Select(s => s.DocumentId).Distinct());
    }

    [Theory]
    [InlineData("يائير لبيد", "يائير لابيد")]
    [InlineData("مايك بومبو", "مايك بومبيو")]
    [InlineData("بروس مادي-فايتسمان", "بروس مادي وايتسمان")]
    [InlineData("بيني غانتس", "غانتس")]
    [InlineData("بنيامين نتنياهو", "نتنياهو")]
    [InlineData("فيكتوريا كوتس", "كوتس")]
    public void SpellingVariantsAndShortForms_InTheSeeds_AreOneEntity(string a, string b)
    {
        ResolvedEntity entity = Seeds.Entities.Single(e => e.Mentions.Any(m => m.Text == a));
        Assert.Contains(entity.Mentions, m => m.Text == b);
        Assert.Equal(EntityType.Person, entity.Type);
    }

    [Fact]
    public void GantzInTwoArticles_IsOnePerson()
    {
        ResolvedEntity gantz = Seeds.Entities.Single(e => e.Name == "بيني غانتس");
        Assert.Equal(["001", "002"], gantz.Mentions.Select(m => m.DocumentId).Distinct());
        Assert.DoesNotContain(gantz.Mentions, m => m.Text.Contains("الرباط", StringComparison.Ordinal));
    }

    [Fact]
    public void RanKochav_IsNotKochavi()
    {
        ResolvedEntity kochav = Seeds.Entities.Single(e => e.Mentions.Any(m => m.Text == "ران كوخاف"));
        Assert.DoesNotContain(kochav.Mentions, m => m.Text.Contains("كوخافي", StringComparison.Ordinal));
    }

    [Fact]
    public void Kochavi_FullAndShortForms_AreOnePersonInBothArticles()
    {
        ResolvedEntity kochavi = Seeds.Entities.Single(e => e.Name == "أفيف كوخافي");
        Assert.Contains(kochavi.Mentions, m => m.Text == "كوخافي" && m.DocumentId == "002");
        Assert.Contains(kochavi.Mentions, m => m.Text == "كوخافي" && m.DocumentId == "004");
        Assert.Equal(["002", "004"], kochavi.Mentions.Select(m => m.DocumentId).Distinct().Order());
    }

    [Fact]
    public void EveryMention_IndexesItsDocument()
    {
        Dictionary<string, string> texts = SeedFiles.Paths.Select(p => Path.GetFileName(p)[..3]).ToDictionary(id => id, SeedFiles.Read);
        foreach (EntityMention m in Seeds.Entities.SelectMany(e => e.Mentions))
        {
            Assert.Equal(m.Text, texts[m.DocumentId][m.Start..m.End]);
        }

        foreach (EventSource s in Seeds.Events.Concat(Seeds.Unresolved).SelectMany(e => e.Sources))
        {
            Assert.Equal(s.Sentence, texts[s.DocumentId][s.SentenceStart..s.SentenceEnd]);
            Assert.Equal(s.Date.Text, texts[s.DocumentId][s.Date.Start..s.Date.End]);
            Assert.True(s.SentenceSpan.Contains(s.Date.Span));
        }
    }
}
