using System.Globalization;
using System.Text;
using ArabicEntities.Recognition;
using ArabicEntities.Resources;

namespace ArabicEntities.NamedEntities;

/// <summary>
/// Turns a span's evidence into the probability that the span is exactly right (span and type): a logistic regression
/// over the evidence, fitted by the training tool's <c>calibrate</c> verb on cross-validated predictions of ANERcorp's
/// training split. Immutable and thread-safe.
/// </summary>
internal sealed class SpanCalibration
{
    /// <summary>The feature names, in the order of <see cref="Features"/>; the resource gives one weight per name plus <c>bias</c>.</summary>
    public static readonly string[] FeatureNames = ["logit-mean", "logit-min", "single-word", "three-or-more-words", "person", "location", "organization", "rule"];

    /// <summary>The number of features (<see cref="FeatureNames"/>), as a constant for the training tool's vector column.</summary>
    public const int FeatureCount = 8;

    private const string Resource = "ArabicEntities.NamedEntities.span-calibration.tsv";

    private static readonly Lazy<SpanCalibration?> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float[] _weights;
    private readonly float _bias;

    /// <summary>Creates a calibration from its weights (one per <see cref="FeatureNames"/> entry) and bias.</summary>
    public SpanCalibration(float[] weights, float bias, string provenance)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != FeatureCount)
        {
            throw new ArgumentException($"A span calibration needs {FeatureCount} weights.", nameof(weights));
        }

        _weights = [.. weights];
        _bias = bias;
        Provenance = provenance ?? string.Empty;
    }

    /// <summary>Gets the embedded calibration, or null when the build has none (the raw geometric mean is then reported).</summary>
    public static SpanCalibration? Default => LazyDefault.Value;

    /// <summary>Gets how the calibration was fitted.</summary>
    public string Provenance { get; }

    /// <summary>Writes the features of a span's evidence (<see cref="FeatureNames"/> order).</summary>
    public static void Features(in SpanEvidence evidence, Span<float> features)
    {
        features[0] = Logit(evidence.MeanLogProbability);
        features[1] = Logit(evidence.MinLogProbability);
        features[2] = evidence.Length == 1 ? 1 : 0;
        features[3] = evidence.Length >= 3 ? 1 : 0;
        features[4] = evidence.Type == EntityType.Person ? 1 : 0;
        features[5] = evidence.Type == EntityType.Location ? 1 : 0;
        features[6] = evidence.Type == EntityType.Organization ? 1 : 0;
        features[7] = evidence.RuleMade ? 1 : 0;
    }

    /// <summary>Gets the calibrated probability that the span is right.</summary>
    public float Calibrate(in SpanEvidence evidence)
    {
        Span<float> features = stackalloc float[FeatureCount];
        Features(evidence, features);
        float score = _bias;
        for (int k = 0; k < features.Length; k++)
        {
            score += _weights[k] * features[k];
        }

        return 1f / (1f + MathF.Exp(-score));
    }

    /// <summary>Reads the resource format: <c>#</c> provenance lines, then <c>name TAB weight</c> lines.</summary>
    /// <exception cref="FormatException">When a line is malformed or a weight is missing.</exception>
    public static SpanCalibration Read(TextReader reader)
    {
        var values = new Dictionary<string, float>(StringComparer.Ordinal);
        string provenance = ResourceText.Read(reader, (lineNumber, line) =>
        {
            string[] fields = line.Split('\t');
            if (fields.Length != 2 || !float.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out float weight))
            {
                throw new FormatException($"Span calibration line {lineNumber}: expected a name and a weight.");
            }

            values[fields[0]] = weight;
        });
        float[] weights = [.. FeatureNames.Select(name => values.TryGetValue(name, out float w) ? w : throw new FormatException($"Span calibration: no weight for '{name}'."))];
        return new SpanCalibration(weights, values.TryGetValue("bias", out float bias) ? bias : throw new FormatException("Span calibration: no bias."), provenance);
    }

    /// <summary>Writes the resource format.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (string line in Provenance.Split('\n'))
        {
            writer.WriteLine("# " + line);
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bias\t{_bias:R}"));
        for (int k = 0; k < FeatureCount; k++)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{FeatureNames[k]}\t{_weights[k]:R}"));
        }
    }

    // The log-odds of a probability given as a log-probability, kept finite.
    private static float Logit(float logProbability)
    {
        float p = Math.Clamp(MathF.Exp(logProbability), 1e-4f, 1 - 1e-4f);
        return MathF.Log(p / (1 - p));
    }

    private static SpanCalibration? LoadDefault()
    {
        using Stream? stream = typeof(SpanCalibration).Assembly.GetManifestResourceStream(Resource);
        if (stream is null)
        {
            return null;
        }

        try
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return Read(reader);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"The embedded span calibration '{Resource}' could not be read: {e.Message}", e);
        }
    }
}
