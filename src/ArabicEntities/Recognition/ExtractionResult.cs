namespace ArabicEntities.Recognition;

/// <summary>What <see cref="EntityPipeline.Extract(string, ExtractionOptions?)"/> found in one document.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Document">The analysed document (normalized view, tokens, sentences).</param>
/// <param name="Entities">The entities, ordered by start offset then by longer span first.</param>
public sealed record ExtractionResult(AnalyzedDocument Document, IReadOnlyList<Entity> Entities);
