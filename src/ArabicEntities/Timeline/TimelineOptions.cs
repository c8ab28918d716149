using ArabicEntities.Recognition;

namespace ArabicEntities.Timeline;

/// <summary>Settings of a <see cref="TimelineBuilder"/>.</summary>
/// <remarks>Immutable (derive variants with <c>with</c>) and thread-safe.</remarks>
public sealed record TimelineOptions
{
    /// <summary>The default settings: the full pipeline, clauses split, names propagated, events merged across documents.</summary>
    public static TimelineOptions Default { get; } = new();

    /// <summary>The pipeline that extracts each document's entities; <see langword="null"/> means <see cref="EntityPipeline.Default"/>.</summary>
    public EntityPipeline? Pipeline { get; init; }

    /// <summary>
    /// Whether a sentence that holds several dates is split into one clause per date (at قبل أن, a comma or the
    /// conjunction و between them), so that each event gets only its own clause's participants. Default <see langword="true"/>.
    /// </summary>
    public bool SplitClauses { get; init; } = true;

    /// <summary>
    /// Whether the full names of people found anywhere are looked for in every document's words, to catch mentions the
    /// recognizer missed or glued to another name. Default <see langword="true"/>.
    /// </summary>
    public bool PropagateNames { get; init; } = true;

    /// <summary>
    /// Whether the same event reported by several documents (the same date value and at least one shared participant,
    /// or no participants on either side) becomes one event with several sources. Default <see langword="true"/>.
    /// </summary>
    public bool MergeAcrossDocuments { get; init; } = true;
}
