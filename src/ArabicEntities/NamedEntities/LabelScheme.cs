namespace ArabicEntities.NamedEntities;

/// <summary>
/// The two ways a model may label entity tokens. <b>BIO</b>: <c>B-X</c> begins a name of type X, <c>I-X</c> continues
/// it. <b>BIOES</b> (also called BILOU) adds <c>E-X</c>, the last word of a multi-word name, and <c>S-X</c>, a one-word
/// name, so that the model also decides where a name ends. Whatever a model was trained with, the recognizer hands
/// its rules and callers BIO labels (<see cref="Bio"/> order). Stateless and thread-safe.
/// </summary>
internal static class LabelScheme
{
    /// <summary>The BIO labels, <c>O</c> first: the order of BIO models and of every label the recognizer returns.</summary>
    public static readonly string[] Bio = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    /// <summary>The BIOES labels, <c>O</c> first.</summary>
    public static readonly string[] Bioes =
    [
        "O",
        "B-PERS", "I-PERS", "E-PERS", "S-PERS",
        "B-LOC", "I-LOC", "E-LOC", "S-LOC",
        "B-ORG", "I-ORG", "E-ORG", "S-ORG",
        "B-MISC", "I-MISC", "E-MISC", "S-MISC",
    ];

    /// <summary>Gets the labels of a scheme by name (<c>bio</c> or <c>bioes</c>).</summary>
    /// <exception cref="ArgumentException">When the name is neither.</exception>
    public static string[] Named(string name) => name switch
    {
        "bio" => Bio,
        "bioes" => Bioes,
        _ => throw new ArgumentException($"Unknown label scheme '{name}' (bio, bioes)."),
    };

    /// <summary>Whether a label set marks the ends of names (has <c>E-</c> labels): then a <c>B-</c> or <c>I-</c> must be followed by <c>I-</c> or <c>E-</c>.</summary>
    public static bool MarksEnds(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels.Any(label => label.StartsWith("E-", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether moving from label <paramref name="from"/> (or the sentence start, when null) to <paramref name="to"/> is
    /// valid: <c>I-X</c> and <c>E-X</c> only after <c>B-X</c> or <c>I-X</c>; with <paramref name="marksEnds"/>, also
    /// nothing but <c>I-X</c> or <c>E-X</c> after <c>B-X</c> or <c>I-X</c>.
    /// </summary>
    public static bool IsAllowed(string? from, string to, bool marksEnds = false)
    {
        ArgumentNullException.ThrowIfNull(to);
        bool fromOpen = from is not null && (from.StartsWith("B-", StringComparison.Ordinal) || from.StartsWith("I-", StringComparison.Ordinal));
        bool toContinues = to.StartsWith("I-", StringComparison.Ordinal) || to.StartsWith("E-", StringComparison.Ordinal);
        bool sameType = from is not null && from.Length > 2 && to.Length > 2 && from.AsSpan(2).SequenceEqual(to.AsSpan(2));
        if (toContinues)
        {
            return fromOpen && sameType;
        }

        return !(marksEnds && fromOpen);
    }

    /// <summary>Whether a sentence may end on <paramref name="label"/>: not on an open name when the scheme marks ends.</summary>
    public static bool CanEnd(string label, bool marksEnds) =>
        !marksEnds || !(label.StartsWith("B-", StringComparison.Ordinal) || label.StartsWith("I-", StringComparison.Ordinal));

    /// <summary>The index in <see cref="Bio"/> of the BIO label a label stands for (<c>E-X</c> → <c>I-X</c>, <c>S-X</c> → <c>B-X</c>; unknown → <c>O</c>).</summary>
    public static int BioIndexOf(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        string bio = label.Length > 2 && label[1] == '-'
            ? label[0] switch { 'E' => "I" + label[1..], 'S' => "B" + label[1..], _ => label }
            : label;
        int index = Array.IndexOf(Bio, bio);
        return index < 0 ? 0 : index;
    }

    /// <summary>
    /// Writes the labels of one sentence given as <see cref="Bio"/> ids in the scheme <paramref name="labels"/> (ids into
    /// it). An <c>I-X</c> that does not continue a name of its type begins one, as conlleval reads it.
    /// </summary>
    public static int[] Encode(ReadOnlySpan<int> bio, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var result = new int[bio.Length];
        bool marksEnds = MarksEnds(labels);
        for (int i = 0; i < bio.Length; i++)
        {
            string label = Bio[bio[i]];
            if (label == "O")
            {
                result[i] = IndexOf(labels, "O");
                continue;
            }

            string type = label[2..];
            bool continues = label[0] == 'I' && i > 0 && bio[i - 1] != 0 && Bio[bio[i - 1]][2..] == type;
            bool continued = i + 1 < bio.Length && Bio[bio[i + 1]] == "I-" + type;
            string prefix = (continues, continued, marksEnds) switch
            {
                (false, _, false) => "B",
                (true, _, false) => "I",
                (false, true, true) => "B",
                (false, false, true) => "S",
                (true, true, true) => "I",
                (true, false, true) => "E",
            };
            result[i] = IndexOf(labels, prefix + "-" + type);
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (int k = 0; k < labels.Count; k++)
        {
            if (labels[k] == label)
            {
                return k;
            }
        }

        throw new ArgumentException($"The label set lacks {label}.", nameof(labels));
    }
}
