using ArabicEntities.NamedEntities;

namespace ArabicEntities.Tests.NamedEntities;

public sealed class LabelSchemeTests
{
    [Theory]
    [InlineData("O B-PERS I-PERS O B-LOC", "O B-PERS E-PERS O S-LOC")]
    [InlineData("B-PERS I-PERS I-PERS", "B-PERS I-PERS E-PERS")]
    [InlineData("B-PERS B-PERS", "S-PERS S-PERS")]
    [InlineData("O I-ORG I-ORG", "O B-ORG E-ORG")] // an orphan I- begins a name, as conlleval reads it
    [InlineData("B-LOC I-ORG", "S-LOC S-ORG")]
    public void Encode_Bioes_MarksEndsAndSingletons(string bio, string expected)
    {
        int[] ids = [.. bio.Split(' ').Select(t => Array.IndexOf(LabelScheme.Bio, t))];
        int[] encoded = LabelScheme.Encode(ids, LabelScheme.Bioes);
        Assert.Equal(expected, string.Join(' ', encoded.Select(k => LabelScheme.Bioes[k])));
    }

    [Fact]
    public void Encode_Bio_KeepsValidBio()
    {
        int[] ids = [.. "O B-PERS I-PERS B-LOC".Split(' ').Select(t => Array.IndexOf(LabelScheme.Bio, t))];
        Assert.Equal(ids, LabelScheme.Encode(ids, LabelScheme.Bio));
    }

    [Theory]
    [InlineData("E-PERS", "I-PERS")]
    [InlineData("S-LOC", "B-LOC")]
    [InlineData("B-ORG", "B-ORG")]
    [InlineData("O", "O")]
    public void BioIndexOf_MapsBioesOntoBio(string label, string bio) =>
        Assert.Equal(bio, LabelScheme.Bio[LabelScheme.BioIndexOf(label)]);

    [Theory]
    [InlineData("B-PERS", "O", false)]
    [InlineData("B-PERS", "E-PERS", true)]
    [InlineData("I-PERS", "B-LOC", false)]
    [InlineData("E-PERS", "B-LOC", true)]
    [InlineData("S-PERS", "E-PERS", false)]
    [InlineData(null, "E-LOC", false)]
    [InlineData(null, "S-LOC", true)]
    public void IsAllowed_WithEnds_ClosesEveryName(string? from, string to, bool allowed) =>
        Assert.Equal(allowed, LabelScheme.IsAllowed(from, to, marksEnds: true));

    [Fact]
    public void Decode_Bioes_RandomScores_AlwaysClosedNames()
    {
        string[] labels = LabelScheme.Bioes;
        int l = labels.Length;
        var transitions = new float[(l + 1) * l];
        for (int from = 0; from <= l; from++)
        {
            for (int to = 0; to < l; to++)
            {
                transitions[(from * l) + to] = LabelScheme.IsAllowed(from == l ? null : labels[from], labels[to], marksEnds: true) ? 0 : -1e9f;
            }
        }

        var model = new NerModel(labels, NerFeatureSet.Core, new float[l], new Dictionary<int, float[]>(), transitions, "test");
        var random = new Random(5);
        for (int trial = 0; trial < 200; trial++)
        {
            int n = random.Next(1, 10);
            var emissions = new float[n * l];
            for (int k = 0; k < emissions.Length; k++)
            {
                emissions[k] = (float)(random.NextDouble() * -5);
            }

            var decoded = new int[n];
            BioDecoder.Decode(model, emissions, markov: false, decoded);
            string path = string.Join(' ', decoded.Select(x => labels[x]));
            for (int t = 0; t < n; t++)
            {
                Assert.True(LabelScheme.IsAllowed(t == 0 ? null : labels[decoded[t - 1]], labels[decoded[t]], marksEnds: true), path);
            }

            Assert.True(LabelScheme.CanEnd(labels[decoded[^1]], marksEnds: true), path);
        }
    }
}
