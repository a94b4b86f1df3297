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
    public IReadOnlyList<string> Keys { get; } =
        new[] { "rules", "gazetteers", "givenNames", "minConfidence", "recogniser", "recogniserMinProbability", "wordClusters" };

    /// <inheritdoc />
    public IStage? Create(JsonElement entry, string jsonPath, PipelineConfig config, JsonReader reader)
    {
        var ruleFiles = ConfigLoader.ExistingFiles(reader.Strings(entry, "rules", jsonPath) ?? Array.Empty<string>(), $"{jsonPath}.rules", config, reader);
        var gazFiles = ConfigLoader.ExistingFiles(reader.Strings(entry, "gazetteers", jsonPath) ?? Array.Empty<string>(), $"{jsonPath}.gazetteers",
            config, reader);
        string? given = reader.String(entry, "givenNames", jsonPath);
        double min = reader.Number(entry, "minConfidence", jsonPath, 0.5, 0, 1);
        var errors = new List<ConfigError>();
        var rules = RuleSet.Load(ruleFiles, TimeSpan.FromMilliseconds(config.Limits.RegexTimeoutMs), errors, RuleSet.EntityLabels);
        var gazetteer = Gazetteer.Load(gazFiles, errors);
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (given != null)
        {
            string path = ConfigLoader.ResolvePath(config, given);
            if (!File.Exists(path)) reader.Error($"{jsonPath}.givenNames", $"file not found: {path}", "fix the path (relative to pipeline.json)");
            else names = GivenNames.Read(path);
        }
        var recogniser = ConfigLoader.LoadModel(reader, entry, "recogniser", jsonPath, config, "entities", Learning.NerModel.Load);
        double recogniserMin = reader.Number(entry, "recogniserMinProbability", jsonPath, 0.7, 0, 1);
        var clusters = ConfigLoader.LoadModel(reader, entry, "wordClusters", jsonPath, config, "clusters", Learning.WordClusters.Load);
        if (recogniser != null && recogniser.WordClustersSha256 != (clusters?.Sha256Hash ?? ""))
            reader.Error($"{jsonPath}.wordClusters", recogniser.WordClustersSha256.Length == 0
                ? "the recogniser was trained without word clusters, and the stage names a clusters file"
                : $"the recogniser was trained with the word clusters of SHA-256 {recogniser.WordClustersSha256[..12]}..., and the stage names " +
                  (clusters == null ? "none" : $"a file of SHA-256 {clusters.Sha256Hash[..12]}..."),
                "name the clusters file the recogniser was trained with, or retrain it with 'finextract train entities'");
        foreach (var e in errors) reader.Error($"{jsonPath} -> {e.File}: {e.JsonPath}", e.Message, e.Hint);
        return errors.Count > 0 ? null
            : new EntityStage(rules, gazetteer, names, min) { Recogniser = recogniser, RecogniserMinProbability = recogniserMin,
                WordClusters = clusters };
    }
}
