using System.Runtime.Serialization;

namespace ArabicEntities.Timeline;

/// <summary>
/// A typed chronology assembled from one or more documents: the resolved entities (one identity per real-world
/// person, place or organization), the dated events in chronological order, and the dates that could not be placed.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Built by <see cref="TimelineBuilder"/> (or <see cref="Recognition.EntityPipeline.BuildTimeline"/>).
/// Serializes with Newtonsoft.Json's default settings (the types carry <see cref="DataContractAttribute"/>s) to the
/// schema documented in <c>docs/timeline-schema.md</c> (version <see cref="CurrentSchemaVersion"/>), and reads back
/// from it with <c>JsonConvert.DeserializeObject&lt;Timeline&gt;</c>.
/// </remarks>
[DataContract]
public sealed class Timeline
{
    /// <summary>The version of the JSON schema this type writes (<c>"schemaVersion"</c>).</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Creates a timeline.</summary>
    /// <param name="entities">The resolved entities, in order of first appearance.</param>
    /// <param name="events">The events, in chronological order.</param>
    /// <param name="unresolved">The events whose date could not be placed on the calendar (a value with an <c>X</c>, a clock time without a day), in document order.</param>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    public Timeline(IReadOnlyList<ResolvedEntity> entities, IReadOnlyList<TimelineEvent> events, IReadOnlyList<TimelineEvent> unresolved)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(unresolved);
        Entities = [.. entities];
        Events = [.. events];
        Unresolved = [.. unresolved];
    }

    /// <summary>The JSON schema version, <see cref="CurrentSchemaVersion"/>.</summary>
    [DataMember(Name = "schemaVersion", Order = 0)]
#pragma warning disable CA1822 // An instance property, so that serializers write it.
    public int SchemaVersion => CurrentSchemaVersion;
#pragma warning restore CA1822

    /// <summary>The resolved entities, in order of first appearance.</summary>
    [DataMember(Name = "entities", Order = 1)]
    public IReadOnlyList<ResolvedEntity> Entities { get; }

    /// <summary>The events, in chronological order: by start of the period, then longer periods first, then document order.</summary>
    [DataMember(Name = "events", Order = 2)]
    public IReadOnlyList<TimelineEvent> Events { get; }

    /// <summary>The events whose date could not be placed on the calendar, in document order; kept, not dropped.</summary>
    [DataMember(Name = "unresolved", Order = 3)]
    public IReadOnlyList<TimelineEvent> Unresolved { get; }

    /// <summary>Finds an entity by identifier.</summary>
    /// <param name="id">A <see cref="ResolvedEntity.Id"/>.</param>
    /// <returns>The entity, or <see langword="null"/> when there is none with that identifier.</returns>
    public ResolvedEntity? FindEntity(string id) => Entities.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
}
