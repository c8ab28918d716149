using System.Text;
using ArabicEntities.NamedEntities;
using ArabicEntities.Recognition;
using ArabicEntities.Temporal;
using ArabicEntities.Text;

namespace ArabicEntities.Tests.Recognition;

public sealed class EntityPipelineTests
{
    private const string NameBeforeDate = "وأعرب المغرب عن أسفه للقرار، فيما أعلنت جبهة البوليساريو الجمعة تكثيف عملياتها العسكرية.";

    // A recognizer that reports the given substrings of the text as organizations (the first occurrence of each).
    private sealed class Substrings(params string[] names) : IEntityRecognizer
    {
        public IEnumerable<Entity> Recognize(AnalyzedDocument document, ExtractionOptions options)
        {
            foreach (string name in names)
            {
                int start = document.Original.IndexOf(name, StringComparison.Ordinal);
                yield return new Entity(EntityType.Organization, new TextSpan(start, start + name.Length), name);
            }
        }
    }

    [Theory]
    [InlineData("جبهة البوليساريو الجمعة", "جبهة البوليساريو")]           // runs on into the weekday after it: ends before it
    [InlineData("الجمعة تكثيف", "تكثيف")]                                 // starts inside the date: starts after it
    [InlineData("الجمعة", null)]                                           // is the date: dropped
    [InlineData("جبهة البوليساريو", "جبهة البوليساريو")]                  // touches no date: kept
    public void Extract_NameOverlappingADate_LosesTheDatesWords(string name, string? expected)
    {
        var pipeline = EntityPipeline.Create(TemporalRecognizer.Default, new Substrings(name));

        IReadOnlyList<Entity> entities = pipeline.Extract(NameBeforeDate).Entities;

        Assert.Contains(entities, e => e.IsTemporal && e.Text == "الجمعة");
        Entity[] names = [.. entities.Where(e => !e.IsTemporal)];
        Assert.Equal(expected is null ? [] : [expected], names.Select(e => e.Text));
        Assert.All(names, e => Assert.Equal(e.Text, NameBeforeDate[e.Span.Start..e.Span.End]));
    }

    [Fact]
    public void Extract_LongDocument_EveryRepeatGetsTheSameEntitiesAsTheFirst()
    {
        // Several megabytes of one paragraph: names, dates and the name-date rule far into the text; the work is linear in
        // the document's length (a name-date pass that compared every name with every date took minutes at this size).
        string piece = NameBeforeDate + " وقال وزير الدفاع بيني غانتس في الرباط يوم 24 نوفمبر 2021 إن الاتفاق تاريخي.\n";
        var text = new StringBuilder();
        while (text.Length < 3_000_000)
        {
            text.Append(piece);
        }

        IReadOnlyList<Entity> entities = EntityPipeline.Default.Extract(text.ToString()).Entities;

        var byPiece = entities.GroupBy(e => e.Span.Start / piece.Length)
            .Select(g => string.Join(" | ", g.Select(e => $"{e.Type} {e.Span.Start % piece.Length} {e.Span.Length} {e.Text}")))
            .ToList();
        Assert.Equal(text.Length / piece.Length, byPiece.Count);
        Assert.All(byPiece, p => Assert.Equal(byPiece[0], p));
        Assert.Contains("Organization", byPiece[0], StringComparison.Ordinal);
        Assert.Contains("Person", byPiece[0], StringComparison.Ordinal);
        Assert.Contains("Date", byPiece[0], StringComparison.Ordinal);
    }
}
