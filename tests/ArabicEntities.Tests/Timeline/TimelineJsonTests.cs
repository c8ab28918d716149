using ArabicEntities.Recognition;
using ArabicEntities.Timeline;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static ArabicEntities.Tests.Timeline.TimelineTestDocuments;

namespace ArabicEntities.Tests.Timeline;

public class TimelineJsonTests
{
    private static ArabicEntities.Timeline.Timeline Sample() => TimelineBuilder.Default.Build(
    [
        Facts("a", "وصل بيني غانتس إلى الرباط في عام 2021. وفي 9 أبريل تجرى الانتخابات.", Person("بيني غانتس"), Place("الرباط"), Date("عام 2021", "2021"), Date("9 أبريل", "XXXX-04-09")),
        Facts("b", "وقال غانتس في الرباط عام 2021 إن الزيارة تاريخية.", Person("غانتس"), Place("الرباط"), Date("عام 2021", "2021")),
    ]);

    [Fact]
    public void Json_HasTheDocumentedShape()
    {
        JObject json = JObject.Parse(JsonConvert.SerializeObject(Sample()));
        Assert.Equal(["schemaVersion", "entities", "events", "unresolved"], json.Properties().Select(p => p.Name));
        Assert.Equal(1, (int)json["schemaVersion"]!);
        JObject entity = (JObject)json["entities"]![0]!;
        Assert.Equal(["id", "type", "name", "mentions"], entity.Properties().Select(p => p.Name));
        Assert.Equal("Person", (string?)entity["type"]);
        Assert.Equal(["doc", "start", "end", "text"], ((JObject)entity["mentions"]![0]!).Properties().Select(p => p.Name));
        JObject e = (JObject)json["events"]![0]!;
        Assert.Equal(["id", "date", "sentence", "sentenceStart", "sentenceEnd", "participants", "sources"], e.Properties().Select(p => p.Name));
        Assert.Equal(["value", "text", "doc", "start", "end"], ((JObject)e["date"]!).Properties().Select(p => p.Name));
        Assert.Equal(["date", "sentence", "sentenceStart", "sentenceEnd", "participants"], ((JObject)e["sources"]![0]!).Properties().Select(p => p.Name));
        Assert.Equal(2, ((JArray)e["sources"]!).Count);
        Assert.Equal("XXXX-04-09", (string?)json["unresolved"]![0]!["date"]!["value"]);
    }

    [Fact]
    public void Json_RoundTripsThroughNewtonsoft()
    {
        ArabicEntities.Timeline.Timeline timeline = Sample();
        string json = JsonConvert.SerializeObject(timeline);
        ArabicEntities.Timeline.Timeline back = JsonConvert.DeserializeObject<ArabicEntities.Timeline.Timeline>(json)!;
        Assert.Equal(json, JsonConvert.SerializeObject(back));
        Assert.Equal(EntityType.Location, back.Entities[1].Type);
        Assert.Equal(timeline.Events[0].Sources[1].SentenceSpan, back.Events[0].Sources[1].SentenceSpan);
        Assert.Equal(timeline.Entities[0].Mentions[1].Span, back.Entities[0].Mentions[1].Span);
        Assert.Equal(timeline.Events[0].Participants, back.Events[0].Participants);
    }

    [Fact]
    public void Json_RoundTripsOnTheSeeds()
    {
        ArabicEntities.Timeline.Timeline timeline = SeedTimelineTests.SeedTimeline.Value;
        string json = JsonConvert.SerializeObject(timeline, Formatting.Indented);
        Assert.Equal(json, JsonConvert.SerializeObject(JsonConvert.DeserializeObject<ArabicEntities.Timeline.Timeline>(json), Formatting.Indented));
    }
}
