using ArabicEntities.Text;

namespace ArabicEntities.Recognition;

/// <summary>
/// A component that finds entities of some types in tokenized text. Recognizers are composed by
/// <see cref="EntityPipeline"/>; each must be thread-safe.
/// </summary>
public interface IEntityRecognizer
{
    /// <summary>Finds entities in one document.</summary>
    /// <param name="document">The tokenized document and its sentences.</param>
    /// <param name="options">The caller's settings for this document (reference date, …).</param>
    /// <returns>The entities found, with spans in the original text, in any order.</returns>
    IEnumerable<Entity> Recognize(AnalyzedDocument document, ExtractionOptions options);
}
