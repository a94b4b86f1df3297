using System.Text.Json;
using FinExtract.Entities;
using FinExtract.Pipeline;

namespace FinExtract.Quotes;

/// <summary>
/// Builds the quote stage from pipeline.json: the reporting verbs and the shortest quotation kept without attribution.
/// </summary>
public sealed class QuoteStageFactory : IStageFactory
{
    /// <summary>The reporting verbs used when pipeline.json names none.</summary>
    public static readonly string[] DefaultVerbs = Text.ReportingVerbs.All;

    /// <inheritdoc />
    public string Name => "quotes";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires { get; } = new[] { EntityStage.EntitiesLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Provides { get; } = new[] { QuoteStage.QuotesLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Keys { get; } = new[] { "verbs", "minWords", "model", "minConfidence" };

    /// <inheritdoc />
    public IStage? Create(JsonElement entry, string jsonPath, PipelineConfig config, JsonReader reader)
    {
        var verbs = reader.Strings(entry, "verbs", jsonPath) ?? DefaultVerbs;
        for (int i = 0; i < verbs.Count; i++)
            if (string.IsNullOrWhiteSpace(verbs[i]) || verbs[i].Any(ch => !char.IsLetter(ch) && ch != ' ' && ch != '-'))
                reader.Error($"{jsonPath}.verbs[{i}]", $"'{verbs[i]}' is not a reporting verb",
                "write the verb as it appears in text, letters only, e.g. \"said\"");
        double minWords = reader.Number(entry, "minWords", jsonPath, 4, 1, 100);
        double minConfidence = reader.Number(entry, "minConfidence", jsonPath, 0.5, 0, 1);
        var model = ConfigLoader.LoadModel(reader, entry, "model", jsonPath, config, "quote-kinds", Learning.QuoteKindModel.Load);
        return new QuoteStage(verbs, (int)minWords, model, minConfidence);
    }
}
