using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FinExtract.Learning;

/// <summary>A labelled row of space-separated feature words, as both classifiers train on.</summary>
public interface ILabelledFeatures
{
    /// <summary>The class.</summary>
    string Label { get; }
    /// <summary>The feature words, separated by spaces.</summary>
    string Features { get; }
}

/// <summary>
/// The one training recipe the project's classifiers share: feature words to one-hot n-grams, SDCA maximum
/// entropy with a fixed seed, evaluation on the held-out rows, and the model (its weights read out of ML.NET's,
/// <see cref="LinearTextClassifier"/>) with its card beside it.
/// </summary>
public static class TextClassifierTraining
{
    private sealed class Prediction
    {
        [ColumnName("PredictedLabel")] public string Predicted { get; set; } = "";
    }

    /// <summary>Loads a classifier and the card beside it (each classifier's Load checks what it needs of the card).</summary>
    /// <param name="path">The model file.</param>
    /// <param name="version">The features version this build computes; a model trained on others is refused.</param>
    public static (LinearTextClassifier Model, JsonElement Card) LoadWithCard(string path, string version) =>
        (LinearTextClassifier.Load(path), ReadCard(path, version));

    /// <summary>
    /// Reads the card beside a model and checks its features version: the same words can mean other features after a
    /// change to the featuriser, and such a model would load and be quietly wrong. Every model loader uses it. The card
    /// is read as a JSON tree, not mapped onto its record: a loader needs a field or two, and mapping each card type
    /// cost 30-60 ms of a run's start-up.
    /// </summary>
    public static JsonElement ReadCard(string modelPath, string version)
    {
        string cardPath = Path.ChangeExtension(modelPath, ".card.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(cardPath));
        var card = doc.RootElement;
        if (card.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{cardPath}: empty model card");
        string found = CardString(card, "Version");
        if (found != version)
            throw new InvalidDataException($"the model is version {found} (by its card) but this build computes the features of version {version}");
        return card.Clone();
    }

    /// <summary>A string field of a card; empty when the card has none.</summary>
    public static string CardString(JsonElement card, string name) =>
        card.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    /// <summary>Documents whose id ends in 0 or 5 are held out.</summary>
    public static bool HeldOut(string doc) => doc.Length > 0 && doc[^1] is '0' or '5';

    /// <summary>
    /// Trains, cross-validates on the training documents (<paramref name="folds"/> folds, a document's rows kept
    /// in one fold), evaluates on the held-out <paramref name="test"/> rows, saves the model and its card, and
    /// returns the card.
    /// </summary>
    public static ModelCard TrainAndSave<TRow>(List<(string Doc, TRow Row)> trainDocs, List<TRow> test, string modelName, string version,
        string corpusPath, string outputZip, int seed, int iterations, int folds = 5)
        where TRow : class, ILabelledFeatures
    {
        var train = trainDocs.Select(t => t.Row).ToList();
        var ml = new MLContext(seed: seed);
        var trainData = ml.Data.LoadFromEnumerable(train);
        var pipeline = Recipe(ml, iterations);
        var cv = folds >= 2 ? CrossValidate(trainDocs, folds, seed, iterations) : null;
        var model = pipeline.Fit(trainData);
        var testData = ml.Data.LoadFromEnumerable(test);
        var metrics = ml.MulticlassClassification.Evaluate(model.Transform(testData));
        var labels = train.Select(t => t.Label).Distinct().OrderBy(l => l, StringComparer.Ordinal).ToArray();
        var predictions = ml.Data.CreateEnumerable<Prediction>(model.Transform(testData), reuseRowObject: false).ToList();
        var recall = labels.ToDictionary(l => l, l =>
        {
            var idx = test.Select((t, i) => (t, i)).Where(x => x.t.Label == l).Select(x => x.i).ToList();
            return idx.Count == 0 ? 0 : Math.Round((double)idx.Count(i => predictions[i].Predicted == l) / idx.Count, 4);
        });
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputZip))!);
        LinearTextClassifier.FromMlNet(model, trainData.Schema, "FeatureVector").Save(outputZip);
        var card = new ModelCard(modelName, version, Path.GetFileName(corpusPath), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(corpusPath))),
            seed, labels,
            train.Count, test.Count, Math.Round(metrics.MicroAccuracy, 4), Math.Round(metrics.MacroAccuracy, 4), Math.Round(metrics.LogLoss, 4), recall,
            System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(typeof(MLContext)
            .Assembly)?.InformationalVersion.Split('+')[0] ?? "")
        {
            CrossValidation = cv,
        };
        File.WriteAllText(Path.ChangeExtension(outputZip, ".card.json"),
            JsonSerializer.Serialize(card, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return card;
    }

    /// <summary>The one recipe: feature words to one-hot unigrams, SDCA maximum entropy.</summary>
    internal static IEstimator<ITransformer> Recipe(MLContext ml, int iterations) =>
        ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.TokenizeIntoWords("Tokens", "Features", new[] { ' ' }))
            .Append(ml.Transforms.Conversion.MapValueToKey("TokenKeys", "Tokens"))
            .Append(ml.Transforms.Text.ProduceNgrams("FeatureVector", "TokenKeys", ngramLength: 1))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy("Label", "FeatureVector", maximumNumberOfIterations: iterations))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));

    /// <summary>
    /// k-fold cross-validation grouped by document: a document's rows all go to one fold (chosen by a stable
    /// hash of its id), so that no fold is scored on sentences its model saw.
    /// </summary>
    private static CrossValidationResult CrossValidate<TRow>(List<(string Doc, TRow Row)> rows, int folds, int seed, int iterations)
        where TRow : class, ILabelledFeatures
    {
        static int FoldOf(string doc, int k)
        {
            uint h = 2166136261; // FNV-1a: the same fold on every machine and run
            foreach (char c in doc) h = (h ^ c) * 16777619;
            return (int)(h % (uint)k);
        }
        var micro = new List<double>();
        var macro = new List<double>();
        for (int f = 0; f < folds; f++)
        {
            var fit = rows.Where(r => FoldOf(r.Doc, folds) != f).Select(r => r.Row).ToList();
            var score = rows.Where(r => FoldOf(r.Doc, folds) == f).Select(r => r.Row).ToList();
            if (fit.Count == 0 || score.Count == 0) continue;
            var ml = new MLContext(seed: seed);
            var model = Recipe(ml, iterations).Fit(ml.Data.LoadFromEnumerable(fit));
            var m = ml.MulticlassClassification.Evaluate(model.Transform(ml.Data.LoadFromEnumerable(score)));
            micro.Add(m.MicroAccuracy);
            macro.Add(m.MacroAccuracy);
        }
        static double Sd(List<double> x) => x.Count < 2 ? 0 : Math.Sqrt(x.Sum(v => (v - x.Average()) * (v - x.Average())) / (x.Count - 1));
        return new CrossValidationResult(micro.Count, "document",
            Math.Round(micro.DefaultIfEmpty().Average(), 4), Math.Round(Sd(micro), 4), Math.Round(macro.DefaultIfEmpty().Average(), 4),
            Math.Round(Sd(macro), 4));
    }
}

/// <summary>Cross-validated figures on the card: folds, how rows were grouped, mean and standard deviation of the accuracies.</summary>
public sealed record CrossValidationResult(int Folds, string GroupedBy, double MicroAccuracyMean, double MicroAccuracySd, double MacroAccuracyMean,
    double MacroAccuracySd);
