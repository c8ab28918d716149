namespace ArabicEntities.Gazetteers;

/// <summary>A gazetteer entry found in a tokenized text.</summary>
/// <param name="FirstToken">The index of the match's first token in <see cref="Text.TokenizedText.Tokens"/>.</param>
/// <param name="TokenCount">How many consecutive tokens the match covers.</param>
/// <param name="Categories">The categories of the matched entry.</param>
/// <param name="ProcliticLength">
/// The number of characters of the caller's original text at the start of the first token (from
/// <see cref="Text.Token.Start"/>) that are attached proclitics and not part of the entry (والمغرب → 1, للمغرب → 1,
/// وبغداد → 1, لإسرائيل → 1, وَالمغرب → 2 with its fatha; 0 when the token starts the entry).
/// </param>
/// <param name="NormalizedProcliticLength">The same in the normalized text (from <see cref="Text.Token.NormalizedStart"/>; وَالمغرب → 1).</param>
internal readonly record struct GazetteerMatch(int FirstToken, int TokenCount, GazetteerCategory Categories, int ProcliticLength, int NormalizedProcliticLength)
{
    /// <summary>Gets the index one past the match's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
