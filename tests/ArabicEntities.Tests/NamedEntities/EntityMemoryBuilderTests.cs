using ArabicEntities.NamedEntities;
using ArabicEntities.Training;

namespace ArabicEntities.Tests.NamedEntities;

public class EntityMemoryBuilderTests
{
    private static EntityMemoryBuilder.Result Build(bool byArticle = false)
    {
        string path = Path.Combine(Temporal.TemporalTestData.DataDirectory, "anercorp", "train90.txt");
        NerLexicon lexicon = NerLexicon.For(NerFeatureSet.PreviousLabel);
        NerDataset data = NerDataset.Load(path, lexicon, maxSentences: 200);
        var settings = new NerTrainingSettings("sdca", NerFeatureSet.PreviousLabel, 1e-5f, 1e-4f, 5);
        return EntityMemoryBuilder.Build(data, lexicon, settings, folds: 2, tokensPerCorpus: 20_000, TextWriter.Null, byArticle);
    }

    [Fact]
    public void Build_GivesTrainingSentencesFoldMemories_AndTheRestTheFullMemory()
    {
        EntityMemoryBuilder.Result result = Build();

        Assert.Equal(200, result.Train.Sentences.Count);
        Assert.True(result.Lexicon.MemoryCount > 0, "the full model remembered no word");
        Assert.Contains(result.Train.Sentences, sentence => sentence.Any(token => token.Memory != 0));
        Assert.All(result.Counts.Values, c => Assert.True(c[1] + c[2] + c[3] + c[4] <= c[0], "more labels than occurrences"));
        Assert.Contains("labelled", result.Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_IsDeterministic()
    {
        EntityMemoryBuilder.Result first = Build();
        EntityMemoryBuilder.Result second = Build();

        Assert.Equal(first.Counts.Count, second.Counts.Count);
        Assert.All(first.Counts, pair => Assert.Equal(pair.Value, second.Counts[pair.Key]));
        Assert.Equal(
            first.Train.Sentences.SelectMany(s => s).Select(t => t.Memory),
            second.Train.Sentences.SelectMany(s => s).Select(t => t.Memory));
    }

    [Fact]
    public void Build_ByArticle_CountsEveryNewsWordOnce_AsSentenceBySentence()
    {
        EntityMemoryBuilder.Result sentences = Build();
        EntityMemoryBuilder.Result articles = Build(byArticle: true);

        Assert.Equal(sentences.Counts.Keys.Order(StringComparer.Ordinal), articles.Counts.Keys.Order(StringComparer.Ordinal));
        Assert.All(sentences.Counts, pair => Assert.Equal(pair.Value[0], articles.Counts[pair.Key][0]));
        Assert.All(articles.Counts.Values, c => Assert.True(c[1] + c[2] + c[3] + c[4] <= c[0], "more labels than occurrences"));
    }
}
