using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace FinExtract.Evaluation;

/// <summary>
/// One self-contained HTML page for a run (no network, no external scripts or styles): the run summary with
/// counts, errors, time per stage and charts of entity types and top companies, then every article's body with
/// each entity, number and quotation highlighted and its provenance (rule or model, confidence) on hover, and
/// filters by type, rule and confidence. The filters can be preset from the address ("#type=PERSON&amp;min=0.7").
/// </summary>
public static class HtmlReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private sealed record Span(int Start, int End, string Type, string Rule, double Confidence, string Title, string Css);

    /// <summary>Builds the page from the run folder <paramref name="runDir"/>.</summary>
    public static string Build(string runDir)
    {
        if (!Directory.Exists(runDir)) throw new DirectoryNotFoundException($"run folder '{runDir}' not found");
        if (!File.Exists(Path.Combine(runDir, "articles.csv"))) throw new InvalidDataException($"'{runDir}' holds no articles.csv: is it a run folder?");
        var articles = RunTable.Read(Path.Combine(runDir, "articles.csv")).Rows;
        var entities = RunTable.Read(Path.Combine(runDir, "entities.csv")).Rows;
        var numbers = RunTable.Read(Path.Combine(runDir, "numbers.csv")).Rows;
        var quotes = RunTable.Read(Path.Combine(runDir, "quotes.csv")).Rows;
        var errors = RunTable.Read(Path.Combine(runDir, "errors.csv")).Rows;
        JsonElement? run = null;
        string runJson = Path.Combine(runDir, "run.json");
        if (File.Exists(runJson))
        {
            try { run = JsonDocument.Parse(File.ReadAllBytes(runJson)).RootElement; }
            catch (JsonException) { run = null; }
        }

        var spans = new Dictionary<string, List<Span>>(StringComparer.Ordinal);
        void Add(string aid, Span s)
        {
            if (!spans.TryGetValue(aid, out var l)) spans[aid] = l = new();
            l.Add(s);
        }
        foreach (var r in entities)
            if (TryRange(r, out int s, out int e))
                Add(r.Get("article_id"), new Span(s, e, r.Get("type"), r.Get("rule"), Conf(r), $"{r.Get("type")} {r.Get("entity_id")}: {r.Get("name")}"
                    + (r.Get("ticker").Length > 0 ? $" ({r.Get("exchange")}: {r.Get("ticker")})" : "")
                    + (r.Get("role").Length > 0 ? $" · {r.Get("role")}" : "")
                    + (r.Get("affiliation").Length > 0 ? $", {r.Get("affiliation")}" : "") + $" · rule {r.Get("rule")} · confidence {r.Get("confidence")}",
                    "ent"));
        foreach (var r in numbers)
            if (TryRange(r, out int s, out int e))
                Add(r.Get("article_id"), new Span(s, e, "number", r.Get("rule"), Conf(r), $"{r.Get("kind")} {r.Get("value")} {r.Get("unit")}"
                    + (r.Get("role").Length > 0 ? $" · role {r.Get("role")} by {r.Get("role_source")}" : "")
                    + (r.Get("subject_name").Length > 0 ? $" · about {r.Get("subject_name")}" : "")
                    + $" · rule {r.Get("rule")} · confidence {r.Get("confidence")}", "num"));
        foreach (var r in quotes)
            if (TryRange(r, out int s, out int e))
                Add(r.Get("article_id"),
                new Span(s, e, "quote", r.Get("rule"), Conf(r), $"quotation · speaker {(r.Get("speaker").Length > 0 ? r.Get("speaker") : "unknown")}"
                    + (r.Get("cue").Length > 0 ? $" ({r.Get("cue")})" : "") + $" · rule {r.Get("rule")} · confidence {r.Get("confidence")}", "quote"));

        var sb = new StringBuilder(1 << 16);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>FinExtract report</title>\n<style>").Append(Style)
            .Append("</style></head>\n<body>\n");
        sb.Append("<h1>FinExtract run report</h1>\n");
        Summary(sb, run, articles.Count, entities, numbers.Count, quotes.Count, errors);
        var types = new[] { "ORG", "PERSON", "LOCATION", "PRODUCT", "number", "quote" };
        var rules = spans.Values.SelectMany(x => x).Select(x => x.Rule).Where(x => x.Length > 0).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
        sb.Append("<section id=\"filters\"><h2>Filters</h2>\n");
        foreach (var t in types)
            sb.Append($"<label class=\"f {Css(t)}\"><input type=\"checkbox\" class=\"ftype\" value=\"{t}\" checked> {t}</label>\n");
        sb.Append("<label>rule <select id=\"frule\"><option value=\"\">all rules</option>");
        foreach (var r in rules) sb.Append($"<option>{Enc(r)}</option>");
        sb.Append("</select></label>\n<label>confidence at least <input type=\"range\" id=\"fmin\" min=\"0\" max=\"1\" step=\"0.05\" value=\"0\"> " +
            "<output id=\"fminv\">0.00</output></label>\n");
        sb.Append("<p id=\"shown\">all highlights shown</p></section>\n");

        sb.Append("<section id=\"articles\"><h2>Articles</h2>\n");
        foreach (var a in articles.OrderBy(a => a.Get("article_id"), StringComparer.Ordinal))
        {
            string aid = a.Get("article_id");
            sb.Append($"<article class=\"doc\" data-id=\"{Enc(aid)}\"><h3>{Enc(a.Get("title").Length > 0 ? a.Get("title") : aid)}</h3>\n");
            sb.Append($"<p class=\"meta\">{Enc(aid)}");
            foreach (var c in new[] { "author", "published", "site" })
                if (a.Get(c).Length > 0) sb.Append(" · ").Append(Enc(a.Get(c)));
            sb.Append("</p>\n<div class=\"body\">");
            Body(sb, a.Get("body"), spans.GetValueOrDefault(aid) ?? new());
            sb.Append("</div></article>\n");
        }
        sb.Append("</section>\n<script>").Append(Script).Append("</script>\n</body></html>\n");
        return sb.ToString();
    }

    private static bool TryRange(IReadOnlyDictionary<string, string> r, out int s, out int e)
    {
        e = 0;
        return int.TryParse(r.Get("start"), NumberStyles.Integer, Inv, out s) & int.TryParse(r.Get("end"), NumberStyles.Integer, Inv, out e) && s >= 0 && e > s;
    }

    private static double Conf(IReadOnlyDictionary<string, string> r) =>
        double.TryParse(r.Get("confidence"), NumberStyles.Float, Inv, out double c) ? c : 0;

    private static string Enc(string s) => WebUtility.HtmlEncode(s);

    private static string Css(string type) => "t-" + type.ToLowerInvariant();

    /// <summary>The body with its spans as nested marks: quotations around, entities and numbers inside; a span that would cross another is left
    /// unmarked.</summary>
    private static void Body(StringBuilder sb, string body, List<Span> spans)
    {
        var ordered = spans.Where(s => s.End <= body.Length).OrderBy(s => s.Start).ThenByDescending(s => s.End).ThenBy(s => s.Css == "quote" ? 0 : 1).ToList();
        var open = new Stack<Span>();
        int at = 0;
        foreach (var s in ordered)
        {
            while (open.Count > 0 && open.Peek().End <= s.Start) { sb.Append(Enc(body[at..open.Peek().End])).Append("</mark>"); at = open.Pop().End; }
            if (open.Count > 0 && s.End > open.Peek().End) continue; // crosses the open mark
            sb.Append(Enc(body[at..s.Start]));
            at = s.Start;
            sb.Append($"<mark class=\"x {s.Css} {Css(s.Type)}\" data-type=\"{Enc(s.Type)}\" data-rule=\"{Enc(s.Rule)}\" " +
                $"data-conf=\"{s.Confidence.ToString("0.###", Inv)}\" title=\"{Enc(s.Title)}\">");
            open.Push(s);
        }
        while (open.Count > 0) { sb.Append(Enc(body[at..open.Peek().End])).Append("</mark>"); at = open.Pop().End; }
        sb.Append(Enc(body[at..]));
    }

    private static void Summary(StringBuilder sb, JsonElement? run, int articles, IReadOnlyList<IReadOnlyDictionary<string, string>> entities,
        int numbers, int quotes,
        IReadOnlyList<IReadOnlyDictionary<string, string>> errors)
    {
        sb.Append("<section id=\"summary\"><h2>Run summary</h2>\n<table class=\"counts\">");
        void Row(string k, string v) => sb.Append($"<tr><th>{Enc(k)}</th><td>{Enc(v)}</td></tr>");
        if (run is { } r)
        {
            if (r.TryGetProperty("input", out var i)) Row("input", i.ToString());
            if (r.TryGetProperty("version", out var v)) Row("finextract", v.ToString());
            if (r.TryGetProperty("config_hash", out var h)) Row("pipeline.json SHA-256", h.ToString());
            if (r.TryGetProperty("counts", out var c) && c.TryGetProperty("inputs", out var n)) Row("inputs", n.ToString());
            if (r.TryGetProperty("elapsed_ms", out var ms)) Row("elapsed", $"{ms.GetDouble() / 1000:0.00} s".Replace(',', '.'));
            if (r.TryGetProperty("pages_per_second", out var pps)) Row("pages/s", pps.ToString());
        }
        Row("articles", articles.ToString(Inv));
        Row("failed inputs", errors.Count.ToString(Inv));
        Row("entity mentions", entities.Count.ToString(Inv));
        Row("numbers", numbers.ToString(Inv));
        Row("quotations", quotes.ToString(Inv));
        sb.Append("</table>\n<div class=\"charts\">");
        if (run is { } rr && rr.TryGetProperty("stage_ms", out var stages) && stages.ValueKind == JsonValueKind.Object)
            Bars(sb, "time per stage (ms, all threads)", stages.EnumerateObject().Select(p => (p.Name, p.Value.GetDouble())).ToList(), "stage");
        Bars(sb, "entity mentions by type",
            entities.GroupBy(e => e.Get("type")).OrderByDescending(g => g.Count()).Select(g => (g.Key, (double)g.Count())).ToList(), "type");
        Bars(sb, "top companies (articles naming them)", entities.Where(e => e.Get("type") == "ORG").GroupBy(e => e.Get("name"))
            .Select(g => (g.Key, (double)g.Select(x => x.Get("article_id")).Distinct().Count())).OrderByDescending(x => x.Item2)
            .ThenBy(x => x.Key, StringComparer.Ordinal).Take(10).ToList(), "company");
        sb.Append("</div>\n");
        if (errors.Count > 0)
        {
            sb.Append("<h3>Errors</h3><table class=\"errors\"><tr><th>article</th><th>stage</th><th>code</th><th>message</th></tr>");
            foreach (var e in errors)
                sb.Append($"<tr><td>{Enc(e.Get("article_id"))}</td><td>{Enc(e.Get("stage"))}</td>")
                    .Append($"<td>{Enc(e.Get("code"))}</td><td>{Enc(e.Get("message"))}</td></tr>");
            sb.Append("</table>\n");
        }
        sb.Append("</section>\n");
    }

    /// <summary>A horizontal bar chart as inline SVG.</summary>
    private static void Bars(StringBuilder sb, string title, List<(string Label, double Value)> data, string kind)
    {
        if (data.Count == 0) return;
        double max = Math.Max(1e-9, data.Max(d => d.Value));
        const int Row = 20, LabelW = 190, BarW = 260;
        sb.Append($"<figure class=\"chart\" data-chart=\"{kind}\"><figcaption>{Enc(title)}</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" " +
            $"width=\"{LabelW + BarW + 70}\" height=\"{data.Count * Row + 4}\" role=\"img\">");
        for (int i = 0; i < data.Count; i++)
        {
            var (label, value) = data[i];
            int y = i * Row + 2;
            double w = Math.Max(1, value / max * BarW);
            sb.Append(string.Create(Inv, $"<text x=\"{LabelW - 6}\" y=\"{y
                + 14}\" text-anchor=\"end\">{Enc(label.Length > 28 ? label[..27] + "…" : label)}</text>"));
            sb.Append(string.Create(Inv, $"<rect x=\"{LabelW}\" y=\"{y
                + 3}\" width=\"{w:0.#}\" height=\"{Row - 6}\" class=\"bar\"><title>{Enc(label)}: {value:0.##}</title></rect>"));
            sb.Append(string.Create(Inv, $"<text x=\"{LabelW + w + 4:0.#}\" y=\"{y + 14}\">{value:0.##}</text>"));
        }
        sb.Append("</svg></figure>");
    }

    private const string Style = """
        body{font:14px/1.5 system-ui,sans-serif;margin:1.5em auto;max-width:72em;color:#222;padding:0 1em}
        h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:1.5em}
        table{border-collapse:collapse}th,td{text-align:left;padding:2px 10px 2px 0;vertical-align:top}
        .charts{display:flex;flex-wrap:wrap;gap:1.5em}.chart{margin:0}.chart figcaption{font-weight:600}
        .chart text{font-size:12px}.bar{fill:#4a78b5}
        #filters label{margin-right:1em;white-space:nowrap}
        .doc{border-top:1px solid #ddd;padding-top:.5em}.meta{color:#666;font-size:.9em}
        .body{white-space:pre-wrap}
        mark.x{background:none;border-bottom:2px solid;padding:0 1px;cursor:help}
        mark.t-org{background:#dbe8fb;border-color:#3b6fb6}mark.t-person{background:#fbe3d4;border-color:#c0602a}
        mark.t-location{background:#dff3df;border-color:#3c8a3c}mark.t-product{background:#efe1f7;border-color:#8a4cb0}
        mark.t-number{background:#fff3bf;border-color:#b8930b}mark.t-quote{background:#f1f1f1;border-color:#888;font-style:italic}
        mark.x.off{background:none;border-color:transparent;font-style:inherit;cursor:auto}
        label.f.t-org{color:#3b6fb6}label.f.t-person{color:#c0602a}label.f.t-location{color:#3c8a3c}label.f.t-product{color:#8a4cb0}
        """;

    private const string Script = """
        (function () {
          var marks = Array.prototype.slice.call(document.querySelectorAll('mark.x'));
          var boxes = Array.prototype.slice.call(document.querySelectorAll('input.ftype'));
          var rule = document.getElementById('frule'), min = document.getElementById('fmin'), minv = document.getElementById('fminv');
          var shown = document.getElementById('shown');
          function apply() {
            var types = {}; boxes.forEach(function (b) { types[b.value] = b.checked; });
            var r = rule.value, m = parseFloat(min.value), n = 0;
            minv.textContent = m.toFixed(2);
            marks.forEach(function (x) {
              var on = types[x.dataset.type] !== false && (!r || x.dataset.rule === r) && parseFloat(x.dataset.conf) >= m;
              x.classList.toggle('off', !on);
              if (on) n++;
            });
            shown.textContent = n + ' of ' + marks.length + ' highlights shown';
            document.body.dataset.shown = n;
          }
          // presets from the address: #type=PERSON,ORG&rule=heuristic.title&min=0.7
          var h = {};
          location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
            var p = kv.split('='); if (p[0]) h[p[0]] = decodeURIComponent(p[1] || '');
          });
          if (h.type) { var want = h.type.split(','); boxes.forEach(function (b) { b.checked = want.indexOf(b.value) >= 0; }); }
          if (h.rule) rule.value = h.rule;
          if (h.min) min.value = h.min;
          boxes.forEach(function (b) { b.addEventListener('change', apply); });
          rule.addEventListener('change', apply); min.addEventListener('input', apply);
          apply();
          document.body.dataset.ready = '1';
        })();
        """;
}
