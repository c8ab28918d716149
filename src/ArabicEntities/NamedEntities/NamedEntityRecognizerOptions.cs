namespace ArabicEntities.NamedEntities;

/// <summary>Settings of a <see cref="NamedEntityRecognizer"/>.</summary>
/// <remarks>Immutable (derive variants with <c>with</c>) and thread-safe.</remarks>
/// <example>
/// <code>
/// // Only the names that are right about 8 times in 10 or more (on news like ANERcorp's): higher precision, lower recall.
/// var recognizer = NamedEntityRecognizer.Create(new NamedEntityRecognizerOptions { MinimumConfidence = 0.8 });
/// var pipeline = EntityPipeline.Create(TemporalRecognizer.Default, recognizer);
/// </code>
/// </example>
public sealed record NamedEntityRecognizerOptions
{
    /// <summary>The defaults: every name the model finds.</summary>
    public static NamedEntityRecognizerOptions Default { get; } = new();

    /// <summary>
    /// The lowest <see cref="Recognition.Entity.Confidence"/> a name may have to be returned, in [0, 1] (default 0: every
    /// name). The confidence is calibrated, so the threshold reads as a probability of the span and type being exactly
    /// right; docs/evaluation.md gives the precision and recall each threshold gives on held-out news.
    /// </summary>
    /// <remarks>The names below the threshold still take part in the document-level passes (a surname made consistent
    /// with the full name elsewhere in the document); only the returned list is filtered.</remarks>
    public double MinimumConfidence { get; init; }
}
