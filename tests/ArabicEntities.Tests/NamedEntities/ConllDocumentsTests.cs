using ArabicEntities.NamedEntities;
using ArabicEntities.Training;

namespace ArabicEntities.Tests.NamedEntities;

// How the training tool's eval cuts a CoNLL file into the documents the article-level passes run over.
public sealed class ConllDocumentsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"conll-{Guid.NewGuid():N}.txt");

    public void Dispose() => File.Delete(_path);

    private NerDataset Load(string text)
    {
        File.WriteAllText(_path, text);
        return NerDataset.Load(_path, NerLexicon.Empty);
    }

    private const string FiveSentences = "أ O\n\nب O\n\nت O\n\nث O\n\nج O\n";

    private const string TwoMarkedDocuments = "-DOCSTART- O\n\nأ O\n\nب O\n\nت O\n-DOCSTART- O\n\nث O\n\nج O\n";

    [Fact]
    public void Read_DocstartLines_NumberTheDocumentsAndAreNotSentences()
    {
        File.WriteAllText(_path, TwoMarkedDocuments);

        List<ConllSentence> sentences = ConllCorpus.Read(_path);

        Assert.Equal([0, 0, 0, 1, 1], sentences.Select(s => s.Document));
    }

    [Fact]
    public void Read_FileWithoutDocstart_HasNoDocuments()
    {
        File.WriteAllText(_path, FiveSentences);

        Assert.All(ConllCorpus.Read(_path), s => Assert.Equal(-1, s.Document));
    }

    [Theory]
    [InlineData(FiveSentences, 0, "0+1 1+1 2+1 3+1 4+1")]      // no marks: each sentence alone
    [InlineData(FiveSentences, 2, "0+2 2+2 4+1")]              // runs of two
    [InlineData(TwoMarkedDocuments, 0, "0+3 3+2")]             // the marked documents
    [InlineData(TwoMarkedDocuments, 2, "0+2 2+1 3+2")]         // runs of two that never cross a mark
    public void Documents_CutsTheFileAsAsked(string text, int documentSentences, string expected)
    {
        NerDataset data = Load(text);

        string cut = string.Join(' ', NerTrainer.Documents(data, documentSentences).Select(d => $"{d.First}+{d.Count}"));

        Assert.Equal(expected, cut);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Score_Confidences_AreThoseOfTheScoredNames(int documentSentences)
    {
        const string text = "وصل O\nبيني B-PERS\nغانتس I-PERS\nإلى O\nالرباط B-LOC\n. O\n\nوقال O\nغانتس B-PERS\nفي O\nالرباط B-LOC\nإن O\nالمغرب B-LOC\nشريك O\n. O\n";
        NerModel model = NamedEntityRecognizer.Default.Model;
        File.WriteAllText(_path, text);
        NerLexicon lexicon = NerLexicon.For(model.Features);
        NerDataset data = NerDataset.Load(_path, lexicon);
        var confidences = new List<(float P, bool Right)>();

        ConllScorer scorer = NerTrainer.Score(model, lexicon, data, null, documentSentences, SpanCalibration.Default, confidences);

        Assert.Equal(scorer.Overall.Predicted, confidences.Count);
        Assert.Equal(scorer.Overall.Correct, confidences.Count(c => c.Right));
        Assert.True(scorer.Overall.Correct >= 3);
        Assert.All(confidences, c => Assert.InRange(c.P, 0f, 1f));
    }
}
