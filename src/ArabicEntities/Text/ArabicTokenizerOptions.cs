namespace ArabicEntities.Text;

/// <summary>Settings of an <see cref="ArabicTokenizer"/>.</summary>
/// <remarks>Immutable (derive variants with <c>with</c>) and thread-safe.</remarks>
public sealed record ArabicTokenizerOptions
{
    /// <summary>The default settings: the default normalizer, web addresses detected.</summary>
    public static ArabicTokenizerOptions Default { get; } = new();

    /// <summary>The normalization applied before tokenizing; default <see cref="ArabicNormalizerOptions.Default"/>.</summary>
    public ArabicNormalizerOptions Normalization { get; init; } = ArabicNormalizerOptions.Default;

    /// <summary>Recognize URLs and e-mail addresses as single tokens. Default <see langword="true"/>.</summary>
    public bool DetectWebAddresses { get; init; } = true;
}
