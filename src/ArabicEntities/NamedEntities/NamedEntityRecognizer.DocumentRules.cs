using ArabicEntities.Recognition;
using ArabicEntities.Text;

namespace ArabicEntities.NamedEntities;

// The document rules that run over a whole article's spans: surnames, hyphenated names, و-surnames.
public sealed partial class NamedEntityRecognizer
{
    // One article names a person in full once and by the surname afterwards; a surname the model typed as something else
    // there (فايتسمان as an organization) is the same person. Only one-word spans change, and only for words the gazetteer
    // does not list as a place or an organization (واشنطن stays a place after جورج واشنطن).
    private static void MakeSurnamesConsistent(IReadOnlyList<Token> tokens, ulong[] gazetteer, List<NameSpan> spans)
    {
        HashSet<string>? surnames = null;
        foreach (NameSpan span in spans)
        {
            if (span.Type == EntityType.Person && span.End - span.First > 1 && tokens[span.End - 1].Kind == TokenKind.ArabicWord)
            {
                (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[span.End - 1].NormalizedText);
            }
        }

        if (surnames is null)
        {
            return;
        }

        for (int k = 0; k < spans.Count; k++)
        {
            NameSpan span = spans[k];
            if (span.Type != EntityType.Person && span.End - span.First == 1 && (PlaceOrOrganizationBits & gazetteer[span.First]) == 0
                && SurnameOf(tokens[span.First].NormalizedText, surnames))
            {
                spans[k] = span with { Type = EntityType.Person };
            }
        }
    }

    private static bool SurnameOf(string form, HashSet<string> surnames) =>
        surnames.Contains(form) || (LightStemmer.TryStripAttachedParticles(form, out ReadOnlySpan<char> rest) && surnames.Contains(rest.ToString()));

    // A double-barrelled name written with a hyphen and no spaces (بروس مادي-فايتسمان) is one person: a person of two or
    // more words followed by a tight hyphen and a one-word name that is not a place or an organization takes that word in
    // (a pairing such as نتنياهو-غانتس has a one-word name before the hyphen and stays two people); and a one-word person
    // after a tight hyphen takes in the word before it when that word is part of a person the article names (أوضحت
    // مادي-فايتسمان, after بروس مادي-فايتسمان).
    private static void JoinHyphenatedNames(IReadOnlyList<Token> tokens, ulong[] gazetteer, List<NameSpan> spans)
    {
        HashSet<string>? personWords = null;
        for (int k = 0; k < spans.Count; k++)
        {
            NameSpan span = spans[k];
            int hyphen = span.First - 1;
            if (span.End - span.First != 1 || !IsTightHyphen(tokens, hyphen))
            {
                continue;
            }

            NameSpan before = k > 0 ? spans[k - 1] : default;
            if (k > 0 && before.End == hyphen && before.Type == EntityType.Person && before.End - before.First > 1
                && (span.Type == EntityType.Person || (PlaceOrOrganizationBits & gazetteer[span.First]) == 0))
            {
                spans[k - 1] = before with { End = span.End, Confidence = Math.Min(before.Confidence, span.Confidence) };
                spans.RemoveAt(k);
                k--;
                continue;
            }

            if (span.Type != EntityType.Person || (k > 0 && before.End >= hyphen))
            {
                continue;
            }

            if (personWords is null)
            {
                personWords = new HashSet<string>(StringComparer.Ordinal);
                foreach (NameSpan person in spans)
                {
                    for (int t = person.First; person.Type == EntityType.Person && person.End - person.First > 1 && t < person.End; t++)
                    {
                        personWords.Add(tokens[t].NormalizedText);
                    }
                }
            }

            if (personWords.Contains(tokens[hyphen - 1].NormalizedText))
            {
                spans[k] = span with { First = hyphen - 1 };
            }
        }
    }

    // A surname that starts with و can be read as "and" + a name (بروس مادي | وايتسمان). When the same article also names it
    // alone, with its و, as a person (ويرى وايتسمان أنّ), the و belongs to the name, and the person right before it is the
    // rest of the same name. A coordinated name (بوش | وبلير) is named alone without its و (وقال بلير) and stays apart.
    private static void JoinSurnamesReadAsConjoined(IReadOnlyList<Token> tokens, List<NameSpan> spans)
    {
        HashSet<string>? alone = null;
        for (int k = 0; k < spans.Count; k++)
        {
            NameSpan span = spans[k];
            bool adjacentToPerson = k > 0 && spans[k - 1].Type == EntityType.Person && spans[k - 1].End == span.First;
            if (span.Type == EntityType.Person && span.End - span.First == 1 && !adjacentToPerson && StartsWithConjunction(tokens[span.First]))
            {
                (alone ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[span.First].NormalizedText);
            }
        }

        for (int k = spans.Count - 1; alone is not null && k > 0; k--)
        {
            NameSpan span = spans[k];
            NameSpan before = spans[k - 1];
            if (span.Type == EntityType.Person && before.Type == EntityType.Person && before.End == span.First && span.End - span.First == 1
                && StartsWithConjunction(tokens[span.First]) && alone.Contains(tokens[span.First].NormalizedText))
            {
                spans[k - 1] = before with { End = span.End, Confidence = Math.Min(before.Confidence, span.Confidence) };
                spans.RemoveAt(k);
            }
        }
    }

    private static bool StartsWithConjunction(Token token) =>
        token.Kind == TokenKind.ArabicWord && token.NormalizedText.Length > 3 && token.NormalizedText[0] == 'و';

    // Token `index` is a hyphen written between two words without spaces.
    private static bool IsTightHyphen(IReadOnlyList<Token> tokens, int index) =>
        index > 0 && index + 1 < tokens.Count && tokens[index].Kind == TokenKind.Punctuation
        && tokens[index].Text is "-" or "‐" or "‑" && tokens[index - 1].IsWord
        && tokens[index - 1].Span.End == tokens[index].Span.Start && tokens[index].Span.End == tokens[index + 1].Span.Start;
}
