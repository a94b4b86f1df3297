using System.Globalization;
using FinExtract.Pipeline;

namespace FinExtract.Cli;

/// <summary>The actions behind the commands: argument checks, calls into the library, printing.</summary>
public static partial class Commands
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Loads the pipeline named by --config, ./pipeline.json, or the built-in default.</summary>
    public static LoadedPipeline LoadPipeline(string? configPath)
    {
        if (configPath != null) return ConfigLoader.LoadFile(configPath);
        if (File.Exists("pipeline.json")) return ConfigLoader.LoadFile("pipeline.json");
        return ConfigLoader.Load(DefaultConfig, "(built-in default)", Directory.GetCurrentDirectory());
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
            pipeline = LoadPipeline(configPath);
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
            s = BatchRunner.Run(new RunOptions { Input = input, OutputDirectory = outDir, Pipeline = pipeline, Threads = threads, Progress = progress, Resume = resume, Note = stderr.WriteLine });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            progress?.Finish();
            stderr.WriteLine($"error: {e.Message}");
            return Program.ExitInternal;
        }
        progress?.Finish();
        stdout.WriteLine($"{s.Inputs} input(s): {s.Articles} article(s), {s.Failed} failed{(s.Reused > 0 ? $", {s.Reused} kept from the earlier run" : "")}, in {s.Elapsed.TotalSeconds.ToString("0.00", Inv)} s ({(s.Elapsed.TotalSeconds > 0 ? s.Inputs / s.Elapsed.TotalSeconds : 0).ToString("0.0", Inv)} pages/s, {threads} thread(s))");
        foreach (var (code, n) in s.FailuresByCode) stdout.WriteLine($"  {code}: {n}");
        stdout.WriteLine("time per stage: " + string.Join(", ", s.StageTimes.Select(t => $"{t.Stage} {t.Time.TotalMilliseconds.ToString("0", Inv)} ms")));
        foreach (var f in s.OutputFiles) stdout.WriteLine($"wrote {f}");
        return s.Failed > 0 ? Program.ExitSomeFailed : Program.ExitOk;
    }

    /// <summary>finextract validate.</summary>
    public static int Validate(string? configPath, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var p = LoadPipeline(configPath);
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
        try { pipeline = LoadPipeline(configPath); }
        catch (ConfigException e) { stderr.WriteLine(e.Message); return Program.ExitBadConfig; }
        stdout.Write(Explainer.Explain(file, pipeline));
        return Program.ExitOk;
    }

    /// <summary>finextract test-rules.</summary>
    public static int TestRules(string[] files, TextWriter stdout, TextWriter stderr)
    {
        if (files.Length == 0)
        {
            string dir = Path.Combine("src", "FinExtract", "Resources", "rules");
            if (!Directory.Exists(dir)) dir = Path.Combine(AppContext.BaseDirectory, "Resources", "rules");
            files = Directory.Exists(dir) ? Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray() : files;
        }
        if (files.Length == 0) { stderr.WriteLine("error: no rule files given or found"); return Program.ExitBadConfig; }
        var errors = new List<ConfigError>();
        var set = FinExtract.Rules.RuleSet.Load(files, TimeSpan.FromMilliseconds(200), errors);
        foreach (var e in errors) stderr.WriteLine(e);
        if (errors.Count > 0) return Program.ExitBadConfig;
        var failures = FinExtract.Rules.RuleTester.Run(set);
        foreach (var f in failures) stdout.WriteLine(f);
        int examples = set.Rules.Sum(r => r.MustMatch.Count + r.MustNotMatch.Count);
        stdout.WriteLine($"{set.Rules.Count} rule(s) in {files.Length} file(s), {examples} example(s): {failures.Count} failure(s)");
        return failures.Count > 0 ? Program.ExitSomeFailed : Program.ExitOk;
    }

    /// <summary>finextract train.</summary>
    public static int Train(string task, string corpus, string output, TextWriter stdout, TextWriter stderr)
    {
        if (task is not ("entity-types" or "number-roles" or "quote-kinds")) { stderr.WriteLine($"error: unknown task '{task}'; known: entity-types, number-roles, quote-kinds"); return Program.ExitBadConfig; }
        if (!File.Exists(corpus)) { stderr.WriteLine($"error: corpus '{corpus}' not found"); return Program.ExitBadConfig; }
        FinExtract.Learning.ModelCard? card;
        try { card = TrainModel(task, corpus, output, stderr); }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or KeyNotFoundException or IOException or InvalidOperationException)
        {
            stderr.WriteLine($"error: {corpus}: {e.Message}");
            return Program.ExitBadConfig;
        }
        if (card == null) return Program.ExitBadConfig;
        stdout.WriteLine($"trained {card.Model} v{card.Version} on {card.TrainExamples} examples, held out {card.TestExamples}: micro accuracy {card.MicroAccuracy.ToString("0.000", Inv)}, macro {card.MacroAccuracy.ToString("0.000", Inv)}");
        stdout.WriteLine("held-out recall per class: " + string.Join(", ", card.PerClassRecall.Select(kv => $"{kv.Key} {kv.Value.ToString("0.000", Inv)}")));
        if (card.CrossValidation is { } cv)
            stdout.WriteLine($"{cv.Folds}-fold cross-validation on the training documents (grouped by {cv.GroupedBy}): micro accuracy {cv.MicroAccuracyMean.ToString("0.000", Inv)} ± {cv.MicroAccuracySd.ToString("0.000", Inv)}, macro {cv.MacroAccuracyMean.ToString("0.000", Inv)} ± {cv.MacroAccuracySd.ToString("0.000", Inv)}");
        stdout.WriteLine($"wrote {output} and {Path.ChangeExtension(output, ".card.json")}");
        return Program.ExitOk;
    }

    private static FinExtract.Learning.ModelCard? TrainModel(string task, string corpus, string output, TextWriter stderr)
    {
        FinExtract.Learning.ModelCard? card;
        if (task == "number-roles")
        {
            // The corpus is read with the shipped currency table, so training sees what the stage sees.
            var errors = new List<ConfigError>();
            var cur = FinExtract.Numbers.Currencies.Load(new[] { Path.Combine(ShippedGazetteers(corpus), "currencies.tsv") }, errors);
            if (errors.Count > 0) { foreach (var e in errors) stderr.WriteLine(e); return null; }
            var rows = FinExtract.Numbers.NumberRoleCorpus.Read(corpus, new FinExtract.Numbers.NumberRecognizer(cur));
            card = FinExtract.Learning.NumberRoleModel.Train(rows, corpus, output);
        }
        else if (task == "quote-kinds") card = FinExtract.Learning.QuoteKindModel.Train(corpus, output);
        else
        {
            // Trained with the shipped gazetteers, which the stage passes at prediction: a neighbour they name is a feature.
            string dir = ShippedGazetteers(corpus);
            var files = new[] { "companies.tsv", "organisations.tsv", "places.tsv", "people.tsv" }.Select(f => Path.Combine(dir, f)).ToList();
            var errors = new List<ConfigError>();
            var gazetteer = FinExtract.Entities.Gazetteer.Load(files, errors);
            if (errors.Count > 0) { foreach (var e in errors) stderr.WriteLine(e); return null; }
            card = FinExtract.Learning.EntityTypeModel.Train(corpus, output, gazetteer);
        }
        return card;
    }

    /// <summary>
    /// The shipped gazetteer folder that training reads, as the stages do: found from the corpus
    /// (samples/corpus/ is two levels under the repository), else from the working folder.
    /// </summary>
    private static string ShippedGazetteers(string corpus)
    {
        string dir = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(corpus))!, "..", "..", "src", "FinExtract", "Resources", "gazetteers");
        return Directory.Exists(dir) ? dir : Path.Combine("src", "FinExtract", "Resources", "gazetteers");
    }

    /// <summary>finextract bench.</summary>
    public static int Bench(string input, string? configPath, int passes, TextWriter stdout, TextWriter stderr)
    {
        LoadedPipeline pipeline;
        try { pipeline = LoadPipeline(configPath); }
        catch (ConfigException e) { stderr.WriteLine(e.Message); return Program.ExitBadConfig; }
        if (!Directory.Exists(input) && !File.Exists(input)) { stderr.WriteLine($"error: input '{input}' not found"); return Program.ExitBadConfig; }
        var results = FinExtract.Pipeline.Bench.Run(input, pipeline, Math.Max(1, passes));
        stdout.WriteLine($"single thread, median of {Math.Max(1, passes)} timed pass(es) after two warm-up passes, {Environment.ProcessorCount} core(s), .NET {Environment.Version}");
        foreach (var r in results)
        {
            stdout.WriteLine($"  {r.Name,-40} {r.PagesPerSecond.ToString("0.0", Inv),8} pages/s median pass, best {r.BestPagesPerSecond.ToString("0.0", Inv)}  ({r.PagesPerPass} pages a pass)");
            stdout.WriteLine($"    garbage collection: {(100 * r.Gc.PauseShare).ToString("0", Inv)}% of the time paused; {r.Gc.Gen0}/{r.Gc.Gen1}/{r.Gc.Gen2} gen0/1/2 collections in the timed passes");
            if (r.StageMsPerPage.Count > 0)
                stdout.WriteLine("    ms per page by stage: " + string.Join(", ", r.StageMsPerPage.Select(t => $"{t.Stage} {t.MsPerPage.ToString("0.00", Inv)}")));
            if (r.RuleMsPerPage.Count > 0)
                stdout.WriteLine("    slowest rules, ms per page over the whole body: " + string.Join(", ", r.RuleMsPerPage.Take(6).Select(t => $"{t.Rule} {t.MsPerPage.ToString("0.000", Inv)}")));
        }
        if (results.Count >= 2 && results[0].PagesPerSecond > 0)
            stdout.WriteLine($"  pipeline keeps {(100 * results[1].PagesPerSecond / results[0].PagesPerSecond).ToString("0", Inv)}% of the parse-only rate");
        return Program.ExitOk;
    }
}
