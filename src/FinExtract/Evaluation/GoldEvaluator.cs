using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FinExtract.Evaluation;

/// <summary>Precision, recall and F1 of one type from its counts.</summary>
public sealed record Prf(int Correct, int Predicted, int Gold)
{
    /// <summary>Correct / predicted, rounded to 4 places (0 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 0 : Math.Round((double)Correct / Predicted, 4);
    /// <summary>Correct / gold, rounded to 4 places (0 when there is no gold).</summary>
    public double Recall => Gold == 0 ? 0 : Math.Round((double)Correct / Gold, 4);
    /// <summary>Harmonic mean of the unrounded precision and recall, rounded to 4 places.</summary>
    public double F1
    {
        get
        {
            double p = Predicted == 0 ? 0 : (double)Correct / Predicted, r = Gold == 0 ? 0 : (double)Correct / Gold;
            return p + r == 0 ? 0 : Math.Round(2 * p * r / (p + r), 4);
        }
    }
}

/// <summary>How the rows one rule made fared: how many were predicted and how many were right.</summary>
public sealed record RuleFigure(string Layer, string Rule, int Predicted, int Correct)
{
    /// <summary>Correct / predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : Math.Round((double)Correct / Predicted, 4);
}

/// <summary>A gold item the run missed, or a row of the run the gold does not have.</summary>
public sealed record EvalItem(string ArticleId, string Layer, string Text, string Detail);

/// <summary>The figures of a run against gold annotations.</summary>
public sealed class EvalReport
{
    /// <summary>Articles with a gold file.</summary>
    public int Articles { get; init; }
    /// <summary>ORG, PERSON, money, percent, quote.</summary>
    public required IReadOnlyDictionary<string, Prf> Types { get; init; }
    /// <summary>Matched quotes whose gold names a speaker.</summary>
    public int SpeakerTotal { get; init; }
    /// <summary>Of those, how many name the right speaker.</summary>
    public int SpeakerRight { get; init; }
    /// <summary>Speaker accuracy on matched quotes, or null when there are none.</summary>
    public double? SpeakerAccuracy => SpeakerTotal == 0 ? null : Math.Round((double)SpeakerRight / SpeakerTotal, 4);
    /// <summary>Per rule id: rows predicted and right.</summary>
    public required IReadOnlyList<RuleFigure> Rules { get; init; }
    /// <summary>Gold items not found.</summary>
    public required IReadOnlyList<EvalItem> Misses { get; init; }
    /// <summary>Rows not in the gold.</summary>
    public required IReadOnlyList<EvalItem> FalseHits { get; init; }
    /// <summary>Matched quotes with the wrong speaker.</summary>
    public required IReadOnlyList<EvalItem> WrongSpeakers { get; init; }
}

/// <summary>
/// Scores a run's entities.csv, numbers.csv and quotes.csv against per-article gold files (*.gold.json, in the
/// format of the annotation guide, plain or hashed), with the matching of the project's reference scorer: per
/// article, distinct ORG and PERSON entities matched by any normalised surface form; money and percent as a
/// multiset by kind, value (relative 1e-6) and currency; quotes by word-token F1 of at least 0.5, gold quotes
/// with a note being optional; speakers right when the name, its last word or an alias of the same entity matches.
/// </summary>
public static partial class GoldEvaluator
{
    /// <summary>The types scored, in report order.</summary>
    public static readonly string[] TypeNames = { "ORG", "PERSON", "money", "percent", "quote" };

    private static readonly Dictionary<string, string> EntityTypes = new(StringComparer.Ordinal)
    {
        ["ORG"] = "ORG", ["ORGANIZATION"] = "ORG", ["ORGANISATION"] = "ORG", ["COMPANY"] = "ORG", ["EXCHANGE"] = "ORG", ["PERSON"] = "PERSON",
            ["PER"] = "PERSON",
    };

    [GeneratedRegex(@"\b(inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|lp|ag|sa|nv|se|group|holdings?)\b\.?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Tok();

    [GeneratedRegex(@"'s\b", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    /// <summary>A name as the scorer compares it: no possessive, no legal suffix, lower-case words.</summary>
    public static string Norm(string? s)
    {
        s = (s ?? "").Replace('’', '\'');
        s = Possessive().Replace(s, "");
        s = Suffix().Replace(s, " ");
        return string.Join(' ', Tok().Matches(s.ToLowerInvariant()).Select(m => m.Value));
    }

    private static List<string> Tokens(string? s) => Tok().Matches((s ?? "").ToLowerInvariant()).Select(m => m.Value).ToList();

    /// <summary>The hash the hashed gold format uses: the first 12 hex digits of SHA-256 of "fx:" + text.</summary>
    public static string Hash(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("fx:" + s)))[..12];

    private sealed record GoldEntity(string Type, HashSet<string> Forms, string Name);
    private sealed record GoldNumber(string Kind, double Value, string Unit, string Text);
    private sealed record GoldQuote(List<string> Tokens, string? Speaker, string? SpeakerLast, bool Optional, string Text, string SpeakerName);
    private sealed record Gold(string Id, List<GoldEntity> Entities, List<GoldNumber> Numbers, List<GoldQuote> Quotes);

    /// <summary>Reads every *.gold.json of <paramref name="goldDir"/>; an unreadable file is an error naming it.</summary>
    private static List<Gold> ReadGold(string goldDir)
    {
        var list = new List<Gold>();
        foreach (var path in Directory.GetFiles(goldDir, "*.gold.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            JsonElement g;
            try { g = JsonDocument.Parse(File.ReadAllBytes(path)).RootElement; }
            catch (JsonException e) { throw new InvalidDataException($"{path}: not valid JSON ({e.Message})"); }
            string id = g.TryGetProperty("id", out var idEl) ? idEl.GetString() ?? "" : "";
            if (id.Length == 0) throw new InvalidDataException($"{path}: no \"id\"");
            bool hashed = g.TryGetProperty("hashed", out var h) && h.ValueKind == JsonValueKind.True;
            var ents = new List<GoldEntity>();
            foreach (var e in Array(g, "entities"))
            {
                string type = Str(e, "type");
                if (hashed) ents.Add(new GoldEntity(type, Array(e, "forms_h").Select(x => x.GetString() ?? "").ToHashSet(), "(hashed)"));
                else
                {
                    var forms = new[] { Str(e, "name") }.Concat(Array(e, "aliases").Select(x => x.GetString() ?? "")).Select(Norm)
                        .Where(x => x.Length > 0).Select(Hash).ToHashSet();
                    ents.Add(new GoldEntity(type, forms, Str(e, "name")));
                }
            }
            var nums = new List<GoldNumber>();
            foreach (var n in Array(g, "numbers"))
                if (n.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number)
                    nums.Add(new GoldNumber(Str(n, "kind"), v.GetDouble(), Str(n, "unit"), hashed ? "" : Str(n, "text")));
            var quotes = new List<GoldQuote>();
            foreach (var q in Array(g, "quotes"))
            {
                if (hashed)
                {
                    quotes.Add(new GoldQuote(Array(q, "tokens_h").Select(x => x.GetString() ?? "").ToList(), NullableStr(q, "speaker_h"),
                        NullableStr(q, "speaker_last_h"),
                        q.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True, "(hashed)", "(hashed)"));
                    continue;
                }
                string sp = NullableStr(q, "speaker") is { } s ? Norm(s) : "";
                bool optional = q.TryGetProperty("note", out var note) && note.ValueKind == JsonValueKind.String && (note.GetString() ?? "").Length > 0;
                quotes.Add(new GoldQuote(Tokens(Str(q, "text")).Select(Hash).ToList(), sp.Length > 0 ? Hash(sp) : null,
                    sp.Length > 0 ? Hash(sp.Split(' ')[^1]) : null,
                    optional, Str(q, "text"), NullableStr(q, "speaker") ?? ""));
            }
            list.Add(new Gold(id, ents, nums, quotes));
        }
        return list;
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : Enumerable.Empty<JsonElement>();

    private static string Str(JsonElement e, string name) => NullableStr(e, name) ?? "";

    private static string? NullableStr(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double TokenF1(List<string> gold, List<string> pred)
    {
        if (gold.Count == 0 || pred.Count == 0) return 0;
        var gc = gold.GroupBy(t => t).ToDictionary(x => x.Key, x => x.Count());
        var pc = pred.GroupBy(t => t).ToDictionary(x => x.Key, x => x.Count());
        int common = gc.Sum(kv => Math.Min(kv.Value, pc.GetValueOrDefault(kv.Key)));
        if (common == 0) return 0;
        double p = (double)common / pred.Count, r = (double)common / gold.Count;
        return 2 * p * r / (p + r);
    }

    /// <summary>Scores the run in <paramref name="runDir"/> against the gold files in <paramref name="goldDir"/>.</summary>
    public static EvalReport Evaluate(string runDir, string goldDir)
    {
        if (!Directory.Exists(goldDir)) throw new DirectoryNotFoundException($"gold folder '{goldDir}' not found");
        if (!Directory.Exists(runDir)) throw new DirectoryNotFoundException($"run folder '{runDir}' not found");
        var golds = ReadGold(goldDir);
        var predEnts = PredictedEntities(RunTable.Read(Path.Combine(runDir, "entities.csv")));
        var predNums = PredictedNumbers(RunTable.Read(Path.Combine(runDir, "numbers.csv")));
        var predQuotes = RunTable.Read(Path.Combine(runDir, "quotes.csv")).Rows.GroupBy(r => r.Get("article_id"))
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var score = new Scoring();
        foreach (var g in golds)
        {
            score.Entities(g, predEnts.GetValueOrDefault(g.Id) ?? new());
            score.Numbers(g, predNums.GetValueOrDefault(g.Id) ?? new());
            score.Quotes(g, predQuotes.GetValueOrDefault(g.Id) ?? new());
        }
        return score.Report(golds.Count);
    }

    private sealed record PredEntity(string Type, string Key, HashSet<string> Forms, HashSet<string> Rules, string Name);

    private sealed record PredNumber(string Kind, double Value, string Unit, string Rule, string Text)
    {
        public bool Used { get; set; }
    }

    /// <summary>Predicted entities per article: rows grouped by entity id (else normalised name), in order of first row.</summary>
    private static Dictionary<string, List<PredEntity>> PredictedEntities(RunTable entities)
    {
        var predEnts = new Dictionary<string, List<PredEntity>>(StringComparer.Ordinal);
        foreach (var r in entities.Rows)
        {
            if (!EntityTypes.TryGetValue(r.Get("type").ToUpperInvariant(), out var t)) continue;
            string aid = r.Get("article_id");
            string key = r.Get("entity_id") is { Length: > 0 } id ? id : Norm(r.Get("name").Length > 0 ? r.Get("name") : r.Get("mention"));
            if (!predEnts.TryGetValue(aid, out var list)) predEnts[aid] = list = new();
            var entity = list.Find(x => x.Type == t && x.Key == key);
            if (entity == null) list.Add(entity = new PredEntity(t, key, new HashSet<string>(), new HashSet<string>(), r.Get("name")));
            foreach (var s in new[] { r.Get("name"), r.Get("mention") })
                if (Norm(s) is { Length: > 0 } n) entity.Forms.Add(n);
            if (r.Get("rule").Length > 0) entity.Rules.Add(r.Get("rule"));
        }
        return predEnts;
    }

    /// <summary>Predicted money and percent rows with a numeric value, per article.</summary>
    private static Dictionary<string, List<PredNumber>> PredictedNumbers(RunTable numbers)
    {
        var predNums = new Dictionary<string, List<PredNumber>>(StringComparer.Ordinal);
        foreach (var r in numbers.Rows)
        {
            string kind = r.Get("kind").ToLowerInvariant();
            if (kind is not ("money" or "percent")) continue;
            if (!double.TryParse(r.Get("value").Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v)) continue;
            string aid = r.Get("article_id");
            if (!predNums.TryGetValue(aid, out var list)) predNums[aid] = list = new();
            list.Add(new PredNumber(kind, v, r.Get("unit").ToUpperInvariant(), r.Get("rule"), r.Get("text")));
        }
        return predNums;
    }

    /// <summary>The counts, per-rule figures and listed errors, gathered article by article.</summary>
    private sealed class Scoring
    {
        private readonly Dictionary<string, int[]> _counts = TypeNames.ToDictionary(t => t, _ => new int[3]); // correct, predicted, gold
        private readonly Dictionary<(string, string), int[]> _rules = new();
        private readonly List<EvalItem> _misses = new(), _falseHits = new(), _wrongSpeakers = new();
        private int _speakerN, _speakerOk, _optionalHits;
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        private void Rule(string layer, string rule, bool right)
        {
            if (!_rules.TryGetValue((layer, rule), out var c)) _rules[(layer, rule)] = c = new int[2];
            c[0]++;
            if (right) c[1]++;
        }

        public void Entities(Gold g, List<PredEntity> pe)
        {
            foreach (var t in new[] { "ORG", "PERSON" })
            {
                var gl = g.Entities.Where(e => e.Type == t).ToList();
                var pl = pe.Where(p => p.Type == t).ToList();
                var used = new HashSet<int>();
                foreach (var p in pl)
                {
                    var hashes = p.Forms.Select(Hash).ToHashSet();
                    int hit = -1;
                    for (int i = 0; i < gl.Count; i++)
                        if (!used.Contains(i) && gl[i].Forms.Overlaps(hashes)) { hit = i; break; }
                    if (hit >= 0) { used.Add(hit); _counts[t][0]++; }
                    else _falseHits.Add(new EvalItem(g.Id, t, p.Name, string.Join(", ", p.Rules.OrderBy(x => x, StringComparer.Ordinal))));
                    foreach (var rule in p.Rules) Rule(t, rule, hit >= 0);
                }
                _counts[t][1] += pl.Count;
                _counts[t][2] += gl.Count;
                for (int i = 0; i < gl.Count; i++)
                    if (!used.Contains(i)) _misses.Add(new EvalItem(g.Id, t, gl[i].Name, ""));
            }
        }

        public void Numbers(Gold g, List<PredNumber> pn)
        {
            foreach (var n in g.Numbers)
            {
                if (n.Kind is not ("money" or "percent")) continue;
                _counts[n.Kind][2]++;
                var p = pn.FirstOrDefault(p => !p.Used && p.Kind == n.Kind && Math.Abs(p.Value - n.Value) <= 1e-6 * Math.Max(1, Math.Abs(n.Value))
                    && (n.Kind == "percent" || p.Unit == n.Unit.ToUpperInvariant()));
                if (p != null)
                {
                    p.Used = true;
                    _counts[n.Kind][0]++;
                }
                else _misses.Add(new EvalItem(g.Id, n.Kind, n.Text, string.Create(Inv, $"{n.Value} {n.Unit}")));
            }
            foreach (var k in new[] { "money", "percent" })
                _counts[k][1] += pn.Count(p => p.Kind == k);
            foreach (var p in pn)
            {
                Rule(p.Kind, p.Rule, p.Used);
                if (!p.Used) _falseHits.Add(new EvalItem(g.Id, p.Kind, p.Text, string.Create(Inv, $"{p.Value} {p.Unit}; {p.Rule}")));
            }
        }

        public void Quotes(Gold g, List<IReadOnlyDictionary<string, string>> pq)
        {
            var entityOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < g.Entities.Count; i++)
                foreach (var f in g.Entities[i].Forms) entityOf.TryAdd(f, i);
            var usedQ = new HashSet<int>();
            foreach (var q in pq)
            {
                string text = q.Get("quote").Length > 0 ? q.Get("quote") : q.Get("text");
                var toks = Tokens(text).Select(Hash).ToList();
                double best = 0;
                int bi = -1;
                for (int i = 0; i < g.Quotes.Count; i++)
                {
                    if (usedQ.Contains(i)) continue;
                    double s = TokenF1(g.Quotes[i].Tokens, toks);
                    if (s > best) { best = s; bi = i; }
                }
                string rule = q.Get("rule");
                if (bi >= 0 && best >= 0.5 && g.Quotes[bi].Optional) { usedQ.Add(bi); _optionalHits++; continue; }
                if (bi >= 0 && best >= 0.5)
                {
                    usedQ.Add(bi);
                    _counts["quote"][0]++;
                    Speaker(g, q, g.Quotes[bi], entityOf, text, rule);
                    Rule("quote", rule, true);
                }
                else
                {
                    Rule("quote", rule, false);
                    _falseHits.Add(new EvalItem(g.Id, "quote", Short(text), rule));
                }
            }
            for (int i = 0; i < g.Quotes.Count; i++)
                if (!usedQ.Contains(i) && !g.Quotes[i].Optional) _misses.Add(new EvalItem(g.Id, "quote", Short(g.Quotes[i].Text), g.Quotes[i].SpeakerName));
            _counts["quote"][1] += pq.Count;
            _counts["quote"][2] += g.Quotes.Count(x => !x.Optional);
        }

        private void Speaker(Gold g, IReadOnlyDictionary<string, string> q, GoldQuote gq, Dictionary<string, int> entityOf, string text, string rule)
        {
            if (gq.Speaker == null) return;
            _speakerN++;
            string ps = Norm(q.Get("speaker"));
            bool right = ps.Length > 0 && (Hash(ps) == gq.Speaker || Hash(ps.Split(' ')[^1]) == gq.SpeakerLast
                || (entityOf.TryGetValue(Hash(ps), out int a) && entityOf.TryGetValue(gq.Speaker, out int b) && a == b));
            if (right) _speakerOk++;
            else _wrongSpeakers.Add(new EvalItem(g.Id, "speaker", Short(text), $"gold {gq.SpeakerName}, found '{q.Get("speaker")}' by {rule}"));
        }

        public EvalReport Report(int articles)
        {
            _counts["quote"][1] -= _optionalHits;
            return new EvalReport
            {
                Articles = articles,
                Types = TypeNames.ToDictionary(t => t, t => new Prf(_counts[t][0], _counts[t][1], _counts[t][2])),
                SpeakerTotal = _speakerN,
                SpeakerRight = _speakerOk,
                Rules = _rules.Select(kv => new RuleFigure(kv.Key.Item1, kv.Key.Item2, kv.Value[0], kv.Value[1]))
                    .OrderBy(r => System.Array.IndexOf(TypeNames, r.Layer)).ThenBy(r => r.Rule, StringComparer.Ordinal).ToList(),
                Misses = _misses,
                FalseHits = _falseHits,
                WrongSpeakers = _wrongSpeakers,
            };
        }
    }

    private static string Short(string s) => s.Length <= 80 ? s : s[..77] + "...";

    /// <summary>The report as JSON in the shape of the reference scorer's --json output.</summary>
    public static string ToJson(EvalReport report)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteNumber("articles", report.Articles);
            foreach (var t in TypeNames)
            {
                var p = report.Types[t];
                w.WriteStartObject(t);
                w.WriteNumber("p", p.Precision);
                w.WriteNumber("r", p.Recall);
                w.WriteNumber("f1", p.F1);
                w.WriteNumber("gold", p.Gold);
                w.WriteNumber("pred", p.Predicted);
                w.WriteEndObject();
            }
            if (report.SpeakerAccuracy is { } acc) w.WriteNumber("speaker_acc", acc);
            else w.WriteNull("speaker_acc");
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
