using System.Text.Json;
using FinExtract.Pipeline;

namespace FinExtract.Scraping;

/// <summary>Builds the scrape stage from pipeline.json.</summary>
public sealed class ScrapeStageFactory : IStageFactory
{
    /// <inheritdoc />
    public string Name => "scrape";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires { get; } = new[] { ConfigLoader.SourceLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Provides { get; } = new[] { ScrapeStage.BodyLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Keys { get; } = new[] { "options" };

    /// <inheritdoc />
    public IStage? Create(JsonElement entry, string jsonPath, PipelineConfig config, JsonReader reader)
    {
        var o = new ScrapeOptions();
        if (entry.TryGetProperty("options", out var opts) && reader.ExpectObject(opts, jsonPath + ".options", "minParagraphChars", "minArticleChars"))
        {
            o = new ScrapeOptions
            {
                MinParagraphChars = (int)reader.Int(opts, "minParagraphChars", jsonPath + ".options", o.MinParagraphChars, 0, 10_000),
                MinArticleChars = (int)reader.Int(opts, "minArticleChars", jsonPath + ".options", o.MinArticleChars, 0, 1_000_000),
            };
        }
        return new ScrapeStage(o);
    }
}
