using System.Text;
using ArabicEntities.Recognition;
using ArabicEntities.Timeline;

namespace ArabicEntities.Tests.Timeline;

public class LongDocumentTimelineTests
{
    [Fact]
    public void Build_MegabyteDocument_EveryRepeatIsItsOwnEventWithTheSameParticipants()
    {
        // One document of a megabyte: thousands of names, dates and clauses in one article. Each repeat is an event of
        // its own (one document does not merge with itself), with the same people and places; the resolver and the
        // event grouping look names and groups up by index, so this stays linear in the document's length.
        const string piece = "وقال وزير الدفاع الإسرائيلي بيني غانتس في الرباط يوم 24 نوفمبر 2021 إن الاتفاق تاريخي، وأضاف غانتس أن المغرب شريك.\n";
        var text = new StringBuilder();
        while (text.Length < 1_000_000)
        {
            text.Append(piece);
        }

        int repeats = text.Length / piece.Length;
        ArabicEntities.Timeline.Timeline timeline = EntityPipeline.Default.BuildTimeline([new TimelineDocument("long", text.ToString(), new DateOnly(2021, 11, 25))]);

        TimelineEvent[] events = [.. timeline.Events.Where(e => e.Date.Value == "2021-11-24")];
        Assert.Equal(repeats, events.Length);
        string[] first = [.. events[0].Participants.Select(id => timeline.FindEntity(id)!.Name)];
        Assert.Contains("بيني غانتس", first);
        Assert.Contains("الرباط", first);
        Assert.All(events, e => Assert.Equal(first, e.Participants.Select(id => timeline.FindEntity(id)!.Name)));
    }
}
