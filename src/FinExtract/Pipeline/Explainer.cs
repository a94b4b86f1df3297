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
        sb.AppendLine($"== {input.SourcePath} (article_id {input.ArticleId})");
        if (result.Error is { } e) sb.AppendLine($"FAILED in stage '{e.Stage}': {e.Code}: {e.Message}");
        var a = result.Article;
        if (a != null) Metadata(sb, a);
        Section(sb, "-- scraping decisions", trace.Where(t => !IsExtraction(t)).ToList());
        if (a == null) return sb.ToString();
        Body(sb, a);
        if (a.Entities.Count > 0) Entities(sb, a);
        if (a.Numbers.Count > 0) Numbers(sb, a);
        if (a.Moves.Count > 0) Moves(sb, a);
        if (a.Topics.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("-- topics (topic, probability; by model; the words that weighed most are in the stage notes)");
            foreach (var t in a.Topics) sb.AppendLine(string.Create(Inv, $"{t.Topic}, {t.Probability:0.000}; {t.Model}"));
        }
        if (a.Quotes.Count > 0) Quotes(sb, a);
        var lost = trace.Where(t => IsExtraction(t)
            && (t.Contains(": lost ", StringComparison.Ordinal) || t.Contains(": dropped ", StringComparison.Ordinal)
            || t.Contains(": skipped ", StringComparison.Ordinal))).ToList();
        sb.AppendLine();
        sb.AppendLine($"-- candidates that lost ({lost.Count.ToString(Inv)}), and why");
        foreach (var t in lost) sb.AppendLine(t);
        Section(sb, "-- stage notes", trace.Where(t => IsExtraction(t) && !lost.Contains(t)).ToList());
        return sb.ToString();
    }

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static bool IsExtraction(string t) => t.StartsWith("entities:", StringComparison.Ordinal) || t.StartsWith("numbers:", StringComparison.Ordinal)
        || t.StartsWith("quotes:", StringComparison.Ordinal) || t.StartsWith("segment:", StringComparison.Ordinal)
        || t.StartsWith("topics:", StringComparison.Ordinal);

    /// <summary>A heading and its lines, when there are any.</summary>
    private static void Section(StringBuilder sb, string heading, List<string> lines)
    {
        if (lines.Count == 0) return;
        sb.AppendLine();
        sb.AppendLine(heading);
        foreach (var t in lines) sb.AppendLine(t);
    }

    private static void Metadata(StringBuilder sb, Article a)
    {
        sb.AppendLine($"encoding: {a.Encoding}");
        var m = a.Metadata;
        sb.AppendLine();
        sb.AppendLine("-- metadata (value  [source])");
        var fields = new[]
        {
            ("title", m.Title), ("subtitle", m.Subtitle), ("author", m.Author), ("agency", m.Agency), ("published", m.Published), ("modified", m.Modified),
            ("url", m.Url), ("site", m.Site), ("section", m.Section), ("language", m.Language),
        };
        foreach (var (name, v) in fields)
        {
            sb.AppendLine($"{name,-10} {(v.HasValue ? v.Value : "(none)")}  [{(v.HasValue ? v.SourceName : "-")}]");
            if (m.Reasons.TryGetValue(name, out var why)) sb.AppendLine($"{"",-10} why: {why}");
            foreach (var c in m.Candidates.Where(c => c.Field == name))
                sb.AppendLine($"{"",-10} seen {c.Source,-10} {c.Value}  ({c.Note})");
        }
    }

    private static void Body(StringBuilder sb, Article a)
    {
        sb.AppendLine();
        sb.AppendLine($"-- body ({a.Body.Length.ToString(Inv)} chars, {a.WordCount.ToString(Inv)} words, found by '{a.BodySource}')");
        sb.AppendLine("   marks: [mention]^e1 entity, [number]^n1 number, <<q1 quotation>>; the lists below say why each exists");
        var marks = Marks(a);
        foreach (var p in a.Paragraphs)
            sb.AppendLine($"[{p.Start,6}-{p.End,6}) {p.Kind,-9} {Marked(a.Body, p.Start, p.End, marks)}");
    }

    private static void Entities(StringBuilder sb, Article a)
    {
        sb.AppendLine();
        sb.AppendLine("-- entities (mention [start-end) -> entity: type, name, ticker; role, affiliation; rule, confidence)");
        foreach (var m in a.Entities)
        {
            string mention = a.Body[m.Start..m.End];
            string ticker = m.Ticker.Length > 0 ? $", {m.Ticker} ({m.Exchange})" : "";
            var roles = new[] { m.Role, m.Affiliation }.Where(x => x.Length > 0).ToList();
            string role = roles.Count > 0 ? "; " + string.Join(", ", roles) : "";
            string entity = $"{m.EntityId}: {m.Type}, {m.Name}{ticker}{role}";
            sb.AppendLine(string.Create(Inv, $"{mention,-30} [{m.Start}-{m.End}) -> {entity}; {m.Rule}, {m.Confidence:0.00}"));
        }
    }

    private static void Numbers(StringBuilder sb, Article a)
    {
        sb.AppendLine();
        sb.AppendLine("-- numbers (id text [start-end): kind value unit; role by role rule or model; subject; rule, confidence)");
        for (int i = 0; i < a.Numbers.Count; i++)
        {
            var n = a.Numbers[i];
            string subject = n.Subject.Length > 0 ? $"; about {n.Subject} {a.Entities.FirstOrDefault(e => e.EntityId == n.Subject)?.Name}" : "";
            string role = n.Role.Length > 0 ? $"; role {n.Role} by {n.RoleSource}" : "";
            string text = a.Body[n.Start..n.End];
            string value = n.ValueText.Length > 0 ? n.ValueText : n.Value?.ToString("R", Inv) ?? "";
            string what = $"{n.Kind} {value} {n.Unit}{role}{subject}";
            sb.AppendLine(string.Create(Inv, $"n{i + 1,-3} {text,-24} [{n.Start}-{n.End}): {what}; {n.Rule}, {n.Confidence:0.00}"));
        }
    }

    private static void Moves(StringBuilder sb, Article a)
    {
        sb.AppendLine();
        sb.AppendLine("-- stock moves");
        foreach (var mv in a.Moves)
        {
            string who = $"{mv.Name} ({mv.EntityId}{(mv.Ticker.Length > 0 ? ", " + mv.Ticker : "")})";
            sb.AppendLine(string.Create(Inv,
                $"{who} {mv.Direction} {mv.Percent}% at {mv.Price} {mv.Currency} {mv.Period} [{mv.Start}-{mv.End}); {mv.Rule}, {mv.Confidence:0.00}"));
        }
    }

    private static void Quotes(StringBuilder sb, Article a)
    {
        sb.AppendLine();
        sb.AppendLine("-- quotes (id [start-end) -> speaker (entity), cue; rule, confidence)");
        for (int i = 0; i < a.Quotes.Count; i++)
        {
            var q = a.Quotes[i];
            string text = Short(a.Body[q.Start..q.End], 70);
            string speaker = (q.Speaker.Length > 0 ? q.Speaker : "(no speaker)") + (q.SpeakerEntityId.Length > 0 ? $" ({q.SpeakerEntityId})" : "");
            string cue = q.Cue.Length > 0 ? q.Cue : "-";
            sb.AppendLine(string.Create(Inv, $"q{i + 1,-3} [{q.Start}-{q.End}) \"{text}\" -> {speaker}, {cue}; {q.Rule}, {q.Confidence:0.00}"));
        }
    }

    private static string Short(string s, int n) => (s.Length <= n ? s : s[..(n - 3)] + "...").Replace('\n', ' ');

    private readonly record struct Mark(int Pos, bool Open, int Order, string Text);

    /// <summary>The open and close marks of every extraction: quotations around, entities and numbers inside.</summary>
    private static List<Mark> Marks(Article a)
    {
        var marks = new List<Mark>();
        for (int i = 0; i < a.Quotes.Count; i++)
        {
            marks.Add(new Mark(a.Quotes[i].Start, true, 0, $"<<q{i + 1} "));
            marks.Add(new Mark(a.Quotes[i].End, false, 2, ">>"));
        }
        foreach (var e in a.Entities)
        {
            marks.Add(new Mark(e.Start, true, 1, "["));
            marks.Add(new Mark(e.End, false, 1, "]^" + e.EntityId));
        }
        for (int i = 0; i < a.Numbers.Count; i++)
        {
            marks.Add(new Mark(a.Numbers[i].Start, true, 1, "["));
            marks.Add(new Mark(a.Numbers[i].End, false, 1, "]^n" + (i + 1).ToString(CultureInfo.InvariantCulture)));
        }
        // at one position: closes before opens; a quotation opens first and closes last
        marks.Sort((x, y) => x.Pos != y.Pos ? x.Pos.CompareTo(y.Pos) : x.Open != y.Open ? (x.Open ? 1 : -1) : x.Order.CompareTo(y.Order));
        return marks;
    }

    private static string Marked(string body, int start, int end, List<Mark> marks)
    {
        var sb = new StringBuilder();
        int at = start;
        foreach (var m in marks)
        {
            if (m.Pos < start || m.Pos > end) continue;
            if (m.Pos == end && m.Open) continue;
            sb.Append(body, at, m.Pos - at);
            sb.Append(m.Text);
            at = m.Pos;
        }
        sb.Append(body, at, end - at);
        return sb.ToString();
    }
}
