using System.Globalization;
using System.Text;
using FinExtract.Documents;
using FinExtract.Input;

namespace FinExtract.Pipeline;

/// <summary>
/// One article through the pipeline with every decision kept: metadata candidates and why each winner
/// won, what the scraper dropped and which container it chose, and the body paragraphs with their spans.
/// </summary>
public static class Explainer
{
    /// <summary>Processes <paramref name="file"/> and renders the explanation as plain text.</summary>
    public static string Explain(string file, LoadedPipeline pipeline)
    {
        var input = InputDiscovery.Discover(file, pipeline.Config.Input.Extensions).SingleOrDefault()
            ?? throw new FileNotFoundException($"'{file}' is not a file");
        var trace = new List<string>();
        var result = new ArticleProcessor(pipeline).Process(input, trace.Add);
        return Render(input, result, trace);
    }

    /// <summary>Renders a processed article and its decisions.</summary>
    public static string Render(InputFile input, ArticleResult result, IReadOnlyList<string> trace)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine($"== {input.SourcePath} (article_id {input.ArticleId})");
        if (result.Error is { } e) sb.AppendLine($"FAILED in stage '{e.Stage}': {e.Code}: {e.Message}");
        var a = result.Article;
        if (a != null)
        {
            sb.AppendLine($"encoding: {a.Encoding}");
            var m = a.Metadata;
            sb.AppendLine();
            sb.AppendLine("-- metadata (value  [source])");
            foreach (var (name, v) in new[] { ("title", m.Title), ("subtitle", m.Subtitle), ("author", m.Author), ("published", m.Published), ("modified", m.Modified),
                ("url", m.Url), ("site", m.Site), ("section", m.Section), ("language", m.Language) })
            {
                sb.AppendLine($"{name,-10} {(v.HasValue ? v.Value : "(none)")}  [{(v.HasValue ? v.SourceName : "-")}]");
                if (m.Reasons.TryGetValue(name, out var why)) sb.AppendLine($"{"",-10} why: {why}");
                foreach (var c in m.Candidates.Where(c => c.Field == name))
                    sb.AppendLine($"{"",-10} seen {c.Source,-10} {c.Value}  ({c.Note})");
            }
        }
        if (trace.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("-- scraping decisions");
            foreach (var t in trace) sb.AppendLine(t);
        }
        if (a != null)
        {
            sb.AppendLine();
            sb.AppendLine($"-- body ({a.Body.Length.ToString(inv)} chars, {a.WordCount.ToString(inv)} words, found by '{a.BodySource}')");
            foreach (var p in a.Paragraphs)
                sb.AppendLine($"[{p.Start,6}-{p.End,6}) {p.Kind,-9} {a.Body[p.Start..p.End]}");
            if (a.Entities.Count > 0)
            {
                sb.AppendLine();
                sb.AppendLine("-- entities (mention [start-end) -> entity: type, name, ticker; rule, confidence)");
                foreach (var m in a.Entities)
                    sb.AppendLine(string.Create(inv, $"{a.Body[m.Start..m.End],-30} [{m.Start}-{m.End}) -> {m.EntityId}: {m.Type}, {m.Name}{(m.Ticker.Length > 0 ? $", {m.Ticker} ({m.Exchange})" : "")}; {m.Rule}, {m.Confidence:0.00}"));
            }
        }
        return sb.ToString();
    }
}
