using Microsoft.ML;
using Microsoft.ML.Data;

namespace FinExtract.Learning;

/// <summary>
/// A trained maximum-entropy classifier over space-separated feature words, read out of the ML.NET model that
/// <see cref="TextClassifierTraining"/> fits: the words it knows, a weight per word and class, a bias per class.
/// A prediction counts the known words of a row, sums their weights and takes the softmax, as ML.NET's model does;
/// loading reads numbers instead of rebuilding ML.NET's pipeline, and any number of threads may predict at once.
/// </summary>
public sealed class LinearTextClassifier
{
    private const string Magic = "finextract-linear-text";
    private const string FormatVersion = "1";

    private readonly Dictionary<string, int> _words;
    private readonly float[] _weights; // word * classes + class
    private readonly float[] _bias;

    private LinearTextClassifier(string[] labels, Dictionary<string, int> words, float[] weights, float[] bias)
    {
        Labels = labels;
        _words = words;
        _weights = weights;
        _bias = bias;
    }

    /// <summary>The classes, in score order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The probability of each class (in <see cref="Labels"/> order) for a row of feature words.</summary>
    public double[] Probabilities(string features)
    {
        int k = _bias.Length;
        var p = new double[k];
        for (int c = 0; c < k; c++) p[c] = _bias[c];
        foreach (var word in features.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!_words.TryGetValue(word, out int w)) continue;
            for (int c = 0; c < k; c++) p[c] += _weights[w * k + c];
        }
        return Softmax(p);
    }

    /// <summary>Turns class scores into probabilities in place, as ML.NET's maximum-entropy models do (the largest score subtracted first).</summary>
    internal static double[] Softmax(double[] p)
    {
        double max = double.NegativeInfinity, sum = 0;
        foreach (double x in p) if (x > max) max = x;
        for (int c = 0; c < p.Length; c++) { p[c] = Math.Exp(p[c] - max); sum += p[c]; }
        for (int c = 0; c < p.Length; c++) p[c] /= sum;
        return p;
    }

    /// <summary>
    /// Reads the classifier out of a fitted ML.NET chain: the vocabulary is the slot names of
    /// <paramref name="featureColumn"/>, the weights and biases those of its maximum-entropy predictor.
    /// </summary>
    internal static LinearTextClassifier FromMlNet(ITransformer model, DataViewSchema inputSchema, string featureColumn)
    {
        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(inputSchema)[featureColumn].GetSlotNames(ref slotNames);
        var vocabulary = slotNames.DenseValues().Select(x => x.ToString()).ToArray();
        var (labels, byClass, bias) = ModelFile.MaximumEntropy(model, inputSchema);
        int classes = labels.Length;
        var weights = new float[vocabulary.Length * classes];
        for (int c = 0; c < classes; c++)
            foreach (var (slot, value) in byClass[c].Items()) weights[slot * classes + c] = value;
        var words = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Length; i++) words.TryAdd(vocabulary[i], i);
        return new LinearTextClassifier(labels, words, weights, bias);
    }

    /// <summary>Writes the classifier (gzip; the same bytes for the same model).</summary>
    public void Save(string path)
    {
        using var w = ModelFile.Create(path, Magic, FormatVersion, gzip: true);
        w.Write(Labels.Count);
        foreach (var l in Labels) w.Write(l);
        foreach (var b in _bias) w.Write(b);
        w.Write(_words.Count);
        int k = Labels.Count;
        foreach (var (word, i) in _words.OrderBy(kv => kv.Value))
        {
            w.Write(word);
            for (int c = 0; c < k; c++) w.Write(_weights[i * k + c]);
        }
    }

    /// <summary>Reads a classifier that <see cref="Save"/> wrote.</summary>
    public static LinearTextClassifier Load(string path) => ModelFile.Read(path, Magic, FormatVersion, "a FinExtract text classifier", (r, _) =>
    {
        var labels = new string[r.ReadInt32()];
        for (int i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
        var bias = new float[labels.Length];
        for (int i = 0; i < bias.Length; i++) bias[i] = r.ReadSingle();
        int n = r.ReadInt32();
        var words = new Dictionary<string, int>(n, StringComparer.Ordinal);
        var weights = new float[n * labels.Length];
        for (int i = 0; i < n; i++)
        {
            words[r.ReadString()] = i;
            for (int c = 0; c < labels.Length; c++) weights[i * labels.Length + c] = r.ReadSingle();
        }
        return new LinearTextClassifier(labels, words, weights, bias);
    });
}
