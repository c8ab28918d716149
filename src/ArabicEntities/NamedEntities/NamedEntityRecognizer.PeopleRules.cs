using ArabicEntities.Gazetteers;
using ArabicEntities.Text;

namespace ArabicEntities.NamedEntities;

// The sentence rules about people that run after the model: titled names, title words, name links and ordinals, coordination, adjacent and split spans.
public sealed partial class NamedEntityRecognizer
{
    // A title the model saw but whose unseen name it left out (رئيس أركان الجيش الإسرائيلي، أفيف كوخافي): after a
    // person-title trigger, past up to three definite or possessed modifiers or a comma, one to three words the news
    // vocabulary does not know (or known given/family names) become a person, when the model labelled them all O.
    private void AddTitledPeople(ReadOnlySpan<NerToken> tokens, Span<int> labels, Span<bool> added)
    {
        const ulong title = (ulong)GazetteerCategory.PersonTitle;
        const ulong personName = (ulong)(GazetteerCategory.GivenName | GazetteerCategory.FamilyName);
        int personBegin = _personBegin;
        int personInside = _personInside;
        if (personBegin < 0 || personInside < 0)
        {
            return;
        }

        for (int i = 0; i < tokens.Length; i++)
        {
            if ((tokens[i].Gazetteer & (title | (title << NerLexicon.SingleShift))) == 0)
            {
                continue;
            }

            int j = i + 1;
            while (j < tokens.Length && (tokens[j].Gazetteer & (title << NerLexicon.InsideShift)) != 0)
            {
                j++; // the rest of a multi-word title
            }

            for (int skipped = 0; skipped < 3 && j < tokens.Length; skipped++, j++)
            {
                NerToken t = tokens[j];
                // A definite modifier (رئيس أركان الجيش) or a noun with a third-person possessive (وزير خارجيتها، وزارته).
                bool modifier = t.Kind == TokenKind.ArabicWord && t.Cluster is not null
                    && (IsDefinite(t.Form) || t.Enclitic is "ه" or "ها" or "هم" or "هما");
                bool comma = t.Kind == TokenKind.Punctuation && t.Form is "،" or ",";
                if (!modifier && !comma)
                {
                    break;
                }
            }

            // The first name word must be unknown to the news vocabulary (or a known given/family name, or a word the news
            // labels a person at least a fifth of the time: ألون); the next ones
            // may be known words, but not definite ones or ones with an attached particle (بزيارة، القذرضيفا end it).
            int start = j;
            while (j < tokens.Length && j - start < 3 && labels[j] == 0 && tokens[j].Kind == TokenKind.ArabicWord
                && tokens[j].Form.Length > 2 && !IsDefinite(tokens[j].Form) && !MinedCandidateFilter.FunctionWords.Contains(tokens[j].Form)
                && (tokens[j].Gazetteer & (title | (title << NerLexicon.SingleShift))) == 0
                && (tokens[j].Cluster is null || (tokens[j].Gazetteer & (personName << NerLexicon.SingleShift)) != 0
                    || EntityMemory.Bucket(tokens[j].Memory, 0) >= 2
                    || (j > start && !HasKnownParticleReading(tokens[j].Form))))
            {
                j++;
            }

            if (j > start && (j == tokens.Length || labels[j] == 0 || (_beginsEntity[labels[j]])))
            {
                labels[start] = personBegin;
                added[start] = true;
                for (int k = start + 1; k < j; k++)
                {
                    labels[k] = personInside;
                    added[k] = true;
                }

                // The model's own person right after the unseen first name is the rest of the same name (أفيف | كوخافي).
                if (j < tokens.Length && labels[j] == personBegin)
                {
                    labels[j] = personInside;
                }
            }
        }
    }

    // The later words of a multi-word person title (المتحدث باسم، ولي العهد، الأمين العام) are not the start of a name,
    // although some are also given names (باسم "in the name of", and Basem): a person span the model starts on one
    // starts on the next word instead.
    private void DropTitleWordsFromPeople(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        const ulong titleInside = (ulong)GazetteerCategory.PersonTitle << NerLexicon.InsideShift;
        for (int i = 1; i < tokens.Length; i++)
        {
            if (labels[i] == _personBegin && (tokens[i].Gazetteer & titleInside) != 0)
            {
                labels[i] = 0;
                if (i + 1 < tokens.Length && labels[i + 1] == _personInside)
                {
                    labels[i + 1] = _personBegin;
                }
            }
        }
    }

    // A person does not end on a name link (فاطمة بنت | أسد، عبدالرحمن بن | ملجم، جان مارك دو | لا سابليير) and takes in a
    // regnal ordinal after it (الحسن | الثاني، الفونسو الثالث | عشر): the span goes on over such words and the word after
    // each link, as ANERcorp annotates them (after a person, an ordinal is inside the name 33 times of 39 in train.txt).
    private void CompletePeople(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        if (_personBegin < 0 || _personInside < 0)
        {
            return;
        }

        for (int i = 1; i < tokens.Length; i++)
        {
            if (labels[i] != 0 || (labels[i - 1] != _personBegin && labels[i - 1] != _personInside) || !IsNamePart(tokens[i]))
            {
                continue;
            }

            // ولد inside a name may also be the verb "was born" (JoinCompoundNames decides after it); a name that starts with
            // it (ولد الإمام) goes on.
            bool afterLink = MinedCandidateFilter.NameLinks.Contains(tokens[i - 1].Form)
                && (tokens[i - 1].Form != "ولد" || labels[i - 1] == _personBegin);
            bool ordinal = MinedCandidateFilter.Ordinals.Contains(tokens[i].Form);
            if (afterLink || ordinal)
            {
                labels[i] = _personInside;
            }
        }
    }

    // A person never goes on over the preposition ل with the article (زيارة غانتس | للرباط): none of the 2,205 words inside
    // a person in train.txt starts with لل. The span ends before such a word, and what the model continued after it goes.
    private void EndPeopleBeforePrepositions(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        for (int i = 1; i < tokens.Length; i++)
        {
            if (labels[i] != _personInside || tokens[i].Kind != TokenKind.ArabicWord || tokens[i].Form.Length < 4
                || !tokens[i].Form.StartsWith("لل", StringComparison.Ordinal))
            {
                continue;
            }

            for (; i < tokens.Length && labels[i] == _personInside; i++)
            {
                labels[i] = 0;
            }
        }
    }

    // A blessing after a name (الملك سلمان حفظه الله، محمد رحمه الله، عمر بن الخطاب رضي الله عنه، الصحابة رضوان الله
    // عليهم) is not part of it: the model reads the verb as a name word before الله (رحمه folds with the given name
    // رحمة), and the noun of a noun blessing is also a given name (رضوان). The person ends before the verb or noun, the
    // verb or noun and anything the model continued after الله go, and الله is the name of God, a MISC name as
    // train.txt annotates it (رعاه الله: O B-MISC).
    private void EndPeopleBeforeBlessings(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        for (int i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Form != "الله" || !IsPerson(labels[i - 1]))
            {
                continue;
            }

            string word = tokens[i - 1].Form;
            bool blessing = MinedCandidateFilter.BlessingVerbs.Contains(word)
                || (MinedCandidateFilter.BlessingNouns.Contains(word) && i + 1 < tokens.Length && MinedCandidateFilter.BlessingObjects.Contains(tokens[i + 1].Form));
            if (!blessing)
            {
                continue;
            }

            labels[i - 1] = 0;
            labels[i] = _miscBegin >= 0 ? _miscBegin : 0;
            for (int k = i + 1; k < tokens.Length && labels[k] == _personInside; k++)
            {
                labels[k] = 0;
            }
        }
    }

    // أحد and إحدى before a definite word are "one of" (وقال أحد المستشارين), never a person: train.txt has أحد O 90 times
    // of 91 (the other the battle غزوة أحد), though أحد is also a listed given name. The word leaves the person, and a
    // person the model continued after it starts on the next word.
    private void DropQuantifiersFromPeople(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            if (labels[i] != _personBegin || tokens[i].Form is not ("احد" or "احدى")
                || !tokens[i + 1].Form.StartsWith("ال", StringComparison.Ordinal))
            {
                continue;
            }

            labels[i] = 0;
            if (labels[i + 1] == _personInside)
            {
                labels[i + 1] = _personBegin;
            }
        }
    }

    // الله alone is the name of God, never a person: train.txt labels it B-MISC 48 times and B-PERS 3 times (two of them
    // the second half of a split نصر | الله). A one-word person الله (also والله، بالله، لله) joins a person's theophoric
    // first part before it (نصر | الله → نصر الله) and is otherwise a MISC name.
    private void ReadLoneAllahAsMisc(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (labels[i] != _personBegin || (i + 1 < tokens.Length && labels[i + 1] == _personInside) || !IsAllah(tokens[i].Form))
            {
                continue;
            }

            if (i > 0 && tokens[i].Form == "الله" && IsPerson(labels[i - 1]) && IsTheophoricFirstPart(tokens[i - 1]))
            {
                labels[i] = _personInside;
            }
            else
            {
                labels[i] = _miscBegin >= 0 ? _miscBegin : 0;
            }
        }
    }

    private static bool IsTheophoricFirstPart(NerToken part) =>
        part.Kind == TokenKind.ArabicWord && MinedCandidateFilter.TheophoricFirstParts.Contains(part.ProcliticLength == 0 ? part.Form : part.Form[part.ProcliticLength..]);

    private static bool IsAllah(string form) => form is "الله" or "والله" or "بالله" or "فالله" or "لله" or "ولله" or "فلله" or "تالله";

    // Two naming patterns the model cuts. A Hassaniya genealogy (وحمودي ولد المصطفى ولد الوالي, "son of … son of"): in
    // train.txt 15 of the 16 words ولد right after a person are inside it, the other one the verb "was born" (فينسنزو ولد
    // عام), so after a person ولد and the word after it continue the name when that word is a name (the model's person,
    // a known name, a rare word or one the news labels a person) and no function word, time word or particle-led word.
    // And a compound name ending in الله (عطاء الله، بهاء حسب الله، آية الله الطبسي), where the model reads الله as
    // the name of God (a MISC name): after a person's theophoric first part, or with such a part between a person and
    // الله, or before a person (آية الله | الطبسي), the whole is one person.
    private void JoinCompoundNames(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        for (int i = 1; i + 1 < tokens.Length; i++)
        {
            string form = tokens[i].Form;
            if (form != "ولد" || !IsPerson(labels[i - 1]))
            {
                continue;
            }

            if (labels[i] == 0 && IsGenealogyName(tokens, labels, i + 1))
            {
                labels[i] = _personInside;
                labels[i + 1] = _personInside;
            }
            else if (labels[i] == _personInside && labels[i + 1] != _personInside && !IsGenealogyName(tokens, labels, i + 1))
            {
                labels[i] = 0; // the verb: فينسنزو | ولد عام 1606
            }
        }

        for (int i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Form != "الله" || IsPerson(labels[i]))
            {
                continue;
            }

            NerToken part = tokens[i - 1];
            if (!IsTheophoricFirstPart(part))
            {
                continue;
            }

            bool single = IsSingleTokenOrOutside(labels, i);
            if (IsPerson(labels[i - 1]) && single)
            {
                labels[i] = _personInside; // عطاء | الله
            }
            else if (labels[i - 1] != 0 || part.ProcliticLength > 0)
            {
                continue;
            }
            else if (single && i >= 2 && IsPerson(labels[i - 2]))
            {
                labels[i - 1] = _personInside; // بهاء | حسب الله
                labels[i] = _personInside;
            }
            else if (single && i + 1 < tokens.Length && labels[i + 1] == _personBegin)
            {
                labels[i - 1] = _personBegin; // آية الله | الطبسي
                labels[i] = _personInside;
                labels[i + 1] = _personInside;
            }
            else if (!single)
            {
                labels[i - 1] = _personBegin; // آية | الله الخميني (read as one name of another type)
                labels[i] = _personInside;
                for (int k = i + 1; k < tokens.Length && labels[k] != 0 && !_beginsEntity[labels[k]]; k++)
                {
                    labels[k] = _personInside;
                }
            }
        }
    }

    private bool IsPerson(int label) => label == _personBegin || label == _personInside;

    // The model's label at i is O or a one-word name (which the rule may retype), not part of a longer name.
    private bool IsSingleTokenOrOutside(ReadOnlySpan<int> labels, int i) =>
        labels[i] == 0 || (_beginsEntity[labels[i]] && (i + 1 >= labels.Length || labels[i + 1] == 0 || _beginsEntity[labels[i + 1]]));

    private bool IsGenealogyName(ReadOnlySpan<NerToken> tokens, ReadOnlySpan<int> labels, int i)
    {
        NerToken token = tokens[i];
        string form = token.Form;
        if (token.Kind != TokenKind.ArabicWord || form.Length < 2 || MinedCandidateFilter.FunctionWords.Contains(form)
            || form.StartsWith("لل", StringComparison.Ordinal) || HasKnownParticleReading(form))
        {
            return false;
        }

        return IsPerson(labels[i]) || (IsSingleTokenOrOutside(labels, i)
            && (_lexicon.IsKnownName(form) || !_lexicon.IsFrequentWord(form) || EntityMemory.Bucket(token.Memory, 0) >= 2));
    }

    private static bool IsNamePart(NerToken token) => token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord;

    // Two people joined by the conjunction (بوش ورايس، شافيز ولوكاشنكو) are two names, and a person is not continued by
    // the conjunction and an ordinary word (علي ورجاله): a word inside a person span that is و + a known name starts a new
    // person, and و + a frequent word that is no name ends the person. Words that are names with their و (وليد، وائل)
    // and the link ولد are left alone.
    private void SplitCoordinatedPeople(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        for (int i = 1; i < tokens.Length; i++)
        {
            string form = tokens[i].Form;
            if (labels[i] != _personInside || tokens[i].Kind != TokenKind.ArabicWord || form.Length < 4 || form[0] != 'و'
                || _lexicon.IsKnownName(form) || MinedCandidateFilter.NameLinks.Contains(form))
            {
                continue;
            }

            ReadOnlySpan<char> rest = form.AsSpan(1);
            if (_lexicon.IsKnownName(rest))
            {
                labels[i] = _personBegin;
            }
            else if (_lexicon.IsFrequentWord(rest) && !_lexicon.IsFrequentWord(form))
            {
                labels[i] = 0;
                if (i + 1 < tokens.Length && labels[i + 1] == _personInside)
                {
                    labels[i + 1] = _personBegin;
                }
            }
        }
    }

    // A person the model starts right after another one is the rest of the same name when nothing says it is a second
    // person: after a name link (سعد بن أبي | وقاص), or when the word has no attached particle and no title word is
    // involved (علي بن أبي طالب | الهاشمي القرشي). In train.txt a person follows a person directly 174 times, 149 of them
    // with the conjunction (بوش وبلير), which stays a start here; so do ل/ب + word (توفيق الحكيم | للوسي يعقوب) and a
    // person after a title word (زوجة د. | ليوناردو).
    private void JoinAdjacentPeople(ReadOnlySpan<NerToken> tokens, Span<int> labels)
    {
        ulong anyTitle = NerLexicon.AnyBit(GazetteerCategory.PersonTitle);
        for (int i = 1; i < tokens.Length; i++)
        {
            if (labels[i] != _personBegin || (labels[i - 1] != _personBegin && labels[i - 1] != _personInside) || !IsNamePart(tokens[i]))
            {
                continue;
            }

            bool join = MinedCandidateFilter.NameLinks.Contains(tokens[i - 1].Form);
            string form = tokens[i].Form;
            if (!join && tokens[i].Kind == TokenKind.ArabicWord && form[0] != 'و' && !form.StartsWith("لل", StringComparison.Ordinal)
                && !HasKnownParticleReading(form))
            {
                join = true;
                // The person before (labels[i − 1] is part of it) and the word after must hold no title word.
                for (int k = i - 1; k >= 0 && join && (labels[k] == _personBegin || labels[k] == _personInside); k--)
                {
                    join = (tokens[k].Gazetteer & anyTitle) == 0;
                    if (labels[k] == _personBegin)
                    {
                        break;
                    }
                }

                join &= i + 1 >= tokens.Length || (tokens[i + 1].Gazetteer & anyTitle) == 0;
            }

            if (join)
            {
                labels[i] = _personInside;
            }
        }
    }

    // A word written with the article when the rest is long enough to be a stem (الرباط), not a word that merely starts
    // with the letters (ألون, folded to الون by the normalizer).
    private static bool IsDefinite(string form) =>
        form.Length - 2 >= LightStemmer.MinimumStem && form.StartsWith("ال", StringComparison.Ordinal);
}
