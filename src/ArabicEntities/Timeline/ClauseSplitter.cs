using ArabicEntities.Text;

namespace ArabicEntities.Timeline;

/// <summary>
/// Splits a sentence that holds several dates into one clause per date: between two dates, at قبل أن / بعد أن / على أن, else at
/// a comma or semicolon, else at a word that begins with the conjunction و (the leftmost of the strongest kind).
/// Dates with no such boundary between them share their clause.
/// </summary>
internal static class ClauseSplitter
{
    // Words that begin with و without it being the conjunction.
    private static readonly HashSet<string> NotConjunction = new(
        ["وزير", "وزيرة", "وزارة", "وزراء", "وحدة", "وكالة", "وفد", "وضع", "وقت", "وسط", "ولاية", "وطني", "وطنية", "وفق", "وفقا", "واشنطن", "وثيقة", "وصول", "ولي", "والي", "واقع", "وجود"],
        StringComparer.Ordinal);

    /// <summary>The clause span of each date, in the order given.</summary>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="dates">The spans of the sentence's dates, in text order.</param>
    /// <returns>One span per date, trimmed of punctuation at its edges.</returns>
    public static TextSpan[] Split(IReadOnlyList<Token> tokens, Sentence sentence, IReadOnlyList<TextSpan> dates)
    {
        // Clause k covers tokens [bounds[k], bounds[k + 1]).
        var bounds = new List<int> { sentence.FirstToken };
        var clauseOf = new int[dates.Count];
        for (int d = 1; d < dates.Count; d++)
        {
            int boundary = FindBoundary(tokens, sentence, dates[d - 1], dates[d]);
            if (boundary >= 0 && boundary > bounds[^1])
            {
                bounds.Add(boundary);
            }

            clauseOf[d] = bounds.Count - 1;
        }

        bounds.Add(sentence.EndToken);
        var spans = new TextSpan[dates.Count];
        for (int d = 0; d < dates.Count; d++)
        {
            spans[d] = Trim(tokens, bounds[clauseOf[d]], bounds[clauseOf[d] + 1], dates[d]);
        }

        return spans;
    }

    private static int FindBoundary(IReadOnlyList<Token> tokens, Sentence sentence, TextSpan before, TextSpan after)
    {
        int best = -1;
        int bestRank = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            Token token = tokens[t];
            if (token.Start < before.End)
            {
                continue;
            }

            if (token.End > after.Start)
            {
                break;
            }

            int rank = Rank(tokens, t, sentence.EndToken);
            if (rank > bestRank)
            {
                best = t;
                bestRank = rank;
            }
        }

        return best;
    }

    private static int Rank(IReadOnlyList<Token> tokens, int t, int end)
    {
        Token token = tokens[t];
        string text = token.NormalizedText;
        if (text is "قبل" or "بعد" or "وقبل" or "وبعد" or "على" && t + 1 < end && tokens[t + 1].NormalizedText is "أن" or "ان")
        {
            return 3;
        }

        if (token.Kind == TokenKind.Punctuation && text is "،" or "," or "؛" or ";")
        {
            return 2;
        }

        if (token.Kind == TokenKind.ArabicWord && text.Length >= 4 && text[0] == 'و' && !NotConjunction.Contains(text))
        {
            return 1;
        }

        return 0;
    }

    private static TextSpan Trim(IReadOnlyList<Token> tokens, int first, int end, TextSpan date)
    {
        while (first < end - 1 && tokens[first].Kind == TokenKind.Punctuation && tokens[first].End <= date.Start)
        {
            first++;
        }

        while (end - 1 > first && tokens[end - 1].Kind == TokenKind.Punctuation && tokens[end - 1].Start >= date.End && !IsClosing(tokens[end - 1].NormalizedText))
        {
            end--;
        }

        return new TextSpan(Math.Min(tokens[first].Start, date.Start), Math.Max(tokens[end - 1].End, date.End));
    }

    private static bool IsClosing(string text) => text is "\"" or "”" or "»" or ")" or "]" or "." or "!" or "?" or "؟";
}
