using System.Buffers;

namespace ArabicEntities.Text;

/// <summary>
/// Splits text into typed tokens (Arabic, Latin and other words, numbers, punctuation, symbols, URLs, e-mail
/// addresses) in one pass over the normalized view, each with its exact offsets in the caller's original text.
/// </summary>
/// <remarks>
/// <para>Whitespace and control characters separate tokens; a change of script separates tokens
/// (<c>فرانس24</c> → <c>فرانس</c> + <c>24</c>) except that digits following Latin letters stay in the Latin word.
/// Each punctuation mark is its own token (runs of the same mark are one). Clitics stay attached: see
/// <see cref="CliticAnalyzer"/>.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// TokenizedText t = ArabicTokenizer.Default.Tokenize("وصل غانتس إلى الرباط.");
/// foreach (Token token in t.Tokens)
/// {
///     Console.WriteLine($"{token.Start}-{token.End} {token.Kind} {token.Text} {token.NormalizedText}");
/// }
/// </code>
/// </example>
public sealed class ArabicTokenizer
{
    private static readonly Lazy<ArabicTokenizer> DefaultInstance = new(() => new ArabicTokenizer(ArabicTokenizerOptions.Default));

    private ArabicTokenizer(ArabicTokenizerOptions options)
    {
        Options = options;
        Normalizer = ArabicNormalizer.Create(options.Normalization);
    }

    /// <summary>The tokenizer with <see cref="ArabicTokenizerOptions.Default"/>.</summary>
    public static ArabicTokenizer Default => DefaultInstance.Value;

    /// <summary>The settings of this tokenizer.</summary>
    public ArabicTokenizerOptions Options { get; }

    /// <summary>The normalizer applied before tokenizing.</summary>
    public ArabicNormalizer Normalizer { get; }

    /// <summary>Creates a tokenizer.</summary>
    /// <param name="options">The settings; <see langword="null"/> means <see cref="ArabicTokenizerOptions.Default"/>.</param>
    /// <returns>A thread-safe tokenizer.</returns>
    public static ArabicTokenizer Create(ArabicTokenizerOptions? options = null) =>
        options is null || options == ArabicTokenizerOptions.Default ? Default : new ArabicTokenizer(options);

    /// <summary>Normalizes and tokenizes <paramref name="text"/>.</summary>
    /// <param name="text">The original text.</param>
    /// <returns>The normalized view and its tokens, with offsets into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is <see langword="null"/>.</exception>
    public TokenizedText Tokenize(string text) => Tokenize(Normalizer.Normalize(text));

    /// <summary>Tokenizes an already normalized text.</summary>
    /// <param name="text">The normalized view of a text (from any normalizer).</param>
    /// <returns>The tokens, with offsets into <see cref="NormalizedText.Original"/>.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is <see langword="null"/>.</exception>
    public TokenizedText Tokenize(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The tokens gather in a pooled buffer (news runs at about 5.4 code units per token) and are copied once into an
        // array of the exact length.
        Token[] buffer = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 3));
        int count = 0;
        try
        {
            string normalized = text.Text;
            string original = text.Original;
            int run = -1;
            foreach (TokenSpan t in EnumerateTokens(normalized))
            {
                TextSpan span = text.ToOriginal(t.Start, t.End, ref run);
                string originalText = original.Substring(span.Start, span.Length);

                // Most tokens read the same in both views (the normalizer changed other words): one string serves both.
                ReadOnlySpan<char> normalizedSpan = normalized.AsSpan(t.Start, t.Length);
                string normalizedText = text.IsIdentity || normalizedSpan.SequenceEqual(originalText) ? originalText : normalizedSpan.ToString();
                if (count == buffer.Length)
                {
                    Token[] larger = ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    buffer.AsSpan(0, count).Clear();
                    ArrayPool<Token>.Shared.Return(buffer);
                    buffer = larger;
                }

                buffer[count++] = new Token(t.Kind, span, new TextSpan(t.Start, t.End), originalText, normalizedText);
            }

            return new TokenizedText(text, buffer.AsSpan(0, count).ToArray());
        }
        finally
        {
            buffer.AsSpan(0, count).Clear();
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Enumerates the tokens of <paramref name="normalizedText"/> without allocating. Pair it with
    /// <see cref="ArabicNormalizer.TryNormalize(ReadOnlySpan{char}, Span{char}, Span{int}, out int)"/> and
    /// <see cref="NormalizedText.MapToOriginal"/> for an allocation-free pipeline.
    /// </summary>
    /// <param name="normalizedText">The text to tokenize, normally the output of <see cref="Normalizer"/>.</param>
    /// <returns>An enumerator of <see cref="TokenSpan"/>s, with offsets into <paramref name="normalizedText"/>.</returns>
    /// <example>
    /// <code>
    /// int words = 0;
    /// foreach (TokenSpan t in ArabicTokenizer.Default.EnumerateTokens(normalized))
    /// {
    ///     if (t.Kind == TokenKind.ArabicWord) words++;
    /// }
    /// </code>
    /// </example>
    public TokenEnumerator EnumerateTokens(ReadOnlySpan<char> normalizedText) => new(normalizedText, Options.DetectWebAddresses);
}
