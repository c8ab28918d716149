namespace ArabicEntities.Gazetteers;

/// <summary>A gazetteer entry found in a tokenized text.</summary>
/// <param name="FirstToken">The index of the match's first token in <see cref="Text.TokenizedText.Tokens"/>.</param>
/// <param name="TokenCount">How many consecutive tokens the match covers.</param>
/// <param name="Categories">The categories of the matched entry.</param>
/// <param name="ProcliticLength">
/// The number of normalized characters at the start of the first token that are attached proclitics and not part of
/// the entry (والمغرب → 1, للمغرب → 1, وبغداد → 1, لإسرائيل → 1; 0 when the token starts the entry).
/// </param>
internal readonly record struct GazetteerMatch(int FirstToken, int TokenCount, GazetteerCategory Categories, int ProcliticLength)
{
    /// <summary>Gets the index one past the match's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
