using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ArabicEntities.Clusters;
using ArabicEntities.Gazetteers;
using ArabicEntities.Text;

namespace ArabicEntities.Training;

/// <summary>
/// The <c>gazetteers</c> verb: compiles the lists in <c>../shared/data/gazetteers</c> and the project's own trigger
/// lists (<c>src/ArabicEntities/Gazetteers/triggers.tsv</c>) into the library's embedded resource
/// <c>src/ArabicEntities/Gazetteers/gazetteer.tsv.gz</c>: every entry normalized with
/// <see cref="ArabicNormalizer.Default"/>, tokenized with <see cref="ArabicTokenizer.Default"/>, deduplicated with its
/// categories combined, sorted.
/// </summary>
internal sealed partial class GazetteerBuildCommand : ITrainingCommand
{
    /// <summary>Tokens of multi-word place names that ANERgazet lists one per line and that are not names on their own.</summary>
    private static readonly HashSet<string> PlaceNameParts = [.. new[]
    {
        "بيت", "عين", "سيدي", "دير", "كفر", "تل", "جبل", "ابو", "أبو", "ام", "أم", "بني", "راس", "رأس", "وادي", "بئر", "مرج",
        "خان", "سان", "سانت", "نيو", "لوس", "لاس", "سيدى", "ال", "دار", "باب", "حي", "برج", "قصر", "سوق", "عرب", "شرم", "بحر",
        "جزيرة", "جزر", "مدينة", "الشيخ", "الكبرى", "الصغرى", "الجديدة", "الشمالية", "الجنوبية", "الشرقية", "الغربية",
        "العليا", "السفلى", "الوسطى", "لا", "دي", "دو", "دا", "ديل", "فان", "بورت", "فورت", "كيب", "سانتا", "سانتو", "ماونت",
    }.Select(Normalize)];

    /// <summary>The Arab League members (and Western Sahara), whose dr5hn "native" names are Arabic; elsewhere (IR, AF, PK)
    /// the Arabic-script native name is Persian, Pashto or Urdu.</summary>
    private static readonly HashSet<string> ArabCountries = new(StringComparer.Ordinal)
    {
        "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH",
    };

    /// <summary>Sources whose one-word entries are checked against the word clusters (token-level or partly unreliable lists).</summary>
    private static readonly string[] WeakSources = ["dr5hn/", "anergazet", "arabic-name-to-en", "derived/major_cities:dr5hn"];

    private readonly Dictionary<string, GazetteerCategory> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _rejected = new(StringComparer.Ordinal);

    /// <summary>The share of a word-cluster class that reliable words of a group must make up for a weak one-word entry in it to stay.</summary>
    private const double MinimumStrongShare = 0.02;

    /// <inheritdoc/>
    public string Name => "gazetteers";

    /// <inheritdoc/>
    public string Description => "compile ../shared/data/gazetteers and the trigger lists into the library's embedded gazetteer";

    /// <inheritdoc/>
    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string path = TrainingPaths.Repository("src", "ArabicEntities", "Gazetteers", "gazetteer.tsv.gz");
        bool verbose = false;
        for (int i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--output" when i + 1 < arguments.Count:
                    path = Path.GetFullPath(arguments[++i]);
                    break;
                case "--verbose":
                    verbose = true;
                    break;
                default:
                    error.WriteLine($"unknown option {arguments[i]}; usage: gazetteers [--output PATH] [--verbose]");
                    return 2;
            }
        }

        _entries.Clear();
        _sources.Clear();
        _rejected.Clear();
        AddTriggers();
        AddCountries();
        AddPlaces();
        AddNationalities();
        AddNames();
        AddMinedPersons(verbose ? output : null);
        AddOrganizations(verbose ? output : null);
        FilterByDistribution(GazetteerCategory.City | GazetteerCategory.Region | GazetteerCategory.Country, GazetteerCategory.AmbiguousPlace, verbose ? output : null);
        FilterByDistribution(GazetteerCategory.GivenName | GazetteerCategory.FamilyName, GazetteerCategory.None, verbose ? output : null);
        DropCompoundNameParts();
        KeepTriggersApart();
        KeepCuratedOrganizationsApart();
        KeepCalendarWordsApart();

        using (StreamWriter writer = ResourceWriter.Create(path))
        {
            writer.WriteLine("# ArabicEntities gazetteer, compiled by this project's `gazetteers` verb (src/ArabicEntities.Training/GazetteerBuildCommand.cs).");
            writer.WriteLine("# Sources (../shared/data/gazetteers; licenses in docs/data-provenance.md): CLDR 48 (Unicode-3.0), i18n-iso-countries (MIT), world-countries (ODbL-1.0), dr5hn countries-states-cities (ODbL-1.0; native Arabic names or names confirmed by another source only), derived/* (reviewed), ANERgazet (research use), akhateeb arabic-names (MIT), arabic-name-to-en (ISC), faker-js ar (MIT), arabic-english-nationalities (ISC), triggers.tsv (written for this project).");
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# Entries: normalized tokens separated by one space (ArabicNormalizer.Default + ArabicTokenizer.Default) TAB categories; {_entries.Count} entries; per category: {string.Join(", ", CategoryCounts())}."));
            foreach (KeyValuePair<string, GazetteerCategory> entry in _entries.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                writer.Write(entry.Key);
                writer.Write('\t');
                writer.WriteLine(Gazetteer.FormatCategories(entry.Value));
            }
        }

        output.WriteLine($"wrote {_entries.Count:N0} entries to {path} ({new FileInfo(path).Length:N0} bytes)");
        output.WriteLine($"per category: {string.Join(", ", CategoryCounts())}");
        output.WriteLine($"rejected: {string.Join("; ", _rejected.OrderByDescending(pair => pair.Value).Select(pair => $"{pair.Key} {pair.Value}"))}");
        return 0;
    }

    /// <summary>Normalizes a name and joins its tokens with one space; empty when it has no word.</summary>
    /// <param name="name">The name as a source writes it.</param>
    /// <returns>The normalized, tokenized form.</returns>
    internal static string Normalize(string name)
    {
        string cleaned = Parenthesized().Replace(name, " ").Trim();
        TokenizedText tokens = ArabicTokenizer.Default.Tokenize(cleaned);
        bool hasWord = false;
        StringBuilder builder = new();
        foreach (Token token in tokens.Tokens)
        {
            hasWord |= token.IsWord;
            builder.Append(builder.Length > 0 ? " " : string.Empty).Append(token.NormalizedText);
        }

        return hasWord ? builder.ToString() : string.Empty;
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesized();

    private static IEnumerable<string[]> ReadTsv(params string[] relative)
    {
        using StreamReader reader = new(TrainingPaths.Data(relative), Encoding.UTF8);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line.Split('\t');
            }
        }
    }

    private static IEnumerable<string> ReadLines(params string[] relative) =>
        File.ReadLines(TrainingPaths.Data(relative), Encoding.UTF8).Select(line => line.Trim()).Where(line => line.Length > 0);

    private static string Column(string[] row, int index) => index < row.Length ? row[index].Trim() : string.Empty;

    private static bool IsArabic(string text) => text.Any(c => c is >= '\u0621' and <= '\u064A');

    private IEnumerable<string> CategoryCounts()
    {
        for (int bit = 0; bit < 13; bit++)
        {
            GazetteerCategory flag = (GazetteerCategory)(1 << bit);
            yield return $"{Gazetteer.FormatCategories(flag)} {_entries.Values.Count(value => (value & flag) != 0)}";
        }
    }

    private string Add(string name, GazetteerCategory category, string source)
    {
        string entry = Normalize(name);
        if (entry.Length == 0)
        {
            return entry;
        }

        if (!entry.Contains(' ', StringComparison.Ordinal) && (entry.Length < 2 || MinedCandidateFilter.FunctionWords.Contains(entry)) && category is not (GazetteerCategory.PersonTitle or GazetteerCategory.LocationCue or GazetteerCategory.OrganizationHead))
        {
            Reject("single function word or letter");
            return string.Empty;
        }

        if (category is GazetteerCategory.GivenName or GazetteerCategory.FamilyName && (MinedCandidateFilter.TitleWords.Contains(entry) || MinedCandidateFilter.NameLinks.Contains(entry) || MinedCandidateFilter.Ordinals.Contains(entry)))
        {
            Reject("name-list entry that is a title, role word, ordinal or name link");
            return string.Empty;
        }

        if (category is GazetteerCategory.GivenName or GazetteerCategory.FamilyName && Has(entry, GazetteerCategory.Country))
        {
            Reject("name-list entry that is a country name");
            return string.Empty;
        }

        _entries[entry] = _entries.GetValueOrDefault(entry) | category;
        if (!_sources.TryGetValue(entry, out SortedSet<string>? sources))
        {
            _sources[entry] = sources = new SortedSet<string>(StringComparer.Ordinal);
        }

        sources.Add(Gazetteer.FormatCategories(category) + ":" + source);
        return entry;
    }

    // The second part of a compound with عبد that is a name of God (القادر of عبدالقادر، الرحمن of عبد الرحمن), which
    // token-level name lists (ANERgazet, arabic-name-to-en) give as a name of its own, names nobody alone: "اللاعب القادر
    // على" is "the player able to". Names of people after عبد (الحسين، العباس) stay names.
    private void DropCompoundNameParts()
    {
        const GazetteerCategory Names = GazetteerCategory.GivenName | GazetteerCategory.FamilyName;
        foreach (string entry in _entries.Keys.ToList())
        {
            if ((_entries[entry] & Names) == 0 || !MinedCandidateFilter.DivineNames.Contains(entry)
                || !(Has("عبد" + entry, Names) || Has("عبد " + entry, Names | GazetteerCategory.Person)))
            {
                continue;
            }

            GazetteerCategory rest = _entries[entry] & ~Names;
            if (rest == GazetteerCategory.None)
            {
                _entries.Remove(entry);
            }
            else
            {
                _entries[entry] = rest;
            }

            Reject("name-list entry that is a name of God after عبد (القادر)");
        }
    }

    private bool Has(string normalizedEntry, GazetteerCategory categories) => (_entries.GetValueOrDefault(normalizedEntry) & categories) != 0;

    private void Reject(string reason) => _rejected[reason] = _rejected.GetValueOrDefault(reason) + 1;

    /// <summary>
    /// Distributional agreement for weakly sourced one-word entries: a word from a token-level or partly unreliable
    /// list (dr5hn, ANERgazet tokens, arabic-name-to-en) whose word-cluster class is less than
    /// <see cref="MinimumStrongShare"/> made of words of the same group from the reliable lists (CLDR, capitals, country
    /// aliases, faker, akhateeb, triggers) is an ordinary word used as a name (إطار، الماضي، الخميس) and loses the group's
    /// categories, keeping <paramref name="demotedTo"/> instead (places become <see cref="GazetteerCategory.AmbiguousPlace"/>,
    /// a place only after a place cue). Words without a cluster (rare in the news) are kept.
    /// </summary>
    private void FilterByDistribution(GazetteerCategory group, GazetteerCategory demotedTo, TextWriter? log)
    {
        WordClusters clusters = WordClusters.Default;
        string groupName = Gazetteer.FormatCategories(group);
        bool IsGroupSource(string tagged) => (ParseCategory(tagged) & group) != 0;
        bool IsWeak(string tagged) => WeakSources.Any(weak => tagged[(tagged.IndexOf(':', StringComparison.Ordinal) + 1)..].StartsWith(weak, StringComparison.Ordinal));

        Dictionary<string, int> classSize = new(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> word in clusters.Words)
        {
            classSize[word.Value] = classSize.GetValueOrDefault(word.Value) + 1;
        }

        // Reliable words: one-word entries of the group from a reliable list, and for names also the words of the
        // reviewed full person names (the news' own names: روبرت، السبيعي).
        HashSet<string> reliable = new(StringComparer.Ordinal);
        foreach ((string entry, SortedSet<string> sources) in _sources)
        {
            if (!entry.Contains(' ', StringComparison.Ordinal) && sources.Any(tagged => IsGroupSource(tagged) && !IsWeak(tagged)))
            {
                reliable.Add(entry);
            }
            else if ((group & GazetteerCategory.GivenName) != 0 && (_entries.GetValueOrDefault(entry) & GazetteerCategory.Person) != 0)
            {
                reliable.UnionWith(entry.Split(' ').Where(token => !MinedCandidateFilter.NameLinks.Contains(token)));
            }
        }

        Dictionary<string, int> strongPerClass = new(StringComparer.Ordinal);
        foreach (string word in reliable)
        {
            if (clusters.TryGetPath(word, out string? path))
            {
                strongPerClass[path] = strongPerClass.GetValueOrDefault(path) + 1;
            }
        }

        foreach ((string entry, SortedSet<string> sources) in _sources.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (entry.Contains(' ', StringComparison.Ordinal) || !sources.Any(IsGroupSource) || sources.Any(tagged => IsGroupSource(tagged) && !IsWeak(tagged))
                || !clusters.TryGetPath(entry, out string? path))
            {
                continue;
            }

            double share = strongPerClass.GetValueOrDefault(path) / (double)classSize[path];
            if (share >= MinimumStrongShare)
            {
                log?.WriteLine($"distribution\tkeep\t{entry}\t{Gazetteer.FormatCategories(_entries[entry] & group)}\tclass {path}: {strongPerClass.GetValueOrDefault(path)} reliable of {classSize[path]}");
                continue;
            }

            GazetteerCategory remaining = (_entries[entry] & ~group) | demotedTo;
            Reject($"weak one-word {groupName} entry in a class without reliable {groupName} words");
            log?.WriteLine($"distribution\treject\t{entry}\t{Gazetteer.FormatCategories(_entries[entry] & group)}\tclass {path}: {strongPerClass.GetValueOrDefault(path)} reliable of {classSize[path]}");
            if (remaining == GazetteerCategory.None)
            {
                _entries.Remove(entry);
            }
            else
            {
                _entries[entry] = remaining;
            }
        }
    }

    /// <summary>An organization the curated rows of triggers.tsv name, and no curated row lists as a place, is no country:
    /// CLDR counts the European Union and the United Nations among its territories (الاتحاد الأوروبي، الأمم المتحدة), which
    /// ANERcorp annotates as organizations (13 of 13 for الاتحاد الأوروبي in train.txt).</summary>
    private void KeepCuratedOrganizationsApart()
    {
        const GazetteerCategory Places = GazetteerCategory.Country | GazetteerCategory.City | GazetteerCategory.Region;
        foreach ((string entry, SortedSet<string> sources) in _sources)
        {
            if (_entries.TryGetValue(entry, out GazetteerCategory categories) && (categories & Places) != 0
                && sources.Contains("Organization:triggers") && !sources.Any(tagged => tagged.EndsWith(":triggers", StringComparison.Ordinal) && (ParseCategory(tagged) & Places) != 0))
            {
                Reject("place category of a curated organization (CLDR territory)");
                _entries[entry] = categories & ~Places;
            }
        }
    }

    /// <summary>One-word trigger words (مدينة، المدينة، العاصمة، مطار، الرئيس) are cues, not names: they lose the place and
    /// name categories other lists give them (المدينة as the city of Medina, العاصمة as a governorate).</summary>
    private void KeepTriggersApart()
    {
        const GazetteerCategory Triggers = GazetteerCategory.PersonTitle | GazetteerCategory.OrganizationHead | GazetteerCategory.LocationCue | GazetteerCategory.TitleCue;
        const GazetteerCategory Names = GazetteerCategory.Country | GazetteerCategory.City | GazetteerCategory.Region | GazetteerCategory.AmbiguousPlace
            | GazetteerCategory.GivenName | GazetteerCategory.FamilyName;
        foreach (string entry in _entries.Keys.Where(key => !key.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            GazetteerCategory categories = _entries[entry];
            if ((categories & Triggers) != 0 && (categories & Names) != 0)
            {
                Reject("place or name category of a one-word trigger word");
                _entries[entry] = categories & ~Names;
            }
        }
    }

    /// <summary>Month and weekday names (CLDR, every Arabic locale, Gregorian and Hijri: آب، نيسان، تشرين، صفر، رمضان،
    /// الأحد) are dates, not places, names or organizations, in news text: they lose those categories.</summary>
    private void KeepCalendarWordsApart()
    {
        const GazetteerCategory Names = GazetteerCategory.Country | GazetteerCategory.City | GazetteerCategory.Region | GazetteerCategory.AmbiguousPlace
            | GazetteerCategory.GivenName | GazetteerCategory.FamilyName | GazetteerCategory.Organization;
        foreach (string[] row in ReadTsv("gazetteers", "cldr", "months_days_ar.tsv"))
        {
            if (!Column(row, 2).StartsWith("month", StringComparison.Ordinal) && !Column(row, 2).StartsWith("day", StringComparison.Ordinal))
            {
                continue;
            }

            // Two-word months (تشرين الأول، كانون الثاني) also free their first word.
            string name = Normalize(Column(row, 4));
            string first = name.Split(' ')[0];
            foreach (string form in new[] { name, "ال" + name, first })
            {
                if (_entries.TryGetValue(form, out GazetteerCategory categories) && (categories & Names) != 0)
                {
                    Reject("place, name or organization category of a month or weekday name");
                    if ((categories & ~Names) == GazetteerCategory.None)
                    {
                        _entries.Remove(form);
                    }
                    else
                    {
                        _entries[form] = categories & ~Names;
                    }
                }
            }
        }
    }

    private static GazetteerCategory ParseCategory(string tagged)
    {
        string name = tagged[..tagged.IndexOf(':', StringComparison.Ordinal)];
        return Enum.TryParse(name, out GazetteerCategory category) ? category : GazetteerCategory.None;
    }

    private void AddTriggers()
    {
        foreach (string line in File.ReadLines(TrainingPaths.Repository("src", "ArabicEntities", "Gazetteers", "triggers.tsv"), Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] row = line.Split('\t');
            string phrase = row[1].Trim();
            switch (row[0])
            {
                case "NationalityPlural":
                    Add(phrase, GazetteerCategory.Nationality, "triggers");
                    break;
                case "Nationality":
                    AddNisba(phrase, "triggers");
                    break;
                default:
                    GazetteerCategory category = Enum.Parse<GazetteerCategory>(row[0]);
                    string entry = Add(phrase, category, "triggers");
                    if (category is GazetteerCategory.OrganizationHead or GazetteerCategory.LocationCue or GazetteerCategory.TitleCue && !entry.Contains(' ', StringComparison.Ordinal) && !entry.StartsWith("ال", StringComparison.Ordinal))
                    {
                        Add("ال" + entry, category, "triggers");
                    }

                    break;
            }
        }
    }

    private void AddNisba(string masculine, string source)
    {
        string m = Normalize(masculine);
        if (m.Length == 0 || m.Contains(' ', StringComparison.Ordinal))
        {
            return;
        }

        foreach (string form in new[] { m, m + "ة", "ال" + m, "ال" + m + "ة", m + "ون", m + "ين", m + "ات", "ال" + m + "ون", "ال" + m + "ين", "ال" + m + "ات" })
        {
            Add(form, GazetteerCategory.Nationality, source);
        }
    }

    private void AddCountries()
    {
        foreach (string[] row in ReadTsv("gazetteers", "derived", "country_aliases_ar.tsv"))
        {
            // dr5hn-only aliases may be machine translations: kept only when another source has them too.
            if (Column(row, 5) == "yes" && (!int.TryParse(Column(row, 3), CultureInfo.InvariantCulture, out int n) || n < 2))
            {
                Reject("country alias only in dr5hn");
                continue;
            }

            Add(Column(row, 2), GazetteerCategory.Country, "derived/country_aliases");
        }

        foreach (string[] row in ReadTsv("gazetteers", "cldr", "territories_ar.tsv"))
        {
            // Numeric codes are continents and regions; UN and EU are organizations; EZ (euro area) and QO are regions.
            string code = Column(row, 0);
            GazetteerCategory category = code switch
            {
                "UN" or "EU" => GazetteerCategory.Organization,
                "001" => GazetteerCategory.None,
                "EZ" or "QO" => GazetteerCategory.Region,
                _ when code.All(char.IsAsciiDigit) => GazetteerCategory.Region,
                _ => GazetteerCategory.Country,
            };
            if (category != GazetteerCategory.None)
            {
                Add(Column(row, 2), category, "cldr/territories");
            }
        }

        foreach (string[] row in ReadTsv("gazetteers", "cldr", "territories_ar_regional_overrides.tsv"))
        {
            Add(Column(row, 2), GazetteerCategory.Country, "cldr/regional_overrides");
        }

        foreach (string[] row in ReadTsv("gazetteers", "i18n_iso_countries", "countries_ar.tsv"))
        {
            Add(Column(row, 1), GazetteerCategory.Country, "i18n-iso-countries");
        }

        foreach (string[] row in ReadTsv("gazetteers", "world_countries", "countries_ar.tsv"))
        {
            for (int column = 2; column <= 5; column++)
            {
                Add(Column(row, column), GazetteerCategory.Country, "world-countries");
            }
        }

        // ANERgazet countries (token-level: جزر القمر is listed as جزر and القمر) and faker's list (misspellings) only
        // where another source agrees.
        foreach (string[] row in ReadTsv("gazetteers", "anergazet", "AlignedLocGazetteer.structured.tsv"))
        {
            if (Column(row, 2) == "country" && Has(Normalize(Column(row, 3)), GazetteerCategory.Country))
            {
                Add(Column(row, 3), GazetteerCategory.Country, "anergazet");
            }
        }

        foreach (string name in ReadLines("gazetteers", "faker_js_ar", "countries.txt").Skip(1))
        {
            if (Has(Normalize(name), GazetteerCategory.Country))
            {
                Add(name, GazetteerCategory.Country, "faker");
            }
        }
    }

    private void AddPlaces()
    {
        HashSet<string> confirmations = new(StringComparer.Ordinal);
        foreach (string[] row in ReadTsv("gazetteers", "cldr", "exemplar_cities_ar.tsv"))
        {
            confirmations.Add(Add(Column(row, 1), GazetteerCategory.City, "cldr/exemplar_cities"));
        }

        foreach (string[] row in ReadTsv("gazetteers", "derived", "capitals_ar.tsv"))
        {
            confirmations.Add(Add(Column(row, 3), GazetteerCategory.City, "derived/capitals"));
        }

        foreach (string name in ReadLines("gazetteers", "faker_js_ar", "cities.txt").Skip(1).Concat(ReadLines("gazetteers", "faker_js_ar", "states.txt").Skip(1)))
        {
            confirmations.Add(Add(name, GazetteerCategory.City, "faker"));
        }

        // dr5hn: the native (Arabic-script) names are reliable; the "Arabic translation" column only when it is the
        // native name or another source confirms it.
        foreach (string[] row in ReadTsv("gazetteers", "dr5hn_csc", "cities_ar.tsv"))
        {
            if (IsArabic(Column(row, 4)) && ArabCountries.Contains(Column(row, 0)))
            {
                confirmations.Add(Add(Column(row, 4), GazetteerCategory.City, "dr5hn/native"));
            }
        }

        foreach (string[] row in ReadTsv("gazetteers", "derived", "major_cities_ar.tsv"))
        {
            string source = Column(row, 5);
            string name = Normalize(Column(row, 0));
            if (source == "dr5hn_city_translation" && !confirmations.Contains(name))
            {
                Reject("dr5hn city translation without a second source");
                continue;
            }

            Add(Column(row, 0), GazetteerCategory.City, "derived/major_cities:" + source);
        }

        foreach (string[] row in ReadTsv("gazetteers", "dr5hn_csc", "states_ar.tsv"))
        {
            string native = Column(row, 4);
            string translated = Column(row, 3);
            if (IsArabic(native) && ArabCountries.Contains(Column(row, 0)))
            {
                Add(native, GazetteerCategory.Region, "dr5hn/states:native");
            }

            if (Normalize(translated) is { Length: > 0 } t && (t == Normalize(native) || confirmations.Contains(t) || Has(t, GazetteerCategory.City | GazetteerCategory.Region | GazetteerCategory.Country)))
            {
                Add(translated, GazetteerCategory.Region, "dr5hn/states:confirmed");
            }
            else if (translated.Length > 0)
            {
                Reject("dr5hn state translation without a second source");
            }
        }

        // ANERgazet: its city lines are single tokens of possibly multi-word names; generic name parts are dropped.
        foreach (string[] row in ReadTsv("gazetteers", "anergazet", "AlignedLocGazetteer.structured.tsv"))
        {
            if (Column(row, 2) != "city_token")
            {
                continue;
            }

            string token = Normalize(Column(row, 3));
            if (token.Length < 3 || PlaceNameParts.Contains(token))
            {
                Reject("ANERgazet city token that is a generic name part");
                continue;
            }

            Add(token, GazetteerCategory.City, "anergazet");
        }
    }

    private void AddNationalities()
    {
        foreach (string[] row in ReadTsv("gazetteers", "nationalities_shahendahamdy", "nationalities_ar.tsv"))
        {
            string flag = Column(row, 10);
            string masculine = Normalize(Column(row, 3));
            if (flag.Length > 0)
            {
                // Flagged rows: the "nationality" is the country name or several words; keep a real one-word nisba only.
                if (masculine.Length > 0 && !masculine.Contains(' ', StringComparison.Ordinal) && masculine != Normalize(Column(row, 1)) && masculine.EndsWith('ي'))
                {
                    AddNisba(masculine, "nationalities");
                }
                else
                {
                    Reject("flagged nationality row without a nisba");
                }

                continue;
            }

            for (int column = 3; column <= 9; column++)
            {
                Add(Column(row, column), GazetteerCategory.Nationality, "nationalities");
            }

            string m = Normalize(Column(row, 3));
            if (m.Length > 0 && !m.Contains(' ', StringComparison.Ordinal))
            {
                Add("ال" + m + "ون", GazetteerCategory.Nationality, "nationalities");
                Add("ال" + m + "ين", GazetteerCategory.Nationality, "nationalities");
                Add("ال" + m + "ات", GazetteerCategory.Nationality, "nationalities");
            }
        }
    }

    private void AddNames()
    {
        foreach (string name in ReadLines("gazetteers", "akhateeb_arabic_names", "male-first--names-in-arabic.txt")
            .Concat(ReadLines("gazetteers", "akhateeb_arabic_names", "female-first-names-in-arabic.txt")))
        {
            Add(name, GazetteerCategory.GivenName, "akhateeb");
        }

        foreach (string name in ReadLines("gazetteers", "akhateeb_arabic_names", "last-names-in-arabic.txt"))
        {
            Add(name, GazetteerCategory.FamilyName, "akhateeb");
        }

        foreach (string[] row in ReadTsv("gazetteers", "arabic_name_to_en", "given_names_ar_en.tsv"))
        {
            Add(Column(row, 0), GazetteerCategory.GivenName, "arabic-name-to-en");
        }

        foreach (string[] row in ReadTsv("gazetteers", "faker_js_ar", "first_names.tsv"))
        {
            Add(Column(row, 1), GazetteerCategory.GivenName, "faker");
        }

        foreach (string name in ReadLines("gazetteers", "faker_js_ar", "last_names.txt").Skip(1))
        {
            Add(name, GazetteerCategory.FamilyName, "faker");
        }

        // ANERgazet person tokens: titles and function words are dropped; ال-words are family names, the rest given names.
        foreach (string line in ReadLines("gazetteers", "anergazet", "AlignedPersGazetteer.txt"))
        {
            string token = Normalize(line);
            if (token.Length < 2 || token.Contains(' ', StringComparison.Ordinal) || MinedCandidateFilter.TitleWords.Contains(token) || MinedCandidateFilter.NameLinks.Contains(token))
            {
                Reject("ANERgazet person token that is a title, link or letter");
                continue;
            }

            Add(token, token.StartsWith("ال", StringComparison.Ordinal) ? GazetteerCategory.FamilyName : GazetteerCategory.GivenName, "anergazet");
        }
    }

    private void AddMinedPersons(TextWriter? log)
    {
        List<(string[] Tokens, int Count, bool PrefixOfLonger)> rows = [];
        foreach (string[] row in ReadTsv("gazetteers", "derived", "mined_person_candidates.tsv"))
        {
            rows.Add((Normalize(Column(row, 0)).Split(' ', StringSplitOptions.RemoveEmptyEntries), int.Parse(Column(row, 1), CultureInfo.InvariantCulture), Column(row, 4) == "yes"));
        }

        Dictionary<string, int> counts = new(StringComparer.Ordinal);
        foreach ((string[] tokens, int count, _) in rows)
        {
            counts[string.Join(' ', tokens)] = Math.Max(count, counts.GetValueOrDefault(string.Join(' ', tokens)));
        }

        const GazetteerCategory Names = GazetteerCategory.GivenName | GazetteerCategory.FamilyName;
        const GazetteerCategory Places = GazetteerCategory.Country | GazetteerCategory.City;
        const GazetteerCategory Triggers = GazetteerCategory.PersonTitle | GazetteerCategory.OrganizationHead | GazetteerCategory.LocationCue;
        const GazetteerCategory Others = Places | GazetteerCategory.Region | GazetteerCategory.Nationality | GazetteerCategory.PersonTitle | GazetteerCategory.OrganizationHead | GazetteerCategory.LocationCue;
        foreach ((string[] tokens, int count, bool prefixOfLonger) in rows)
        {
            string? reason = MinedCandidateFilter.RejectPerson(tokens, prefixOfLonger, token => Has(token, Places) && !Has(token, Names), token => Has(token, Names) && !Has(token, Triggers), token => Has(token, Others), token => WordClusters.Default.TryGetPath(token, out _));
            if (reason is null && tokens.Any(token => Has(token, Triggers) && !Has(token, Names)))
            {
                reason = "contains a trigger word (title, organization head, place cue)";
            }


            // Trailing context: a row that extends a complete (≥ 2-token) name seen five times as often.
            for (int length = 2; reason is null && length < tokens.Length; length++)
            {
                if (counts.TryGetValue(string.Join(' ', tokens[..length]), out int prefixCount) && prefixCount >= 5 * count && !MinedCandidateFilter.NameLinks.Contains(tokens[length - 1]))
                {
                    reason = "extends a much more frequent name (trailing context)";
                }
            }

            if (reason is not null)
            {
                Reject("mined person: " + reason);
                log?.WriteLine($"person\treject\t{string.Join(' ', tokens)}\t{count}\t{reason}");
                continue;
            }

            log?.WriteLine($"person\tkeep\t{string.Join(' ', tokens)}\t{count}");
            Add(string.Join(' ', tokens), GazetteerCategory.Person, "derived/mined_person_candidates");
        }
    }

    private void AddOrganizations(TextWriter? log)
    {
        const GazetteerCategory Places = GazetteerCategory.Country | GazetteerCategory.City | GazetteerCategory.Region;
        foreach (string[] row in ReadTsv("gazetteers", "derived", "mined_org_candidates.tsv"))
        {
            string[] tokens = Normalize(Column(row, 0)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string? reason = MinedCandidateFilter.RejectOrganization(tokens, Column(row, 3) == "yes", token => Has(token, GazetteerCategory.OrganizationHead), phrase => Has(phrase, Places));
            if (reason is not null)
            {
                Reject("mined organization: " + reason);
                log?.WriteLine($"org\treject\t{string.Join(' ', tokens)}\t{Column(row, 1)}\t{reason}");
                continue;
            }

            log?.WriteLine($"org\tkeep\t{string.Join(' ', tokens)}\t{Column(row, 1)}");
            Add(string.Join(' ', tokens), GazetteerCategory.Organization, "derived/mined_org_candidates");
        }

        // ANERgazet organizations: one-word ال names (اليوم، الوطن، الرياض) are ordinary words too and are dropped.
        foreach (string line in ReadLines("gazetteers", "anergazet", "AlignedOrgGazetteer.txt"))
        {
            string entry = Normalize(line);
            if (!entry.Contains(' ', StringComparison.Ordinal) && (entry.StartsWith("ال", StringComparison.Ordinal) || Has(entry, Places)))
            {
                Reject("ANERgazet one-word organization that is an ordinary word or place");
                continue;
            }

            Add(entry, GazetteerCategory.Organization, "anergazet");
        }
    }
}
