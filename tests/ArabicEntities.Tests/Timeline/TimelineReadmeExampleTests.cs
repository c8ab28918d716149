using ArabicEntities.Recognition;
using ArabicEntities.Timeline;

namespace ArabicEntities.Tests.Timeline;

/// <summary>The timeline example of the README, as written there.</summary>
public class TimelineReadmeExampleTests
{
    [Fact]
    public void ReadmeTimelineExample_BehavesAsDocumented()
    {
        ArabicEntities.Timeline.Timeline timeline = EntityPipeline.Default.BuildTimeline(
        [
            new TimelineDocument("a", "وصل وزير الدفاع الإسرائيلي بيني غانتس، الثلاثاء، إلى الرباط.", new DateOnly(2021, 11, 23)),
            new TimelineDocument("b", "وكان غانتس قد التقى يائير لابيد في القدس عام 2020.", new DateOnly(2022, 7, 18)),
        ]);
        var lines = new List<string>();
        foreach (TimelineEvent e in timeline.Events)
        {
            string who = string.Join("، ", e.Participants.Select(id => timeline.FindEntity(id)!.Name));
            lines.Add($"{e.Date.Value}\t{who}");
        }

        Assert.Equal(["2020\tبيني غانتس، يائير لابيد، القدس", "2021-11-23\tبيني غانتس، الرباط"], lines);
    }
}
