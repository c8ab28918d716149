using System.Globalization;
using System.IO.Compression;
using System.Text;
using ArabicEntities.NamedEntities;
using ArabicEntities.Resources;
using ArabicEntities.Text;

namespace ArabicEntities.Training;

/// <summary>
/// <c>self-label</c>: labels unlabeled news with a trained model and writes, as CoNLL, the sentences it is confident
/// about (every token's label at least <c>--min-probability</c>, at least one name): training data for self-training.
/// </summary>
internal sealed class SelfLabelCommand : ITrainingCommand
{
    public string Name => "self-label";

    public string Description => "write confidently labelled news sentences as CoNLL: --model FILE [--memory entity-memory.tsv.gz] [--corpus ant_multisource] [--skip-lines N] [--tokens 100000] [--min-probability 0.9] --out FILE";

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var args = new CommandArguments(arguments);
        string? modelPath = args.Get("model");
        string? outPath = args.Get("out");
        if (modelPath is null || outPath is null)
        {
            error.WriteLine("self-label: give --model FILE and --out FILE.");
            return 2;
        }

        NerModel model;
        using (FileStream stream = File.OpenRead(modelPath))
        {
            model = NerModel.Load(stream);
        }

        var lexicon = NerLexicon.For(model.Features);
        if (args.Get("memory") is { } memoryPath)
        {
            using FileStream file = File.OpenRead(memoryPath);
            lexicon = lexicon.WithMemory(ResourceText.ReadCompressed(file, EntityMemory.Read));
        }

        var recognizer = new NamedEntityRecognizer(model, lexicon);
        string corpus = args.Get("corpus", "ant_multisource");
        int skip = args.GetInt32("skip-lines", 0);
        int wanted = args.GetInt32("tokens", 100_000);
        float minLog = MathF.Log(args.GetSingle("min-probability", 0.9f));
        int lines = 0, seen = 0, kept = 0, keptTokens = 0;
        using FileStream input = File.OpenRead(TrainingPaths.Data("corpora", corpus, corpus + ".txt.gz"));
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        using var writer = new StreamWriter(outPath, append: false, new UTF8Encoding(false));
        while (keptTokens < wanted && reader.ReadLine() is { } line)
        {
            if (lines++ < skip || line.Length == 0)
            {
                continue;
            }

            TokenizedText text = ArabicTokenizer.Default.Tokenize(line);
            var bits = new ulong[text.Tokens.Count];
            lexicon.Annotate(text, bits);
            foreach (Sentence sentence in SentenceSplitter.Default.Split(text))
            {
                int n = sentence.TokenCount;
                if (n is < 5 or > 60)
                {
                    continue;
                }

                seen++;
                var tokens = new NerToken[n];
                int arabic = 0;
                for (int i = 0; i < n; i++)
                {
                    Token token = text.Tokens[sentence.FirstToken + i];
                    tokens[i] = recognizer.Describe(token, bits[sentence.FirstToken + i]);
                    arabic += token.Kind == TokenKind.ArabicWord ? 1 : 0;
                }

                var labels = new int[n];
                var logProbabilities = new float[n];
                recognizer.Label(tokens, labels, logProbabilities);
                if (arabic * 2 < n || !labels.Any(l => l != 0) || logProbabilities.Any(p => p < minLog))
                {
                    continue;
                }

                for (int i = 0; i < n; i++)
                {
                    writer.Write(text.Tokens[sentence.FirstToken + i].Text);
                    writer.Write(' ');
                    writer.WriteLine(LabelScheme.Bio[labels[i]]);
                }

                writer.WriteLine();
                kept++;
                keptTokens += n;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"self-label: {kept} of {seen} sentences ({keptTokens} tokens) from {lines} lines of {corpus} written to {outPath}"));
        return 0;
    }
}
