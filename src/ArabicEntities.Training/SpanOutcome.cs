using ArabicEntities.NamedEntities;
using ArabicEntities.Recognition;

namespace ArabicEntities.Training;

/// <summary>One predicted name: what the labeller knew about it and whether span and type are exactly right.</summary>
/// <param name="Evidence">The span's evidence.</param>
/// <param name="Right">Whether a gold entity has exactly this span and type.</param>
internal sealed record SpanOutcome(SpanEvidence Evidence, bool Right)
{
    /// <summary>Labels every sentence of <paramref name="data"/> and pairs each predicted name with its correctness.</summary>
    public static List<SpanOutcome> Of(NamedEntityRecognizer recognizer, NerDataset data)
    {
        var outcomes = new List<SpanOutcome>();
        for (int s = 0; s < data.Sentences.Count; s++)
        {
            HashSet<(int Start, int End, string Type)> gold = ConllScorer.Chunks([.. data.Source[s].Tags.Select(NerTrainer.Normalize)]);
            foreach ((int first, int end, EntityType type, SpanEvidence evidence) in recognizer.Spans(data.Sentences[s]))
            {
                outcomes.Add(new SpanOutcome(evidence, gold.Contains((first, end, TypeName(type)))));
            }
        }

        return outcomes;
    }

    /// <summary>The CoNLL type name (<c>PERS</c>, <c>LOC</c>, <c>ORG</c>, <c>MISC</c>) of an entity type.</summary>
    internal static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERS",
        EntityType.Location => "LOC",
        EntityType.Organization => "ORG",
        _ => "MISC",
    };
}
