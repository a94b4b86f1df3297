namespace FinExtract.Evaluation;

/// <summary>How a row differs between two runs.</summary>
public enum ChangeKind
{
    /// <summary>Only in the second run.</summary>
    Added,
    /// <summary>Only in the first run.</summary>
    Removed,
    /// <summary>In both, at the same place, with other values.</summary>
    Changed,
}

/// <summary>One row that differs: its table, article, place in the body, the rule, what changed and the text around it.</summary>
public sealed record RowChange(string Table, ChangeKind Kind, string ArticleId, int Start, int End, string Rule, string Summary, string Context);

/// <summary>What a config or rule change did: every differing row, by table, article and rule.</summary>
public sealed class RunDiffResult
{
    /// <summary>The differing rows, by article, table and place.</summary>
    public required IReadOnlyList<RowChange> Changes { get; init; }
    /// <summary>Articles only in the first run.</summary>
    public required IReadOnlyList<string> ArticlesRemoved { get; init; }
    /// <summary>Articles only in the second run.</summary>
    public required IReadOnlyList<string> ArticlesAdded { get; init; }
    /// <summary>Rows per table in each run.</summary>
    public required IReadOnlyDictionary<string, (int A, int B)> RowCounts { get; init; }
}

/// <summary>
/// Compares two run folders table by table. A row is identified by its article and its place in the body
/// (start, end); a row at the same place with other values is "changed", listing the columns that differ.
/// Entity ids are left out of the comparison: they are numbered per article and shift when a mention comes or goes.
/// </summary>
public static class RunDiff
{
    private sealed record TableSpec(string Name, string[] Compare, Func<IReadOnlyDictionary<string, string>, string> Describe);

    private static readonly TableSpec[] Tables =
    {
        new("entities", new[] { "type", "name", "ticker", "exchange", "role", "affiliation", "rule", "confidence" },
            r => $"{r.Get("type")} \"{r.Get("mention")}\" -> {r.Get("name")}{(r.Get("ticker").Length > 0 ? $" ({r.Get("ticker")})" : "")}"),
        new("numbers", new[] { "text", "kind", "value", "unit", "role", "role_source", "subject_name", "rule", "confidence" },
            r => $"{r.Get("kind")} \"{r.Get("text")}\" = {r.Get("value")} {r.Get("unit")}{(r.Get("role").Length > 0 ? $", role {r.Get("role")}" : "")}"),
        new("moves", new[] { "name", "ticker", "direction", "percent", "price", "currency", "period", "rule", "confidence" },
            r => $"{r.Get("name")} {r.Get("direction")} {r.Get("percent")}% at {r.Get("price")} {r.Get("currency")}"),
        new("quotes", new[] { "quote", "speaker", "cue", "rule", "confidence" },
            r => $"\"{Short(r.Get("quote"), 60)}\" -> {(r.Get("speaker").Length > 0 ? r.Get("speaker") : "(no speaker)")}{(r.Get("cue").Length > 0
            ? $", {r.Get("cue")}" : "")}"),
    };

    private static readonly string[] ArticleColumns = { "title", "author", "agency", "published", "modified", "site", "section", "language", "body" };

    /// <summary>Compares run <paramref name="dirA"/> with run <paramref name="dirB"/>.</summary>
    public static RunDiffResult Compare(string dirA, string dirB)
    {
        foreach (var d in new[] { dirA, dirB })
            if (!Directory.Exists(d)) throw new DirectoryNotFoundException($"run folder '{d}' not found");
        if (!File.Exists(Path.Combine(dirA, "articles.csv")) && !File.Exists(Path.Combine(dirB, "articles.csv")))
            throw new InvalidDataException($"neither '{dirA}' nor '{dirB}' holds articles.csv: are these run folders?");
        var articlesA = RunTable.Read(Path.Combine(dirA, "articles.csv")).Rows.ToDictionary(r => r.Get("article_id"), StringComparer.Ordinal);
        var articlesB = RunTable.Read(Path.Combine(dirB, "articles.csv")).Rows.ToDictionary(r => r.Get("article_id"), StringComparer.Ordinal);
        var changes = new List<RowChange>();
        var counts = new Dictionary<string, (int, int)>(StringComparer.Ordinal);

        string ContextOf(string aid, int start, int end, bool preferA)
        {
            var row = (preferA ? articlesA.GetValueOrDefault(aid) : articlesB.GetValueOrDefault(aid)) ?? articlesA.GetValueOrDefault(aid)
                ?? articlesB.GetValueOrDefault(aid);
            string body = row?.Get("body") ?? "";
            if (start < 0 || end > body.Length || start > end) return "";
            int from = Math.Max(0, start - 40), to = Math.Min(body.Length, end + 40);
            return ((from > 0 ? "…" : "") + body[from..start] + "[" + body[start..end] + "]" + body[end..to] + (to < body.Length ? "…" : ""))
                .Replace("\r", " ").Replace('\n', ' ');
        }

        foreach (var aid in articlesA.Keys.Intersect(articlesB.Keys, StringComparer.Ordinal))
        {
            var diffs = ArticleColumns.Where(c => articlesA[aid].Get(c) != articlesB[aid].Get(c))
                .Select(c => c == "body" ? "body changed" : $"{c}: '{Short(articlesA[aid].Get(c), 40)}' -> '{Short(articlesB[aid].Get(c), 40)}'").ToList();
            if (diffs.Count > 0) changes.Add(new RowChange("articles", ChangeKind.Changed, aid, 0, 0, "", string.Join("; ", diffs), ""));
        }

        foreach (var spec in Tables)
        {
            var a = RunTable.Read(Path.Combine(dirA, spec.Name + ".csv")).Rows;
            var b = RunTable.Read(Path.Combine(dirB, spec.Name + ".csv")).Rows;
            counts[spec.Name] = (a.Count, b.Count);
            static (string, int, int) Key(IReadOnlyDictionary<string, string> r) =>
                (r.Get("article_id"), int.TryParse(r.Get("start"), out int s) ? s : -1, int.TryParse(r.Get("end"), out int e) ? e : -1);
            // Several rows can share a place (a number read twice); they pair up in file order.
            var byKeyA = a.GroupBy(Key).ToDictionary(g => g.Key, g => g.ToList());
            var byKeyB = b.GroupBy(Key).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var key in byKeyA.Keys.Union(byKeyB.Keys))
            {
                var la = byKeyA.GetValueOrDefault(key) ?? new();
                var lb = byKeyB.GetValueOrDefault(key) ?? new();
                var (aid, start, end) = key;
                for (int i = 0; i < Math.Max(la.Count, lb.Count); i++)
                {
                    if (i >= lb.Count)
                        changes.Add(new RowChange(spec.Name, ChangeKind.Removed, aid, start, end, la[i].Get("rule"), spec.Describe(la[i]),
                        ContextOf(aid, start, end, true)));
                    else if (i >= la.Count)
                        changes.Add(new RowChange(spec.Name, ChangeKind.Added, aid, start, end, lb[i].Get("rule"), spec.Describe(lb[i]),
                        ContextOf(aid, start, end, false)));
                    else
                    {
                        var cols = spec.Compare.Where(c => la[i].Get(c) != lb[i].Get(c)).ToList();
                        if (cols.Count == 0) continue;
                        string what = string.Join("; ", cols.Select(c => $"{c}: '{Short(la[i].Get(c), 40)}' -> '{Short(lb[i].Get(c), 40)}'"));
                        changes.Add(new RowChange(spec.Name, ChangeKind.Changed, aid, start, end, lb[i].Get("rule"),
                            spec.Describe(lb[i]) + " | " + what, ContextOf(aid, start, end, false)));
                    }
                }
            }
        }
        changes.Sort((x, y) =>
        {
            int c = string.CompareOrdinal(x.ArticleId, y.ArticleId);
            if (c != 0) return c;
            c = string.CompareOrdinal(x.Table, y.Table);
            if (c != 0) return c;
            c = x.Start.CompareTo(y.Start);
            return c != 0 ? c : x.Kind.CompareTo(y.Kind);
        });
        return new RunDiffResult
        {
            Changes = changes,
            ArticlesRemoved = articlesA.Keys.Except(articlesB.Keys, StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal).ToList(),
            ArticlesAdded = articlesB.Keys.Except(articlesA.Keys, StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal).ToList(),
            RowCounts = counts,
        };
    }

    private static string Short(string s, int n) => (s.Length <= n ? s : s[..(n - 3)] + "...").Replace("\r", " ").Replace('\n', ' ');
}
