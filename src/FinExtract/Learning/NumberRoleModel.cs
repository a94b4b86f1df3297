using System.Text;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FinExtract.Learning;

/// <summary>The features of a number for the role model: the words around it by side and distance, and its kind.</summary>
public static class NumberFeatures
{
    /// <summary>
    /// Features of the number at <paramref name="at"/> in a role context (the sentence with the number replaced by
    /// its placeholder): "k:money", the nearest words on each side with their distance ("l1:of", "r1:in"),
    /// and the bag of words within eight words on each side ("l:revenue", "r:share").
    /// </summary>
    public static string For(string context, int at, string kind)
    {
        var left = Words(context, 0, at);
        int phEnd = context.IndexOf('>', at);
        var right = Words(context, phEnd < 0 ? at : phEnd + 1, context.Length);
        var sb = new StringBuilder("k:").Append(kind);
        for (int i = 0; i < Math.Min(8, left.Count); i++)
        {
            string w = left[left.Count - 1 - i];
            if (i < 3) sb.Append(" l").Append(i + 1).Append(':').Append(w);
            sb.Append(" l:").Append(w);
        }
        for (int i = 0; i < Math.Min(8, right.Count); i++)
        {
            string w = right[i];
            if (i < 3) sb.Append(" r").Append(i + 1).Append(':').Append(w);
            sb.Append(" r:").Append(w);
        }
        return sb.ToString();
    }

    private static List<string> Words(string s, int from, int to)
    {
        var list = new List<string>();
        int i = from;
        while (i < to)
        {
            if (s[i] == '<')
            {
                int e = s.IndexOf('>', i);
                if (e > i && e < to) { list.Add(s.Substring(i, e - i + 1).ToLowerInvariant()); i = e + 1; continue; }
            }
            if (!char.IsLetterOrDigit(s[i]) && s[i] != '$' && s[i] != '%') { i++; continue; }
            int j = i;
            while (j < to && (char.IsLetterOrDigit(s[j]) || s[j] == '$' || s[j] == '%')) j++;
            string w = s.Substring(i, j - i).ToLowerInvariant();
            list.Add(w.Any(char.IsDigit) ? "#" : w);
            i = j;
        }
        return list;
    }
}

/// <summary>One training or prediction row of the role model.</summary>
public sealed class NumberRoleRow : ILabelledFeatures
{
    /// <summary>The role (price, price_change, revenue...).</summary>
    public string Label { get; set; } = "";
    /// <summary>The features (see <see cref="NumberFeatures"/>).</summary>
    public string Features { get; set; } = "";
}

/// <summary>A role prediction with the class scores.</summary>
public sealed class NumberRolePrediction
{
    /// <summary>The predicted role.</summary>
    [ColumnName("PredictedLabel")] public string Role { get; set; } = "";
    /// <summary>Class probabilities.</summary>
    public float[] Score { get; set; } = Array.Empty<float>();
}

/// <summary>
/// The number-role classifier: trained by <c>finextract train number-roles</c> on the project's annotated
/// corpus with a fixed seed, evaluated on held-out documents, saved with a model card; the number stage asks
/// it for the roles its rules do not settle.
/// </summary>
public sealed class NumberRoleModel
{
    /// <summary>The version of the features this build computes, written on the card and checked at load.</summary>
    public const string Version = "1";

    /// <summary>The id written into the role_source of rows it decides.</summary>
    public string Id { get; }

    private readonly ThreadLocal<PredictionEngine<NumberRoleRow, NumberRolePrediction>> _engine;

    private NumberRoleModel(MLContext ml, ITransformer model, string id)
    {
        Id = id;
        _engine = new ThreadLocal<PredictionEngine<NumberRoleRow,
            NumberRolePrediction>>(() => ml.Model.CreatePredictionEngine<NumberRoleRow, NumberRolePrediction>(model));
    }

    /// <summary>Loads a model zip; its card must be beside it.</summary>
    public static NumberRoleModel Load(string zipPath)
    {
        var (ml, model, card) = TextClassifierTraining.LoadWithCard(zipPath, Version);
        var loaded = new NumberRoleModel(ml, model, $"model.number-roles.v{card.Version}");
        // The first prediction builds the engine and JIT-compiles ML.NET's paths: do it at load, not inside an article's time limit.
        loaded.Predict("Revenue rose to <MONEY> in the quarter.", 16, "money");
        return loaded;
    }

    /// <summary>The role of the number at <paramref name="at"/> in its role context, with its probability.</summary>
    public (string Role, double Probability) Predict(string context, int at, string kind)
    {
        var p = _engine.Value!.Predict(new NumberRoleRow { Features = NumberFeatures.For(context, at, kind) });
        return (p.Role, p.Score.Length > 0 ? p.Score.Max() : 0);
    }

    /// <summary>
    /// Trains from rows (features and label) grouped by document; documents whose id ends in 0 or 5 are held
    /// out and measured. Writes the zip and its card.
    /// </summary>
    public static ModelCard Train(IReadOnlyList<(string Doc, NumberRoleRow Row)> rows, string corpusPath, string outputZip, int seed = 20261126, int folds = 5)
    {
        var train = rows.Where(r => !TextClassifierTraining.HeldOut(r.Doc)).ToList();
        var test = rows.Where(r => TextClassifierTraining.HeldOut(r.Doc)).Select(r => r.Row).ToList();
        if (train.Count == 0
            || test.Count == 0) throw new InvalidDataException($"{corpusPath}: the corpus needs documents for training and held-out documents " +
            $"(ids ending in 0 or 5)");
        return TextClassifierTraining.TrainAndSave(train, test, "model.number-roles", Version, corpusPath, outputZip, seed, iterations: 100, folds);
    }
}
