namespace ArabicEntities.Temporal;

/// <summary>Settings of a <see cref="TemporalRecognizer"/>.</summary>
/// <remarks>Immutable (derive variants with <c>with</c>) and thread-safe.</remarks>
public sealed record TemporalRecognizerOptions
{
    /// <summary>The defaults: no narrative mode.</summary>
    public static TemporalRecognizerOptions Default { get; } = new();

    /// <summary>
    /// When the document has no reference date, resolve relative expressions (العام الماضي، الخميس) against the
    /// latest explicit date written earlier in the document instead of leaving them unresolved.
    /// </summary>
    public bool NarrativeMode { get; init; }

    /// <summary>The earliest year a bare four-digit number may denote (default 1000).</summary>
    public int MinimumYear { get; init; } = 1000;

    /// <summary>The latest year a bare four-digit number may denote (default 2100).</summary>
    public int MaximumYear { get; init; } = 2100;
}
