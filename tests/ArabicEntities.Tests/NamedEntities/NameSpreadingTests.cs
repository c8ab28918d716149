using ArabicEntities.NamedEntities;
using ArabicEntities.Recognition;
using ArabicEntities.Text;
using NameSpan = ArabicEntities.NamedEntities.NamedEntityRecognizer.NameSpan;

namespace ArabicEntities.Tests.NamedEntities;

// The article-level pass that gives a name the article labels twice one reading everywhere (NamedEntityRecognizer.SpreadNames).
public class NameSpreadingTests
{
    // One sentence per string, its tokens separated by spaces, as normalized forms; a null sentence is one the model does not read.
    private static (string?[] Forms, List<Sentence> Sentences) Document(params string?[] sentences)
    {
        var forms = new List<string?>();
        var ranges = new List<Sentence>();
        foreach (string? sentence in sentences)
        {
            string[] words = (sentence ?? "English words only").Split(' ');
            ranges.Add(new Sentence(default, forms.Count, words.Length));
            forms.AddRange(sentence is null ? new string?[words.Length] : words);
        }

        return ([.. forms], ranges);
    }

    private static List<NameSpan> Spread(string?[] forms, List<Sentence> sentences, params NameSpan[] spans)
    {
        var list = new List<NameSpan>(spans);
        NamedEntityRecognizer.SpreadNames(forms, forms.Length, sentences, list);
        return list;
    }

    [Fact]
    public void SpreadNames_NameLabelledTwice_IsLabelledWhereTheModelMissedIt_ParticlesAside()
    {
        (string?[] forms, List<Sentence> sentences) = Document("زار الوفد دارفور أمس", "وفي دارفور قتال", "وعاد من بدارفور اليوم");

        List<NameSpan> spans = Spread(forms, sentences, new NameSpan(2, 3, EntityType.Location, 0.9f), new NameSpan(5, 6, EntityType.Location, 0.7f));

        Assert.Equal(3, spans.Count);
        NameSpan added = spans[2];
        Assert.Equal((9, 10, EntityType.Location), (added.First, added.End, added.Type));
        Assert.Equal(0.8f, added.Confidence, 3); // the mean of the spans it copies
    }

    [Fact]
    public void SpreadNames_MultiWordName_IsMatchedWholeAndInOrder()
    {
        (string?[] forms, List<Sentence> sentences) = Document("قال بيني غانتس إن", "وأضاف بيني غانتس", "ثم التقى وبيني غانتس بهم");

        List<NameSpan> spans = Spread(forms, sentences, new NameSpan(1, 3, EntityType.Person, 0.9f), new NameSpan(5, 7, EntityType.Person, 0.9f));

        Assert.Equal([(1, 3), (5, 7), (9, 11)], spans.Select(s => (s.First, s.End)));
        Assert.All(spans, s => Assert.Equal(EntityType.Person, s.Type));
    }

    [Fact]
    public void SpreadNames_NameLabelledOnce_IsNotSpread()
    {
        (string?[] forms, List<Sentence> sentences) = Document("زار الوفد دارفور أمس", "وفي دارفور قتال", "وقال غانتس");

        List<NameSpan> spans = Spread(forms, sentences, new NameSpan(2, 3, EntityType.Location, 0.9f), new NameSpan(8, 9, EntityType.Person, 0.9f));

        Assert.Equal(2, spans.Count);
    }

    [Fact]
    public void SpreadNames_NameLabelledWithTwoTypes_IsNotSpread()
    {
        (string?[] forms, List<Sentence> sentences) = Document("لينكس نظام", "لينكس شركة", "لينكس مجاني");

        List<NameSpan> spans = Spread(forms, sentences, new NameSpan(0, 1, EntityType.Organization, 0.9f), new NameSpan(2, 3, EntityType.Person, 0.9f));

        Assert.Equal([EntityType.Organization, EntityType.Person], spans.Select(s => s.Type));
    }

    [Theory]
    [InlineData(3, 1, EntityType.Location)]     // two more spans read it as a place: the odd one takes that type
    [InlineData(2, 1, EntityType.Organization)] // one more only: it keeps its own
    public void SpreadNames_SpanTypedAgainstTheArticle_TakesTheMajorityTypeOnlyByAMarginOfTwo(int places, int organizations, EntityType expected)
    {
        string[] sentences = [.. Enumerable.Repeat("في الجزائر اليوم", places + organizations)];
        (string?[] forms, List<Sentence> ranges) = Document(sentences);
        NameSpan[] spans = [.. Enumerable.Range(0, places + organizations)
            .Select(k => new NameSpan((3 * k) + 1, (3 * k) + 2, k < organizations ? EntityType.Organization : EntityType.Location, 0.9f))];

        List<NameSpan> result = Spread(forms, ranges, spans);

        Assert.Equal(expected, result[0].Type);
    }

    [Fact]
    public void SpreadNames_NeverCrossesASentenceNorOverlapsASpan()
    {
        // بيني | غانتس across a sentence end is not the name; غانتس inside the labelled بيني غانتس is not a second one.
        (string?[] forms, List<Sentence> sentences) = Document("قال بيني غانتس", "وقال بيني غانتس", "ثم بيني", "غانتس قال");

        List<NameSpan> spans = Spread(forms, sentences, new NameSpan(1, 3, EntityType.Person, 0.9f), new NameSpan(4, 6, EntityType.Person, 0.9f));

        Assert.Equal(2, spans.Count);
    }

    [Fact]
    public void SpreadNames_SentenceTheModelDoesNotRead_GetsNoName()
    {
        (string?[] forms, List<Sentence> sentences) = Document("زار دارفور", "في دارفور", null);

        List<NameSpan> spans = Spread(forms, sentences, new NameSpan(1, 2, EntityType.Location, 0.9f), new NameSpan(3, 4, EntityType.Location, 0.9f));

        Assert.Equal(2, spans.Count);
    }

    [Fact]
    public void SpreadNames_NameShorterThanThreeLetters_IsNotSpread()
    {
        (string?[] forms, List<Sentence> sentences) = Document("قال بي إن", "وقال بي", "ثم بي");

        List<NameSpan> spans = Spread(forms, sentences, new NameSpan(1, 2, EntityType.Organization, 0.9f), new NameSpan(4, 5, EntityType.Organization, 0.9f));

        Assert.Equal(2, spans.Count);
    }

    [Fact]
    public void Recognize_Seed000_PlaceTheArticleNamesElsewhere_IsFoundWhereTheModelAloneMissesIt()
    {
        string text = SeedFiles.Read("000");
        int start = text.IndexOf("اعترفت الرباط علانية", StringComparison.Ordinal) + "اعترفت ".Length;

        IReadOnlyList<Entity> names = EntityPipeline.Create(NamedEntityRecognizer.Default).Extract(text).Entities;

        Assert.Contains(names, e => e.Type == EntityType.Location && e.Span == new TextSpan(start, start + "الرباط".Length));
    }
}
