using System.Text.Json;
using FinExtract.Documents;
using FinExtract.Pipeline;
using FinExtract.Scraping;

namespace FinExtract.Text;

/// <summary>The segment stage: tokens and sentences of the body, shared by the extraction stages.</summary>
public sealed class SegmentStage : IStage
{
    /// <summary>The layers this stage adds.</summary>
    public const string TokensLayer = "tokens", SentencesLayer = "sentences";

    /// <inheritdoc />
    public string Name => "segment";

    /// <inheritdoc />
    public void Process(Article article, StageContext context)
    {
        var (tokens, sentences) = Segmenter.Segment(article.Body, article.Paragraphs);
        article.SetSegments(tokens, sentences);
        article.Layers.Add(TokensLayer);
        article.Layers.Add(SentencesLayer);
        context.Trace?.Invoke($"segment: {tokens.Count} tokens, {sentences.Count} sentences");
    }
}

/// <summary>Builds the segment stage (it has no options).</summary>
public sealed class SegmentStageFactory : IStageFactory
{
    /// <inheritdoc />
    public string Name => "segment";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires { get; } = new[] { ScrapeStage.BodyLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Provides { get; } = new[] { SegmentStage.TokensLayer, SegmentStage.SentencesLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Keys { get; } = Array.Empty<string>();

    /// <inheritdoc />
    public IStage? Create(JsonElement entry, string jsonPath, PipelineConfig config, JsonReader reader) => new SegmentStage();
}
