using System.Text.Json;
using FinExtract.Documents;
using FinExtract.Learning;
using FinExtract.Pipeline;

namespace FinExtract.Topics;

/// <summary>
/// What each article is about: the topic model's most probable topic, with its probability, and the
/// runner-up topics above a threshold. It reads the title and the opening of the body (or what
/// <c>text</c> says), cleaned as the training headlines were.
/// </summary>
public sealed class TopicStage : IStage
{
    /// <summary>The layer this stage adds.</summary>
    public const string TopicsLayer = "topics";

    /// <summary>How much of the body's opening "title+lead" reads, in characters (about two paragraphs).</summary>
    public const int LeadChars = 400;

    private readonly TopicModel _model;
    private readonly double _threshold;
    private readonly string _text;

    /// <summary>Creates the stage.</summary>
    public TopicStage(TopicModel model, double threshold, string text)
    {
        _model = model;
        _threshold = threshold;
        _text = text;
    }

    /// <inheritdoc />
    public string Name => "topics";

    /// <summary>The model this stage uses (classify reads it too).</summary>
    public TopicModel Model => _model;

    /// <summary>The text the model reads for an article, as <c>text</c> says.</summary>
    public static string TextOf(Article article, string mode)
    {
        string title = article.Metadata.Title.Value;
        string body = article.Body;
        return mode switch
        {
            "title" => title.Length > 0 ? title : Lead(body),
            "body" => title + "\n" + body,
            _ => title + "\n" + Lead(body),
        };
    }

    private static string Lead(string body)
    {
        if (body.Length <= LeadChars) return body;
        int cut = body.LastIndexOf(' ', LeadChars);
        return body[..(cut > 0 ? cut : LeadChars)];
    }

    /// <inheritdoc />
    public void Process(Article article, StageContext context)
    {
        string text = TextOf(article, _text);
        var ranked = _model.Predict(text);
        var kept = ranked.Take(1).Concat(ranked.Skip(1).Where(t => t.Probability >= _threshold)).ToList();
        article.SetTopics(kept.Select(t => new ArticleTopic(t.Topic, Math.Round(t.Probability, 4), _model.Id)).ToList());
        if (context.Trace != null)
        {
            context.Trace($"topics: {string.Join(", ", ranked.Take(3).Select(t => $"{t.Topic} {t.Probability:0.000}"))}");
            var weighed = _model.WordsThatWeigh(text, ranked[0].Topic, 8);
            context.Trace($"topics: the words that weighed most for {ranked[0].Topic} (probability lost without each): "
                + string.Join(", ", weighed.Select(w => $"{w.Word} {w.Drop:+0.000;-0.000}")));
        }
        article.Layers.Add(TopicsLayer);
    }
}

/// <summary>Builds the topic stage from pipeline.json.</summary>
public sealed class TopicStageFactory : IStageFactory
{
    private static readonly string[] TextModes = { "title", "title+lead", "body" };

    /// <inheritdoc />
    public string Name => "topics";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires { get; } = new[] { Scraping.ScrapeStage.BodyLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Provides { get; } = new[] { TopicStage.TopicsLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Keys { get; } = new[] { "model", "threshold", "text" };

    /// <inheritdoc />
    public IStage? Create(JsonElement entry, string jsonPath, PipelineConfig config, JsonReader reader)
    {
        double threshold = reader.Number(entry, "threshold", jsonPath, 0.2, 0, 1);
        string text = reader.String(entry, "text", jsonPath) ?? "title+lead";
        if (!TextModes.Contains(text))
            reader.Error($"{jsonPath}.text", $"unknown text '{text}'", $"use one of: {string.Join(", ", TextModes)}");
        if (!entry.TryGetProperty("model", out _))
            reader.Error($"{jsonPath}.model", "the topics stage needs a model",
                "add \"model\": \"src/FinExtract/Resources/models/topics.bin\" (train one with 'finextract train topics')");
        var model = ConfigLoader.LoadModel(reader, entry, "model", jsonPath, config, "topics", TopicModel.Load);
        return model == null ? null : new TopicStage(model, threshold, text);
    }
}
