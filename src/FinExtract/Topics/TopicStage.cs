using System.Text.Json;
using FinExtract.Documents;
using FinExtract.Learning;
using FinExtract.Pipeline;

namespace FinExtract.Topics;

/// <summary>
/// What each article is about: the topic model's most probable topic, with its probability, and the
/// runner-up topics above a threshold. It reads the title and the opening of the body (or what
/// <c>text</c> says), cleaned as the training headlines were. Topics that <c>merge</c> names are reported as the
/// topic it gives, with their probabilities summed: the headline set splits earnings news into the figures of
/// reported results ("Financials") and results dates, calls and previews ("Earnings"), where an article that
/// reports results is earnings news either way.
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
    private readonly IReadOnlyDictionary<string, string> _merge;
    private readonly double _titleWeight;

    /// <summary>
    /// Creates the stage; <paramref name="merge"/> maps a model topic to the topic it is reported as; <paramref name="titleWeight"/>
    /// is the share of the headline's own probabilities in an article's when the text read is more than the headline.
    /// </summary>
    public TopicStage(TopicModel model, double threshold, string text, IReadOnlyDictionary<string, string>? merge = null, double titleWeight = 0)
    {
        _model = model;
        _threshold = threshold;
        _text = text;
        _merge = merge ?? new Dictionary<string, string>();
        _titleWeight = titleWeight;
    }

    /// <inheritdoc />
    public string Name => "topics";

    /// <summary>The model this stage uses (classify reads it too).</summary>
    public TopicModel Model => _model;

    /// <summary>
    /// The text the model reads for an article, as <c>text</c> says: the headline once, then the body or its lead (a plain-text
    /// article's body opens with its headline line, which is not read twice).
    /// </summary>
    public static string TextOf(Article article, string mode)
    {
        string title = article.Metadata.Title.Value;
        string body = article.Body;
        if (title.Length > 0 && body.StartsWith(title, StringComparison.Ordinal)) body = body[title.Length..].TrimStart();
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
        var byModel = WithTheHeadline(_model.Predict(text), article.Metadata.Title.Value);
        var ranked = Merged(byModel);
        var kept = ranked.Take(1).Concat(ranked.Skip(1).Where(t => t.Probability >= _threshold)).ToList();
        article.SetTopics(kept.Select(t => new ArticleTopic(t.Topic, Math.Round(t.Probability, 4), _model.Id)).ToList());
        if (context.Trace != null)
        {
            context.Trace($"topics: {string.Join(", ", ranked.Take(3).Select(t => $"{t.Topic} {t.Probability:0.000}"))}");
            // the model's own topic behind the first one reported: its most probable topic that merge reports as that one
            string explained = byModel.First(t => _merge.GetValueOrDefault(t.Topic, t.Topic) == ranked[0].Topic).Topic;
            var weighed = _model.WordsThatWeigh(text, explained, 8);
            string reported = explained == ranked[0].Topic ? "" : $" (reported as {ranked[0].Topic})";
            context.Trace($"topics: the words that weighed most for {explained}{reported} (probability lost without each): "
                + string.Join(", ", weighed.Select(w => $"{w.Word} {w.Drop:+0.000;-0.000}")));
        }
        article.Layers.Add(TopicsLayer);
    }

    /// <summary>
    /// An article's topics with its headline's own weighed in (<c>titleWeight</c>): the model learned from headlines, and read
    /// with the lead a headline's words count for little beside the paragraph's (measured in README: Topics).
    /// </summary>
    private IReadOnlyList<(string Topic, double Probability)> WithTheHeadline(IReadOnlyList<(string Topic, double Probability)> ranked, string title)
    {
        if (_titleWeight <= 0 || _text == "title" || title.Length == 0) return ranked;
        var headline = _model.Predict(title).ToDictionary(x => x.Topic, x => x.Probability, StringComparer.Ordinal);
        return ranked.Select(x => (x.Topic, (1 - _titleWeight) * x.Probability + _titleWeight * headline[x.Topic]))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Topic, StringComparer.Ordinal).ToList();
    }

    /// <summary>The model's topics with those <c>merge</c> names summed under the topic it gives, most probable first.</summary>
    public IReadOnlyList<(string Topic, double Probability)> Merged(IReadOnlyList<(string Topic, double Probability)> ranked)
    {
        if (_merge.Count == 0) return ranked;
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (topic, p) in ranked)
        {
            string name = _merge.GetValueOrDefault(topic, topic);
            sums[name] = sums.GetValueOrDefault(name) + p;
        }
        return sums.Select(x => (x.Key, x.Value)).OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
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
    public IReadOnlyList<string> Keys { get; } = new[] { "model", "threshold", "text", "merge", "titleWeight" };

    /// <inheritdoc />
    public IStage? Create(JsonElement entry, string jsonPath, PipelineConfig config, JsonReader reader)
    {
        double threshold = reader.Number(entry, "threshold", jsonPath, 0.2, 0, 1);
        double titleWeight = reader.Number(entry, "titleWeight", jsonPath, 0, 0, 1);
        string text = reader.String(entry, "text", jsonPath) ?? "title+lead";
        if (!TextModes.Contains(text))
            reader.Error($"{jsonPath}.text", $"unknown text '{text}'", $"use one of: {string.Join(", ", TextModes)}");
        if (!entry.TryGetProperty("model", out _))
            reader.Error($"{jsonPath}.model", "the topics stage needs a model",
                "add \"model\": \"src/FinExtract/Resources/models/topics.bin\" (train one with 'finextract train topics')");
        var model = ConfigLoader.LoadModel(reader, entry, "model", jsonPath, config, "topics", TopicModel.Load);
        return model == null ? null : new TopicStage(model, threshold, text, ReadMerge(entry, jsonPath, model, reader), titleWeight);
    }

    /// <summary>The optional <c>merge</c> object: each key a topic of the model, each value the topic it is reported as.</summary>
    private static Dictionary<string, string> ReadMerge(JsonElement entry, string jsonPath, TopicModel model, JsonReader reader)
    {
        var merge = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!entry.TryGetProperty("merge", out var m)) return merge;
        if (m.ValueKind != JsonValueKind.Object)
        {
            reader.Error($"{jsonPath}.merge", $"expected an object, found {JsonReader.Describe(m)}", "write { \"Financials\": \"Earnings\" }");
            return merge;
        }
        foreach (var p in m.EnumerateObject())
        {
            string path = $"{jsonPath}.merge.{p.Name}";
            if (!model.Labels.Contains(p.Name))
                reader.Error(path, $"the topic model has no topic '{p.Name}'", $"use one of: {string.Join(", ", model.Labels)}");
            else if (p.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(p.Value.GetString()))
                reader.Error(path, $"expected the name of a topic, found {JsonReader.Describe(p.Value)}", "write the topic to report it as, in double quotes");
            else merge[p.Name] = p.Value.GetString()!;
        }
        return merge;
    }
}
