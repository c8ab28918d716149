using System.Diagnostics;
using ArabicEntities.NamedEntities;
using ArabicEntities.Recognition;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace ArabicEntities.Training;

/// <summary>Hyper-parameters of one named-entity training run.</summary>
/// <param name="Trainer">The Microsoft.ML trainer: sdca, lbfgs or lightgbm.</param>
/// <param name="Features">The feature families.</param>
/// <param name="L1">The L1 regularization (linear trainers).</param>
/// <param name="L2">The L2 regularization (linear trainers).</param>
/// <param name="Iterations">The passes (SDCA), iterations (L-BFGS) or boosting rounds (LightGBM).</param>
/// <param name="Seed">The random seed.</param>
/// <param name="EntityBias">The decoding bias towards entity labels (used by the folded comparison).</param>
internal sealed record NerTrainingSettings(string Trainer, NerFeatureSet Features, float L1, float L2, int Iterations, int Seed = 1, float EntityBias = 0);

/// <summary>
/// Trains the named-entity model with Microsoft.ML: every token becomes a sparse binary vector of hashed features
/// (<see cref="NerFeatures"/>) labelled with its BIO tag; a multiclass trainer learns the emission model; BIO transition
/// scores are estimated from the training tag bigrams; decoding is constrained Viterbi. Deterministic: fixed seeds and a
/// single training thread.
/// </summary>
internal static class NerTrainer
{
    private static readonly int LabelCount = NerDataset.Labels.Length;

    /// <summary>Trains a linear model (SDCA or L-BFGS maximum entropy) and exports its weights.</summary>
    public static NerModel TrainLinear(NerDataset train, NerTrainingSettings settings, TextWriter log)
    {
        var ml = new MLContext(seed: settings.Seed);
        IDataView data = ml.Data.LoadFromEnumerable(Examples(train, settings.Features));
        var watch = Stopwatch.StartNew();
        IEstimator<MulticlassPredictionTransformer<MaximumEntropyModelParameters>> estimator = LinearTrainer(ml, settings);
        MulticlassPredictionTransformer<MaximumEntropyModelParameters> transformer = estimator.Fit(data);
        MaximumEntropyModelParameters parameters = transformer.Model;
        MulticlassClassificationMetrics metrics = ml.MulticlassClassification.Evaluate(transformer.Transform(data));
        log.WriteLine($"  {settings.Trainer}: trained in {watch.Elapsed.TotalSeconds:F0} s; training token accuracy {metrics.MicroAccuracy:F4}, log-loss {metrics.LogLoss:F4}");

        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out int classes);
        float[] biases = [.. parameters.GetBiases()];
        if (classes != LabelCount)
        {
            throw new InvalidOperationException($"The trainer produced {classes} classes, expected {LabelCount}.");
        }

        var dense = new float[classes][];
        for (int k = 0; k < classes; k++)
        {
            dense[k] = [.. weights[k].DenseValues()];
        }

        var rows = new Dictionary<int, float[]>();
        for (int f = 0; f < NerFeatures.Dimension; f++)
        {
            float max = 0;
            for (int k = 0; k < classes; k++)
            {
                max = Math.Max(max, Math.Abs(dense[k][f]));
            }

            if (max >= 1e-3f)
            {
                var row = new float[classes];
                for (int k = 0; k < classes; k++)
                {
                    row[k] = dense[k][f];
                }

                rows[f] = row;
            }
        }

        string description = $"{settings.Trainer} maximum entropy (Microsoft.ML), L1 {settings.L1}, L2 {settings.L2}, {settings.Iterations} iterations, features {settings.Features}, {train.TokenCount} training tokens";
        return new NerModel(NerDataset.Labels, settings.Features, biases, rows, Transitions(train, settings.Features), description);
    }

    /// <summary>
    /// Trains one Microsoft.ML multiclass trainer (sdca, lbfgs or lightgbm) on hashed vectors folded into
    /// <paramref name="dimension"/> columns, scores the dev tokens with the trained transformer and decodes them with the
    /// same constrained Viterbi and transitions: every trainer sees identical vectors and decoding, so they compare
    /// fairly (tree ensembles cannot be exported to the library's linear scorer, so this is for comparison only). The
    /// features must not include the previous label (its gold value would leak into the dev vectors).
    /// </summary>
    public static (ConllScorer Dev, TimeSpan Training) TrainAndScoreFolded(NerDataset train, NerDataset dev, NerTrainingSettings settings, int dimension)
    {
        if ((settings.Features & (NerFeatureSet.PreviousLabel | NerFeatureSet.Memory)) != 0)
        {
            throw new ArgumentException("The folded comparison uses per-token features only: --features nomarkov.");
        }

        var ml = new MLContext(seed: settings.Seed);
        SchemaDefinition schema = SchemaDefinition.Create(typeof(NerExample));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        IDataView data = ml.Data.LoadFromEnumerable(Folded(Examples(train, settings.Features), dimension), schema);
        IEstimator<ITransformer> estimator = settings.Trainer == "lightgbm"
            ? ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                NumberOfIterations = settings.Iterations,
                NumberOfLeaves = 31,
                MinimumExampleCountPerLeaf = 5,
                LearningRate = 0.2,
                Seed = settings.Seed,
                NumberOfThreads = 2,
                Silent = true,
            })
            : LinearTrainer(ml, settings);
        var watch = Stopwatch.StartNew();
        ITransformer transformer = estimator.Fit(data);
        TimeSpan training = watch.Elapsed;

        IDataView scored = transformer.Transform(ml.Data.LoadFromEnumerable(Folded(Examples(dev, settings.Features), dimension), schema));
        var probabilities = ml.Data.CreateEnumerable<ScoredExample>(scored, reuseRowObject: false).Select(r => r.Score).ToList();
        var decoderModel = new NerModel(NerDataset.Labels, settings.Features, new float[LabelCount], new Dictionary<int, float[]>(), Transitions(train, settings.Features), settings.Trainer);
        var scorer = new ConllScorer();
        int row = 0;
        for (int s = 0; s < dev.Sentences.Count; s++)
        {
            int n = dev.Sentences[s].Length;
            var emissions = new float[n * LabelCount];
            for (int i = 0; i < n; i++, row++)
            {
                for (int k = 0; k < LabelCount; k++)
                {
                    emissions[(i * LabelCount) + k] = MathF.Log(probabilities[row][k] + 1e-9f);
                }
            }

            var labels = new int[n];
            BioDecoder.Decode(decoderModel.WithEntityBias(settings.EntityBias), emissions, markov: false, labels);
            scorer.Add(dev.Source[s].Tags.Select(Normalize).ToList(), labels.Select(l => NerDataset.Labels[l]).ToList());
        }

        return (scorer, training);
    }

    private static IEstimator<MulticlassPredictionTransformer<MaximumEntropyModelParameters>> LinearTrainer(MLContext ml, NerTrainingSettings settings) => settings.Trainer switch
    {
        "sdca" => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            L1Regularization = settings.L1,
            L2Regularization = settings.L2,
            MaximumNumberOfIterations = settings.Iterations,
            NumberOfThreads = 1,
            Shuffle = true,
        }),
        "lbfgs" => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L1Regularization = settings.L1,
            L2Regularization = settings.L2,
            MaximumNumberOfIterations = settings.Iterations,
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-6f,
        }),
        _ => throw new ArgumentException($"Unknown trainer '{settings.Trainer}' (sdca, lbfgs, lightgbm)."),
    };

    // The same sparse vectors with every index folded into the first `dimension` columns (colliding indices add up).
    private static IEnumerable<NerExample> Folded(IEnumerable<NerExample> examples, int dimension)
    {
        int mask = dimension - 1;
        foreach (NerExample example in examples)
        {
            var sums = new SortedDictionary<int, float>();
            ReadOnlySpan<int> indices = example.Features.GetIndices();
            ReadOnlySpan<float> values = example.Features.GetValues();
            for (int k = 0; k < indices.Length; k++)
            {
                int folded = indices[k] & mask;
                sums[folded] = sums.GetValueOrDefault(folded) + values[k];
            }

            yield return new NerExample
            {
                Features = new VBuffer<float>(dimension, sums.Count, [.. sums.Values], [.. sums.Keys]),
                Label = example.Label,
            };
        }
    }

    /// <summary>Scores a trained model on a dataset with constrained Viterbi decoding.</summary>
    /// <param name="model">The model.</param>
    /// <param name="lexicon">The lexicon the dataset was described with.</param>
    /// <param name="data">The sentences with their gold tags.</param>
    /// <param name="predictions">When given, receives <c>word gold predicted</c> lines, a blank line between sentences (conlleval's input).</param>
    /// <param name="documentSentences">
    /// How many consecutive sentences to read as one document (the recognizer's article-level passes run per document), for
    /// files that do not mark their documents; 0: the <c>-DOCSTART-</c> documents where the file has them, otherwise each
    /// sentence alone.
    /// </param>
    /// <param name="calibration">The calibration of the names' confidences (none: the geometric mean of their labels' probabilities).</param>
    /// <param name="confidences">When given, receives each predicted name's confidence and whether its span and type are right.</param>
    public static ConllScorer Score(
        NerModel model,
        NerLexicon lexicon,
        NerDataset data,
        TextWriter? predictions = null,
        int documentSentences = 0,
        SpanCalibration? calibration = null,
        List<(float P, bool Right)>? confidences = null)
    {
        var recognizer = new NamedEntityRecognizer(model, lexicon, calibration);
        var scorer = new ConllScorer();
        foreach ((int first, int count) in Documents(data, documentSentences))
        {
            var sentences = new NerToken[count][];
            for (int k = 0; k < count; k++)
            {
                sentences[k] = data.Sentences[first + k];
            }

            List<(int First, int End, EntityType Type, float Confidence)>[] spans = recognizer.DocumentSpans(sentences);
            for (int k = 0; k < count; k++)
            {
                int s = first + k;
                string[] predicted = LabelsOf(spans[k], data.Sentences[s].Length);
                List<string> gold = [.. data.Source[s].Tags.Select(Normalize)];
                scorer.Add(gold, predicted);
                if (confidences is not null)
                {
                    HashSet<(int Start, int End, string Type)> chunks = ConllScorer.Chunks(gold);
                    foreach ((int start, int end, EntityType type, float confidence) in spans[k])
                    {
                        confidences.Add((confidence, chunks.Contains((start, end, SpanOutcome.TypeName(type)))));
                    }
                }

                if (predictions is not null)
                {
                    for (int i = 0; i < predicted.Length; i++)
                    {
                        predictions.WriteLine($"{data.Source[s].Words[i]} {gold[i]} {predicted[i]}");
                    }

                    predictions.WriteLine();
                }
            }
        }

        return scorer;
    }

    /// <summary>The documents of a dataset as (first sentence, sentence count); see <see cref="Score"/> for <paramref name="documentSentences"/>.</summary>
    internal static IEnumerable<(int First, int Count)> Documents(NerDataset data, int documentSentences)
    {
        int first = 0;
        for (int s = 1; s <= data.Sentences.Count; s++)
        {
            bool ends = s == data.Sentences.Count
                || data.Source[s].Document != data.Source[first].Document
                || (documentSentences > 0 ? s - first == documentSentences : data.Source[s].Document < 0);
            if (ends)
            {
                yield return (first, s - first);
                first = s;
            }
        }
    }

    // BIO labels (in the model's spelling) of a sentence's spans.
    private static string[] LabelsOf(List<(int First, int End, EntityType Type, float Confidence)> spans, int length)
    {
        var labels = new string[length];
        Array.Fill(labels, "O");
        foreach ((int first, int end, EntityType type, _) in spans)
        {
            string name = SpanOutcome.TypeName(type);
            labels[first] = "B-" + name;
            for (int i = first + 1; i < end; i++)
            {
                labels[i] = "I-" + name;
            }
        }

        return labels;
    }

    /// <summary>The gold tag as the model's label set spells it (unknown types become O).</summary>
    public static string Normalize(string tag) => NerDataset.Labels[NerDataset.LabelId(tag)];

    // The emission model already gives P(label | features), which includes the label prior; the transition score is
    // therefore the pointwise mutual information log P(to | from) - log P(to) (a hybrid MEMM/HMM decoder), from tag
    // bigrams with add-0.5 smoothing over the valid moves. Invalid BIO moves are -1e9.
    private static float[] Transitions(NerDataset train, NerFeatureSet features)
    {
        bool markov = (features & NerFeatureSet.PreviousLabel) != 0;
        int l = LabelCount;
        var counts = new double[(l + 1) * l];
        var unigram = new double[l];
        foreach (int[] labels in train.LabelIds)
        {
            int from = l;
            foreach (int to in labels)
            {
                counts[(from * l) + to]++;
                unigram[to]++;
                from = to;
            }
        }

        double tokens = unigram.Sum();
        var transitions = new float[(l + 1) * l];
        for (int from = 0; from <= l; from++)
        {
            string? fromLabel = from == l ? null : NerDataset.Labels[from];
            double total = 0;
            int valid = 0;
            for (int to = 0; to < l; to++)
            {
                if (BioDecoder.IsAllowed(fromLabel, NerDataset.Labels[to]))
                {
                    total += counts[(from * l) + to];
                    valid++;
                }
            }

            for (int to = 0; to < l; to++)
            {
                double conditional = (counts[(from * l) + to] + 0.5) / (total + (0.5 * valid));
                double prior = (unigram[to] + 0.5) / (tokens + (0.5 * l));
                transitions[(from * l) + to] = !BioDecoder.IsAllowed(fromLabel, NerDataset.Labels[to]) ? -1e9f
                    : markov ? 0f
                    : (float)Math.Log(conditional / prior);
            }
        }

        return transitions;
    }

    private static IEnumerable<NerExample> Examples(NerDataset data, NerFeatureSet features)
    {
        var buffer = new int[NerFeatures.MaxFeatures + NerFeatures.MaxPreviousLabelFeatures];
        for (int s = 0; s < data.Sentences.Count; s++)
        {
            NerToken[] tokens = data.Sentences[s];
            for (int i = 0; i < tokens.Length; i++)
            {
                int count = NerFeatures.Extract(tokens, i, features, buffer);
                if ((features & NerFeatureSet.PreviousLabel) != 0)
                {
                    count += NerFeatures.PreviousLabel(tokens, i, i == 0 ? LabelCount : data.LabelIds[s][i - 1], features, buffer.AsSpan(count));
                }

                Array.Sort(buffer, 0, count);
                var indices = new List<int>(count);
                var values = new List<float>(count);
                for (int k = 0; k < count; k++)
                {
                    if (indices.Count > 0 && indices[^1] == buffer[k])
                    {
                        values[^1] += 1;
                    }
                    else
                    {
                        indices.Add(buffer[k]);
                        values.Add(1);
                    }
                }

                yield return new NerExample
                {
                    Features = new VBuffer<float>(NerFeatures.Dimension, indices.Count, [.. values], [.. indices]),
                    Label = (uint)data.LabelIds[s][i],
                };
            }
        }
    }

    private sealed class NerExample
    {
        [VectorType(NerFeatures.Dimension)]
        public VBuffer<float> Features { get; set; }

        [KeyType(9)]
        public uint Label { get; set; }
    }

    private sealed class ScoredExample
    {
        [VectorType(9)]
        public float[] Score { get; set; } = [];
    }
}
