using System.Diagnostics;
using AngleSharp.Html.Parser;
using FinExtract.Input;
using FinExtract.Rules;

namespace FinExtract.Pipeline;

/// <summary>One benchmark figure: pages per second on one thread, the median of several timed passes.</summary>
/// <param name="Name">What was timed.</param>
/// <param name="PagesPerPass">Pages in one pass.</param>
/// <param name="Passes">The time of each timed pass.</param>
public sealed record BenchResult(string Name, int PagesPerPass, IReadOnlyList<TimeSpan> Passes)
{
    /// <summary>Milliseconds per page of each rule of the pipeline's rule files, run over every body (slowest first).</summary>
    public IReadOnlyList<(string Rule, double MsPerPage)> RuleMsPerPage { get; init; } = Array.Empty<(string, double)>();

    /// <summary>Share of the timed passes the runtime spent paused for garbage collection, and gen0/1/2 collections.</summary>
    public (double PauseShare, int Gen0, int Gen1, int Gen2) Gc { get; init; }

    /// <summary>Where a pass's time went: milliseconds per page for each stage (the pipeline's row only).</summary>
    public IReadOnlyList<(string Stage, double MsPerPage)> StageMsPerPage { get; init; } = Array.Empty<(string, double)>();

    /// <summary>What each stage allocates: kilobytes per page (the pipeline's row only), the work it leaves the garbage collector.</summary>
    public IReadOnlyList<(string Stage, double KbPerPage)> StageKbPerPage { get; init; } = Array.Empty<(string, double)>();

    /// <summary>Pages per second of the median pass (a shared machine's noise moves the mean).</summary>
    public double PagesPerSecond
    {
        get
        {
            var sorted = Passes.Select(p => p.TotalSeconds).Order().ToList();
            double median = sorted[sorted.Count / 2];
            return median > 0 ? PagesPerPass / median : 0;
        }
    }

    /// <summary>Pages per second of the fastest pass.</summary>
    public double BestPagesPerSecond => PagesPerPass / Passes.Min(p => p.TotalSeconds);
}

/// <summary>
/// Steady-state throughput of the pipeline's stages over a folder of pages on one and two threads, next to
/// AngleSharp's parse alone measured the same way as the baseline: both read each file as a run does (from the page cache after
/// the warm-up passes, a .gz decompressed), and two warm-up passes run before the timed ones, so the figures are about the
/// work, not the disk or the JIT.
/// </summary>
public static class Bench
{
    /// <summary>Runs the benchmark.</summary>
    public static IReadOnlyList<BenchResult> Run(string input, LoadedPipeline pipeline, int passes)
    {
        var files = ReadablePages(input, pipeline.Config.Input);
        var results = new List<BenchResult>();

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        results.Add(Time("anglesharp-parse", files.Count, passes, () =>
        {
            foreach (var f in files) ParseOnly(parser, f, pipeline.Config.Input);
        }));
        var processor = new ArticleProcessor(pipeline);
        int passNumber = 0;
        IReadOnlyList<(string Stage, TimeSpan Time)> afterWarmUp = Array.Empty<(string, TimeSpan)>();
        IReadOnlyList<(string Stage, long Bytes)> bytesAfterWarmUp = Array.Empty<(string, long)>();
        var timed = Time("pipeline (" + string.Join("+", pipeline.Stages.Select(s => s.Name)) + ")", files.Count, passes, () =>
        {
            if (passNumber++ == 2) (afterWarmUp, bytesAfterWarmUp) = (processor.StageTimes, processor.StageAllocations); // as the timed passes start
            foreach (var f in files) processor.Process(f);
        });
        int pagesTimed = Math.Max(1, files.Count * passes);
        var stageMs = processor.StageTimes.Select(t =>
            (t.Stage, (t.Time - afterWarmUp.FirstOrDefault(w => w.Stage == t.Stage).Time).TotalMilliseconds / pagesTimed)).ToList();
        var stageKb = processor.StageAllocations.Select(t =>
            (t.Stage, (t.Bytes - bytesAfterWarmUp.FirstOrDefault(w => w.Stage == t.Stage).Bytes) / 1024.0 / pagesTimed)).ToList();
        var bodies = files.Select(f => processor.Process(f).Article?.Body).Where(b => b != null).Cast<string>().ToList();
        results.Add(timed with
        {
            StageMsPerPage = stageMs,
            StageKbPerPage = stageKb,
            RuleMsPerPage = TimeRules(pipeline.Config, bodies),
        });
        results.AddRange(TwoThreads(pipeline, files, passes));
        return results;
    }

    /// <summary>
    /// The pages both passes time: those a run reads without an error (a binary, empty or unreadable file is left out of both,
    /// so the two rates count the same pages).
    /// </summary>
    internal static List<InputFile> ReadablePages(string input, InputConfig config)
    {
        var files = new List<InputFile>();
        foreach (var f in InputDiscovery.Discover(input, config.Extensions))
        {
            if (f.ProblemCode != null) continue;
            try
            {
                InputLoader.Load(f, config);
                files.Add(f);
            }
            catch (StageException) { }
        }
        return files;
    }

    /// <summary>
    /// The baseline's work for one page, as a program that only parses would do it: the file read and decoded the way a run reads
    /// it (a .gz decompressed), parsed, and its text read out.
    /// </summary>
    private static int ParseOnly(HtmlParser parser, InputFile file, InputConfig config)
    {
        using var document = parser.ParseDocument(InputLoader.Load(file, config).RawText);
        return document.Body?.TextContent.Length ?? 0;
    }

    /// <summary>
    /// The parse alone and the whole pipeline on two threads, measured the same way (files read as a run reads them, ordered hand-off of the
    /// results as a run does, nothing written): what a second core adds, and how much of the parse rate the pipeline keeps.
    /// </summary>
    private static IEnumerable<BenchResult> TwoThreads(LoadedPipeline pipeline, List<InputFile> files, int passes)
    {
        const int threads = 2;
        yield return Time($"anglesharp-parse, {threads} threads", files.Count, passes, () =>
            BatchRunner.ProcessOrdered(files, f => ParseOnly(new HtmlParser(new HtmlParserOptions { IsScripting = false }), f, pipeline.Config.Input),
                _ => { }, threads));
        var processor = new ArticleProcessor(pipeline);
        yield return Time($"pipeline, {threads} threads", files.Count, passes, () =>
            BatchRunner.ProcessOrdered(files, f => processor.Process(f), _ => { }, threads));
    }

    /// <summary>
    /// Each rule of the rule files the stages name ("rules", "roleRules"), timed over every body: what a
    /// slow pattern costs a page. Role rules really run on a window around each number, so theirs is an
    /// upper bound.
    /// </summary>
    private static List<(string Rule, double MsPerPage)> TimeRules(PipelineConfig config, List<string> bodies)
    {
        var times = new List<(string, double)>();
        if (bodies.Count == 0) return times;
        foreach (var stage in config.Stages)
            foreach (var key in new[] { "rules", "roleRules" })
            {
                if (stage.Options.ValueKind != System.Text.Json.JsonValueKind.Object || !stage.Options.TryGetProperty(key, out var files)
                    || files.ValueKind != System.Text.Json.JsonValueKind.Array) continue;
                var paths = files.EnumerateArray().Select(f => ConfigLoader.ResolvePath(config, f.GetString() ?? "")).ToList();
                var set = RuleSet.Load(paths, Timeout.InfiniteTimeSpan, new List<ConfigError>());
                foreach (var rule in set.Rules)
                {
                    rule.Tiered.Compile(); // as a long run uses it
                    rule.Prefilter?.Compile();
                    foreach (var b in bodies) _ = RuleSet.Find(rule, b).Count(); // warm-up
                    var sw = Stopwatch.StartNew();
                    for (int rep = 0; rep < 3; rep++)
                        foreach (var b in bodies) _ = RuleSet.Find(rule, b).Count();
                    times.Add((rule.Id, sw.Elapsed.TotalMilliseconds / (3.0 * bodies.Count)));
                }
            }
        return times.OrderByDescending(t => t.Item2).ToList();
    }

    private static BenchResult Time(string name, int pages, int passes, Action pass)
    {
        pass(); // warm-up
        pass();
        var times = new List<TimeSpan>();
        var pause0 = GC.GetTotalPauseDuration();
        int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
        for (int i = 0; i < passes; i++)
        {
            var sw = Stopwatch.StartNew();
            pass();
            times.Add(sw.Elapsed);
        }
        double total = times.Sum(t => t.TotalMilliseconds);
        return new BenchResult(name, pages, times)
        {
            Gc = (total > 0 ? (GC.GetTotalPauseDuration() - pause0).TotalMilliseconds / total : 0,
                GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2),
        };
    }
}
