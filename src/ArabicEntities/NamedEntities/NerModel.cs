using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.IO.Compression;
using System.Text;

namespace ArabicEntities.NamedEntities;

/// <summary>
/// A trained linear named-entity model: one weight per (hashed feature, BIO label), label biases, and the BIO transition
/// scores learned from the training data. Immutable after construction; safe to share between threads.
/// </summary>
/// <remarks>
/// The weights come from a Microsoft.ML multiclass trainer (see <c>src/ArabicEntities.Training</c>); only features with
/// a non-zero weight are stored, as half-precision rows, so the embedded model stays small.
/// </remarks>
internal sealed class NerModel
{
    private const string Magic = "AENER1";

    // For each hashed feature, the index of its weight row in _weights, or -1 when all its weights are zero.
    private readonly int[] _rowOf;
    private readonly float[] _weights;

    // exp(weight) for every stored weight: the Markov decoder multiplies these instead of exponentiating per label pair.
    private readonly float[] _expWeights;
    private readonly float[] _biases;
    private readonly float[] _transitions;

    public NerModel(string[] labels, NerFeatureSet features, float[] biases, IReadOnlyDictionary<int, float[]> rows, float[] transitions, string description, float entityBias = 0)
        : this(labels, features, biases, WeightTable(rows, labels?.Length ?? throw new ArgumentNullException(nameof(labels))), transitions, description, entityBias)
    {
    }

    // Both constructors end here: the row index (feature → row, −1 for none) and the row-major weight table, rows in
    // ascending feature order.
    private NerModel(string[] labels, NerFeatureSet features, float[] biases, (int[] RowOf, float[] Weights, int Rows) table, float[] transitions, string description, float entityBias)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(biases);
        ArgumentNullException.ThrowIfNull(transitions);
        int l = labels.Length;
        if (biases.Length != l || transitions.Length != (l + 1) * l)
        {
            throw new ArgumentException("Biases need one value per label and transitions (labels + 1) × labels values.");
        }

        Labels = labels;
        Features = features;
        _biases = biases;
        _transitions = transitions;
        Description = description;
        EntityBias = entityBias;
        _rowOf = table.RowOf;
        _weights = table.Weights;
        FeatureCount = table.Rows;
        _expWeights = Exponentiate(_weights);
    }

    /// <summary>Gets a copy of this model with another entity bias.</summary>
    public NerModel WithEntityBias(float entityBias) => new(this, entityBias);

    private NerModel(NerModel model, float entityBias)
    {
        Labels = model.Labels;
        Features = model.Features;
        _biases = model._biases;
        _transitions = model._transitions;
        Description = model.Description;
        FeatureCount = model.FeatureCount;
        EntityBias = entityBias;
        _rowOf = model._rowOf;
        _weights = model._weights;
        _expWeights = model._expWeights;
    }

    /// <summary>Gets the BIO labels, <c>O</c> first.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Gets the feature families the model was trained with.</summary>
    public NerFeatureSet Features { get; }

    /// <summary>Gets the per-label bias.</summary>
    public IReadOnlyList<float> Biases => _biases.AsReadOnly();

    /// <summary>Gets the transition scores: row <c>from</c> (the last row is the sentence start), column <c>to</c>.</summary>
    public IReadOnlyList<float> Transitions => _transitions.AsReadOnly();

    /// <summary>Gets the transition scores as a span (row-major, <c>(labels + 1) × labels</c>).</summary>
    internal ReadOnlySpan<float> TransitionScores => _transitions;

    /// <summary>
    /// Gets the log-score added to every entity label at decoding (tuned on development data): a positive value trades
    /// precision for recall.
    /// </summary>
    public float EntityBias { get; }

    /// <summary>Gets how and from what the model was trained.</summary>
    public string Description { get; }

    /// <summary>Gets the number of features with non-zero weights.</summary>
    public int FeatureCount { get; }

    /// <summary>Writes the log-probability of each label for a token with the given features.</summary>
    public void Score(ReadOnlySpan<int> features, Span<float> logProbabilities)
    {
        ScoreRaw(features, logProbabilities);
        LogSoftmax(logProbabilities[..Labels.Count]);
    }

    /// <summary>Writes the linear score (bias plus weights, before the softmax) of each label.</summary>
    public void ScoreRaw(ReadOnlySpan<int> features, Span<float> scores)
    {
        int l = _biases.Length;
        Span<float> logProbabilities = scores[..l];
        if (Vector256.IsHardwareAccelerated && l is >= 8 and <= 16)
        {
            // Two 8-wide accumulators held in registers: labels [0, 8) and [l − 8, l), overlapping when l < 16. Each label
            // gets the same additions in the same order as the scalar loop below, so the sums are identical.
            int tail = l - 8;
            ref float weights = ref MemoryMarshal.GetArrayDataReference(_weights);
            Vector256<float> head = Vector256.Create((ReadOnlySpan<float>)_biases);
            Vector256<float> last = Vector256.Create(((ReadOnlySpan<float>)_biases)[tail..]);
            foreach (int feature in features)
            {
                int row = _rowOf[feature];
                if (row >= 0)
                {
                    nuint offset = (nuint)(row * l);
                    head += Vector256.LoadUnsafe(ref weights, offset);
                    last += Vector256.LoadUnsafe(ref weights, offset + (nuint)tail);
                }
            }

            last.CopyTo(logProbabilities[tail..]);
            head.CopyTo(logProbabilities);
            return;
        }

        _biases.CopyTo(logProbabilities);
        ReadOnlySpan<float> table = _weights;
        foreach (int feature in features)
        {
            int row = _rowOf[feature];
            if (row >= 0)
            {
                ReadOnlySpan<float> w = table.Slice(row * l, l);
                for (int k = 0; k < l; k++)
                {
                    logProbabilities[k] += w[k];
                }
            }
        }
    }

    /// <summary>
    /// Adds the weights of one feature to <paramref name="scores"/> and multiplies <paramref name="expScores"/> by their
    /// exponentials, keeping <c>expScores[k] = exp(scores[k] - shift)</c> without calling <see cref="MathF.Exp"/>.
    /// </summary>
    public void AddFeature(int feature, Span<float> scores, Span<float> expScores)
    {
        int row = _rowOf[feature];
        if (row < 0)
        {
            return;
        }

        int l = _biases.Length;
        if (Vector256.IsHardwareAccelerated && l is >= 8 and <= 16 && scores.Length >= l && expScores.Length >= l)
        {
            // The tail vector is read before the head is written back, so both see the values from before this feature.
            int tail = l - 8;
            nuint offset = (nuint)(row * l);
            ref float w = ref MemoryMarshal.GetArrayDataReference(_weights);
            ref float e = ref MemoryMarshal.GetArrayDataReference(_expWeights);
            ref float s = ref MemoryMarshal.GetReference(scores);
            ref float x = ref MemoryMarshal.GetReference(expScores);
            Vector256<float> sHead = Vector256.LoadUnsafe(ref s) + Vector256.LoadUnsafe(ref w, offset);
            Vector256<float> sLast = Vector256.LoadUnsafe(ref s, (nuint)tail) + Vector256.LoadUnsafe(ref w, offset + (nuint)tail);
            Vector256<float> xHead = Vector256.LoadUnsafe(ref x) * Vector256.LoadUnsafe(ref e, offset);
            Vector256<float> xLast = Vector256.LoadUnsafe(ref x, (nuint)tail) * Vector256.LoadUnsafe(ref e, offset + (nuint)tail);
            sLast.StoreUnsafe(ref s, (nuint)tail);
            sHead.StoreUnsafe(ref s);
            xLast.StoreUnsafe(ref x, (nuint)tail);
            xHead.StoreUnsafe(ref x);
            return;
        }

        ReadOnlySpan<float> weights = _weights.AsSpan(row * l, l);
        ReadOnlySpan<float> exponentials = _expWeights.AsSpan(row * l, l);
        for (int k = 0; k < l; k++)
        {
            scores[k] += weights[k];
            expScores[k] *= exponentials[k];
        }
    }

    private static (int[] RowOf, float[] Weights, int Rows) WeightTable(IReadOnlyDictionary<int, float[]> rows, int l)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int[] rowOf = new int[NerFeatures.Dimension];
        Array.Fill(rowOf, -1);
        float[] weights = new float[rows.Count * l];
        int next = 0;
        foreach ((int feature, float[] row) in rows.OrderBy(r => r.Key))
        {
            if (row.Length != l)
            {
                throw new ArgumentException("Every weight row needs one value per label.", nameof(rows));
            }

            rowOf[feature] = next;
            row.CopyTo(weights, next * l);
            next++;
        }

        return (rowOf, weights, rows.Count);
    }

    private static float[] Exponentiate(float[] weights)
    {
        var result = new float[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            result[i] = MathF.Exp(weights[i]);
        }

        return result;
    }

    /// <summary>Turns scores into log-probabilities in place.</summary>
    public static void LogSoftmax(Span<float> logProbabilities)
    {
        int l = logProbabilities.Length;
        float max = float.NegativeInfinity;
        for (int k = 0; k < l; k++)
        {
            max = Math.Max(max, logProbabilities[k]);
        }

        float sum = 0;
        for (int k = 0; k < l; k++)
        {
            sum += MathF.Exp(logProbabilities[k] - max);
        }

        float log = max + MathF.Log(sum);
        for (int k = 0; k < l; k++)
        {
            logProbabilities[k] -= log;
        }
    }

    /// <summary>Writes the model in its compact gzip'd binary form.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Description);
        writer.Write((int)Features);
        writer.Write(Labels.Count);
        foreach (string label in Labels)
        {
            writer.Write(label);
        }

        foreach (float b in _biases)
        {
            writer.Write(b);
        }

        foreach (float t in _transitions)
        {
            writer.Write(t);
        }

        writer.Write(EntityBias);

        writer.Write(FeatureCount);
        int l = Labels.Count;
        int previous = 0;
        for (int feature = 0; feature < _rowOf.Length; feature++)
        {
            int row = _rowOf[feature];
            if (row < 0)
            {
                continue;
            }

            writer.Write7BitEncodedInt(feature - previous);
            previous = feature;
            for (int k = 0; k < l; k++)
            {
                writer.Write((Half)_weights[(row * l) + k]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">When the stream is not a model of this format.</exception>
    public static NerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        try
        {
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException("Not an ArabicEntities named-entity model.");
            }

            string description = reader.ReadString();
            var features = (NerFeatureSet)reader.ReadInt32();
            int l = reader.ReadInt32();
            var labels = new string[l];
            for (int k = 0; k < l; k++)
            {
                labels[k] = reader.ReadString();
            }

            var biases = new float[l];
            for (int k = 0; k < l; k++)
            {
                biases[k] = reader.ReadSingle();
            }

            var transitions = new float[(l + 1) * l];
            for (int k = 0; k < transitions.Length; k++)
            {
                transitions[k] = reader.ReadSingle();
            }

            float entityBias = reader.ReadSingle();
            int count = reader.ReadInt32();
            if (l <= 0 || count < 0 || count > NerFeatures.Dimension)
            {
                throw new InvalidDataException($"The named-entity model has {l} labels and {count} weight rows.");
            }

            // The rows (a 7-bit encoded feature delta, then one half-precision weight per label) are decoded from one
            // buffer straight into the weight table: no per-row arrays, no dictionary, no sort.
            using MemoryStream rest = new();
            gzip.CopyTo(rest);
            int[] rowOf = new int[NerFeatures.Dimension];
            Array.Fill(rowOf, -1);
            float[] weights = new float[count * l];
            DecodeRows(rest.GetBuffer().AsSpan(0, (int)rest.Length), count, l, rowOf, weights);
            return new NerModel(labels, features, biases, (rowOf, weights, count), transitions, description, entityBias);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The named-entity model is truncated.", e);
        }
    }

    private static void DecodeRows(ReadOnlySpan<byte> data, int count, int l, int[] rowOf, float[] weights)
    {
        int position = 0;
        int feature = 0;
        for (int r = 0; r < count; r++)
        {
            int delta = 0;
            for (int shift = 0; ; shift += 7)
            {
                if (position >= data.Length || shift > 28)
                {
                    throw new InvalidDataException("The named-entity model is truncated or has a malformed row.");
                }

                byte b = data[position++];
                delta |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            feature += delta;
            if ((r > 0 && delta == 0) || (uint)feature >= (uint)rowOf.Length || position + (2 * l) > data.Length)
            {
                throw new InvalidDataException("The named-entity model is truncated or has a malformed row.");
            }

            rowOf[feature] = r;
            Span<float> row = weights.AsSpan(r * l, l);
            for (int k = 0; k < l; k++)
            {
                row[k] = (float)BinaryPrimitives.ReadHalfLittleEndian(data[(position + (2 * k))..]);
            }

            position += 2 * l;
        }
    }
}
