using System.Globalization;
using FinExtract.Evaluation;

namespace FinExtract.Cli;

/// <summary>The inspection commands: eval, diff and report read a finished run's folder.</summary>
public static partial class Commands
{
    /// <summary>finextract eval RUN_DIR --gold GOLD_DIR [--min-f1 X] [--json].</summary>
    public static int Eval(string runDir, string goldDir, double? minF1, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!IsRun(runDir, stderr)) return Program.ExitBadConfig;
        EvalReport report;
        try { report = GoldEvaluator.Evaluate(runDir, goldDir); }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException or IOException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return Program.ExitBadConfig;
        }
        if (report.Articles == 0) { stderr.WriteLine($"error: no *.gold.json files in '{goldDir}'"); return Program.ExitBadConfig; }
        if (json) stdout.WriteLine(GoldEvaluator.ToJson(report));
        else WriteEval(report, stdout);
        if (minF1 is { } floor)
        {
            var under = GoldEvaluator.TypeNames.Where(t => report.Types[t].Gold > 0 && report.Types[t].F1 < floor).ToList();
            if (under.Count > 0)
            {
                stderr.WriteLine($"FAIL: F1 under {floor.ToString("0.###", Inv)} for " + string.Join(", ",
                    under.Select(t => $"{t} ({report.Types[t].F1.ToString("0.000", Inv)})")));
                return Program.ExitSomeFailed;
            }
        }
        return Program.ExitOk;
    }

    private static void WriteEval(EvalReport r, TextWriter o)
    {
        o.WriteLine($"articles {r.Articles}");
        o.WriteLine($"{"type",-9} {"P",6} {"R",6} {"F1",6} {"gold",6} {"pred",6} {"right",6}");
        foreach (var t in GoldEvaluator.TypeNames)
        {
            var p = r.Types[t];
            o.WriteLine(string.Create(Inv, $"{t,-9} {p.Precision,6:0.000} {p.Recall,6:0.000} {p.F1,6:0.000} {p.Gold,6} {p.Predicted,6} {p.Correct,6}"));
        }
        o.WriteLine(r.SpeakerAccuracy is { } acc
            ? string.Create(Inv, $"speaker accuracy {acc:0.000} ({r.SpeakerRight} of {r.SpeakerTotal} matched quotes with a gold speaker)")
            : "speaker accuracy: no matched quote has a gold speaker");
        o.WriteLine();
        o.WriteLine("per rule (an entity counts for every rule among its mentions): rows, right, precision");
        foreach (var x in r.Rules)
            o.WriteLine(string.Create(Inv, $"  {x.Layer,-8} {x.Rule,-50} {x.Predicted,5} {x.Correct,5} {x.Precision,6:0.000}"));
        void List(string title, IReadOnlyList<EvalItem> items)
        {
            o.WriteLine();
            o.WriteLine($"{title} ({items.Count})");
            foreach (var i in items)
                o.WriteLine($"  {i.ArticleId}  {i.Layer,-8} \"{i.Text}\"{(i.Detail.Length > 0 ? "  " + i.Detail : "")}");
        }
        List("misses: in the gold, not found", r.Misses);
        List("false hits: found, not in the gold", r.FalseHits);
        List("wrong speakers", r.WrongSpeakers);
    }
}

/// <summary>What every command that reads a run's folder checks first.</summary>
public static partial class Commands
{
    /// <summary>
    /// True when <paramref name="dir"/> is a finished run's folder (it holds articles.csv, as every run writes);
    /// otherwise says so on stderr, so a wrong folder is an error rather than a score of 0.
    /// </summary>
    public static bool IsRun(string dir, TextWriter stderr)
    {
        if (!Directory.Exists(dir))
        {
            stderr.WriteLine($"error: run folder '{dir}' does not exist");
            return false;
        }
        if (File.Exists(Path.Combine(dir, "articles.csv"))) return true;
        string why = File.Exists(Path.Combine(dir, "articles.csv.partial")) ? "its run did not finish (only .partial tables)" : "it has no articles.csv";
        stderr.WriteLine($"error: '{dir}' is not a finished run's folder: {why}; give the --out folder of a completed 'finextract run'");
        return false;
    }
}

/// <summary>finextract diff: rendering.</summary>
public static partial class Commands
{
    /// <summary>finextract diff RUN_A RUN_B: exit 0 when the runs agree, 1 when they differ.</summary>
    public static int Diff(string runA, string runB, TextWriter stdout, TextWriter stderr)
    {
        if (!IsRun(runA, stderr) || !IsRun(runB, stderr)) return Program.ExitBadConfig;
        RunDiffResult d;
        try { d = RunDiff.Compare(runA, runB); }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException or IOException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return Program.ExitBadConfig;
        }
        stdout.WriteLine($"diff {runA} -> {runB}");
        stdout.WriteLine();
        stdout.WriteLine($"{"table",-9} {"rows A",7} {"rows B",7} {"added",6} {"removed",8} {"changed",8}");
        foreach (var (table, (a, b)) in d.RowCounts)
            stdout.WriteLine($"{table,-9} {a,7} {b,7} {d.Changes.Count(c => c.Table == table && c.Kind == ChangeKind.Added),
            6} {d.Changes.Count(c => c.Table == table && c.Kind == ChangeKind.Removed),
            8} {d.Changes.Count(c => c.Table == table && c.Kind == ChangeKind.Changed),8}");
        stdout.WriteLine($"{"articles",-9} {"",7} {"",7} {d.ArticlesAdded.Count,6} {d.ArticlesRemoved.Count,
            8} {d.Changes.Count(c => c.Table == "articles"),8}");
        var byRule = d.Changes.Where(c => c.Table != "articles").GroupBy(c => (c.Table, c.Rule)).OrderBy(g => g.Key.Table, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Rule, StringComparer.Ordinal).ToList();
        if (byRule.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine("per rule (the rule of the row; for a changed row, its rule in B): added, removed, changed");
            foreach (var g in byRule)
                stdout.WriteLine($"  {g.Key.Table,-9} {(g.Key.Rule.Length > 0 ? g.Key.Rule : "(none)"),-50} {g.Count(c => c.Kind == ChangeKind.Added),
                5} {g.Count(c => c.Kind == ChangeKind.Removed),5} {g.Count(c => c.Kind == ChangeKind.Changed),5}");
        }
        foreach (var id in d.ArticlesRemoved) stdout.WriteLine($"\n== {id}: only in A");
        foreach (var id in d.ArticlesAdded) stdout.WriteLine($"\n== {id}: only in B");
        foreach (var g in d.Changes.GroupBy(c => c.ArticleId))
        {
            stdout.WriteLine();
            stdout.WriteLine($"== {g.Key} ({g.Count()} difference(s))");
            foreach (var c in g)
            {
                char sign = c.Kind switch { ChangeKind.Added => '+', ChangeKind.Removed => '-', _ => '~' };
                string place = c.Table == "articles" ? "" : $" [{c.Start}-{c.End})";
                stdout.WriteLine($"  {sign} {c.Table}{place} {c.Summary}{(c.Rule.Length > 0 ? $"  ({c.Rule})" : "")}");
                if (c.Context.Length > 0) stdout.WriteLine($"      {c.Context}");
            }
        }
        bool same = d.Changes.Count == 0 && d.ArticlesAdded.Count == 0 && d.ArticlesRemoved.Count == 0;
        stdout.WriteLine();
        stdout.WriteLine(same ? "no differences"
            : $"{d.Changes.Count} row difference(s), {d.ArticlesAdded.Count} article(s) added, {d.ArticlesRemoved.Count} removed");
        return same ? Program.ExitOk : Program.ExitSomeFailed;
    }
}

/// <summary>finextract report.</summary>
public static partial class Commands
{
    /// <summary>finextract report RUN_DIR [--out FILE]: writes one self-contained HTML page.</summary>
    public static int Report(string runDir, string? outFile, TextWriter stdout, TextWriter stderr)
    {
        if (!IsRun(runDir, stderr)) return Program.ExitBadConfig;
        string html;
        try { html = HtmlReport.Build(runDir); }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException or IOException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return Program.ExitBadConfig;
        }
        string path = outFile ?? Path.Combine(runDir, "report.html");
        try { File.WriteAllText(path, html, new System.Text.UTF8Encoding(false)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write the report to '{path}': {e.Message}");
            return Program.ExitInternal;
        }
        stdout.WriteLine($"wrote {path} ({html.Length / 1024} KiB)");
        return Program.ExitOk;
    }
}
