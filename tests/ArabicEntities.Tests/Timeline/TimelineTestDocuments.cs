using ArabicEntities.Recognition;
using ArabicEntities.Timeline;

namespace ArabicEntities.Tests.Timeline;

/// <summary>Documents with hand-built entities, so that resolution and assembly are tested independently of the NER model.</summary>
internal static class TimelineTestDocuments
{
    private static readonly EntityPipeline Bare = EntityPipeline.Create();

    /// <summary>
    /// Analyses <paramref name="text"/> with every occurrence of each given surface marked as an entity (a temporal
    /// entity when a value is given).
    /// </summary>
    public static DocumentFacts Facts(string id, string text, params (EntityType Type, string Surface, string? Value)[] entities) =>
        Facts(TimelineBuilder.Default, id, text, entities);

    public static DocumentFacts Facts(TimelineBuilder builder, string id, string text, params (EntityType Type, string Surface, string? Value)[] entities)
    {
        ExtractionResult analysis = Bare.Extract(text);
        var marked = new List<Entity>();
        foreach ((EntityType type, string surface, string? value) in entities)
        {
            int at = text.IndexOf(surface, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{surface}' is not in the text");
            while (at >= 0)
            {
                // A word start, or after a one-letter proclitic (ومنظمة، بجامعة), which recognizers leave out of the span.
                bool wordStart = at == 0 || !char.IsLetter(text[at - 1])
                    || (text[at - 1] is 'و' or 'ب' or 'ل' or 'ف' && (at == 1 || !char.IsLetter(text[at - 2])));
                bool wordEnd = at + surface.Length == text.Length || !char.IsLetter(text[at + surface.Length]);
                bool inside = marked.Any(e => e.Span.Start <= at && at < e.Span.End);
                if (wordStart && wordEnd && !inside)
                {
                    marked.Add(new Entity(type, new ArabicEntities.Text.TextSpan(at, at + surface.Length), surface, value));
                }

                at = text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal);
            }
        }

        return builder.Analyze(new TimelineDocument(id, text), new ExtractionResult(analysis.Document, marked));
    }

    public static (EntityType, string, string?) Person(string surface) => (EntityType.Person, surface, null);

    public static (EntityType, string, string?) Place(string surface) => (EntityType.Location, surface, null);

    public static (EntityType, string, string?) Org(string surface) => (EntityType.Organization, surface, null);

    public static (EntityType, string, string?) Date(string surface, string value) => (EntityType.Date, surface, value);

    /// <summary>The ids of the entities that have a mention written exactly <paramref name="text"/>.</summary>
    public static string IdOf(ArabicEntities.Timeline.Timeline timeline, string text) =>
        timeline.Entities.Single(e => e.Mentions.Any(m => m.Text == text)).Id;
}
