using System.Globalization;
using ArabicEntities.Recognition;
using ArabicEntities.Timeline;

namespace ArabicEntities.Cli;

/// <summary>Writes a timeline as a readable chronology: one block per event (date, sentence trimmed, participants by type, sources).</summary>
internal static class TimelineText
{
    private const int MaxSentence = 180;

    /// <summary>Writes <paramref name="timeline"/>.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="output">The output.</param>
    public static void Write(Timeline.Timeline timeline, TextWriter output)
    {
        Dictionary<string, ResolvedEntity> entities = timeline.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        int documents = timeline.Events.Concat(timeline.Unresolved).SelectMany(e => e.Sources).Select(s => s.DocumentId)
            .Concat(timeline.Entities.SelectMany(e => e.Mentions).Select(m => m.DocumentId)).Distinct(StringComparer.Ordinal).Count();
        output.Write(string.Create(CultureInfo.InvariantCulture, $"Timeline: {timeline.Events.Count} events, {timeline.Unresolved.Count} unresolved dates, {timeline.Entities.Count} entities, {documents} documents\n\n"));
        foreach (TimelineEvent e in timeline.Events)
        {
            WriteEvent(e, entities, output);
        }

        if (timeline.Unresolved.Count > 0)
        {
            output.Write("Unresolved dates\n\n");
            foreach (TimelineEvent e in timeline.Unresolved)
            {
                WriteEvent(e, entities, output);
            }
        }
    }

    private static void WriteEvent(TimelineEvent e, Dictionary<string, ResolvedEntity> entities, TextWriter output)
    {
        output.Write($"{e.Date.Value,-12} {e.Date.Text} — {Trim(e.Sentence)}\n");
        foreach (EntityType type in (EntityType[])[EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Misc])
        {
            List<string> names = [.. e.Participants.Select(id => entities.GetValueOrDefault(id)).OfType<ResolvedEntity>().Where(x => x.Type == type).Select(x => x.Name)];
            if (names.Count > 0)
            {
                output.Write($"{string.Empty,-12} {Label(type)}: {string.Join("، ", names)}\n");
            }
        }

        output.Write($"{string.Empty,-12} sources: {string.Join(", ", e.Sources.Select(s => s.DocumentId))}\n\n");
    }

    private static string Label(EntityType type) => type switch
    {
        EntityType.Person => "people",
        EntityType.Organization => "organizations",
        EntityType.Location => "places",
        _ => "other",
    };

    private static string Trim(string sentence)
    {
        string flat = string.Join(' ', sentence.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= MaxSentence ? flat : string.Concat(flat.AsSpan(0, MaxSentence), "…");
    }
}
