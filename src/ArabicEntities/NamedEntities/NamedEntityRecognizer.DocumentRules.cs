using System.Buffers;
using ArabicEntities.Recognition;
using ArabicEntities.Text;

namespace ArabicEntities.NamedEntities;

// The document rules that run over a whole article's spans: surnames, hyphenated names, و-surnames, and one reading of
// a name per article.
public sealed partial class NamedEntityRecognizer
{
    // One article names a person in full once and by the surname afterwards; a surname the model typed as something else
    // there (فايتسمان as an organization) is the same person. Only one-word spans change, and only for words the gazetteer
    // does not list as a place or an organization (واشنطن stays a place after جورج واشنطن), and never الله.
    private static void MakeSurnamesConsistent(IReadOnlyList<Token> tokens, ulong[] gazetteer, List<NameSpan> spans)
    {
        HashSet<string>? surnames = null;
        foreach (NameSpan span in spans)
        {
            // The الله of a compound name (عبد الله) is no surname: alone it is the name of God.
            if (span.Type == EntityType.Person && span.End - span.First > 1 && tokens[span.End - 1].Kind == TokenKind.ArabicWord
                && tokens[span.End - 1].NormalizedText != "الله")
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

    // An acronym written with dots between its letters (بي.بي.سي، سي.إن.إن، د.ب.أ: about 500 in the news corpora, ANERcorp
    // has none) is cut by the tokenizer, and the model labels a piece of it (the organization بي of (بي.بي.سي)). Three or
    // more groups of one to four Arabic letters, each dot written right after its group (إن. بي. سي too), are one name:
    // the spans that touch the run become one organization over exactly the run (not a head or article before it: الـ
    // سي.آي.إيه) — these are news agencies, channels and companies — with the highest of their confidences. A run no span
    // touches is left alone.
    private static void JoinDottedAcronyms(IReadOnlyList<Token> tokens, List<NameSpan> spans)
    {
        if (spans.Count == 0)
        {
            return;
        }

        for (int i = 0; i < tokens.Count; i++)
        {
            if (!IsAcronymGroup(tokens[i]))
            {
                continue;
            }

            int end = i + 1;
            int groups = 1;
            while (end + 1 < tokens.Count && tokens[end].NormalizedText == "." && tokens[end].Start == tokens[end - 1].End
                && tokens[end + 1].Start - tokens[end].End <= 1 && IsAcronymGroup(tokens[end + 1]))
            {
                end += 2;
                groups++;
            }

            if (groups >= 3)
            {
                MergeInto(spans, i, end);
            }

            i = end - 1;
        }

        static bool IsAcronymGroup(Token token) => token.Kind == TokenKind.ArabicWord && token.NormalizedText.Length <= 4;

        static void MergeInto(List<NameSpan> spans, int first, int end)
        {
            int k = 0;
            while (k < spans.Count && spans[k].End <= first)
            {
                k++;
            }

            int touched = k;
            float confidence = 0;
            while (touched < spans.Count && spans[touched].First < end)
            {
                confidence = Math.Max(confidence, spans[touched].Confidence);
                touched++;
            }

            if (touched == k)
            {
                return;
            }

            spans.RemoveRange(k, touched - k);
            spans.Insert(k, new NameSpan(first, end, EntityType.Organization, confidence));
        }
    }

    private static bool StartsWithConjunction(Token token) =>
        token.Kind == TokenKind.ArabicWord && token.NormalizedText.Length > 3 && token.NormalizedText[0] == 'و';

    // Token `index` is a hyphen written between two words without spaces.
    private static bool IsTightHyphen(IReadOnlyList<Token> tokens, int index) =>
        index > 0 && index + 1 < tokens.Count && tokens[index].Kind == TokenKind.Punctuation
        && tokens[index].Text is "-" or "‐" or "‑" && tokens[index - 1].IsWord
        && tokens[index - 1].Span.End == tokens[index].Span.Start && tokens[index].Span.End == tokens[index + 1].Span.Start;

    // How many of an article's spans must read a name before its other mentions are labelled the same way.
    private const int SpreadVotes = 2;

    // How many more of those spans a type needs than a span's own type before the span takes it.
    private const int RetypeMargin = 2;

    // The shortest name (in letters, particles left out) that is spread.
    private const int SpreadMinimumLength = 3;

    // One name, one reading per article ("one sense per discourse"): a name the article's sentences label at least twice,
    // always with the same type (the same words; the first word's attached particles و ف ب ك ل aside, so والصين and الصين
    // are one name), is labelled with that type where it occurs again unlabelled (an unseen name the model found in two of
    // its three mentions); and a span of a name typed otherwise takes the type of most of its spans when at least two more
    // spans have it. A name labelled with mixed types is not spread (a software name read as a person here and an
    // organization there). The new spans' confidence is the mean of the spans they copy. Matches stay inside a sentence,
    // the longest first, and never overlap a span. Measured on the cross-validation thirds (docs/evaluation.md, session
    // 10): +0.3 to +0.8 F1 per third with ten consecutive sentences as an article, −1.1 with whole files of unrelated
    // articles, which is why it runs per document. `forms` holds the normalized form of each of the document's `count`
    // tokens, null in sentences the model does not read (no Arabic word), which get no names.
    internal static void SpreadNames(string?[] forms, int count, IReadOnlyList<Sentence> sentences, List<NameSpan> spans)
    {
        if (spans.Count < SpreadVotes || !AnyNameRepeated(forms, spans))
        {
            return;
        }

        var comparer = new NameKeyComparer(forms);
        var names = new Dictionary<(int First, int End), NameVotes>(comparer);
        foreach (NameSpan span in spans)
        {
            if (comparer.KeyLength(span.First, span.End) < SpreadMinimumLength)
            {
                continue;
            }

            (int, int) key = (span.First, span.End);
            NameVotes votes = names.TryGetValue(key, out NameVotes? found) ? found : names[key] = new NameVotes();
            votes.Add(span.Type, span.Confidence);
        }

        // The names that spread: their length and the hashes of their first words, so that most tokens are passed over
        // after one hash.
        int longest = 0;
        HashSet<int>? heads = null;
        foreach (KeyValuePair<(int First, int End), NameVotes> name in names)
        {
            if (name.Value.Spreads)
            {
                longest = Math.Max(longest, name.Key.End - name.Key.First);
                (heads ??= []).Add(NameKeyComparer.HeadHash(forms, name.Key.First));
            }
        }

        for (int k = 0; k < spans.Count; k++)
        {
            NameSpan span = spans[k];
            if (names.TryGetValue((span.First, span.End), out NameVotes? votes) && votes.Total >= SpreadVotes)
            {
                EntityType majority = votes.Majority;
                if (majority != span.Type && votes.Count(majority) >= votes.Count(span.Type) + RetypeMargin)
                {
                    spans[k] = span with { Type = majority };
                }
            }
        }

        if (heads is null)
        {
            return;
        }

        bool[] rented = ArrayPool<bool>.Shared.Rent(count);
        Span<bool> covered = rented.AsSpan(0, count);
        covered.Clear();
        foreach (NameSpan span in spans)
        {
            covered.Slice(span.First, span.End - span.First).Fill(true);
        }

        int before = spans.Count;
        foreach (Sentence sentence in sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (forms[i] is null || covered[i] || !heads.Contains(NameKeyComparer.HeadHash(forms, i)))
                {
                    continue;
                }

                for (int end = Math.Min(sentence.EndToken, i + longest); end > i; end--)
                {
                    if (covered[i..end].Contains(true) || !names.TryGetValue((i, end), out NameVotes? votes) || !votes.Spreads)
                    {
                        continue;
                    }

                    spans.Add(new NameSpan(i, end, votes.Majority, votes.MeanConfidence));
                    covered[i..end].Fill(true);
                    i = end - 1;
                    break;
                }
            }
        }

        ArrayPool<bool>.Shared.Return(rented);
        if (spans.Count > before)
        {
            spans.Sort(static (a, b) => a.First.CompareTo(b.First));
        }
    }

    // Whether two of the spans (long enough to spread) may read the same name: equal key hashes, found without allocating
    // for the usual article, so that only articles that repeat a name pay for the dictionary.
    private static bool AnyNameRepeated(string?[] forms, List<NameSpan> spans)
    {
        int[]? rented = spans.Count > 256 ? ArrayPool<int>.Shared.Rent(spans.Count) : null;
        Span<int> hashes = rented is null ? stackalloc int[spans.Count] : rented.AsSpan(0, spans.Count);
        int n = 0;
        foreach (NameSpan span in spans)
        {
            if (NameKeyComparer.KeyLength(forms, span.First, span.End) >= SpreadMinimumLength)
            {
                hashes[n++] = NameKeyComparer.KeyHash(forms, span.First, span.End);
            }
        }

        hashes = hashes[..n];
        hashes.Sort();
        bool repeated = false;
        for (int k = 1; k < hashes.Length && !repeated; k++)
        {
            repeated = hashes[k] == hashes[k - 1];
        }

        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        return repeated;
    }

    // The spans that read one name: how many of each type, and their confidences.
    private sealed class NameVotes
    {
        private readonly int[] _counts = new int[4];
        private int _firstType = -1;
        private double _confidence;

        public int Total { get; private set; }

        // Whether the name is spread: labelled at least SpreadVotes times, every time with the same type.
        public bool Spreads => Total >= SpreadVotes && _counts[_firstType] == Total;

        public float MeanConfidence => (float)(_confidence / Total);

        // The type most spans have; a tie goes to the type seen first.
        public EntityType Majority
        {
            get
            {
                int best = _firstType;
                for (int t = 0; t < _counts.Length; t++)
                {
                    if (_counts[t] > _counts[best])
                    {
                        best = t;
                    }
                }

                return TypeAt(best);
            }
        }

        public void Add(EntityType type, float confidence)
        {
            int t = IndexOf(type);
            _counts[t]++;
            if (_firstType < 0)
            {
                _firstType = t;
            }

            _confidence += confidence;
            Total++;
        }

        public int Count(EntityType type) => _counts[IndexOf(type)];

        private static int IndexOf(EntityType type) => type switch
        {
            EntityType.Person => 0,
            EntityType.Location => 1,
            EntityType.Organization => 2,
            _ => 3,
        };

        private static EntityType TypeAt(int index) => index switch
        {
            0 => EntityType.Person,
            1 => EntityType.Location,
            2 => EntityType.Organization,
            _ => EntityType.Misc,
        };
    }

    // Compares token ranges of one document by their words, the first word's attached particles aside.
    private sealed class NameKeyComparer(string?[] forms) : IEqualityComparer<(int First, int End)>
    {
        public static int KeyLength(string?[] forms, int first, int end)
        {
            int length = Head(forms, first).Length;
            for (int i = first + 1; i < end; i++)
            {
                length += forms[i]!.Length;
            }

            return length;
        }

        public static int HeadHash(string?[] forms, int index) => string.GetHashCode(Head(forms, index), StringComparison.Ordinal);

        public static int KeyHash(string?[] forms, int first, int end)
        {
            var hash = default(HashCode);
            hash.Add(HeadHash(forms, first));
            for (int i = first + 1; i < end; i++)
            {
                hash.Add(string.GetHashCode(forms[i], StringComparison.Ordinal));
            }

            return hash.ToHashCode();
        }

        public int KeyLength(int first, int end) => KeyLength(forms, first, end);

        public bool Equals((int First, int End) x, (int First, int End) y)
        {
            if (x.End - x.First != y.End - y.First || !Head(forms, x.First).SequenceEqual(Head(forms, y.First)))
            {
                return false;
            }

            for (int i = 1; i < x.End - x.First; i++)
            {
                if (!string.Equals(forms[x.First + i], forms[y.First + i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode((int First, int End) range) => KeyHash(forms, range.First, range.End);

        private static ReadOnlySpan<char> Head(string?[] forms, int index) =>
            LightStemmer.TryStripAttachedParticles(forms[index], out ReadOnlySpan<char> rest) ? rest : forms[index].AsSpan();
    }
}
