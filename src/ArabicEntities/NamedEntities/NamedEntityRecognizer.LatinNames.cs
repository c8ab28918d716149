using System.Collections.Frozen;
using ArabicEntities.Gazetteers;
using ArabicEntities.Recognition;
using ArabicEntities.Text;

namespace ArabicEntities.NamedEntities;

// The sentence rule for Latin-script names in Arabic text.
public sealed partial class NamedEntityRecognizer
{
    // Latin words that start a phrase rather than a name (My Search History), and words that make a capitalized Latin run
    // the name of an institution rather than of a person (Aston University, Promethean Technologies Group).
    private static readonly FrozenSet<string> LatinFunctionWords = FrozenSet.ToFrozenSet(
        ["A", "An", "And", "As", "At", "By", "For", "From", "How", "If", "In", "Is", "It", "My", "No", "Not", "Of", "On", "Or", "Our", "So", "This", "To", "We", "What", "When", "Why", "With", "You", "Your"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> LatinInstitutionWords = FrozenSet.ToFrozenSet(
        ["Academy", "Agency", "Airlines", "Airways", "Association", "Authority", "Bank", "Center", "Centre", "Club", "College", "Commission", "Committee", "Company", "Corp", "Corporation", "Council", "Department", "Foundation", "Fund", "Group", "Holdings", "Inc", "Institute", "International", "Ltd", "Media", "Ministry", "Network", "News", "Online", "Organization", "Organisation", "Party", "Post", "Press", "School", "Services", "Society", "Systems", "Technologies", "Technology", "Times", "Union", "United", "University"],
        StringComparer.Ordinal);

    // Latin-script names in Arabic text (موقع Axios، مجموعة "NSO"، (Corinna Kern/Reuters), زيورخ Zürich), which ANERcorp
    // barely shows the model (a few dozen Latin tokens): in a sentence that is mostly Arabic, a run of capitalized Latin
    // words the model left out, that is no part of a lowercase phrase (Nwe moon) and does not start with a function word
    // (My Search History), becomes a name when something says what it names: the gazetteer (Reuters, TRT); the name it
    // glosses (زيورخ Zürich، ألبرت أينشتاين ( Albert Einstein )); an organization head before it (past an opening quote or
    // parenthesis), or an institution word in it (Aston University, Promethean Technologies Group); a person title
    // before it, or a photo credit (Corinna Kern/Reuters). Capitalized runs with no such cue are left alone: in
    // Wikipedia's technical articles they are mostly glosses of terms (Light Water Reactors) and products (UNIX, GNU).
    private void AddLatinNames(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<bool> added)
    {
        if (_personBegin < 0 || _personInside < 0 || _organizationBegin < 0 || _organizationInside < 0 || _locationBegin < 0 || _locationInside < 0)
        {
            return;
        }

        int arabic = 0;
        int latin = 0;
        foreach (NerToken token in tokens)
        {
            arabic += token.Kind == TokenKind.ArabicWord ? 1 : 0;
            latin += token.Kind == TokenKind.LatinWord ? 1 : 0;
        }

        if (latin == 0 || latin >= arabic)
        {
            return;
        }

        // A photo credit names its photographer before the agency, (Corinna Kern/Reuters), whatever the model made of it.
        for (int slash = 2; slash + 1 < tokens.Length; slash++)
        {
            if (tokens[slash].Form != "/" || (tokens[slash + 1].Gazetteer & NerLexicon.AnyBit(GazetteerCategory.Organization)) == 0)
            {
                continue;
            }

            int start = slash;
            while (start > 0 && slash - start < 4 && IsCapitalizedLatin(tokens[start - 1]))
            {
                start--;
            }

            if (slash - start >= 2 && (start == 0 || tokens[start - 1].Kind != TokenKind.LatinWord) && (slash + 2 >= tokens.Length || labels[slash + 2] == 0 || _beginsEntity[labels[slash + 2]]))
            {
                for (int k = start; k < slash; k++)
                {
                    added[k] |= labels[k] == 0;
                    labels[k] = k == start ? _personBegin : _personInside;
                }
            }
        }

        for (int i = 0; i < tokens.Length; i++)
        {
            if (labels[i] != 0 || !IsCapitalizedLatin(tokens[i]) || (i > 0 && tokens[i - 1].Kind == TokenKind.LatinWord))
            {
                continue;
            }

            int end = i + 1;
            while (end < tokens.Length && labels[end] == 0)
            {
                if (IsCapitalizedLatin(tokens[end]) || IsRomanNumeral(tokens[end]))
                {
                    end++;
                }
                else if (end + 1 < tokens.Length && labels[end + 1] == 0 && IsLatinConnector(tokens[end]) && IsCapitalizedLatin(tokens[end + 1]))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            int first = i;
            i = end - 1;
            if ((end < tokens.Length && tokens[end].Kind == TokenKind.LatinWord) || LatinFunctionWords.Contains(tokens[first].Form))
            {
                continue; // part of a Latin phrase, not a name
            }

            int before = first - 1;
            bool parenthesized = before >= 0 && tokens[before].Form == "(";
            if (before >= 0 && (ClosingQuote(tokens[before]) != '\0' || parenthesized))
            {
                before--;
            }

            ulong bits = tokens[first].Gazetteer;
            ulong cue = before >= 0 ? tokens[before].Gazetteer : 0;
            // A gloss follows its name directly or alone in parentheses: زيورخ Zürich، أينشتاين ( Albert Einstein ).
            bool gloss = before == first - 1 || (parenthesized && end < tokens.Length && tokens[end].Form == ")");
            int glossed = gloss && before >= 0 && labels[before] != 0 ? labels[before] : 0;
            bool acronym = true;
            bool institution = false;
            for (int k = first; k < end; k++)
            {
                acronym &= IsAcronym(tokens[k].Form);
                institution |= LatinInstitutionWords.Contains(tokens[k].Form);
            }

            EntityType? type =
                (bits & NerLexicon.AnyBit(GazetteerCategory.Organization)) != 0 ? EntityType.Organization
                : (bits & NerLexicon.AnyBit(Places)) != 0 ? EntityType.Location
                : glossed != 0 ? _typeOfLabel[glossed]
                : (cue & NerLexicon.SingleOrInsideBits(GazetteerCategory.OrganizationHead)) != 0 || (institution && end - first > 1) ? EntityType.Organization
                : !acronym && (cue & NerLexicon.SingleOrInsideBits(GazetteerCategory.PersonTitle)) != 0 ? EntityType.Person
                : null;
            (int begin, int inside) = type switch
            {
                EntityType.Person => (_personBegin, _personInside),
                EntityType.Location => (_locationBegin, _locationInside),
                EntityType.Organization => (_organizationBegin, _organizationInside),
                EntityType.Misc => (_miscBegin, _miscInside),
                _ => (-1, -1),
            };
            if (begin < 0 || inside < 0)
            {
                continue;
            }

            for (int k = first; k < end; k++)
            {
                labels[k] = k == first ? begin : inside;
                added[k] = true;
            }
        }
    }

    private static bool IsCapitalizedLatin(NerToken token) =>
        token.Kind == TokenKind.LatinWord && token.Form.Length > 1 && char.IsUpper(token.Form[0]) && !token.Form.AsSpan().ContainsAnyInRange('0', '9');

    private static bool IsRomanNumeral(NerToken token) =>
        token.Kind == TokenKind.LatinWord && token.Form is "I" or "II" or "III" or "IV" or "V" or "VI" or "VII" or "VIII" or "IX" or "X";

    private static bool IsLatinConnector(NerToken token) =>
        token.Kind == TokenKind.LatinWord && token.Form is "of" or "de" or "the" or "for" or "and" or "al" or "el" or "von" or "van" or "du" or "da" or "di";

    private static bool IsAcronym(string form)
    {
        int letters = 0;
        foreach (char c in form)
        {
            if (char.IsLower(c) || c == '.')
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }
}
