using System.Globalization;
using FinExtract.Pipeline;

namespace FinExtract.Cli;

/// <summary>The actions behind the commands: argument checks, calls into the library, printing.</summary>
public static partial class Commands
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// Loads the pipeline named by --config; without it, ./pipeline.json, then the pipeline.json of the
    /// tool's own checkout (the nearest one in the folders above the built tool), so the full shipped
    /// pipeline runs from any working folder. Only when neither exists does the built-in scrape-only
    /// pipeline run, and then with a warning. Every command that loads a pipeline says which file it uses.
    /// </summary>
    public static LoadedPipeline LoadPipeline(string? configPath, TextWriter? stderr = null)
    {
        string? path = configPath ?? FindDefaultConfig();
        if (path == null)
        {
            stderr?.WriteLine("warning: no pipeline.json here or beside the tool; using the built-in scrape-only pipeline (no entities, numbers or quotes)");
            return ConfigLoader.Load(DefaultConfig, "(built-in default)", Directory.GetCurrentDirectory());
        }
        stderr?.WriteLine($"pipeline: {Path.GetFullPath(path)}");
        return ConfigLoader.LoadFile(path);
    }

    /// <summary>./pipeline.json, else the nearest pipeline.json in the folders above the tool's own.</summary>
    public static string? FindDefaultConfig()
    {
        if (File.Exists("pipeline.json")) return "pipeline.json";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "pipeline.json");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The configuration used when no pipeline.json is found: scraping only.</summary>
    public const string DefaultConfig = "{ \"version\": 1, \"stages\": [ { \"name\": \"scrape\" } ] }";

    /// <summary>finextract run.</summary>
    public static int Run(string input, string outDir, string? configPath, int threads, bool quiet, TextWriter stdout, TextWriter stderr, bool resume = false)
    {
        if (threads < 1 || threads > 256)
        {
            stderr.WriteLine($"error: --threads must be from 1 to 256 (got {threads})");
            return Program.ExitBadConfig;
        }
        if (!File.Exists(input) && !Directory.Exists(input))
        {
            stderr.WriteLine($"error: input '{input}' is neither a file nor a folder");
            return Program.ExitBadConfig;
        }
        LoadedPipeline pipeline;
        try
        {
            pipeline = LoadPipeline(configPath, stderr);
        }
        catch (ConfigException e)
        {
            stderr.WriteLine(e.Message);
            return Program.ExitBadConfig;
        }
        var progress = quiet ? null : new ConsoleProgress(stderr);
        RunSummary s;
        try
        {
            s = BatchRunner.Run(new RunOptions { Input = input, OutputDirectory = outDir, Pipeline = pipeline, Threads = threads,
                Progress = progress, Resume = resume, Note = stderr.WriteLine });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            progress?.Finish();
            stderr.WriteLine($"error: {e.Message}");
            return Program.ExitInternal;
        }
        progress?.Finish();
        WriteSummary(s, outDir, threads, stdout);
        stdout.WriteLine("time per stage: " + string.Join(", ", s.StageTimes.Select(t => $"{t.Stage} {t.Time.TotalMilliseconds.ToString("0", Inv)} ms")));
        foreach (var f in s.OutputFiles) stdout.WriteLine($"wrote {f}");
        return s.Failed > 0 ? Program.ExitSomeFailed : Program.ExitOk;
    }

    private static void WriteSummary(RunSummary s, string outDir, int threads, TextWriter stdout)
    {
        double rate = s.Elapsed.TotalSeconds > 0 ? s.Inputs / s.Elapsed.TotalSeconds : 0;
        stdout.WriteLine($"{s.Inputs} input(s): {s.Articles} article(s), {s.Skipped} skipped (no article), {s.Failed} failed"
            + $"{(s.Reused > 0 ? $", {s.Reused} kept from the earlier run" : "")}, in {s.Elapsed.TotalSeconds.ToString("0.00", Inv)} s"
            + $" ({rate.ToString("0.0", Inv)} pages/s, {threads} thread(s))");
        foreach (var (code, n) in s.FailuresByCode)
            stdout.WriteLine($"  {code}: {n}{(ErrorCodes.IsSkip(code) ? " (skipped)" : "")}");
        if (s.Skipped + s.Failed > 0) stdout.WriteLine($"  reasons per file: {Path.Combine(outDir, "errors.csv")}");
        foreach (var f in s.FailedFiles.Take(20)) stdout.WriteLine($"  failed: {f}");
        if (s.FailedFiles.Count > 20) stdout.WriteLine($"  failed: ... and {s.FailedFiles.Count - 20} more (see errors.csv)");
    }

    /// <summary>finextract validate.</summary>
    public static int Validate(string? configPath, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var p = LoadPipeline(configPath, stderr);
            stdout.WriteLine($"{p.Config.SourcePath}: valid; stages: {string.Join(" -> ", p.Stages.Select(s => s.Name))}");
            return Program.ExitOk;
        }
        catch (ConfigException e)
        {
            stderr.WriteLine(e.Message);
            return Program.ExitBadConfig;
        }
    }

    /// <summary>finextract explain.</summary>
    public static int Explain(string file, string? configPath, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file)) { stderr.WriteLine($"error: '{file}' is not a file"); return Program.ExitBadConfig; }
        LoadedPipeline pipeline;
        try { pipeline = LoadPipeline(configPath, stderr); }
        catch (ConfigException e) { stderr.WriteLine(e.Message); return Program.ExitBadConfig; }
        stdout.Write(Explainer.Explain(file, pipeline));
        return Program.ExitOk;
    }

    /// <summary>
    /// finextract test-rules: the rule files given, or else those the pipeline names (--config, or the
    /// default pipeline.json as for run), each checked against the labels of the stage that reads it.
    /// </summary>
    public static int TestRules(string[] files, string? configPath, TextWriter stdout, TextWriter stderr)
    {
        List<(string File, IReadOnlyList<string> Labels)> plan;
        try { plan = RuleFilesToTest(files, configPath, stderr); }
        catch (ConfigException e) { stderr.WriteLine(e.Message); return Program.ExitBadConfig; }
        if (plan.Count == 0) { stderr.WriteLine("error: no rule files given, and the pipeline names none"); return Program.ExitBadConfig; }
        var errors = new List<ConfigError>();
        var rules = new List<FinExtract.Rules.Rule>();
        foreach (var group in plan.GroupBy(p => p.Labels))
            rules.AddRange(FinExtract.Rules.RuleSet.Load(group.Select(g => g.File), TimeSpan.FromMilliseconds(200), errors, group.Key).Rules);
        foreach (var e in errors) stderr.WriteLine(e);
        if (errors.Count > 0) return Program.ExitBadConfig;
        var set = new FinExtract.Rules.RuleSet(rules);
        var failures = FinExtract.Rules.RuleTester.Run(set);
        foreach (var f in failures) stdout.WriteLine(f);
        int examples = set.Rules.Sum(r => r.MustMatch.Count + r.MustNotMatch.Count);
        stdout.WriteLine($"{set.Rules.Count} rule(s) in {plan.Count} file(s), {examples} example(s): {failures.Count} failure(s)");
        return failures.Count > 0 ? Program.ExitSomeFailed : Program.ExitOk;
    }

    /// <summary>
    /// Rule files with the labels valid in them: a file the pipeline reads as number-role rules takes role
    /// labels, any other takes entity labels (a file given by hand whose ids all start "roles." is a role file).
    /// </summary>
    private static List<(string File, IReadOnlyList<string> Labels)> RuleFilesToTest(string[] files, string? configPath, TextWriter stderr)
    {
        var roleFiles = new HashSet<string>(StringComparer.Ordinal);
        var entityFiles = new List<string>();
        LoadedPipeline? pipeline = null;
        if (files.Length == 0 || configPath != null) pipeline = LoadPipeline(configPath, stderr);
        if (pipeline != null)
            foreach (var st in pipeline.Config.Stages)
            {
                foreach (var (key, set) in new[] { ("rules", (ICollection<string>)entityFiles), ("roleRules", roleFiles) })
                    if (st.Options.TryGetProperty(key, out var list) && list.ValueKind == System.Text.Json.JsonValueKind.Array)
                        foreach (var f in list.EnumerateArray())
                            set.Add(ConfigLoader.ResolvePath(pipeline.Config, f.GetString() ?? ""));
            }
        var chosen = files.Length > 0 ? files.Select(Path.GetFullPath).ToList() : entityFiles.Concat(roleFiles.Order(StringComparer.Ordinal)).ToList();
        return chosen.Select(f => (f, roleFiles.Contains(f) || IsRoleFile(f) ? FinExtract.Rules.RuleSet.RoleLabels : FinExtract.Rules.RuleSet.EntityLabels))
            .ToList();
    }

    private static bool IsRoleFile(string file)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file),
                new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!doc.RootElement.TryGetProperty("rules", out var rules) || rules.ValueKind != System.Text.Json.JsonValueKind.Array) return false;
            var ids = rules.EnumerateArray().Select(r => r.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "").ToList();
            return ids.Count > 0 && ids.All(i => i.StartsWith("roles.", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return false; // the loader reports the file's problem with its place
        }
    }

    /// <summary>finextract train.</summary>
    public static int Train(string task, string corpus, string output, TextWriter stdout, TextWriter stderr)
    {
        if (task is not "quote-kinds") { stderr.WriteLine($"error: unknown task '{task}'; known: " +
            $"entities, clusters, topics, quote-kinds"); return Program.ExitBadConfig; }
        if (!File.Exists(corpus)) { stderr.WriteLine($"error: corpus '{corpus}' not found"); return Program.ExitBadConfig; }
        FinExtract.Learning.ModelCard? card;
        try { card = FinExtract.Learning.QuoteKindModel.Train(corpus, output); }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or KeyNotFoundException or IOException
            or InvalidOperationException)
        {
            stderr.WriteLine($"error: {corpus}: {e.Message}");
            return Program.ExitBadConfig;
        }
        if (card == null) return Program.ExitBadConfig;
        stdout.WriteLine($"trained {card.Model} v{card.Version} on {card.TrainExamples} examples, held out {card.TestExamples}: micro " +
            $"accuracy {card.MicroAccuracy.ToString("0.000", Inv)}, macro {card.MacroAccuracy.ToString("0.000", Inv)}");
        stdout.WriteLine("held-out recall per class: " + string.Join(", ", card.PerClassRecall.Select(kv => $"{kv.Key} {kv.Value.ToString("0.000", Inv)}")));
        if (card.CrossValidation is { } cv)
            stdout.WriteLine($"{cv.Folds}-fold cross-validation on the training documents (grouped by {cv.GroupedBy}): micro " +
            $"accuracy {cv.MicroAccuracyMean.ToString("0.000", Inv)} ± {cv.MicroAccuracySd.ToString("0.000",
            Inv)}, macro {cv.MacroAccuracyMean.ToString("0.000", Inv)} ± {cv.MacroAccuracySd.ToString("0.000", Inv)}");
        stdout.WriteLine($"wrote {output} and {Path.ChangeExtension(output, ".card.json")}");
        return Program.ExitOk;
    }

    /// <summary>The ratios the speed issue sets bars on: parse rate kept on 1 and 2 threads, and what the second thread adds.</summary>
    private static void WriteRatios(IReadOnlyList<FinExtract.Pipeline.BenchResult> results, TextWriter stdout)
    {
        double Rate(string name) => results.FirstOrDefault(r => r.Name.StartsWith(name, StringComparison.Ordinal))?.PagesPerSecond ?? 0;
        double parse1 = Rate("anglesharp-parse"), parse2 = Rate("anglesharp-parse, 2"), pipe2 = Rate("pipeline, 2"), pipe1 = Rate("pipeline (");
        string Pct(double a, double b) => b > 0 ? (100 * a / b).ToString("0", Inv) + "%" : "-";
        string Times(double a, double b) => b > 0 ? (a / b).ToString("0.00", Inv) + "x" : "-";
        stdout.WriteLine($"  pipeline keeps {Pct(pipe1, parse1)} of the parse-only rate on 1 thread, {Pct(pipe2, parse2)} on 2; "
            + $"1 -> 2 threads: pipeline {Times(pipe2, pipe1)}, parse {Times(parse2, parse1)}");
    }

    /// <summary>finextract bench.</summary>
    public static int Bench(string input, string? configPath, int passes, TextWriter stdout, TextWriter stderr, int startupRuns = 5)
    {
        LoadedPipeline pipeline;
        var load = System.Diagnostics.Stopwatch.StartNew();
        try { pipeline = LoadPipeline(configPath, stderr); }
        catch (ConfigException e) { stderr.WriteLine(e.Message); return Program.ExitBadConfig; }
        load.Stop();
        if (!Directory.Exists(input) && !File.Exists(input)) { stderr.WriteLine($"error: input '{input}' not found"); return Program.ExitBadConfig; }
        var results = FinExtract.Pipeline.Bench.Run(input, pipeline, Math.Max(1, passes));
        stdout.WriteLine($"start-up: the pipeline (rules, gazetteers, word lists, models) loaded in {load.Elapsed.TotalMilliseconds.ToString("0", Inv)} ms");
        stdout.WriteLine($"one thread, then two; median of {Math.Max(1,
            passes)} timed pass(es) after two warm-up passes, {Environment.ProcessorCount} core(s), .NET {Environment.Version}");
        foreach (var r in results)
        {
            stdout.WriteLine($"  {r.Name,-40} {r.PagesPerSecond.ToString("0.0", Inv),
                8} pages/s median pass, best {r.BestPagesPerSecond.ToString("0.0", Inv)}  ({r.PagesPerPass} pages a pass)");
            stdout.WriteLine($"    garbage collection: {(100 * r.Gc.PauseShare)
                .ToString("0", Inv)}% of the time paused; {r.Gc.Gen0}/{r.Gc.Gen1}/{r.Gc.Gen2} gen0/1/2 collections in the timed passes");
            if (r.StageMsPerPage.Count > 0)
                stdout.WriteLine("    ms per page by stage: "
                + string.Join(", ", r.StageMsPerPage.Select(t => $"{t.Stage} {t.MsPerPage.ToString("0.00", Inv)}")));
            if (r.StageKbPerPage.Count > 0)
                stdout.WriteLine("    KB allocated per page by stage: "
                + string.Join(", ", r.StageKbPerPage.Select(t => $"{t.Stage} {t.KbPerPage.ToString("0", Inv)}")));
            if (r.RuleMsPerPage.Count > 0)
                stdout.WriteLine("    slowest rules, ms per page over the whole body: "
                + string.Join(", ", r.RuleMsPerPage.Take(6).Select(t => $"{t.Rule} {t.MsPerPage.ToString("0.000", Inv)}")));
        }
        WriteRatios(results, stdout);
        // The built-in default config has no file to hand the child process.
        if (startupRuns < 1 || !File.Exists(pipeline.Config.SourcePath)) return Program.ExitOk;
        if (StartupBench.OnePageRunSeconds(input, pipeline, startupRuns, stderr) is double seconds)
            stdout.WriteLine(StartupBench.Describe(seconds, startupRuns));
        return Program.ExitOk;
    }
}
