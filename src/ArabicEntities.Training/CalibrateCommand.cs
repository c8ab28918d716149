using System.Globalization;
using ArabicEntities.NamedEntities;
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
        if (args.WantsHelp)
        {
            output.WriteLine($"calibrate: {Description}");
            return 0;
        }

        args.RequireKnown("check", "memories", "models", "out", "tests");
        string[] models = args.Get("models", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        string[] memories = args.Get("memories", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        string[] tests = args.Get("tests", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (models.Length < 2 || memories.Length != models.Length || tests.Length != models.Length)
        {
            error.WriteLine("calibrate: give as many --models, --memories and --tests (comma-separated) as there are folds, at least two.");
            return 2;
        }

        var folds = new List<SpanOutcome[]>();
        for (int k = 0; k < models.Length; k++)
        {
            (NamedEntityRecognizer recognizer, NerLexicon lexicon) = Recognizer(models[k], memories[k]);
            folds.Add([.. SpanOutcome.Of(recognizer, NerDataset.Load(TrainingPaths.Corpus(tests[k]), lexicon))]);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fold {k + 1}: {folds[k].Length} predicted names, {folds[k].Count(e => e.Right) / (double)folds[k].Length:F4} right"));
        }

        output.WriteLine("held-out fold   names   ECE raw → calibrated   Brier raw → calibrated   log-loss raw → calibrated");
        var pooledRaw = new List<(float, bool)>();
        var pooledCalibrated = new List<(float, bool)>();
        for (int k = 0; k < folds.Count; k++)
        {
            SpanCalibration fit = Fit([.. folds.Where((_, j) => j != k).SelectMany(f => f)], "cross-validation");
            var raw = new ConfidenceScore([.. folds[k].Select(e => (e.Evidence.GeometricMean, e.Right))]);
            var calibrated = new ConfidenceScore([.. folds[k].Select(e => (fit.Calibrate(e.Evidence), e.Right))]);
            pooledRaw.AddRange(raw.Predictions);
            pooledCalibrated.AddRange(calibrated.Predictions);
            output.WriteLine(Row((k + 1).ToString(CultureInfo.InvariantCulture), raw, calibrated));
        }

        var rawPooled = new ConfidenceScore(pooledRaw);
        var calibratedPooled = new ConfidenceScore(pooledCalibrated);
        output.WriteLine(Row("pooled", rawPooled, calibratedPooled));
        output.WriteLine("reliability (pooled held-out folds): confidence bin, names, mean confidence / share right, raw then calibrated");
        foreach (((double from, int n, double mean, double precision), (_, int m, double meanCalibrated, double precisionCalibrated)) in rawPooled.Reliability().Zip(calibratedPooled.Reliability()))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{from:F1}, {from + 0.1:F1})  raw {n,5} {mean:F3} / {precision:F3}   calibrated {m,5} {meanCalibrated:F3} / {precisionCalibrated:F3}"));
        }

        SpanOutcome[] all = [.. folds.SelectMany(f => f)];
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
            (NamedEntityRecognizer shipped, NerLexicon lexicon) = Recognizer(modelPath: null, memoryPath: null);
            SpanOutcome[] outcomes = [.. SpanOutcome.Of(shipped, NerDataset.Load(TrainingPaths.Corpus(check), lexicon))
                .Where(e => !noMisc || e.Evidence.Type != Recognition.EntityType.Misc)];
            var raw = new ConfidenceScore([.. outcomes.Select(e => (e.Evidence.GeometricMean, e.Right))]);
            var calibrated = new ConfidenceScore([.. outcomes.Select(e => (final.Calibrate(e.Evidence), e.Right))]);
            output.WriteLine($"shipped model on {check}{(noMisc ? " (PERS, LOC, ORG)" : string.Empty)}, raw: {raw}");
            output.WriteLine($"shipped model on {check}{(noMisc ? " (PERS, LOC, ORG)" : string.Empty)}, calibrated: {calibrated}");
        }

        return 0;
    }

    // A fold's model with its own entity memory (null, null: the shipped model and memory), and the lexicon its test
    // sentences must be described with.
    private static (NamedEntityRecognizer Recognizer, NerLexicon Lexicon) Recognizer(string? modelPath, string? memoryPath)
    {
        NerModel model = TrainedModelFiles.LoadModel(modelPath);
        NerLexicon lexicon = TrainedModelFiles.Lexicon(model, memoryPath);
        return (new NamedEntityRecognizer(model, lexicon), lexicon);
    }

    private static string Row(string name, ConfidenceScore raw, ConfidenceScore calibrated) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name,13}   {raw.Count,5}   {raw.Ece:F4} → {calibrated.Ece:F4}        {raw.Brier:F4} → {calibrated.Brier:F4}          {raw.LogLoss:F4} → {calibrated.LogLoss:F4}");

    private static SpanCalibration Fit(SpanOutcome[] examples, string provenance)
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(examples.Select(e => new Example { Features = Features(e.Evidence), Label = e.Right }));
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

    private static float[] Features(SpanEvidence evidence)
    {
        var features = new float[SpanCalibration.FeatureCount];
        SpanCalibration.Features(evidence, features);
        return features;
    }

    private sealed class Example
    {
        [VectorType(SpanCalibration.FeatureCount)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }
}
