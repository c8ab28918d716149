using ArabicEntities.Gazetteers;
using ArabicEntities.Text;

namespace ArabicEntities.NamedEntities;

// The sentence rules about places, quoted names and glued words that run after the model.
public sealed partial class NamedEntityRecognizer
{
    // A place name right after a place cue (ساحل الداخلة، بإقليم الصحراء، مدينة العيون) is a place even where the model,
    // which knows the word mostly as an ordinary one (الداخلة "the inner"), left it out: a one-word or multi-word gazetteer
    // place, or an ambiguous place (a place only in this position), that the model labelled O.
    private void AddCuedPlaces(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<bool> added)
    {
        const ulong places = (ulong)(Places | GazetteerCategory.AmbiguousPlace);
        if (_locationBegin < 0 || _locationInside < 0)
        {
            return;
        }

        for (int i = 1; i < tokens.Length; i++)
        {
            // The cue is a word of its own (ساحل، بإقليم) or the last word of a multi-word cue (شبه جزيرة).
            bool cued = (tokens[i - 1].Gazetteer & NerLexicon.SingleOrInsideBits(GazetteerCategory.LocationCue)) != 0;
            if (!cued || labels[i] != 0 || tokens[i].Kind != TokenKind.ArabicWord || (tokens[i].Gazetteer & (places | (places << NerLexicon.SingleShift))) == 0)
            {
                continue;
            }

            labels[i] = _locationBegin;
            added[i] = true;
            int j = i + 1;
            while (j < tokens.Length && labels[j] == 0 && (tokens[j].Gazetteer & (places << NerLexicon.InsideShift)) != 0 && (tokens[j].Gazetteer & places) == 0)
            {
                labels[j] = _locationInside;
                added[j] = true;
                j++;
            }

            i = j - 1;
        }
    }

    // A multi-word place the gazetteer knows is one place even where the model split it (وسلطنة | عمان): a place span that
    // starts a multi-word gazetteer place takes in the place spans that begin on the following words of the match.
    private void JoinGazetteerPlaces(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        const ulong places = (ulong)Places;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            if ((labels[i] != _locationBegin && labels[i] != _locationInside) || (tokens[i].Gazetteer & places) == 0)
            {
                continue;
            }

            for (int j = i + 1; j < tokens.Length && (tokens[j].Gazetteer & (places << NerLexicon.InsideShift)) != 0 && (labels[j] == _locationBegin || labels[j] == _locationInside); j++)
            {
                labels[j] = _locationInside;
                i = j;
            }
        }
    }

    // A quoted name right after an organization head is an organization (صحيفة "معاريف"، شركة "راتيو بيتروليوم"), and right
    // after a title cue a MISC name (برنامج «حوار من القلب»، رواية «أولاد حارتنا»), as ANERcorp annotates them: one to six
    // words between matching quotes become one span of that type, unless the model already made them exactly one span
    // of that type; the head itself is no part of it (a one-word span the model made of the head goes).
    private void AddQuotedNames(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<bool> added)
    {
        const int longest = 6;
        for (int i = 0; i + 3 < tokens.Length; i++)
        {
            ulong bits = tokens[i].Gazetteer;
            bool organization = (bits & NerLexicon.SingleOrInsideBits(GazetteerCategory.OrganizationHead)) != 0;
            bool title = (bits & NerLexicon.SingleOrInsideBits(GazetteerCategory.TitleCue)) != 0;
            char close = ClosingQuote(tokens[i + 1]);
            if ((!organization && !title) || close == '\0')
            {
                continue;
            }

            int end = i + 2;
            while (end < tokens.Length && end - (i + 2) <= longest && IsNameWord(tokens[end]))
            {
                end++;
            }

            int count = end - (i + 2);
            if (count == 0 || count > longest || end >= tokens.Length || tokens[end].Kind != TokenKind.Punctuation || tokens[end].Form[0] != close)
            {
                continue;
            }

            int begin = title ? _miscBegin : _organizationBegin;
            int inside = title ? _miscInside : _organizationInside;
            if (begin < 0 || inside < 0)
            {
                continue;
            }

            // The head is outside the name (منظمة | "هيومن رايتس ووتش"; train.txt: O 40 times of 41 before a quoted name): a
            // one-word span the model made of it goes.
            if (labels[i] == begin && labels[i + 1] == 0)
            {
                labels[i] = 0;
            }

            if (IsOneSpan(labels, i + 2, end, begin, inside))
            {
                continue;
            }

            for (int k = i + 2; k < end; k++)
            {
                added[k] |= labels[k] == 0;
                labels[k] = k == i + 2 ? begin : inside;
            }

            i = end;
        }
    }

    // A quoted organization name goes on to its closing quote ("الجبهة المغربية لدعم فلسطين وضد التطبيع"): an organization
    // the model starts right after an opening quote and ends a few words before the closing one takes those words in,
    // places among them included (لدعم فلسطين), when no person or other organization lies between.
    private void ExtendQuotedOrganizations(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<bool> added)
    {
        const int longest = 5;
        if (_organizationBegin < 0 || _organizationInside < 0)
        {
            return;
        }

        for (int i = 0; i + 2 < tokens.Length; i++)
        {
            char close = ClosingQuote(tokens[i]);
            if (close == '\0' || labels[i + 1] != _organizationBegin)
            {
                continue;
            }

            int end = i + 2;
            while (end < tokens.Length && labels[end] == _organizationInside)
            {
                end++;
            }

            int stop = end;
            while (stop < tokens.Length && stop - end <= longest && IsNameWord(tokens[stop])
                && (labels[stop] == 0 || labels[stop] == _locationBegin || labels[stop] == _locationInside))
            {
                stop++;
            }

            if (stop == end || stop - end > longest || stop >= tokens.Length || tokens[stop].Kind != TokenKind.Punctuation || tokens[stop].Form[0] != close)
            {
                continue;
            }

            for (int k = end; k < stop; k++)
            {
                added[k] |= labels[k] == 0;
                labels[k] = _organizationInside;
            }

            i = stop;
        }
    }

    private static bool IsNameWord(NerToken token) => token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.OtherWord or TokenKind.Number;

    // The quote that closes the one a token opens, or '\0' when the token is no opening quote.
    private static char ClosingQuote(NerToken token) => token.Kind != TokenKind.Punctuation || token.Form.Length != 1 ? '\0' : token.Form[0] switch
    {
        '«' => '»',
        '"' => '"',
        '“' => '”',
        _ => '\0',
    };

    private static bool IsOneSpan(ReadOnlySpan<int> labels, int first, int end, int begin, int inside)
    {
        if (labels[first] != begin || (end < labels.Length && labels[end] == inside))
        {
            return false;
        }

        for (int k = first + 1; k < end; k++)
        {
            if (labels[k] != inside)
            {
                return false;
            }
        }

        return true;
    }

    // A person span that is exactly a multi-word place of the gazetteer (سد سيدي سالم، ولاية بن عروس: سيدي and بن read as
    // name words) is that place, unless the gazetteer also has it as a person or it starts with a given or family name
    // (صلاح الدين is a province and the sultan).
    private void RetypePlacesReadAsPeople(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        const ulong places = (ulong)Places;
        const ulong person = (ulong)GazetteerCategory.Person
            | ((ulong)(GazetteerCategory.GivenName | GazetteerCategory.FamilyName) << NerLexicon.SingleShift);
        for (int i = 0; i < tokens.Length; i++)
        {
            if (labels[i] != _personBegin)
            {
                continue;
            }

            int end = i + 1;
            while (end < tokens.Length && labels[end] == _personInside)
            {
                end++;
            }

            bool place = end - i > 1 && (tokens[i].Gazetteer & places) != 0 && (tokens[i].Gazetteer & person) == 0
                && (end == tokens.Length || (tokens[end].Gazetteer & (places << NerLexicon.InsideShift)) == 0);
            for (int k = i + 1; place && k < end; k++)
            {
                place = (tokens[k].Gazetteer & (places << NerLexicon.InsideShift)) != 0;
            }

            for (int k = i; place && k < end; k++)
            {
                labels[k] = k == i ? _locationBegin : _locationInside;
            }

            i = end - 1;
        }
    }

    // A name does not end with a definite and an indefinite word written together (كوخافي القذرضيفا: القذر + ضيفا, an
    // editorial insult glued to the next word): such a last word of a multi-word span is left out of it.
    private void DropGluedTails(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        for (int i = 1; i < tokens.Length; i++)
        {
            bool endsSpan = labels[i] != 0 && !_beginsEntity[labels[i]] && (i + 1 == tokens.Length || labels[i + 1] == 0 || _beginsEntity[labels[i + 1]]);
            if (endsSpan && IsGluedPair(tokens[i]))
            {
                labels[i] = 0;
            }
        }
    }

    // An Arabic word outside the news vocabulary that splits into a definite frequent word and an indefinite one, each of
    // at least three letters after the article.
    private bool IsGluedPair(NerToken token)
    {
        const int minimumPart = 3;
        if (token.Kind != TokenKind.ArabicWord || token.Cluster is not null || token.Form.Length < 2 * minimumPart)
        {
            return false;
        }

        // The first word is definite and the second is not: compound names glue the other way (عبدالرحمن، نورالدين).
        ReadOnlySpan<char> form = token.Form;
        if (!form.StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }

        for (int cut = minimumPart + 2; cut <= form.Length - minimumPart; cut++)
        {
            if (!form[cut..].StartsWith("ال", StringComparison.Ordinal) && _lexicon.IsFrequentWord(form[..cut]) && _lexicon.IsFrequentWord(form[cut..]))
            {
                return true;
            }
        }

        return false;
    }

    // بزيارة is ب + a frequent word. Words starting with ك are left alone: the simile particle is rare in news and many
    // foreign names start with the letter (كوخافي، كوشنر، كيري).
    private bool HasKnownParticleReading(string form)
    {
        int particles = LightStemmer.AttachedParticleLength(form);
        return particles > 0 && form[particles - 1] != 'ك' && _lexicon.IsFrequentWord(form.AsSpan(particles));
    }
}
