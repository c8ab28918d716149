using ArabicEntities.Recognition;
using ArabicEntities.Text;

namespace ArabicEntities.Timeline;

/// <summary>
/// Resolves the named-entity mentions of several documents to entities: one identity per real-world person, place,
/// organization or other name.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Repairs: a person's name glued to a following place with a proclitic (<c>غانتس للرباط</c>) loses that word.</item>
/// <item>Propagation: the full names of people (and their family-name endings of two words or more, and the one-word
/// names the recognizer tagged alone somewhere, and — in the documents that name the person in full — a non-definite
/// one-word family name such as <c>كوخافي</c>) are looked for in every document's words, so names the recognizer
/// missed or swallowed into an organization (<c>جامعة تل أبيب بروس مادي وايتسمان</c>) become mentions.</item>
/// <item>Within a document, a person mention that is the last word(s) of a longer name of the same document links to it
/// (<c>غانتس</c> → <c>بيني غانتس</c>); when several longer names end so, the nearest one before it.</item>
/// <item>Across documents, entities of one type merge when their keys (<see cref="NameKey"/>) are equal; two people's
/// names merge only when their family names match and their given names are compatible (the same first word, or one
/// name ends the other in two words or more); a lone family name joins the one full name that ends with it, and stays
/// apart when several people share it.</item>
/// </list>
/// Identifiers are <c>person-1</c>, <c>location-1</c>, … by order of first appearance; the canonical name is the most
/// frequent of the longest written forms.
/// </remarks>
internal static class EntityResolver
{
    /// <summary>Resolves the mentions of <paramref name="documents"/>.</summary>
    /// <param name="documents">The documents, in order.</param>
    /// <param name="propagate">Whether to look for known people's names the recognizer missed.</param>
    /// <returns>The entities, and for each document its final mentions (span and entity id) by start.</returns>
    public static (List<ResolvedEntity> Entities, List<(TextSpan Span, string Id)>[] MentionsByDocument) Resolve(IReadOnlyList<DocumentFacts> documents, bool propagate)
    {
        var mentions = new List<Mention>[documents.Count];
        for (int d = 0; d < documents.Count; d++)
        {
            mentions[d] = [.. documents[d].Names.Where(n => n.Keys.Length > 0).Select(n => new Mention(d, documents[d].DocumentId, n))];
        }

        TrimGluedPlaces(mentions);
        if (propagate)
        {
            // Twice: a full name found by propagation in another document lets its family name be looked for there.
            Propagate(documents, mentions);
            Propagate(documents, mentions);
        }

        List<Local> locals = [];
        for (int d = 0; d < documents.Count; d++)
        {
            mentions[d].Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
            locals.AddRange(LinkWithinDocument(mentions[d]));
        }

        var sets = new UnionFind(locals.Count);
        MergeAcrossDocuments(locals, sets);
        return Assign(documents.Count, locals, sets);
    }

    private static void TrimGluedPlaces(List<Mention>[] mentions)
    {
        var placeKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (Mention m in mentions.SelectMany(list => list).Where(m => m.Type != EntityType.Person))
        {
            placeKeys.Add(NameKey.Join(m.Keys));
        }

        foreach (Mention m in mentions.SelectMany(list => list))
        {
            if (m.Type == EntityType.Person && m.Keys.Length >= 2 && m.LastWordProcliticKeys.Any(placeKeys.Contains))
            {
                int cut = m.Text.LastIndexOfAny([' ', '\u00A0', '\t']);
                if (cut > 0)
                {
                    m.Span = new TextSpan(m.Span.Start, m.Span.Start + m.Text[..cut].TrimEnd().Length);
                    m.Text = m.Text[..cut].TrimEnd();
                    m.Keys = NameKey.WithoutTitles(NameKey.Words(m.Text));
                }
            }
        }
    }

    private static void Propagate(IReadOnlyList<DocumentFacts> documents, List<Mention>[] mentions)
    {
        // Names of two words or more are looked for everywhere; a one-word name only in the documents where the
        // recognizer tagged it alone (a lone word is too easily some other word in another document).
        var patterns = new Dictionary<string, HashSet<int>?>(StringComparer.Ordinal);
        foreach (Mention m in mentions.SelectMany(list => list).Where(m => m.Type == EntityType.Person))
        {
            if (m.Keys.Length == 1 && m.Keys[0].Length >= 3)
            {
                if (!patterns.TryGetValue(m.Keys[0], out HashSet<int>? where))
                {
                    patterns[m.Keys[0]] = where = [];
                }

                where?.Add(m.Document);
            }

            for (int n = 2; n <= m.Keys.Length; n++)
            {
                patterns[NameKey.Join(m.Keys[^n..])] = null;
            }

            // The family name alone (زيارة كوخافي) is looked for only in the documents that name the person in full,
            // and only when it is not a definite word (السادس of محمد السادس is too often just "sixth").
            string family = m.Keys[^1];
            if (m.Keys.Length >= 2 && family.Length >= 3 && !IsDefinite(m.Text))
            {
                if (!patterns.TryGetValue(family, out HashSet<int>? where))
                {
                    patterns[family] = where = [];
                }

                where?.Add(m.Document);
            }
        }

        if (patterns.Count == 0)
        {
            return;
        }

        int longest = patterns.Keys.Max(p => p.Count(c => c == ' ') + 1);

        // The first words of the patterns: a position whose word is none of them starts no match (most positions).
        var firstWords = new HashSet<string>(patterns.Keys.Select(p => p.IndexOf(' ', StringComparison.Ordinal) is int space and >= 0 ? p[..space] : p), StringComparer.Ordinal);
        for (int d = 0; d < documents.Count; d++)
        {
            // The document's mentions by start (stable), so that a candidate span finds the mentions it meets by binary
            // search; the longest mention bounds how far back one can start.
            mentions[d] = [.. mentions[d].OrderBy(m => m.Span.Start)];
            int longestMention = mentions[d].Count == 0 ? 0 : mentions[d].Max(m => m.Span.Length);
            IReadOnlyList<WordKey> words = documents[d].Words;
            for (int i = 0; i < words.Count; i++)
            {
                if (!firstWords.Contains(words[i].Key))
                {
                    continue;
                }

                for (int n = Math.Min(longest, words.Count - i); n >= 1; n--)
                {
                    if (!Joined(words, i, n)
                        || !patterns.TryGetValue(NameKey.Join(Enumerable.Range(i, n).Select(k => words[k].Key)), out HashSet<int>? where)
                        || (where is not null && !where.Contains(d)))
                    {
                        continue;
                    }

                    var span = new TextSpan(words[i].Start, words[i + n - 1].End);
                    if (TryAddPerson(d, documents[d].DocumentId, mentions[d], ref longestMention, span, words, i))
                    {
                        i += n - 1;
                    }

                    break;
                }
            }
        }
    }

    private static bool IsDefinite(string name)
    {
        int lastSpace = name.LastIndexOfAny([' ', '-']);
        string last = name[(lastSpace + 1)..];
        return last.StartsWith("ال", StringComparison.Ordinal) || last.StartsWith("آل", StringComparison.Ordinal);
    }

    private static bool Joined(IReadOnlyList<WordKey> words, int first, int count)
    {
        for (int k = first; k < first + count - 1; k++)
        {
            if (!words[k].JoinedToNext)
            {
                return false;
            }
        }

        return true;
    }

    // `mentions` are by start, none longer than `longestMention`; the new mention is inserted in order.
    private static bool TryAddPerson(int document, string documentId, List<Mention> mentions, ref int longestMention, TextSpan span, IReadOnlyList<WordKey> words, int firstWord)
    {
        var contained = new List<int>();
        Mention? container = null;
        int containerAt = -1;
        for (int k = SpanOrder.FirstStartingAtOrAfter(mentions, span.Start - longestMention, static m => m.Span.Start); k < mentions.Count && mentions[k].Span.Start < span.End; k++)
        {
            Mention m = mentions[k];
            if (!m.Span.Overlaps(span))
            {
                continue;
            }

            if (m.Type == EntityType.Person && m.Span.Contains(span))
            {
                return false;
            }

            if (span.Contains(m.Span))
            {
                contained.Add(k);
            }
            else if (m.Span.Contains(span) && m.Span.End == span.End && m.Span.Start < span.Start && container is null)
            {
                container = m;
                containerAt = k;
            }
            else
            {
                return false;
            }
        }

        // The mentions inside the name go (from the last, so that the indices stay valid; the container, if any, starts
        // before them).
        for (int c = contained.Count - 1; c >= 0; c--)
        {
            mentions.RemoveAt(contained[c]);
        }

        if (container is not null)
        {
            // The recognizer swallowed the name into a longer one (an organization before it): keep what precedes.
            int end = firstWord > 0 ? words[firstWord - 1].End : container.Span.Start;
            if (end <= container.Span.Start)
            {
                mentions.RemoveAt(containerAt);
            }
            else
            {
                container.Text = container.Text[..(end - container.Span.Start)];
                container.Span = new TextSpan(container.Span.Start, end);
                container.Keys = NameKey.Words(container.Text);
            }
        }

        var text = new System.Text.StringBuilder();
        for (int k = firstWord; k < words.Count && words[k].End <= span.End; k++)
        {
            text.Append(words[k].Text);
            if (words[k].End < span.End)
            {
                text.Append(words[k].Separator);
            }
        }

        int at = SpanOrder.FirstStartingAtOrAfter(mentions, span.Start, static m => m.Span.Start);
        while (at < mentions.Count && mentions[at].Span.Start == span.Start)
        {
            at++; // after mentions with the same start, as an appended one would sort
        }

        mentions.Insert(at, new Mention(document, documentId, EntityType.Person, span, text.ToString(), propagated: true));
        longestMention = Math.Max(longestMention, span.Length);
        return true;
    }

    private static List<Local> LinkWithinDocument(List<Mention> mentions)
    {
        var locals = new List<Local>();
        var byKey = new Dictionary<(EntityType, string), Local>();
        foreach (Mention m in mentions)
        {
            string key = NameKey.Join(m.Keys);
            if (!byKey.TryGetValue((m.Type, key), out Local? local))
            {
                local = new Local(m.Document, m.Type, m.Keys);
                byKey[(m.Type, key)] = local;
                locals.Add(local);
            }

            local.Mentions.Add(m);
        }

        // A person's short form joins the longer name of the document it ends (the nearest one before it when several do).
        // The longer names are found through an index of every person's proper endings (in document order).
        var byEnding = new Dictionary<string, List<Local>>(StringComparer.Ordinal);
        foreach (Local local in locals.Where(l => l.Type == EntityType.Person))
        {
            for (int n = 1; n < local.Keys.Length; n++)
            {
                string ending = NameKey.Join(local.Keys[^n..]);
                if (!byEnding.TryGetValue(ending, out List<Local>? list))
                {
                    byEnding[ending] = list = [];
                }

                list.Add(local);
            }
        }

        var moved = new HashSet<Mention>(ReferenceEqualityComparer.Instance);
        foreach (Local shortForm in locals.Where(l => l.Type == EntityType.Person).ToList())
        {
            if (!byEnding.TryGetValue(NameKey.Join(shortForm.Keys), out List<Local>? longer))
            {
                continue;
            }

            // With several longer names, the mentions of all of them sorted by start (equal starts: the earlier name in
            // document order last), so that the nearest one before a short mention is one binary search away.
            (int Start, int Name)[] starts = longer.Count == 1 ? [] : [.. longer
                .SelectMany((l, name) => l.Mentions.Select(x => (x.Span.Start, Name: name)))
                .OrderBy(x => x.Start).ThenByDescending(x => x.Name)];
            foreach (Mention m in shortForm.Mentions)
            {
                Local? target = longer.Count == 1 ? longer[0] : NearestBefore(longer, starts, m.Span.Start);
                if (target is not null)
                {
                    target.Mentions.Add(m);
                    moved.Add(m);
                }
            }

            shortForm.Mentions.RemoveAll(moved.Contains);
            moved.Clear();
        }

        locals.RemoveAll(l => l.Mentions.Count == 0);
        return locals;
    }

    // The name with the last mention that starts before start (null when none does); starts is sorted as built above.
    private static Local? NearestBefore(List<Local> names, (int Start, int Name)[] starts, int start)
    {
        int after = SpanOrder.FirstStartingAtOrAfter(starts, start, static x => x.Start);
        return after == 0 ? null : names[starts[after - 1].Name];
    }

    private static void MergeAcrossDocuments(List<Local> locals, UnionFind sets)
    {
        var byKey = new Dictionary<(EntityType, string), int>();
        for (int i = 0; i < locals.Count; i++)
        {
            (EntityType, string) key = (locals[i].Type, NameKey.Join(locals[i].Keys));
            if (byKey.TryGetValue(key, out int first))
            {
                sets.Union(first, i);
            }
            else
            {
                byKey[key] = i;
            }
        }

        // Places and organizations the recognizer left a proclitic on (وتل أبيب) join the same name without it.
        for (int i = 0; i < locals.Count; i++)
        {
            Local local = locals[i];
            foreach (string[] variant in local.Mentions.SelectMany(m => m.FirstWordProcliticKeys.Select(k => (string[])[k, .. m.Keys[1..]])))
            {
                if (byKey.TryGetValue((local.Type, NameKey.Join(variant)), out int other) && other != i)
                {
                    sets.Union(other, i);
                    break;
                }
            }
        }

        // Multi-word names are compared only with those of the same family name (Compatible requires it), found by an
        // index in document order.
        List<int> people = [.. Enumerable.Range(0, locals.Count).Where(i => locals[i].Type == EntityType.Person)];
        var byFamily = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (int i in people.Where(i => locals[i].Keys.Length >= 2))
        {
            if (!byFamily.TryGetValue(locals[i].Keys[^1], out List<int>? family))
            {
                byFamily[locals[i].Keys[^1]] = family = [];
            }

            family.Add(i);
        }

        foreach (List<int> family in byFamily.Values)
        {
            for (int x = 0; x < family.Count; x++)
            {
                for (int y = x + 1; y < family.Count; y++)
                {
                    if (Compatible(locals[family[x]].Keys, locals[family[y]].Keys))
                    {
                        sets.Union(family[x], family[y]);
                    }
                }
            }
        }

        // A lone family name joins the one person whose full name ends with it.
        foreach (int s in people.Where(i => locals[i].Keys.Length == 1))
        {
            List<int> owners = byFamily.TryGetValue(locals[s].Keys[0], out List<int>? named) ? [.. named.Select(sets.Find).Distinct()] : [];
            if (owners.Count == 1)
            {
                sets.Union(owners[0], s);
            }
        }
    }

    /// <summary>Whether two people's multi-word names can be the same person.</summary>
    internal static bool Compatible(string[] a, string[] b)
    {
        (string[] shorter, string[] longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (!string.Equals(shorter[^1], longer[^1], StringComparison.Ordinal))
        {
            return false;
        }

        if (string.Equals(shorter[0], longer[0], StringComparison.Ordinal))
        {
            // The same given and family names; any middle names of the shorter must appear in order in the longer.
            int k = 1;
            for (int i = 1; i < longer.Length - 1 && k < shorter.Length - 1; i++)
            {
                if (string.Equals(longer[i], shorter[k], StringComparison.Ordinal))
                {
                    k++;
                }
            }

            return k == shorter.Length - 1;
        }

        return shorter.Length >= 2 && shorter.Length < longer.Length && EndsWith(longer, shorter);
    }

    private static bool EndsWith(string[] longer, string[] suffix) =>
        suffix.Length <= longer.Length && longer.AsSpan(longer.Length - suffix.Length).SequenceEqual(suffix);

    private static (List<ResolvedEntity>, List<(TextSpan, string)>[]) Assign(int documentCount, List<Local> locals, UnionFind sets)
    {
        var groups = new Dictionary<int, List<Mention>>();
        var types = new Dictionary<int, EntityType>();
        for (int i = 0; i < locals.Count; i++)
        {
            int root = sets.Find(i);
            if (!groups.TryGetValue(root, out List<Mention>? list))
            {
                list = [];
                groups[root] = list;
                types[root] = locals[i].Type;
            }

            list.AddRange(locals[i].Mentions);
        }

        var counters = new Dictionary<EntityType, int>();
        var entities = new List<ResolvedEntity>();
        var byDocument = new List<(TextSpan, string)>[documentCount];
        for (int d = 0; d < documentCount; d++)
        {
            byDocument[d] = [];
        }

        foreach ((int root, List<Mention> list) in groups.OrderBy(g => g.Value.Min(m => ((long)m.Document << 32) | (uint)m.Span.Start)))
        {
            list.Sort(static (a, b) => a.Document != b.Document ? a.Document.CompareTo(b.Document) : a.Span.Start.CompareTo(b.Span.Start));
            EntityType type = types[root];
            int n = counters.GetValueOrDefault(type) + 1;
            counters[type] = n;
            string id = $"{type.ToString().ToLowerInvariant()}-{n}";
            int longest = list.Where(m => !m.Propagated).Select(m => m.Keys.Length).DefaultIfEmpty(0).Max();
            List<Mention> longestForms = [.. list.Where(m => !m.Propagated && m.Keys.Length == longest)];

            // A form that is another form with a proclitic in front (وتل أبيب beside تل أبيب) is not the name.
            var forms = new HashSet<string>(longestForms.Select(m => m.Text), StringComparer.Ordinal);
            longestForms.RemoveAll(m => forms.Count > 1 && m.Text is ['و' or 'ف' or 'ب' or 'ل' or 'ك', ..] && forms.Contains(m.Text[1..]));
            string name = longestForms
                .GroupBy(m => m.Text, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key)
                .FirstOrDefault() ?? list[0].Text;
            entities.Add(new ResolvedEntity(id, type, name, [.. list.Select(m => new EntityMention(m.DocumentId, m.Span.Start, m.Span.End, m.Text))]));
            foreach (Mention m in list)
            {
                byDocument[m.Document].Add((m.Span, id));
            }
        }

        foreach (List<(TextSpan Span, string)> list in byDocument)
        {
            list.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        return (entities, byDocument);
    }

    private sealed class Mention
    {
        public Mention(int document, string documentId, NameMention name)
        {
            Document = document;
            DocumentId = documentId;
            Type = name.Type;
            Span = name.Span;
            Text = name.Text;
            Keys = name.Type == EntityType.Person ? NameKey.WithoutTitles(name.Keys) : name.Keys;
            FirstWordProcliticKeys = name.FirstWordProcliticKeys;
            LastWordProcliticKeys = name.LastWordProcliticKeys;
        }

        public Mention(int document, string documentId, EntityType type, TextSpan span, string text, bool propagated)
        {
            Document = document;
            DocumentId = documentId;
            Type = type;
            Span = span;
            Text = text;
            Keys = NameKey.Words(text);
            FirstWordProcliticKeys = [];
            LastWordProcliticKeys = [];
            Propagated = propagated;
        }

        public int Document { get; }

        public string DocumentId { get; }

        public EntityType Type { get; }

        public TextSpan Span { get; set; }

        public string Text { get; set; }

        public string[] Keys { get; set; }

        public string[] FirstWordProcliticKeys { get; }

        public string[] LastWordProcliticKeys { get; }

        public bool Propagated { get; }
    }

    private sealed class Local(int document, EntityType type, string[] keys)
    {
        public int Document { get; } = document;

        public EntityType Type { get; } = type;

        public string[] Keys { get; } = keys;

        public List<Mention> Mentions { get; } = [];
    }

    private sealed class UnionFind
    {
        private readonly int[] _parent;

        public UnionFind(int count)
        {
            _parent = new int[count];
            for (int i = 0; i < count; i++)
            {
                _parent[i] = i;
            }
        }

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        public void Union(int a, int b)
        {
            int ra = Find(a);
            int rb = Find(b);
            if (ra != rb)
            {
                // The earlier root stays the root, so group order is stable.
                _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }
    }
}
