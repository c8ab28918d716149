using ArabicEntities.Temporal;
using ArabicEntities.Text;

namespace ArabicEntities.Recognition;

/// <summary>An entity mention found in a text.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Entity
{
    /// <summary>Creates an entity mention.</summary>
    /// <param name="type">Its type.</param>
    /// <param name="span">Its span in the caller's original text.</param>
    /// <param name="text">Its original text (the substring of the original at <paramref name="span"/>).</param>
    /// <param name="value">For temporal types, the TIMEX3 value; otherwise <see langword="null"/>.</param>
    /// <param name="confidence">The recognizer's confidence, in [0, 1].</param>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="confidence"/> is outside [0, 1].</exception>
    public Entity(EntityType type, TextSpan span, string text, string? value = null, double confidence = 1.0)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!(confidence is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must be in [0, 1].");
        }

        Type = type;
        Span = span;
        Text = text;
        Value = value;
        Confidence = confidence;
    }

    /// <summary>The entity's type.</summary>
    public EntityType Type { get; }

    /// <summary>The entity's span in the caller's original text (UTF-16, end-exclusive).</summary>
    public TextSpan Span { get; }

    /// <summary>The entity's original text.</summary>
    public string Text { get; }

    /// <summary>For dates, times, durations and sets, the TIMEX3 value (<c>2021-11-23</c>, <c>P3M</c>); otherwise <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>
    /// The recognizer's confidence, in [0, 1]. For names (<see cref="EntityType.Person"/>, <see cref="EntityType.Location"/>,
    /// <see cref="EntityType.Organization"/>, <see cref="EntityType.Misc"/>) from the built-in recognizer, the estimated
    /// probability that span and type are exactly right; for temporal entities, a fixed value per kind of expression.
    /// </summary>
    public double Confidence { get; }

    /// <summary>For temporal entities, the full TIMEX3 normalization (type, value, granularity, mod, offset); otherwise <see langword="null"/>.</summary>
    public Timex? Timex { get; init; }

    /// <summary>Whether the entity is temporal (date, time, duration or set).</summary>
    public bool IsTemporal => Type is EntityType.Date or EntityType.Time or EntityType.Duration or EntityType.Set;

    /// <inheritdoc/>
    public override string ToString() => $"{Type} {Span} {Text}{(Value is null ? string.Empty : " = " + Value)}";
}
