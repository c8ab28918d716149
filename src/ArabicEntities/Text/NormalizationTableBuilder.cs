using System.Globalization;
using System.Reflection;

namespace ArabicEntities.Text;

/// <summary>Compiles <see cref="ArabicNormalizerOptions"/> into the per-code-unit table <see cref="ArabicNormalizer"/> runs.</summary>
internal static class NormalizationTableBuilder
{
    private const string PresentationFormsResource = "ArabicEntities.Text.PresentationForms.tsv";

    private static readonly Lazy<IReadOnlyDictionary<char, string>> PresentationForms = new(LoadPresentationForms);

    /// <summary>The code-unit ranges any rule can touch; everything else maps to itself under every profile.</summary>
    internal static readonly (char First, char Last)[] AffectedRanges =
    [
        ('\u0600', '\u06FF'),
        ('\u08D3', '\u08FF'),
        ('\u200B', '\u200F'),
        ('\u202A', '\u202E'),
        ('\u2066', '\u2069'),
        ('\uFB50', '\uFDFF'),
        ('\uFE70', '\uFEFF'),
    ];

    /// <summary>The NFKC decompositions of the Arabic presentation forms, as shipped in the embedded resource.</summary>
    internal static IReadOnlyDictionary<char, string> PresentationFormDecompositions => PresentationForms.Value;

    public static (char[] Map, Dictionary<char, string> Expansions) Build(ArabicNormalizerOptions options)
    {
        var map = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            map[c] = (char)c;
        }

        // NUL and U+FFFF collide with the remove and expand markers: store them as expansions of themselves.
        var expansions = new Dictionary<char, string> { ['\0'] = "\0", ['\uFFFF'] = "\uFFFF" };
        map['\0'] = '\uFFFF';
        map['\uFFFF'] = '\uFFFF';
        foreach ((char first, char last) in AffectedRanges)
        {
            for (int c = first; c <= last; c++)
            {
                string result = Resolve((char)c, options, depth: 0);
                if (result.Length == 1 && result[0] == c)
                {
                    continue;
                }

                if (result.Length == 0)
                {
                    map[c] = '\0';
                }
                else if (result.Length == 1 && result[0] != '\0' && result[0] != '\uFFFF')
                {
                    map[c] = result[0];
                }
                else
                {
                    map[c] = '\uFFFF';
                    expansions[(char)c] = result;
                }
            }
        }

        return (map, expansions);
    }

    // Applies the rules until nothing changes, so the table's outputs are fixed points (idempotence).
    private static string Resolve(char c, ArabicNormalizerOptions options, int depth)
    {
        string? once = ApplyOnce(c, options);
        if (once is null)
        {
            return c.ToString();
        }

        if (depth > 8)
        {
            throw new InvalidOperationException($"Normalization rules for U+{(int)c:X4} do not converge.");
        }

        return once.Length == 1 ? Resolve(once[0], options, depth + 1) : string.Concat(once.Select(ch => Resolve(ch, options, depth + 1)));
    }

    // One rule step for one code unit, or null when no rule applies.
    private static string? ApplyOnce(char c, ArabicNormalizerOptions o)
    {
        if (o.RemoveFormatControls && IsFormatControl(c))
        {
            return string.Empty;
        }

        if (o.RemoveTashkeel && c is >= '\u064B' and <= '\u0652')
        {
            return string.Empty;
        }

        if (o.RemoveOtherMarks && IsOtherArabicMark(c))
        {
            return string.Empty;
        }

        if (o.RemoveTatweel && c == '\u0640')
        {
            return string.Empty;
        }

        // Phrase ligatures (ﷺ, ﷻ) decompose into several words; they stay as they are, so that one original code unit
        // never becomes several tokens and token spans never overlap.
        if (o.FoldPresentationForms && PresentationForms.Value.TryGetValue(c, out string? folded) && !folded.Contains(' ', StringComparison.Ordinal))
        {
            return folded;
        }

        return c switch
        {
            '\u0622' or '\u0623' or '\u0625' when o.NormalizeAlef => "\u0627",
            '\u0671' when o.NormalizeAlefWasla => "\u0627",
            '\u06A9' when o.NormalizePersianLetters => "\u0643",
            '\u06CC' when o.NormalizePersianLetters => "\u064A",
            >= '\u0660' and <= '\u0669' when o.NormalizeDigits => ((char)('0' + (c - '\u0660'))).ToString(),
            >= '\u06F0' and <= '\u06F9' when o.NormalizeDigits => ((char)('0' + (c - '\u06F0'))).ToString(),
            '\u066B' when o.NormalizeDigits => ".",
            '\u066C' when o.NormalizeDigits => ",",
            '\u0629' when o.TehMarbutaToHeh => "\u0647",
            '\u0649' when o.AlefMaksuraToYeh => "\u064A",
            '\u0624' when o.HamzaCarriersToBase => "\u0648",
            '\u0626' when o.HamzaCarriersToBase => "\u064A",
            _ => null,
        };
    }

    internal static bool IsFormatControl(char c) =>
        c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\u061C';

    private static bool IsOtherArabicMark(char c) =>
        c is '\u0670' or (>= '\u0610' and <= '\u061A') or (>= '\u0653' and <= '\u065F') or (>= '\u06D6' and <= '\u06ED')
        || (c is >= '\u08D3' and <= '\u08FF' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

    private static Dictionary<char, string> LoadPresentationForms()
    {
        using Stream stream = typeof(NormalizationTableBuilder).Assembly.GetManifestResourceStream(PresentationFormsResource)
            ?? throw new InvalidOperationException($"Embedded resource {PresentationFormsResource} is missing.");
        using var reader = new StreamReader(stream);
        var forms = new Dictionary<char, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split('\t');
            char form = (char)int.Parse(fields[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            string decomposition = string.Concat(fields[1].Split(' ').Select(h => (char)int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            forms[form] = decomposition;
        }

        return forms;
    }

    /// <summary>
    /// Computes the presentation-form table from the running platform's Unicode NFKC (ICU). Used to generate and to
    /// verify the embedded resource; the library itself never depends on the platform's normalization data, which
    /// is missing in globalization-invariant mode.
    /// </summary>
    internal static SortedDictionary<char, string> ComputePresentationFormsFromNfkc()
    {
        var forms = new SortedDictionary<char, string>();
        foreach ((char first, char last) in new[] { ('\uFB50', '\uFDFF'), ('\uFE70', '\uFEFE') })
        {
            for (int c = first; c <= last; c++)
            {
                string s = ((char)c).ToString();
                if (CharUnicodeInfo.GetUnicodeCategory((char)c) == UnicodeCategory.OtherNotAssigned)
                {
                    continue;
                }

                string d = s.Normalize(System.Text.NormalizationForm.FormKC);
                if (d == s)
                {
                    continue;
                }

                // Isolated forms of marks decompose to SPACE + mark(s); the space is an artefact of the isolated form.
                if (d.Length > 1 && d[0] == ' ' && d.Skip(1).All(ch => CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark))
                {
                    d = d[1..];
                }

                forms[(char)c] = d;
            }
        }

        return forms;
    }

    /// <summary>Serializes a presentation-form table in the embedded resource's format.</summary>
    internal static string FormatPresentationForms(SortedDictionary<char, string> forms)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("# Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFE) and their Unicode compatibility (NFKC) decomposition.\n");
        sb.Append("# Generated from the Unicode Character Database through .NET string.Normalize(FormKC) (ICU); isolated forms of\n");
        sb.Append("# marks drop the leading SPACE of their decomposition. Unicode License v3. Regenerate: see docs/design.md.\n");
        sb.Append("# form\tdecomposition (space-separated UTF-16 code units, hex)\n");
        foreach ((char form, string d) in forms)
        {
            sb.Append(((int)form).ToString("X4", CultureInfo.InvariantCulture)).Append('\t');
            sb.AppendJoin(' ', d.Select(ch => ((int)ch).ToString("X4", CultureInfo.InvariantCulture))).Append('\n');
        }

        return sb.ToString();
    }
}
