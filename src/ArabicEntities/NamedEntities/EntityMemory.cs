using System.Globalization;
using ArabicEntities.Resources;

namespace ArabicEntities.NamedEntities;

/// <summary>
/// What a first-pass named-entity model said about each frequent word across the unlabeled news corpora: how often the
/// word was labelled a person, a place, an organization or another name. A name the training data never shows
/// (ديمورا، الترسانة) is often labelled in clearer contexts elsewhere in the news; the second-pass model reads these
/// shares as features. Built by the training tool (<c>train --features all</c>), which labels the corpora with models
/// trained on folds of the training data so that the training features look like those of unseen text.
/// </summary>
/// <remarks>Immutable and thread-safe; <see cref="Default"/> is loaded once, on first use, from the embedded resource.</remarks>
internal sealed class EntityMemory
{
    /// <summary>The manifest name of the embedded resource.</summary>
    public const string ResourceName = "ArabicEntities.NamedEntities.entity-memory.tsv.gz";

    /// <summary>The entity types counted, in column order.</summary>
    public static readonly string[] Types = ["PERS", "LOC", "ORG", "MISC"];

    /// <summary>The fewest corpus occurrences a word needs before its shares are trusted.</summary>
    public const int MinimumCount = 3;

    /// <summary>The number of bits one type's share bucket takes in a code.</summary>
    public const int BitsPerType = 3;

    private static readonly Lazy<EntityMemory> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, ushort> _codes;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> _codesBySpan;
#endif

    private EntityMemory(Dictionary<string, ushort> codes, string provenance)
    {
        _codes = codes;
#if NET9_0_OR_GREATER
        _codesBySpan = codes.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        Provenance = provenance;
    }

    /// <summary>Gets the memory compiled into the library (loaded on first use).</summary>
    /// <exception cref="InvalidOperationException">When the embedded resource is missing or malformed.</exception>
    public static EntityMemory Default => DefaultInstance.Value;

    /// <summary>Gets the number of words remembered.</summary>
    public int Count => _codes.Count;

    /// <summary>Gets the provenance header of the resource.</summary>
    public string Provenance { get; }

    /// <summary>
    /// Gets the code of a normalized word: for each type <c>t</c> (in <see cref="Types"/> order), bits
    /// <c>3t .. 3t+2</c> hold the bucket of the share of the word's occurrences labelled <c>t</c> (0: under 5 %,
    /// 1: under 20 %, 2: under 50 %, 3: under 80 %, 4: the rest). Zero when the word is unknown or never an entity.
    /// </summary>
    public ushort Code(ReadOnlySpan<char> normalizedWord)
    {
#if NET9_0_OR_GREATER
        return _codesBySpan.TryGetValue(normalizedWord, out ushort code) ? code : (ushort)0;
#else
        return _codes.TryGetValue(normalizedWord.ToString(), out ushort code) ? code : (ushort)0;
#endif
    }

    /// <summary>Gets the code of a normalized word already held as a string (no copy on any target framework).</summary>
    public ushort Code(string normalizedWord) => _codes.TryGetValue(normalizedWord, out ushort code) ? code : (ushort)0;

    /// <summary>The share bucket of type <paramref name="type"/> in a code.</summary>
    public static int Bucket(ushort code, int type) => (code >> (BitsPerType * type)) & ((1 << BitsPerType) - 1);

    /// <summary>Builds a memory from counts: per word, its occurrences and how many of them carried each type.</summary>
    public static EntityMemory FromCounts(IEnumerable<KeyValuePair<string, int[]>> counts, string provenance)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var codes = new Dictionary<string, ushort>(StringComparer.Ordinal);
        foreach ((string word, int[] c) in counts)
        {
            ushort code = Encode(c);
            if (code != 0)
            {
                codes[word] = code;
            }
        }

        return new EntityMemory(codes, provenance);
    }

    /// <summary>Writes counts in the resource format (only the words that get a non-zero code).</summary>
    public static void Write(TextWriter writer, IEnumerable<KeyValuePair<string, int[]>> counts, string provenance)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(counts);
        foreach (string line in provenance.Split('\n'))
        {
            writer.Write("# ");
            writer.Write(line);
            writer.Write('\n');
        }

        foreach ((string word, int[] c) in counts.Where(pair => Encode(pair.Value) != 0).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            foreach (int value in c)
            {
                writer.Write('\t');
                writer.Write(value.ToString(CultureInfo.InvariantCulture));
            }

            writer.Write('\n');
        }
    }

    /// <summary>Reads the resource format: <c>#</c> header lines, then <c>word TAB occurrences TAB PERS TAB LOC TAB ORG TAB MISC</c>.</summary>
    /// <exception cref="FormatException">When a line is malformed.</exception>
    public static EntityMemory Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var counts = new List<KeyValuePair<string, int[]>>();
        string provenance = ResourceText.Read(reader, (lineNumber, line) =>
        {
            string[] fields = line.Split('\t');
            if (fields.Length != Types.Length + 2)
            {
                throw new FormatException($"Entity memory line {lineNumber}: expected a word and {Types.Length + 1} counts.");
            }

            var c = new int[Types.Length + 1];
            for (int k = 0; k < c.Length; k++)
            {
                if (!int.TryParse(fields[k + 1], NumberStyles.None, CultureInfo.InvariantCulture, out c[k]))
                {
                    throw new FormatException($"Entity memory line {lineNumber}: '{fields[k + 1]}' is not a count.");
                }
            }

            counts.Add(new(fields[0], c));
        });

        return FromCounts(counts, provenance);
    }

    // counts[0] is the number of occurrences, counts[1 + t] those labelled with type t.
    private static ushort Encode(int[] counts)
    {
        int total = counts[0];
        if (total < MinimumCount)
        {
            return 0;
        }

        int code = 0;
        for (int t = 0; t < Types.Length; t++)
        {
            double share = (double)counts[t + 1] / total;
            int bucket = share < 0.05 ? 0 : share < 0.2 ? 1 : share < 0.5 ? 2 : share < 0.8 ? 3 : 4;
            code |= bucket << (BitsPerType * t);
        }

        return (ushort)code;
    }

    private static EntityMemory LoadDefault() => ResourceText.LoadEmbedded(
        ResourceName,
        "entity-memory",
        "dotnet run --project src/ArabicEntities.Training -c Release -- train --train anercorp/train.txt --dev none --features all --l1 0.000001 --l2 0.000005 --entity-bias 0 --out src/ArabicEntities/NamedEntities/ner-model.bin",
        Read,
        memory => memory.Count == 0);
}
