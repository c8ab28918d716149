namespace ArabicEntities.Temporal;

/// <summary>
/// A position relative to the anchor (the reference date): <c>Amount</c> <c>Unit</c>s after it, or before it when
/// negative. العام الماضي is (<see cref="TimexGranularity.Year"/>, −1); بعد أسبوعين is (<see cref="TimexGranularity.Week"/>, 2).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Unit">The calendar unit counted: <see cref="TimexGranularity.Day"/>, <see cref="TimexGranularity.Week"/>,
/// <see cref="TimexGranularity.Month"/> or <see cref="TimexGranularity.Year"/>.</param>
/// <param name="Amount">How many units after (positive), before (negative) or at (zero) the anchor.</param>
public sealed record TimexOffset(TimexGranularity Unit, int Amount)
{
    /// <inheritdoc/>
    public override string ToString() => $"{(Amount >= 0 ? "+" : string.Empty)}{Amount} {Unit}";
}
