using System.Text.Json;

namespace FinExtract.Learning;

/// <summary>One training or prediction row: the features text and (for training) the label.</summary>
public sealed class EntityTypeRow : ILabelledFeatures
{
    /// <summary>ORG, PERSON, LOCATION, PRODUCT or NONE.</summary>
    public string Label { get; set; } = "";
    /// <summary>The features (see <see cref="EntityFeatures"/>).</summary>
    public string Features { get; set; } = "";
}

/// <summary>What training measured, written beside the model as its card.</summary>
public sealed record ModelCard(string Model, string Version, string CorpusFile, string CorpusSha256, int Seed, string[] Labels,
    int TrainExamples, int TestExamples, double MicroAccuracy, double MacroAccuracy, double LogLoss, Dictionary<string, double> PerClassRecall,
    string MlNetVersion)
{
    /// <summary>Cross-validation on the training documents (null when training was asked for none).</summary>
    public CrossValidationResult? CrossValidation { get; init; }
}

/// <summary>
/// The entity-type classifier: trained by <c>finextract train entity-types</c> from the project's corpus
/// with a fixed seed, evaluated on a held-out split, saved as a zip with a model card; loaded once by the
/// entity stage, with one prediction engine per thread.
/// </summary>
public sealed class EntityTypeModel
{
    /// <summary>The model's id written into rows it makes.</summary>
    public const string Id = "model.entity-types";

    /// <summary>
    /// The version of <see cref="EntityFeatures"/> this build computes, written on the card at training and
    /// checked at load. 2: lone words in context, with the shapes of the neighbouring words. 3: and whether a
    /// neighbour is a name the gazetteers know.
    /// </summary>
    public const string Version = "3";

    private readonly LinearTextClassifier _model;

    private EntityTypeModel(LinearTextClassifier model) => _model = model;

    /// <summary>Loads a model file and checks its card's version.</summary>
    public static EntityTypeModel Load(string path) => new(TextClassifierTraining.LoadWithCard(path, Version).Model);

    /// <summary>The type of the span and its probability.</summary>
    /// <param name="text">The body.</param>
    /// <param name="start">Start of the span.</param>
    /// <param name="end">End of the span.</param>
    /// <param name="known">The gazetteers the model was trained with (the stage's own), for the neighbour features.</param>
    public (string Type, double Probability) Predict(string text, int start, int end, Entities.Gazetteer? known = null)
    {
        var p = _model.Probabilities(EntityFeatures.For(text, start, end, known));
        int best = 0;
        for (int c = 1; c < p.Length; c++) if (p[c] > p[best]) best = c;
        return (_model.Labels[best], p[best]);
    }

    /// <summary>Trains from a JSONL corpus; docs whose number ends in 0 or 5 are held out for evaluation.</summary>
    /// <param name="corpusPath">The JSONL corpus.</param>
    /// <param name="outputZip">Where the model goes; its card goes beside it.</param>
    /// <param name="known">The shipped gazetteers, for the neighbour features (the stage passes the same at prediction).</param>
    /// <param name="seed">The fixed seed.</param>
    /// <param name="folds">Cross-validation folds over the training documents (0: none).</param>
    public static ModelCard Train(string corpusPath, string outputZip, Entities.Gazetteer? known = null, int seed = 20261126, int folds = 5)
    {
        var train = new List<(string Doc, EntityTypeRow Row)>();
        var test = new List<EntityTypeRow>();
        foreach (var line in File.ReadLines(corpusPath))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            string id = r.GetProperty("doc").GetString() ?? "";
            string text = r.GetProperty("text").GetString() ?? "";
            bool heldOut = TextClassifierTraining.HeldOut(id);
            foreach (var s in r.GetProperty("spans").EnumerateArray())
            {
                var row = new EntityTypeRow { Label = s.GetProperty("type").GetString() ?? "NONE",
                    Features = EntityFeatures.For(text, s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32(), known) };
                if (heldOut) test.Add(row);
                else train.Add((id, row));
            }
        }
        return TextClassifierTraining.TrainAndSave(train, test, Id, Version, corpusPath, outputZip, seed, iterations: 50, folds);
    }
}
