namespace ArabicEntities.Text;

/// <summary>One way to read an Arabic word as proclitics + stem + enclitic.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Proclitics">The clitics before the stem, outermost first (و، ب، ال in وبالمغرب); possibly empty.</param>
/// <param name="Stem">The stem as written, normalized (حكومت in حكومته).</param>
/// <param name="BaseForm">The stem as it stands alone: a ت before a pronoun suffix restored to ة (حكومة); otherwise <paramref name="Stem"/>.</param>
/// <param name="StemSpan">Where the stem is written (same coordinates as the clitics' spans).</param>
/// <param name="Enclitic">The pronoun suffix, or <see langword="null"/>.</param>
public sealed record CliticSegmentation(IReadOnlyList<Clitic> Proclitics, string Stem, string BaseForm, TextSpan StemSpan, Clitic? Enclitic)
{
    /// <summary>Whether the word was read without any clitic.</summary>
    public bool IsBare => Proclitics.Count == 0 && Enclitic is null;

    /// <summary>Whether the stem carries the definite article.</summary>
    public bool HasArticle => Proclitics.Any(p => p.Kind == CliticKind.Article);
}
