namespace ArabicEntities.Recognition;

/// <summary>Per-document settings of <see cref="EntityPipeline.Extract(string, ExtractionOptions?)"/>.</summary>
/// <remarks>Immutable (derive variants with <c>with</c>) and thread-safe.</remarks>
public sealed record ExtractionOptions
{
    /// <summary>No reference date.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>
    /// The date relative expressions (أمس، الشهر الماضي) are resolved against, normally the publication date;
    /// <see langword="null"/> leaves them unresolved.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }
}
