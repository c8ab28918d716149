using System.Globalization;
using ArabicEntities.NamedEntities;

namespace ArabicEntities.Training;

/// <summary>
/// <c>train</c>: trains the named-entity model on an ANERcorp split, scores it on dev10 and AQMAR dev, and optionally
/// writes it. Several trainers (<c>--trainer sdca,lbfgs,lightgbm</c>) are compared on dev and the best linear one is kept.
/// </summary>
internal sealed class NerTrainCommand : ITrainingCommand
{
    public string Name => "train";

    public string Description => "train the NER model: [--train anercorp/train90.txt] [--dev anercorp/dev10.txt|none] [--trainer sdca,lbfgs,lightgbm] [--features all|nomemory|nomarkov|core|markov|gazetteers|clusters|embeddings, then optionally -memory -embeddings -clusters -gazetteers -markov] [--folded-dimension 65536 (compare trainers on identical folded vectors; lightgbm always does)] [--entity-bias F] [--l1 F] [--l2 F] [--iterations N] [--memory-folds 4] [--memory-articles (the first pass reads each news line as one article, name spreading included; measured, not the default)] [--memory-tokens 30000000 (per corpus; the default takes every token of the three news corpora)] [--out FILE] (with the entity memory, --out also writes entity-memory.tsv.gz beside the model)";

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var args = new CommandArguments(arguments);
        if (args.WantsHelp)
        {
            output.WriteLine($"train: {Description}");
            return 0;
        }

        args.RequireKnown("aqmar", "dev", "entity-bias", "features", "folded-dimension", "iterations", "l1", "l2", "memory-articles", "memory-folds", "memory-tokens", "out", "train", "trainer");
        NerFeatureSet features = ParseFeatures(args.Get("features", "all"));
        NerFeatureSet baseFeatures = features & ~NerFeatureSet.Memory;
        var lexicon = NerLexicon.For(baseFeatures);
        output.WriteLine($"features: {features}");
        NerDataset train = NerDataset.Load(TrainingPaths.Corpus(args.Get("train", "anercorp/train90.txt")), lexicon);
        output.WriteLine($"train: {train.Sentences.Count} sentences, {train.TokenCount} tokens");
        string devPath = args.Get("dev", "anercorp/dev10.txt");
        NerDataset? dev = devPath == "none" ? null : NerDataset.Load(TrainingPaths.Corpus(devPath), lexicon);
        string aqmarPath = args.Get("aqmar", "aqmar/dev.txt");
        NerDataset? aqmar = aqmarPath == "none" ? null : NerDataset.Load(TrainingPaths.Corpus(aqmarPath), lexicon);
        EntityMemoryBuilder.Result? memory = null;
        if ((features & NerFeatureSet.Memory) != 0)
        {
            // The first pass: the same trainer and regularization without the memory features.
            var firstPass = new NerTrainingSettings(
                "sdca",
                baseFeatures,
                args.GetSingle("l1", 0.0005f),
                args.GetSingle("l2", 0.0005f),
                args.GetInt32("iterations", 30));
            memory = EntityMemoryBuilder.Build(train, lexicon, firstPass, args.GetInt32("memory-folds", 4), args.GetInt32("memory-tokens", 30_000_000), output, args.Has("memory-articles"));
            train = memory.Train;
            lexicon = memory.Lexicon;
            dev = dev?.WithMemory(_ => lexicon);
            aqmar = aqmar?.WithMemory(_ => lexicon);
        }

        NerModel? best = null;
        double bestF1 = double.NegativeInfinity;
        foreach (string trainer in args.Get("trainer", "sdca").Split(','))
        {
            var settings = new NerTrainingSettings(
                trainer,
                features,
                args.GetSingle("l1", trainer == "lbfgs" ? 0.5f : 0.0005f),
                args.GetSingle("l2", trainer == "lbfgs" ? 0.5f : 0.0005f),
                args.GetInt32("iterations", trainer == "lightgbm" ? 200 : trainer == "lbfgs" ? 300 : 30),
                EntityBias: args.GetSingle("entity-bias", 0));
            output.WriteLine($"trainer {settings}");
            if (args.Has("folded-dimension") || trainer == "lightgbm")
            {
                // The trainer comparison: identical folded vectors, scored through Microsoft.ML, nothing exported.
                if (dev is not null)
                {
                    int dimension = args.GetInt32("folded-dimension", 1 << 16);
                    (ConllScorer score, TimeSpan time) = NerTrainer.TrainAndScoreFolded(train, dev, settings, dimension);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {trainer}: trained in {time.TotalSeconds:F0} s on {dimension} folded dimensions"));
                    Report(output, "dev", score, all: true);
                }

                continue;
            }

            NerModel model = NerTrainer.TrainLinear(train, settings, output);
            output.WriteLine($"  {model.FeatureCount} non-zero feature rows");
            double f1 = 0;
            if (args.Has("entity-bias"))
            {
                model = model.WithEntityBias(args.GetSingle("entity-bias", 0));
            }
            else if (dev is not null)
            {
                // Tune the decoding bias towards entity labels on dev (recall against precision).
                float bestBias = 0;
                double bestBiasF1 = -1;
                foreach (float bias in new[] { 0f, 0.5f, 1f, 1.5f, 2f, 2.5f, 3f })
                {
                    double biasF1 = NerTrainer.Score(model.WithEntityBias(bias), lexicon, dev).Overall.F1;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  entity bias {bias}: dev F1 {biasF1:F4}"));
                    if (biasF1 > bestBiasF1 + 1e-9)
                    {
                        bestBiasF1 = biasF1;
                        bestBias = bias;
                    }
                }

                model = model.WithEntityBias(bestBias);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  entity bias {model.EntityBias}"));
            if (dev is not null)
            {
                ConllScorer devScore = NerTrainer.Score(model, lexicon, dev);
                Report(output, "dev", devScore, all: true);
                f1 = devScore.Overall.F1;
            }

            if (aqmar is not null)
            {
                Report(output, "aqmar", NerTrainer.Score(model, lexicon, aqmar), all: false);
            }

            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = model;
            }
        }

        string? outPath = args.Get("out");
        if (outPath is not null && best is not null)
        {
            string full = Path.IsPathRooted(outPath) ? outPath : TrainingPaths.Repository(outPath);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(full))!);
            using (FileStream stream = File.Create(full))
            {
                best.Save(stream);
            }

            output.WriteLine($"wrote {full} ({new FileInfo(full).Length / 1024.0:F0} KiB): {best.Description}");
            if (memory is not null)
            {
                string memoryPath = Path.Combine(Path.GetDirectoryName(full)!, "entity-memory.tsv.gz");
                EntityMemoryBuilder.Write(memoryPath, memory);
                output.WriteLine($"wrote {memoryPath} ({new FileInfo(memoryPath).Length / 1024.0:F0} KiB): {memory.Lexicon.MemoryCount} words");
            }
        }

        return 0;
    }

    // A named set, optionally minus families: all-memory-embeddings.
    internal static NerFeatureSet ParseFeatures(string value)
    {
        string[] parts = value.Split('-');
        NerFeatureSet set = parts[0] switch
        {
            "all" => NerFeatureSet.All,
            "nomemory" => NerFeatureSet.All & ~NerFeatureSet.Memory,
            "nomarkov" => NerFeatureSet.Gazetteers | NerFeatureSet.Clusters | NerFeatureSet.EmbeddingClusters,
            "core" => NerFeatureSet.Core,
            "markov" => NerFeatureSet.PreviousLabel,
            "gazetteers" => NerFeatureSet.Gazetteers | NerFeatureSet.PreviousLabel,
            "clusters" => NerFeatureSet.Clusters | NerFeatureSet.PreviousLabel,
            "embeddings" => NerFeatureSet.EmbeddingClusters | NerFeatureSet.PreviousLabel,
            _ => throw new ArgumentException($"Unknown feature set '{value}' (all, nomemory, nomarkov, core, markov, gazetteers, clusters, embeddings; then optionally -memory, -embeddings, -clusters, -gazetteers, -markov)."),
        };
        foreach (string minus in parts.Skip(1))
        {
            set &= ~(minus switch
            {
                "memory" => NerFeatureSet.Memory,
                "embeddings" => NerFeatureSet.EmbeddingClusters,
                "clusters" => NerFeatureSet.Clusters,
                "gazetteers" => NerFeatureSet.Gazetteers,
                "markov" => NerFeatureSet.PreviousLabel,
                _ => throw new ArgumentException($"Unknown feature family '{minus}' in '{value}' (memory, embeddings, clusters, gazetteers, markov)."),
            });
        }

        return set;
    }

    internal static void Report(TextWriter output, string name, ConllScorer scorer, bool all)
    {
        ConllScore overall = all ? scorer.Overall : scorer.Over("PERS", "LOC", "ORG");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: F1 {overall.F1:F4} (P {overall.Precision:F4}, R {overall.Recall:F4}) over {overall.Type}"));
        foreach (ConllScore score in scorer.ByType)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {score.Type,-5} P {score.Precision:F4} R {score.Recall:F4} F1 {score.F1:F4} (gold {score.Gold})"));
        }
    }
}
