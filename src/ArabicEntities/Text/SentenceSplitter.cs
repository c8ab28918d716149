namespace ArabicEntities.Text;

/// <summary>
/// Splits tokenized text into sentences: after a full stop, question or exclamation mark (Arabic ؟ included) or an
/// ellipsis, together with the closing quotes and brackets glued to it, and at every line break (news paragraphs).
/// </summary>
/// <remarks>
/// A full stop does not end a sentence after a one-letter abbreviation (<c>د.</c>, <c>U.S.</c>) or when a lowercase
/// Latin word follows. Every token belongs to exactly one sentence. Instances are immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// TokenizedText t = ArabicTokenizer.Default.Tokenize(article);
/// foreach (Sentence s in SentenceSplitter.Default.Split(t))
/// {
///     Console.WriteLine(s.GetText(article));
/// }
/// </code>
/// </example>
public sealed class SentenceSplitter
{
    private SentenceSplitter(bool splitAtLineBreaks)
    {
        SplitAtLineBreaks = splitAtLineBreaks;
    }

    /// <summary>The sentence splitter that also splits at line breaks (right for news, where a line is a paragraph).</summary>
    public static SentenceSplitter Default { get; } = new(splitAtLineBreaks: true);

    /// <summary>The sentence splitter for hard-wrapped text, where a line break does not end a sentence.</summary>
    public static SentenceSplitter IgnoringLineBreaks { get; } = new(splitAtLineBreaks: false);

    /// <summary>Whether a line break ends a sentence.</summary>
    public bool SplitAtLineBreaks { get; }

    /// <summary>Splits <paramref name="text"/> into sentences.</summary>
    /// <param name="text">Tokenized text.</param>
    /// <returns>The sentences in order; empty when the text has no tokens.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Sentence> Split(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<Token> tokens = text.Tokens;
        var sentences = new List<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            bool boundary = SplitAtLineBreaks && text.IsFollowedByLineBreak(i);
            if (!boundary && IsTerminal(tokens, i))
            {
                // Keep closing quotes and brackets glued to the terminal mark in this sentence.
                while (i + 1 < tokens.Count && text.IsGluedToNext(i) && IsClosing(tokens[i + 1]) && !(SplitAtLineBreaks && text.IsFollowedByLineBreak(i)))
                {
                    i++;
                }

                boundary = true;
            }

            if (boundary || i == tokens.Count - 1)
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[i].End), first, i - first + 1));
                first = i + 1;
            }
        }

        return sentences.AsReadOnly();
    }

    private static bool IsTerminal(IReadOnlyList<Token> tokens, int i)
    {
        Token token = tokens[i];
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        char mark = token.NormalizedText[0];
        if (mark is '!' or '?' or '\u061F' or '\u2026' or '\u06D4')
        {
            return true;
        }

        if (mark != '.')
        {
            return false;
        }

        if (token.NormalizedText.Length > 1)
        {
            return true; // "..." ellipsis
        }

        // One-letter abbreviations such as د. (doctor), م. (engineer / AD) or U.S.
        if (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].NormalizedText.Length == 1 && tokens[i - 1].End == token.Start)
        {
            return false;
        }

        return i + 1 >= tokens.Count || !(tokens[i + 1].Kind == TokenKind.LatinWord && char.IsLower(tokens[i + 1].NormalizedText[0]));
    }

    private static bool IsClosing(Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        char c = token.NormalizedText[0];
        return c is '"' or '\'' or '»' or '”' or '’' or ')' or ']' or '}' or '›';
    }
}
