using System.Runtime.Serialization;
using ArabicEntities.Recognition;

namespace ArabicEntities.Timeline;

/// <summary>
/// One real-world person, place, organization or other name: every mention, in every document, that was resolved to it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Serialized (Newtonsoft.Json, see <c>docs/timeline-schema.md</c>) as
/// <c>{"id", "type", "name", "mentions": [...]}</c> with <c>type</c> an <see cref="EntityType"/> name.
/// </remarks>
[DataContract]
public sealed class ResolvedEntity
{
    /// <summary>Creates a resolved entity.</summary>
    /// <param name="id">Its identifier, unique in its timeline (<c>person-1</c>).</param>
    /// <param name="type">Its type (not a temporal type).</param>
    /// <param name="name">Its canonical name: the most frequent of its longest written forms.</param>
    /// <param name="mentions">Its mentions, in document order then by offset.</param>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    public ResolvedEntity(string id, EntityType type, string name, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(mentions);
        Id = id;
        Type = type;
        Name = name;
        Mentions = [.. mentions];
    }

    /// <summary>The identifier, unique in its timeline.</summary>
    [DataMember(Name = "id", Order = 0)]
    public string Id { get; }

    /// <summary>The type.</summary>
    public EntityType Type { get; }

    /// <summary>The canonical name.</summary>
    [DataMember(Name = "name", Order = 2)]
    public string Name { get; }

    /// <summary>The mentions, in document order then by offset.</summary>
    [DataMember(Name = "mentions", Order = 3)]
    public IReadOnlyList<EntityMention> Mentions { get; }

    [DataMember(Name = "type", Order = 1)]
    private string TypeName => Type.ToString();

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Type} {Name} ({Mentions.Count})";
}
