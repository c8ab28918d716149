using ArabicEntities.Text;

namespace ArabicEntities.Recognition;

/// <summary>A document after normalization, tokenization and sentence splitting: what recognizers read.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Tokens">The normalized view and its tokens.</param>
/// <param name="Sentences">The sentences, covering every token.</param>
public sealed record AnalyzedDocument(TokenizedText Tokens, IReadOnlyList<Sentence> Sentences)
{
    /// <summary>The caller's original text.</summary>
    public string Original => Tokens.Original;
}
