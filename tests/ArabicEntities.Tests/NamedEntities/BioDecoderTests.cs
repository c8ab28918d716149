using ArabicEntities.NamedEntities;

namespace ArabicEntities.Tests.NamedEntities;

public sealed class BioDecoderTests
{
    private static readonly string[] Labels = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC"];

    private static NerModel ConstraintOnlyModel()
    {
        int l = Labels.Length;
        var transitions = new float[(l + 1) * l];
        for (int from = 0; from <= l; from++)
        {
            for (int to = 0; to < l; to++)
            {
                transitions[(from * l) + to] = BioDecoder.IsAllowed(from == l ? null : Labels[from], Labels[to]) ? 0 : -1e9f;
            }
        }

        return new NerModel(Labels, NerFeatureSet.Core, new float[l], new Dictionary<int, float[]>(), transitions, "test");
    }

    [Theory]
    [InlineData(null, "I-PERS", false)]
    [InlineData("O", "I-PERS", false)]
    [InlineData("B-LOC", "I-PERS", false)]
    [InlineData("B-PERS", "I-PERS", true)]
    [InlineData("I-PERS", "I-PERS", true)]
    [InlineData("O", "B-LOC", true)]
    public void IsAllowed_OnlyContinuesTheSameType(string? from, string to, bool allowed) =>
        Assert.Equal(allowed, BioDecoder.IsAllowed(from, to));

    [Fact]
    public void Decode_RandomScores_AlwaysValidBio()
    {
        NerModel model = ConstraintOnlyModel();
        var random = new Random(3);
        int l = Labels.Length;
        for (int trial = 0; trial < 200; trial++)
        {
            int n = random.Next(1, 12);
            var emissions = new float[n * l];
            for (int k = 0; k < emissions.Length; k++)
            {
                emissions[k] = (float)(random.NextDouble() * -5);
            }

            var labels = new int[n];
            BioDecoder.Decode(model, emissions, markov: false, labels);
            for (int t = 0; t < n; t++)
            {
                Assert.True(BioDecoder.IsAllowed(t == 0 ? null : Labels[labels[t - 1]], Labels[labels[t]]), $"trial {trial}: {string.Join(' ', labels.Select(x => Labels[x]))}");
            }
        }
    }

    [Fact]
    public void Decode_PrefersTheBestValidPath_OverTheArgmax()
    {
        // Token 0 prefers O, token 1 prefers I-PERS (invalid after O): the best valid path is B-PERS I-PERS or O B-PERS.
        NerModel model = ConstraintOnlyModel();
        float[] emissions =
        [
            -0.5f, -0.9f, -9, -9, -9,
            -3f, -2f, -0.1f, -9, -9,
        ];
        var labels = new int[2];
        BioDecoder.Decode(model, emissions, markov: false, labels);
        Assert.Equal(["B-PERS", "I-PERS"], labels.Select(x => Labels[x]));
    }
}
