using ArabicEntities.Gazetteers;
using ArabicEntities.Text;

namespace ArabicEntities.Tests.Gazetteers;

public class GazetteerTests
{
    private static readonly Gazetteer Default = Gazetteer.Default;

    private static List<GazetteerMatch> Match(Gazetteer gazetteer, string text, out TokenizedText tokens)
    {
        tokens = ArabicTokenizer.Default.Tokenize(text);
        List<GazetteerMatch> matches = [];
        gazetteer.Match(tokens, matches);
        return matches;
    }

    private static string Covered(TokenizedText tokens, GazetteerMatch match)
    {
        TextSpan span = Gazetteer.GetOriginalSpan(tokens, match);
        return tokens.Original[span.Start..span.End];
    }

    private static GazetteerMatch Single(Gazetteer gazetteer, string text, string expectedCovered, out TokenizedText tokens)
    {
        List<GazetteerMatch> matches = Match(gazetteer, text, out tokens);
        TokenizedText t = tokens;
        GazetteerMatch found = Assert.Single(matches, m => Covered(t, m) == expectedCovered);
        return found;
    }

    [Fact]
    public void DefaultResource_Loads_WithProvenanceAndEveryCategory()
    {
        Assert.True(Default.EntryCount > 5000, $"only {Default.EntryCount} entries");
        Assert.Contains("gazetteers", Default.Provenance, StringComparison.Ordinal);
        foreach (GazetteerCategory category in Enum.GetValues<GazetteerCategory>().Where(c => c != GazetteerCategory.None))
        {
            Assert.Contains(category.ToString(), Default.Provenance, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("والمغرب", "المغرب", 1)]
    [InlineData("للمغرب", "لمغرب", 1)]
    [InlineData("بالمغرب", "المغرب", 1)]
    [InlineData("لإسرائيل", "إسرائيل", 1)]
    [InlineData("وبغداد", "بغداد", 1)]
    [InlineData("فالجزائر", "الجزائر", 1)]
    [InlineData("وللمغرب", "لمغرب", 2)]
    [InlineData("المغرب", "المغرب", 0)]
    public void Match_StripsProclitics_OfPlaces(string word, string covered, int procliticLength)
    {
        GazetteerMatch match = Single(Default, $"زار الوفد {word} أمس", covered, out _);
        Assert.Equal(procliticLength, match.ProcliticLength);
        Assert.True((match.Categories & (GazetteerCategory.Country | GazetteerCategory.City)) != 0, match.Categories.ToString());
    }

    [Fact]
    public void Match_ProcliticLength_CountsTheOriginalText()
    {
        GazetteerMatch match = Single(Default, "وصل الوفد وَالمغرب أمس", "المغرب", out TokenizedText tokens);
        Assert.Equal(2, match.ProcliticLength);
        Assert.Equal(1, match.NormalizedProcliticLength);
        Assert.Equal("المغرب", tokens.Tokens[match.FirstToken].NormalizedText[match.NormalizedProcliticLength..]);

        GazetteerMatch lil = Single(Default, "رسالة لِلمغرب", "لمغرب", out _);
        Assert.Equal(2, lil.ProcliticLength);
        Assert.Equal(1, lil.NormalizedProcliticLength);
    }

    [Fact]
    public void Match_FindsMultiWordEntries_LongestFirst()
    {
        GazetteerMatch us = Single(Default, "وقالت الولايات المتحدة إنها ترحب بالاتفاق", "الولايات المتحدة", out _);
        Assert.Equal(2, us.TokenCount);
        Assert.True(us.Categories.HasFlag(GazetteerCategory.Country));

        GazetteerMatch polisario = Single(Default, "رفضت جبهة البوليساريو القرار", "جبهة البوليساريو", out _);
        Assert.True(polisario.Categories.HasFlag(GazetteerCategory.Organization));

        GazetteerMatch plo = Single(Default, "وقعت منظمة التحرير الفلسطينية الاتفاق", "منظمة التحرير الفلسطينية", out _);
        Assert.Equal(3, plo.TokenCount);
        Assert.True(plo.Categories.HasFlag(GazetteerCategory.Organization));
    }

    [Fact]
    public void Match_ProcliticOnMultiWordEntry_IsExcludedFromTheSpan()
    {
        GazetteerMatch match = Single(Default, "رحب بها وزير خارجية والولايات المتحدة", "الولايات المتحدة", out TokenizedText tokens);
        Assert.Equal(1, match.ProcliticLength);
        Assert.Equal("والولايات", tokens.Tokens[match.FirstToken].Text);
    }

    [Fact]
    public void Match_KnowsTriggers_AndNationalities()
    {
        List<GazetteerMatch> matches = Match(Default, "وصل وزير الدفاع الإسرائيلي إلى الرباط", out TokenizedText tokens);
        Assert.Contains(matches, m => Covered(tokens, m) == "وزير الدفاع" && m.Categories.HasFlag(GazetteerCategory.PersonTitle));
        Assert.Contains(matches, m => Covered(tokens, m) == "الإسرائيلي" && m.Categories.HasFlag(GazetteerCategory.Nationality));
        Assert.Contains(matches, m => Covered(tokens, m) == "الرباط" && m.Categories.HasFlag(GazetteerCategory.City));
        Assert.True(Default.Lookup("وزارة").HasFlag(GazetteerCategory.OrganizationHead));
        Assert.True(Default.Lookup("مدينة").HasFlag(GazetteerCategory.LocationCue));
        Assert.True(Default.Lookup("محمد").HasFlag(GazetteerCategory.GivenName));
    }

    [Theory]
    [InlineData("القادر")]
    [InlineData("الرحمن")]
    [InlineData("السلام")]
    public void Lookup_NameOfGodAfterAbd_IsNoNameAlone(string word)
    {
        const GazetteerCategory names = GazetteerCategory.GivenName | GazetteerCategory.FamilyName;
        Assert.Equal(GazetteerCategory.None, Default.Lookup(word) & names);
        Assert.True(Default.Lookup("عبدالقادر").HasFlag(GazetteerCategory.GivenName));
    }

    [Theory]
    [InlineData("الحسين")]
    [InlineData("العباس")]
    public void Lookup_NameOfAPersonThatAlsoFollowsAbd_StaysAName(string word)
    {
        Assert.NotEqual(GazetteerCategory.None, Default.Lookup(word) & (GazetteerCategory.GivenName | GazetteerCategory.FamilyName));
    }

    [Theory]
    [InlineData("Reuters")]
    [InlineData("Axios")]
    [InlineData("TRT")]
    public void Lookup_LatinOrganization_IsAnOrganization(string name)
    {
        Assert.True(Default.Lookup(name).HasFlag(GazetteerCategory.Organization));
    }

    [Fact]
    public void Match_FindsMinedFullPersonNames()
    {
        GazetteerMatch match = Single(Default, "قال الرئيس الروسي فلاديمير بوتين إن", "فلاديمير بوتين", out _);
        Assert.True(match.Categories.HasFlag(GazetteerCategory.Person));
    }

    [Fact]
    public void Lookup_StripsTheShortestProcliticRun()
    {
        Assert.True(Default.Lookup("وبغداد", out int stripped).HasFlag(GazetteerCategory.City));
        Assert.Equal(1, stripped);
        Assert.True(Default.Lookup("للمغرب", out stripped).HasFlag(GazetteerCategory.Country));
        Assert.Equal(1, stripped);
        Assert.Equal(GazetteerCategory.None, Default.Lookup("والذي"));
        Assert.Equal(GazetteerCategory.None, Default.Lookup(string.Empty));
    }

    [Fact]
    public void Match_NamePair_FromGivenAndFamilyNames()
    {
        // The matcher composes with any entry set: a given name and a family name are two adjacent matches.
        Gazetteer gazetteer = Gazetteer.Create([("بيني", GazetteerCategory.GivenName), ("غانتس", GazetteerCategory.FamilyName), ("بيني غانتس", GazetteerCategory.Person)]);
        GazetteerMatch full = Single(gazetteer, "وصل وزير الدفاع بيني غانتس", "بيني غانتس", out _);
        Assert.Equal(GazetteerCategory.Person, full.Categories);

        List<GazetteerMatch> all = [];
        TokenizedText tokens = ArabicTokenizer.Default.Tokenize("وصل وزير الدفاع بيني غانتس");
        gazetteer.MatchAll(tokens, all);
        Assert.Equal([(3, 2), (4, 1)], all.Select(m => (m.FirstToken, m.TokenCount)));
        Assert.Equal(GazetteerCategory.FamilyName, all[1].Categories);
    }

    [Fact]
    public void Match_DoesNotCrossLineBreaks_OrStripFromNonArabicTokens()
    {
        Gazetteer gazetteer = Gazetteer.Create([("الولايات المتحدة", GazetteerCategory.Country), ("NSO", GazetteerCategory.Organization)]);
        Assert.Empty(Match(gazetteer, "الولايات\nالمتحدة", out _));
        Assert.Single(Match(gazetteer, "شركة NSO الإسرائيلية", out _));
        Assert.Empty(Match(gazetteer, "شركة wNSO", out _));
    }

    [Fact]
    public void Read_RejectsUnknownCategories()
    {
        Assert.Throws<FormatException>(() => Gazetteer.Read(new StringReader("المغرب\tPlanet\n")));
        Gazetteer gazetteer = Gazetteer.Read(new StringReader("# test\nالمغرب\tCountry,City\n"));
        Assert.Equal(GazetteerCategory.Country | GazetteerCategory.City, gazetteer.Lookup("المغرب"));
        Assert.Equal("Country,City", Gazetteer.FormatCategories(GazetteerCategory.Country | GazetteerCategory.City));
    }

    [Fact]
    public void Match_IsAllocationLight()
    {
        TokenizedText tokens = ArabicTokenizer.Default.Tokenize(string.Concat(Enumerable.Repeat("وصل وزير الدفاع الإسرائيلي إلى الرباط والتقى بالمسؤولين في المغرب. ", 50)));
        List<GazetteerMatch> matches = new(1024);
        Default.Match(tokens, matches);
        matches.Clear();
        long before = GC.GetAllocatedBytesForCurrentThread();
        Default.Match(tokens, matches);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.NotEmpty(matches);
        Assert.True(allocated < 1024, $"{allocated} bytes allocated");
    }

    [Theory]
    [InlineData("الداخلة")]
    [InlineData("الثورة")]
    public void DefaultResource_WeaklySourcedPlaceThatIsAnOrdinaryWord_IsAmbiguousNotCity(string word)
    {
        GazetteerCategory categories = Default.Lookup(word);
        Assert.True(categories.HasFlag(GazetteerCategory.AmbiguousPlace), categories.ToString());
        Assert.False(categories.HasFlag(GazetteerCategory.City), categories.ToString());
    }

    [Theory]
    [InlineData("الناتو")]
    [InlineData("حلف شمال الأطلسي")]
    [InlineData("الكنيست")]
    [InlineData("رويترز")]
    public void DefaultResource_WellKnownOrganization_IsListed(string name)
    {
        GazetteerMatch match = Single(Default, $"وقال مصدر في {name} أمس", name, out _);
        Assert.True(match.Categories.HasFlag(GazetteerCategory.Organization), match.Categories.ToString());
    }
}
