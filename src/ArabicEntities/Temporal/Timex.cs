namespace ArabicEntities.Temporal;

/// <summary>
/// A normalized temporal expression in TIMEX3 terms: its type, value, granularity and modifier, and, when it is
/// relative to a reference date that was not given, the offset that would resolve it.
/// </summary>
/// <remarks>
/// <para>The value grammar is documented in <c>docs/timex3.md</c>: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>,
/// <c>YYY</c> (decade), <c>YY</c> (century), <c>YYYY-Www</c>, <c>XXXX-MM-DD</c> (year unknown), <c>THH:MM</c>,
/// <c>YYYY-MM-DDTHH:MM</c>, <c>YYYY-MM-DDTEV</c> (part of day), <c>PnY/PnM/PnW/PnD/PTnH</c>, and intervals
/// <c>A/B</c>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">The TIMEX3 value.</param>
/// <param name="Granularity">The finest unit the value specifies (for durations and sets, the unit counted).</param>
public sealed record Timex(TimexType Type, string Value, TimexGranularity Granularity)
{
    /// <summary>Which part of the period the text means (أوائل → <see cref="TimexMod.Start"/>); <see langword="null"/> for the whole.</summary>
    public TimexMod? Mod { get; init; }

    /// <summary>
    /// For a relative expression, its offset from the anchor (the reference date, or in narrative mode the latest
    /// explicit date before it); <see langword="null"/> for absolute expressions.
    /// </summary>
    public TimexOffset? Offset { get; init; }

    /// <summary>Whether the value is fully specified (contains no <c>X</c> placeholder).</summary>
    public bool IsResolved => !Value.Contains('X', StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Type} {Value}{(Mod is { } mod ? " mod=" + mod.ToString().ToUpperInvariant() : string.Empty)}{(Offset is { } offset ? " offset=" + offset : string.Empty)}";
}
