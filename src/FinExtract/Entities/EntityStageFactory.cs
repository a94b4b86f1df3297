using System.Text.Json;
using FinExtract.Pipeline;
using FinExtract.Rules;
using FinExtract.Text;

namespace FinExtract.Entities;

/// <summary>Builds the entity stage from pipeline.json: rule files, gazetteers, given names, threshold.</summary>
public sealed class EntityStageFactory : IStageFactory
{
    /// <inheritdoc />
    public string Name => "entities";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires { get; } = new[] { SegmentStage.TokensLayer, SegmentStage.SentencesLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Provides { get; } = new[] { EntityStage.EntitiesLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Keys { get; } = new[] { "rules", "gazetteers", "givenNames", "minConfidence", "model" };

    /// <inheritdoc />
    public IStage? Create(JsonElement entry, string jsonPath, PipelineConfig config, JsonReader reader)
    {
        var ruleFiles = ConfigLoader.ExistingFiles(reader.Strings(entry, "rules", jsonPath) ?? Array.Empty<string>(), $"{jsonPath}.rules", config, reader);
        var gazFiles = ConfigLoader.ExistingFiles(reader.Strings(entry, "gazetteers", jsonPath) ?? Array.Empty<string>(), $"{jsonPath}.gazetteers", config, reader);
        string? given = reader.String(entry, "givenNames", jsonPath);
        double min = reader.Number(entry, "minConfidence", jsonPath, 0.5, 0, 1);
        var errors = new List<ConfigError>();
        var rules = RuleSet.Load(ruleFiles, TimeSpan.FromMilliseconds(config.Limits.RegexTimeoutMs), errors);
        var gazetteer = Gazetteer.Load(gazFiles, errors);
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (given != null)
        {
            string path = ConfigLoader.ResolvePath(config, given);
            if (!File.Exists(path)) reader.Error($"{jsonPath}.givenNames", $"file not found: {path}", "fix the path (relative to pipeline.json)");
            else foreach (var line in File.ReadLines(path)) if (line.Length > 0 && !line.StartsWith('#')) names.Add(line.Trim());
        }
        Learning.EntityTypeModel? model = null;
        if (reader.String(entry, "model", jsonPath) is { } modelPath)
        {
            string full = ConfigLoader.ResolvePath(config, modelPath);
            if (!File.Exists(full)) reader.Error($"{jsonPath}.model", $"file not found: {full}", "train it with 'finextract train entity-types' or fix the path");
            else if (!File.Exists(Path.ChangeExtension(full, ".card.json"))) reader.Error($"{jsonPath}.model", "the model has no card beside it", "retrain with 'finextract train entity-types'");
            else
            {
                try { model = Learning.EntityTypeModel.Load(full); }
                catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or FormatException or System.Text.Json.JsonException or IOException)
                {
                    reader.Error($"{jsonPath}.model", $"the model could not be loaded: {ex.Message}", "retrain with 'finextract train entity-types'");
                }
            }
        }
        foreach (var e in errors) reader.Error($"{jsonPath} -> {e.File}: {e.JsonPath}", e.Message, e.Hint);
        return errors.Count > 0 ? null : new EntityStage(rules, gazetteer, names, min, model);
    }
}
