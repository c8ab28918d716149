using ArabicEntities.NamedEntities;

namespace ArabicEntities.Training;

/// <summary>
/// Stacking: gives every token the label of a first-pass model (<see cref="NerToken.FirstPass"/>), read by the second
/// pass's <see cref="NerFeatureSet.Stacked"/> features. Training sentences get the labels of models trained without their
/// fold (jackknife), so the second pass learns from first-pass labels as good as those it will see on new text.
/// </summary>
internal static class FirstPassLabeller
{
    /// <summary>Labels each of <paramref name="folds"/> contiguous folds with a model trained on the other folds.</summary>
    public static NerDataset Jackknife(NerDataset train, NerLexicon lexicon, NerTrainingSettings settings, int folds, TextWriter log)
    {
        int count = train.Sentences.Count;
        var labelled = new NerToken[count][];
        for (int k = 0; k < folds; k++)
        {
            int fold = k;
            NerModel model = NerTrainer.TrainLinear(train.Subset(s => FoldOf(s, count, folds) != fold), settings, TextWriter.Null).WithEntityBias(settings.EntityBias);
            var recognizer = new NamedEntityRecognizer(model, lexicon);
            for (int s = 0; s < count; s++)
            {
                if (FoldOf(s, count, folds) == fold)
                {
                    labelled[s] = Label(recognizer, train.Sentences[s]);
                }
            }

            log.WriteLine($"  first pass: fold {k + 1}/{folds} labelled");
        }

        return train.WithSentences(s => labelled[s]);
    }

    /// <summary>Labels every sentence of a dataset with one model.</summary>
    public static NerDataset Apply(NerDataset data, NerModel model, NerLexicon lexicon)
    {
        var recognizer = new NamedEntityRecognizer(model, lexicon);
        return data.WithSentences(s => Label(recognizer, data.Sentences[s]));
    }

    /// <summary>The tokens of one sentence with the first-pass labels set.</summary>
    public static NerToken[] Label(NamedEntityRecognizer recognizer, NerToken[] tokens)
    {
        var labels = new int[tokens.Length];
        var logProbabilities = new float[tokens.Length];
        recognizer.Label(tokens, labels, logProbabilities);
        var result = new NerToken[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            result[i] = tokens[i] with { FirstPass = (byte)(labels[i] + 1) };
        }

        return result;
    }

    private static int FoldOf(int sentence, int count, int folds) => (int)((long)sentence * folds / count);
}
