using System.Text.Json;
using FinExtract.Pipeline;
using FinExtract.Rules;

namespace FinExtract.Numbers;

/// <summary>Builds the number stage from pipeline.json: currency files, role rules, thresholds.</summary>
public sealed class NumberStageFactory : IStageFactory
{
    /// <inheritdoc />
    public string Name => "numbers";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires { get; } = new[] { Text.SegmentStage.SentencesLayer, Entities.EntityStage.EntitiesLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Provides { get; } = new[] { NumberStage.NumbersLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Keys { get; } = new[] { "currencies", "roleRules", "minConfidence", "roleMinConfidence" };

    /// <inheritdoc />
    public IStage? Create(JsonElement entry, string jsonPath, PipelineConfig config, JsonReader reader)
    {
        var curFiles = ConfigLoader.ExistingFiles(reader.Strings(entry, "currencies", jsonPath) ?? Array.Empty<string>(), $"{jsonPath}.currencies",
            config, reader);
        var ruleFiles = ConfigLoader.ExistingFiles(reader.Strings(entry, "roleRules", jsonPath) ?? Array.Empty<string>(), $"{jsonPath}.roleRules",
            config, reader);
        double min = reader.Number(entry, "minConfidence", jsonPath, 0.5, 0, 1);
        double minRole = reader.Number(entry, "roleMinConfidence", jsonPath, NumberStage.DefaultMinRoleConfidence, 0, 1);
        if (curFiles.Count == 0 && !entry.TryGetProperty("currencies", out _))
            reader.Error($"{jsonPath}.currencies", "no currency file is named", "add \"currencies\": [\"src/FinExtract/Resources/gazetteers/currencies.tsv\"]");
        var errors = new List<ConfigError>();
        var currencies = Currencies.Load(curFiles, errors);
        var rules = RuleSet.Load(ruleFiles, TimeSpan.FromMilliseconds(config.Limits.RegexTimeoutMs), errors, RuleSet.RoleLabels);
        foreach (var e in errors) reader.Error($"{jsonPath} -> {e.File}: {e.JsonPath}", e.Message, e.Hint);
        return errors.Count > 0 ? null : new NumberStage(currencies, rules, min, minRole);
    }
}
