using ArabicEntities.Training;

namespace ArabicEntities.Tests.NamedEntities;

public sealed class ConllScorerTests
{
    [Theory]
    [InlineData("B-PERS I-PERS O B-LOC", "0-2:PERS 3-4:LOC")]
    [InlineData("I-PERS I-PERS O", "0-2:PERS")] // an orphan I- starts an entity, as conlleval does
    [InlineData("B-PERS I-LOC", "0-1:PERS 1-2:LOC")] // a type change inside starts a new entity
    [InlineData("B-ORG B-ORG I-ORG", "0-1:ORG 1-3:ORG")]
    [InlineData("O O", "")]
    public void Chunks_FollowConlleval(string tags, string expected)
    {
        var chunks = ConllScorer.Chunks(tags.Split(' '))
            .OrderBy(c => c.Start)
            .Select(c => $"{c.Start}-{c.End}:{c.Type}");
        Assert.Equal(expected, string.Join(' ', chunks));
    }

    [Fact]
    public void Score_ExactSpanAndType_MicroAveraged()
    {
        var scorer = new ConllScorer();
        scorer.Add(["B-PERS", "I-PERS", "O", "B-LOC", "B-ORG"], ["B-PERS", "I-PERS", "O", "B-ORG", "O"]);
        scorer.Add(["B-LOC", "O"], ["B-LOC", "B-MISC"]);
        ConllScore overall = scorer.Overall;
        Assert.Equal(4, overall.Gold);
        Assert.Equal(4, overall.Predicted);
        Assert.Equal(2, overall.Correct);
        Assert.Equal(0.5, overall.F1, 6);
        Assert.Equal(0.5, scorer.ByType.Single(s => s.Type == "LOC").Recall, 6);
        Assert.Equal(0, scorer.ByType.Single(s => s.Type == "MISC").Precision, 6);
    }

    [Fact]
    public void Score_PartialSpan_IsWrong()
    {
        var scorer = new ConllScorer();
        scorer.Add(["B-ORG", "I-ORG", "I-ORG"], ["B-ORG", "I-ORG", "O"]);
        Assert.Equal(0, scorer.Overall.Correct);
    }
}
