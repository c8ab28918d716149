using System.Globalization;
using ArabicEntities.NamedEntities;
using ArabicEntities.Resources;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ArabicEntities.Training;

/// <summary>
/// <c>calibrate</c>: fits the span confidence (<see cref="SpanCalibration"/>) on cross-validated predictions. Each fold is
/// a model trained without a part of the training data (with its entity memory) and that part as CoNLL; every name the
/// model finds there becomes one example (its evidence, and whether span and type are exactly right). The logistic
/// regression is Microsoft.ML's L-BFGS; the verb reports, fold by fold, how well a fit on the other folds predicts the
/// held-out fold (expected calibration error, Brier score, log-loss) against the uncalibrated geometric mean.
/// </summary>
internal sealed class CalibrateCommand : ITrainingCommand
{
    public string Name => "calibrate";

    public string Description => "fit the span confidence on cross-validated predictions: --models M1,M2,.. --memories E1,E2,.. --tests T1,T2,.. [--out src/ArabicEntities/NamedEntities/span-calibration.tsv] [--check anercorp/dev10.txt,aqmar/dev.txt (the shipped model on other files, before and after)]";

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var args = new CommandArguments(arguments);
        string[] models = args.Get("models", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        string[] memories = args.Get("memories", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        string[] tests = args.Get("tests", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (models.Length < 2 || memories.Length != models.Length || tests.Length != models.Length)
        {
            error.WriteLine("calibrate: give as many --models, --memories and --tests (comma-separated) as there are folds, at least two.");
            return 2;
        }

        var folds = new List<SpanExample[]>();
        for (int k = 0; k < models.Length; k++)
        {
            folds.Add(Examples(models[k], memories[k], TrainingPaths.Corpus(tests[k])));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fold {k + 1}: {folds[k].Length} predicted names, {folds[k].Count(e => e.Label) / (double)folds[k].Length:F4} right"));
        }

        output.WriteLine("held-out fold   names   ECE raw → calibrated   Brier raw → calibrated   log-loss raw → calibrated");
        var pooledRaw = new List<(float, bool)>();
        var pooledCalibrated = new List<(float, bool)>();
        for (int k = 0; k < folds.Count; k++)
        {
            SpanCalibration fit = Fit([.. folds.Where((_, j) => j != k).SelectMany(f => f)], "cross-validation");
            (float, bool)[] raw = [.. folds[k].Select(e => (e.Raw, e.Label))];
            (float, bool)[] calibrated = [.. folds[k].Select(e => (fit.Calibrate(e.Evidence), e.Label))];
            pooledRaw.AddRange(raw);
            pooledCalibrated.AddRange(calibrated);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k + 1,13}   {raw.Length,5}   {Ece(raw):F4} → {Ece(calibrated):F4}        {Brier(raw):F4} → {Brier(calibrated):F4}          {LogLoss(raw):F4} → {LogLoss(calibrated):F4}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"       pooled   {pooledRaw.Count,5}   {Ece(pooledRaw):F4} → {Ece(pooledCalibrated):F4}        {Brier(pooledRaw):F4} → {Brier(pooledCalibrated):F4}          {LogLoss(pooledRaw):F4} → {LogLoss(pooledCalibrated):F4}"));
        output.WriteLine("reliability (pooled held-out folds): confidence bin, names, mean raw / precision, mean calibrated / precision");
        foreach (string line in Reliability(pooledRaw, pooledCalibrated))
        {
            output.WriteLine(line);
        }

        SpanExample[] all = [.. folds.SelectMany(f => f)];
        SpanCalibration final = Fit(all, string.Create(
            CultureInfo.InvariantCulture,
            $"ArabicEntities span confidence, written by the training tool's `calibrate` verb (src/ArabicEntities.Training/CalibrateCommand.cs): a logistic regression (Microsoft.ML L-BFGS) of whether a predicted name is exactly right (span and type), fitted on the {all.Length} names that {folds.Count} cross-validation models (each trained without one contiguous part of ANERcorp's train.txt, docs/evaluation.md) predicted on the part they did not see.\ncolumns: feature (see SpanCalibration.FeatureNames) TAB weight of the log-odds; confidence = 1 / (1 + exp(-(bias + Σ weight × feature)))."));
        string outPath = args.Get("out", TrainingPaths.Repository("src", "ArabicEntities", "NamedEntities", "span-calibration.tsv"));
        using (var writer = new StreamWriter(outPath, append: false, new System.Text.UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            final.Write(writer);
        }

        output.WriteLine($"wrote {outPath}");

        // Out of the data the fit saw: the shipped model (trained on all of train.txt) on other CoNLL files.
        foreach (string check in args.Get("check", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            bool noMisc = check.Contains("aqmar", StringComparison.OrdinalIgnoreCase);
            SpanExample[] examples = [.. Examples(NamedEntityRecognizer.Default.Model, NerLexicon.For(NamedEntityRecognizer.Default.Model.Features), TrainingPaths.Corpus(check))
                .Where(e => !noMisc || e.Evidence.Type != Recognition.EntityType.Misc)];
            (float, bool)[] raw = [.. examples.Select(e => (e.Raw, e.Label))];
            (float, bool)[] calibrated = [.. examples.Select(e => (final.Calibrate(e.Evidence), e.Label))];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"shipped model on {check}{(noMisc ? " (PERS, LOC, ORG)" : string.Empty)}: {raw.Length} names, {raw.Average(p => p.Item2 ? 1.0 : 0):F4} right; mean confidence raw {raw.Average(p => p.Item1):F4}, calibrated {calibrated.Average(p => p.Item1):F4}; ECE {Ece(raw):F4} → {Ece(calibrated):F4}, Brier {Brier(raw):F4} → {Brier(calibrated):F4}, log-loss {LogLoss(raw):F4} → {LogLoss(calibrated):F4}"));
        }

        return 0;
    }

    private static SpanExample[] Examples(string modelPath, string memoryPath, string testPath)
    {
        NerModel model;
        using (FileStream stream = File.OpenRead(modelPath))
        {
            model = NerModel.Load(stream);
        }

        NerLexicon lexicon = NerLexicon.For(model.Features);
        using (FileStream file = File.OpenRead(memoryPath))
        {
            lexicon = lexicon.WithMemory(ResourceText.ReadCompressed(file, EntityMemory.Read));
        }

        return Examples(model, lexicon, testPath);
    }

    private static SpanExample[] Examples(NerModel model, NerLexicon lexicon, string testPath)
    {
        var recognizer = new NamedEntityRecognizer(model, lexicon);
        NerDataset data = NerDataset.Load(testPath, lexicon);
        var examples = new List<SpanExample>();
        for (int s = 0; s < data.Sentences.Count; s++)
        {
            HashSet<(int Start, int End, string Type)> gold = ConllScorer.Chunks([.. data.Source[s].Tags.Select(NerTrainer.Normalize)]);
            foreach ((int first, int end, Recognition.EntityType type, SpanEvidence evidence) in recognizer.Spans(data.Sentences[s]))
            {
                examples.Add(new SpanExample(evidence, gold.Contains((first, end, TypeName(type)))));
            }
        }

        return [.. examples];
    }

    private static string TypeName(Recognition.EntityType type) => type switch
    {
        Recognition.EntityType.Person => "PERS",
        Recognition.EntityType.Location => "LOC",
        Recognition.EntityType.Organization => "ORG",
        _ => "MISC",
    };

    private static SpanCalibration Fit(SpanExample[] examples, string provenance)
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Features = e.Features(), Label = e.Label }));
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = 0.01f,
            L1Regularization = 0,
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-7f,
        });
        BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> model = trainer.Fit(data);
        LinearBinaryModelParameters linear = model.Model.SubModel;
        PlattCalibrator platt = model.Model.Calibrator;

        // Microsoft.ML's probability is 1 / (1 + exp(slope × (w·x + b) + offset)): folded into one log-odds.
        float[] weights = [.. linear.Weights.Select(w => (float)(-platt.Slope * w))];
        float bias = (float)(-((platt.Slope * linear.Bias) + platt.Offset));
        return new SpanCalibration(weights, bias, provenance);
    }

    private static double Ece(IReadOnlyCollection<(float P, bool Right)> predictions)
    {
        double total = 0;
        foreach (IGrouping<int, (float P, bool Right)> bin in predictions.GroupBy(p => Math.Min(9, (int)(p.P * 10))))
        {
            total += Math.Abs(bin.Average(p => p.P) - bin.Average(p => p.Right ? 1.0 : 0.0)) * bin.Count();
        }

        return total / predictions.Count;
    }

    private static double Brier(IReadOnlyCollection<(float P, bool Right)> predictions) =>
        predictions.Average(p => Math.Pow(p.P - (p.Right ? 1 : 0), 2));

    private static double LogLoss(IReadOnlyCollection<(float P, bool Right)> predictions) =>
        -predictions.Average(p => Math.Log(Math.Clamp(p.Right ? p.P : 1 - p.P, 1e-6, 1)));

    private static IEnumerable<string> Reliability(List<(float P, bool Right)> raw, List<(float P, bool Right)> calibrated)
    {
        for (int bin = 0; bin < 10; bin++)
        {
            int b = bin;
            (float P, bool Right)[] r = [.. raw.Where(p => Math.Min(9, (int)(p.P * 10)) == b)];
            (float P, bool Right)[] c = [.. calibrated.Where(p => Math.Min(9, (int)(p.P * 10)) == b)];
            yield return string.Create(CultureInfo.InvariantCulture, $"  [{b / 10.0:F1}, {(b + 1) / 10.0:F1})  raw {r.Length,5} {(r.Length == 0 ? 0 : r.Average(p => p.P)):F3} / {(r.Length == 0 ? 0 : r.Average(p => p.Right ? 1.0 : 0)):F3}   calibrated {c.Length,5} {(c.Length == 0 ? 0 : c.Average(p => p.P)):F3} / {(c.Length == 0 ? 0 : c.Average(p => p.Right ? 1.0 : 0)):F3}");
        }
    }

    private sealed record SpanExample(SpanEvidence Evidence, bool Label)
    {
        public float Raw => Evidence.GeometricMean;

        public float[] Features()
        {
            var features = new float[SpanCalibration.FeatureNames.Length];
            SpanCalibration.Features(Evidence, features);
            return features;
        }
    }

    private sealed class Row
    {
        [VectorType(8)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }
}
