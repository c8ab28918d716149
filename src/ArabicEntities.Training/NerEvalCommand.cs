using System.Globalization;
using ArabicEntities.NamedEntities;

namespace ArabicEntities.Training;

/// <summary><c>eval</c>: scores a named-entity model (the embedded one by default) on CoNLL files, conlleval style.</summary>
internal sealed class NerEvalCommand : ITrainingCommand
{
    private static readonly double[] Thresholds = [0.3, 0.5, 0.6, 0.7, 0.8, 0.9];

    public string Name => "eval";

    public string Description => "score the NER model on CoNLL files (exact span and type, micro-averaged): [--model FILE [--memory entity-memory.tsv.gz]] [--entity-bias F] [--document-sentences N] [--predictions FILE] FILE... (--predictions writes \"word gold predicted\" lines, conlleval's input; the article-level passes run per -DOCSTART- document, or per sentence in files without them, or per N consecutive sentences with --document-sentences N; every file also gets the calibration of the confidences: expected calibration error, Brier score, log-loss, and the precision and recall of the names kept at minimum confidences 0.3 to 0.9)";

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var args = new CommandArguments(arguments);
        if (args.WantsHelp)
        {
            output.WriteLine($"eval: {Description}");
            return 0;
        }

        args.RequireKnown("document-sentences", "entity-bias", "memory", "model", "predictions");
        if (args.Positional.Count == 0)
        {
            error.WriteLine("eval: give one or more CoNLL files (paths, or paths under the shared data folder such as anercorp/dev10.txt).");
            return 2;
        }

        NerModel model = TrainedModelFiles.LoadModel(args.Get("model"));
        if (args.Has("entity-bias"))
        {
            // Re-decode with another entity bias (the model's own was tuned when it was trained).
            model = model.WithEntityBias(args.GetSingle("entity-bias", model.EntityBias));
        }

        output.WriteLine($"model: {model.Description}, entity bias {model.EntityBias.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        NerLexicon lexicon = TrainedModelFiles.Lexicon(model, args.Get("memory"));
        string? predictionsPath = args.Get("predictions");
        int documentSentences = args.GetInt32("document-sentences", 0);
        if (documentSentences < 0)
        {
            error.WriteLine("eval: --document-sentences must be 0 (the file's own documents) or a positive number of sentences.");
            return 2;
        }

        using StreamWriter? predictions = predictionsPath is null ? null : new StreamWriter(predictionsPath);
        foreach (string file in args.Positional)
        {
            string path = TrainingPaths.Corpus(file);
            NerDataset data = NerDataset.Load(path, lexicon);
            // How well the reported confidences (the embedded calibration, as the library reports them) predict which
            // names are right, over the names of this reading of the file (documents as for the F1 above).
            var calibrated = new List<(float P, bool Right)>();
            ConllScorer scorer = NerTrainer.Score(model, lexicon, data, predictions, documentSentences, SpanCalibration.Default, calibrated);
            output.WriteLine(path);
            output.Write(scorer.Report());
            if (SpanCalibration.Default is not null)
            {
                var score = new ConfidenceScore(calibrated);
                output.WriteLine($"confidence: {score}");

                // What NamedEntityRecognizerOptions.MinimumConfidence trades: precision and recall of the names kept.
                int gold = scorer.Overall.Gold;
                foreach (double minimum in Thresholds)
                {
                    int kept = calibrated.Count(p => p.P >= minimum);
                    var keptScore = new ConllScore("ALL", gold, kept, calibrated.Count(p => p.P >= minimum && p.Right));
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  minimum confidence {minimum:F1}: P {keptScore.Precision:F4} R {keptScore.Recall:F4} F1 {keptScore.F1:F4} ({kept} names)"));
                }
            }

            var raw = new List<(float P, bool Right)>();
            NerTrainer.Score(model, lexicon, data, null, documentSentences, null, raw);
            output.WriteLine($"confidence before calibration: {new ConfidenceScore(raw)}");
        }

        return 0;
    }
}
