using ArabicEntities.Gazetteers;
using ArabicEntities.Text;

namespace ArabicEntities.Tests.Gazetteers;

public class MinedCandidateFilterTests
{
    private static readonly HashSet<string> Places = [.. new[] { "المغرب", "مكة", "الولايات", "الولايات المتحدة" }.Select(Normalize)];
    private static readonly HashSet<string> Names = [.. new[] { "محمد", "سلمان", "وليد" }.Select(Normalize)];
    private static readonly HashSet<string> Heads = [.. new[] { "وزارة", "منظمة", "الاتحاد", "مجلس", "حزب" }.Select(Normalize)];

    private static string Normalize(string text) => ArabicNormalizer.Default.NormalizeToString(text);

    private static string[] Tokens(string text) => Normalize(text).Split(' ');

    private static string? Person(string name, bool prefixOfLonger = false) =>
        MinedCandidateFilter.RejectPerson(Tokens(name), prefixOfLonger, Places.Contains, Names.Contains, word => Places.Contains(word) || Heads.Contains(word), word => word is "اعادة" or "علاج");

    private static string? Organization(string name, bool prefixOfLonger = false) =>
        MinedCandidateFilter.RejectOrganization(Tokens(name), prefixOfLonger, Heads.Contains, Places.Contains);

    [Theory]
    [InlineData("للأمم المتحدة")]
    [InlineData("محمد بن")]
    [InlineData("النائب الثاني لرئيس مجلس")]
    [InlineData("دونالد ترامب بالمدينة")]
    [InlineData("سلمان بن عبدالعزيز وأخيه")]
    [InlineData("فيصل بمكة")]
    [InlineData("سلمان باعادة")]
    [InlineData("يستقبل الأمراء")]
    [InlineData("الشهر الماضي")]
    [InlineData("عبدالله الاقتصادية")]
    [InlineData("ز يد")]
    [InlineData("سلمان")]
    public void RejectPerson_RejectsMiningNoise(string name) => Assert.NotNull(Person(name));

    [Theory]
    [InlineData("محمد بن سلمان")]
    [InlineData("دونالد ترامب")]
    [InlineData("إيمانويل ماكرون")]
    [InlineData("عبدالعزيز آل الشيخ")]
    [InlineData("محمد وليد")]
    public void RejectPerson_KeepsNames(string name) => Assert.Null(Person(name));

    [Fact]
    public void RejectPerson_RejectsRowsDominatedByALongerVariant() => Assert.NotNull(Person("رجب طيب", prefixOfLonger: true));

    [Theory]
    [InlineData("للأمم المتحدة")]
    [InlineData("لمجلس التعاون")]
    [InlineData("الاتحاد الأوروبي والولايات المتحدة")]
    [InlineData("مجلس الإدارة")]
    [InlineData("مجلس القضاء الشيخ")]
    [InlineData("حزب")]
    [InlineData("الاتحاد العام")]
    [InlineData("مجلس في العام")]
    public void RejectOrganization_RejectsMiningNoise(string name) => Assert.NotNull(Organization(name));

    [Theory]
    [InlineData("منظمة الصحة العالمية")]
    [InlineData("مجلس الأمن الدولي")]
    [InlineData("وزارة التجهيز والإسكان")]
    [InlineData("الاتحاد العام التونسي للشغل")] // العام "general", not "the year"
    [InlineData("هيئة التحقيق والادعاء العام")]
    public void RejectOrganization_KeepsNames(string name) => Assert.Null(Organization(name));

    [Theory]
    [InlineData("للأمم", true)]
    [InlineData("بالمدينة", true)]
    [InlineData("والرئيس", true)]
    [InlineData("لبنان", false)]
    [InlineData("الأسد", false)]
    public void StartsWithGluedArticle(string word, bool expected) => Assert.Equal(expected, MinedCandidateFilter.StartsWithGluedArticle(Normalize(word)));
}
