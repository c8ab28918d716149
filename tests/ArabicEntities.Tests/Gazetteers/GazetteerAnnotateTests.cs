using ArabicEntities.Gazetteers;
using ArabicEntities.Text;

namespace ArabicEntities.Tests.Gazetteers;

public class GazetteerAnnotateTests
{
    [Fact]
    public void Annotate_MarksBeginAndInsideTokens()
    {
        Gazetteer gazetteer = Gazetteer.Create([("بيني", GazetteerCategory.GivenName), ("غانتس", GazetteerCategory.FamilyName), ("بيني غانتس", GazetteerCategory.Person), ("وزير", GazetteerCategory.PersonTitle)]);
        TokenizedText tokens = ArabicTokenizer.Default.Tokenize("قال وزير الدفاع بيني غانتس");
        GazetteerCategory[] begin = new GazetteerCategory[tokens.Tokens.Count];
        GazetteerCategory[] inside = new GazetteerCategory[tokens.Tokens.Count];
        gazetteer.Annotate(tokens, begin, inside);
        Assert.Equal([GazetteerCategory.None, GazetteerCategory.PersonTitle, GazetteerCategory.None, GazetteerCategory.Person, GazetteerCategory.FamilyName], begin);
        Assert.Equal([GazetteerCategory.None, GazetteerCategory.None, GazetteerCategory.None, GazetteerCategory.None, GazetteerCategory.Person], inside);
        Assert.Throws<ArgumentException>(() => gazetteer.Annotate(tokens, new GazetteerCategory[2], inside));
    }
}
