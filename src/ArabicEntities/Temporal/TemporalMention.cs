namespace ArabicEntities.Temporal;

/// <summary>A temporal expression found by <see cref="TemporalGrammar"/>: its tokens and its meaning.</summary>
/// <param name="First">The index of its first token.</param>
/// <param name="PrefixLength">Normalized code units of proclitics (و، ب، ل) on the first token left out of the span.</param>
/// <param name="End">The index one past its last token.</param>
/// <param name="Meaning">What it means.</param>
/// <param name="Confidence">How sure the grammar is, in [0, 1].</param>
internal sealed record TemporalMention(int First, int PrefixLength, int End, TemporalMeaning Meaning, double Confidence);
