using System.Globalization;
using ArabicEntities.Text;

namespace ArabicEntities.Cli;

/// <summary>
/// The <c>tokenize</c> output: one line per token, <c>start⇥end⇥kind⇥original⇥normalized</c>. The text columns escape
/// tab, line feed and carriage return as <c>\t</c>, <c>\n</c>, <c>\r</c> (backslashes are not escaped); the tokenizer
/// never puts them in a token, since whitespace separates tokens, so the columns are in practice the exact texts.
/// </summary>
internal static class TokenTsv
{
    /// <summary>Writes every token of <paramref name="tokens"/>.</summary>
    public static void Write(TokenizedText tokens, TextWriter output)
    {
        Span<char> number = stackalloc char[11];
        foreach (Token token in tokens.Tokens)
        {
            token.Start.TryFormat(number, out int n, provider: CultureInfo.InvariantCulture);
            output.Write(number[..n]);
            output.Write('\t');
            token.End.TryFormat(number, out n, provider: CultureInfo.InvariantCulture);
            output.Write(number[..n]);
            output.Write('\t');
            output.Write(KindName(token.Kind));
            output.Write('\t');
            WriteEscaped(token.Text, output);
            output.Write('\t');
            WriteEscaped(token.NormalizedText, output);
            output.Write('\n');
        }
    }

    /// <summary>Writes <paramref name="text"/> with tab, line feed and carriage return escaped.</summary>
    public static void WriteEscaped(string text, TextWriter output)
    {
        ReadOnlySpan<char> rest = text;
        int at;
        while ((at = rest.IndexOfAny('\t', '\n', '\r')) >= 0)
        {
            output.Write(rest[..at]);
            output.Write(rest[at] switch { '\t' => "\\t", '\n' => "\\n", _ => "\\r" });
            rest = rest[(at + 1)..];
        }

        output.Write(rest);
    }

    private static string KindName(TokenKind kind) => kind switch
    {
        TokenKind.ArabicWord => nameof(TokenKind.ArabicWord),
        TokenKind.LatinWord => nameof(TokenKind.LatinWord),
        TokenKind.OtherWord => nameof(TokenKind.OtherWord),
        TokenKind.Number => nameof(TokenKind.Number),
        TokenKind.Punctuation => nameof(TokenKind.Punctuation),
        TokenKind.Symbol => nameof(TokenKind.Symbol),
        TokenKind.Url => nameof(TokenKind.Url),
        TokenKind.Email => nameof(TokenKind.Email),
        _ => kind.ToString(),
    };
}
