using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace FinExtract.Learning;

/// <summary>A text and its topic, as the topic corpus gives them (CSV <c>text,topic</c>).</summary>
public sealed class TopicRow
{
    /// <summary>The text, cleaned by <see cref="Topics.TopicText.Clean"/>.</summary>
    public string Text { get; set; } = "";
    /// <summary>The topic.</summary>
    public string Label { get; set; } = "";
}

/// <summary>What the model says of one text: a probability per topic, in the card's label order.</summary>
public sealed class TopicPrediction
{
    /// <summary>Probabilities, in the order of the model's label keys.</summary>
    public float[] Score { get; set; } = Array.Empty<float>();
}

/// <summary>The topic model's card: the corpus with its hash and licence, and the cross-validated figures.</summary>
public sealed record TopicCard(string Model, string Version, string CorpusFile, string CorpusSha256, string CorpusLicence, int Seed, string[] Labels,
    int Examples, int Folds, double AccuracyMean, double AccuracySd, double MacroF1Mean, double MacroF1Sd,
    Dictionary<string, Dictionary<string, int>> Confusion,
    string Recipe, string MlNetVersion);

/// <summary>
/// The topic classifier: word unigrams and bigrams and character 4-grams of the cleaned text (TF-IDF,
/// <see cref="TopicFeatures"/>), multinomial logistic regression trained by ML.NET (L-BFGS maximum entropy). The
/// recipe was picked by measurement on stratified folds of the headline corpus (README: Topics). The weights are
/// read out of the trained ML.NET model and written with the vocabulary into one file, so loading reads numbers
/// and a prediction is a sparse sum: no prediction engine, safe on any number of threads.
/// </summary>
public sealed class TopicModel
{
    /// <summary>The version of the text cleaning and features; a model of another version is refused at load.</summary>
    public const string Version = "4";

    /// <summary>The id written beside each topic.</summary>
    public string Id => $"model.topics.v{Version}";

    /// <summary>The topics, in the model's score order.</summary>
    public IReadOnlyList<string> Labels { get; }

    private readonly TopicFeatures _features;
    private readonly SlotWeights _weights;
    private readonly float[] _bias;

    private TopicModel(IReadOnlyList<string> labels, TopicFeatures features, SlotWeights weights, float[] bias)
    {
        Labels = labels;
        _features = features;
        _weights = weights;
        _bias = bias;
    }

    /// <summary>The topics of a text, most probable first.</summary>
    public IReadOnlyList<(string Topic, double Probability)> Predict(string text) =>
        Probabilities(Topics.TopicText.Clean(text)).Select((p, i) => (Labels[i], p))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.Ordinal).ToList();

    /// <summary>The probability of each topic (in label order) for a cleaned text.</summary>
    internal double[] Probabilities(string cleaned)
    {
        var (slots, values) = _features.Vector(cleaned);
        int k = _bias.Length;
        var p = new double[k];
        for (int c = 0; c < k; c++) p[c] = _bias[c];
        var (rowStart, classes, weights) = _weights;
        for (int i = 0; i < slots.Length; i++)
            for (int j = rowStart[slots[i]]; j < rowStart[slots[i] + 1]; j++) p[classes[j]] += weights[j] * values[i];
        return LinearTextClassifier.Softmax(p);
    }

    /// <summary>
    /// The words that weighed most for <paramref name="topic"/>: how much its probability falls when each word
    /// is left out (for explain; one prediction per distinct word).
    /// </summary>
    public IReadOnlyList<(string Word, double Drop)> WordsThatWeigh(string text, string topic, int count)
    {
        string cleaned = Topics.TopicText.Clean(text);
        int k = Labels.ToList().IndexOf(topic);
        double baseP = Probabilities(cleaned)[k];
        var words = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Distinct(StringComparer.OrdinalIgnoreCase).Take(200)
            .Select(w => (w, baseP - Probabilities(Without(words, w))[k]))
            .OrderByDescending(x => x.Item2).Take(count).ToList();
    }

    private static string Without(string[] words, string word) =>
        string.Join(' ', words.Where(x => !x.Equals(word, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Loads a model file and checks its card.</summary>
    public static TopicModel Load(string path)
    {
        TextClassifierTraining.ReadCard(path, Version);
        var m = TopicModelFile.Read(path);
        return new TopicModel(m.Labels, m.Features, m.Weights, m.Bias);
    }

    /// <summary>Writes the model (<see cref="TopicModelFile"/>).</summary>
    internal void Save(string path) => TopicModelFile.Write(path, new TopicModelFile.Contents(Labels.ToArray(), _bias, _features, _weights));

    /// <summary>The recipe, described on the card.</summary>
    public const string RecipeText = "word 1-2-grams and character 4-grams of the cleaned, lower-cased text with amounts as placeholders "
        + "(TF-IDF, idf ln(n/df), the word and character blocks each L2-normalised), ML.NET L-BFGS maximum entropy, L1 1e-4, L2 1e-4, "
        + "run to a tolerance of 1e-8 (at most 1000 iterations)";

    private sealed class Row
    {
        public string Label { get; set; } = "";
        public VBuffer<float> Features { get; set; }
    }

    /// <summary>
    /// Learns the vocabulary of the rows and fits the classifier. Measured on one stratified fold (README: Topics):
    /// the trainer's default stopping point left word counts at 0.813; run to convergence 0.830; TF-IDF with the L2
    /// norm 0.841; character 4-grams 0.847; a little L1 0.852 (macro F1 0.845). Class weights and word 3-grams changed nothing.
    /// </summary>
    internal static TopicModel Fit(IReadOnlyList<TopicRow> rows, int seed)
    {
        var features = TopicFeatures.Learn(rows.Select(r => r.Text));
        var ml = new MLContext(seed: seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Count);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r =>
        {
            var (s, v) = features.Vector(r.Text);
            return new Row { Label = r.Label, Features = new VBuffer<float>(features.Count, s.Length, v, s) };
        }), schema);
        var options = new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L1Regularization = 1e-4f, L2Regularization = 1e-4f, OptimizationTolerance = 1e-8f, MaximumNumberOfIterations = 1000,
        };
        var model = ml.Transforms.Conversion.MapValueToKey("Label").Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(options)).Fit(data);
        var (labels, byClass, bias) = ModelFile.MaximumEntropy(model, data.Schema);
        int classes = labels.Length;
        var dense = new float[features.Count * classes];
        for (int c = 0; c < classes; c++)
            foreach (var (slot, value) in byClass[c].Items()) dense[slot * classes + c] = value;
        return new TopicModel(labels, features, SlotWeights.FromDense(dense, classes), bias);
    }

    /// <summary>
    /// Trains on every row, after <paramref name="folds"/>-fold stratified cross-validation (a row's fold is
    /// its rank within its topic, modulo the folds), and writes the model and its card.
    /// </summary>
    public static TopicCard Train(IReadOnlyList<TopicRow> rows, string corpusPath, string licence, string output,
        int seed = 1, int folds = 5, Action<string>? progress = null)
    {
        var labels = rows.Select(r => r.Label).Distinct().OrderBy(l => l, StringComparer.Ordinal).ToArray();
        var fold = new int[rows.Count];
        foreach (var g in rows.Select((r, i) => (r, i)).GroupBy(x => x.r.Label))
        {
            int k = 0;
            foreach (var (_, i) in g) fold[i] = k++ % folds;
        }
        var acc = new List<double>();
        var f1 = new List<double>();
        var confusion = labels.ToDictionary(l => l, _ => labels.ToDictionary(l => l, _ => 0));
        for (int f = 0; f < folds; f++)
        {
            var model = Fit(rows.Where((_, i) => fold[i] != f).ToList(), seed);
            var test = rows.Where((_, i) => fold[i] == f).ToList();
            var predicted = test.Select(t => model.Labels[ArgMax(model.Probabilities(t.Text))]).ToList();
            for (int i = 0; i < test.Count; i++) confusion[test[i].Label][predicted[i]]++;
            acc.Add(test.Zip(predicted).Count(x => x.First.Label == x.Second) / (double)test.Count);
            f1.Add(MacroF1(test.Select(t => t.Label).ToList(), predicted, labels));
            progress?.Invoke($"fold {f + 1}/{folds}: accuracy {acc[^1]:0.000}, macro F1 {f1[^1]:0.000}");
        }
        Fit(rows, seed).Save(output);
        static double Sd(List<double> x) => x.Count < 2 ? 0 : Math.Sqrt(x.Sum(v => (v - x.Average()) * (v - x.Average())) / (x.Count - 1));
        string sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(corpusPath)));
        var card = new TopicCard("topics", Version, Path.GetFileName(corpusPath), sha, licence, seed, labels, rows.Count, folds,
            Math.Round(acc.Average(), 4), Math.Round(Sd(acc), 4), Math.Round(f1.Average(), 4), Math.Round(Sd(f1), 4), confusion, RecipeText, MlNetVersion());
        var json = JsonSerializer.Serialize(card, new JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(Path.ChangeExtension(output, ".card.json"), json + "\n");
        return card;
    }

    internal static string MlNetVersion() =>
        System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(typeof(MLContext).Assembly)
            ?.InformationalVersion.Split('+')[0] ?? "";

    private static int ArgMax(double[] p)
    {
        int best = 0;
        for (int c = 1; c < p.Length; c++) if (p[c] > p[best]) best = c;
        return best;
    }

    /// <summary>The mean over topics of F1 (a topic never predicted nor present counts 0).</summary>
    public static double MacroF1(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, IReadOnlyList<string> labels)
    {
        double sum = 0;
        foreach (var l in labels)
        {
            int tp = gold.Zip(predicted).Count(x => x.First == l && x.Second == l);
            int g = gold.Count(x => x == l), p = predicted.Count(x => x == l);
            sum += tp == 0 ? 0 : 2.0 * tp / (g + p);
        }
        return labels.Count == 0 ? 0 : sum / labels.Count;
    }
}

/// <summary>
/// The topic model's weights by slot, only the non-zero ones (L1 leaves about one in twelve): slot s's weights are
/// entries RowStart[s] to RowStart[s + 1] - 1 of Classes and Values.
/// </summary>
internal sealed record SlotWeights(int[] RowStart, byte[] Classes, float[] Values)
{
    /// <summary>From weights laid out slot * classes + class.</summary>
    public static SlotWeights FromDense(float[] dense, int classes)
    {
        int slots = dense.Length / classes;
        var rowStart = new int[slots + 1];
        var cls = new List<byte>();
        var values = new List<float>();
        for (int s = 0; s < slots; s++)
        {
            for (int c = 0; c < classes; c++)
                if (dense[s * classes + c] != 0) { cls.Add((byte)c); values.Add(dense[s * classes + c]); }
            rowStart[s + 1] = values.Count;
        }
        return new SlotWeights(rowStart, cls.ToArray(), values.ToArray());
    }
}
