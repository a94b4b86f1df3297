using System.Diagnostics;
using AngleSharp.Html.Parser;
using FinExtract.Documents;
using FinExtract.Input;

namespace FinExtract.Pipeline;

/// <summary>One benchmark figure: pages per second on one thread, the median of several timed passes.</summary>
/// <param name="Name">What was timed.</param>
/// <param name="PagesPerPass">Pages in one pass.</param>
/// <param name="Passes">The time of each timed pass.</param>
public sealed record BenchResult(string Name, int PagesPerPass, IReadOnlyList<TimeSpan> Passes)
{
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
/// Steady-state single-thread throughput of the pipeline's stages over a folder of pages, next to
/// AngleSharp's parse alone as the baseline. Inputs are read into memory first, and one warm-up pass runs
/// before the timed passes, so the figures are about the stages, not the disk or the JIT.
/// </summary>
public static class Bench
{
    /// <summary>Runs the benchmark.</summary>
    public static IReadOnlyList<BenchResult> Run(string input, LoadedPipeline pipeline, int passes)
    {
        var files = InputDiscovery.Discover(input, pipeline.Config.Input.Extensions);
        var loaded = new List<(InputFile File, byte[] Bytes)>();
        foreach (var f in files)
        {
            try { loaded.Add((f, File.ReadAllBytes(f.FullPath))); }
            catch (IOException) { }
        }
        var articles = loaded.Select(x => { try { return InputLoader.FromBytes(x.File, x.Bytes); } catch (StageException) { return null; } })
            .Where(a => a != null).Cast<Article>().ToList();
        var results = new List<BenchResult>();

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        results.Add(Time("anglesharp-parse", articles.Count, passes, () =>
        {
            foreach (var a in articles) parser.ParseDocument(a.RawText).Dispose();
        }));
        var processor = new ArticleProcessor(pipeline);
        results.Add(Time("pipeline (" + string.Join("+", pipeline.Stages.Select(s => s.Name)) + ")", articles.Count, passes, () =>
        {
            foreach (var x in loaded) processor.Process(x.File);
        }));
        return results;
    }

    private static BenchResult Time(string name, int pages, int passes, Action pass)
    {
        pass(); // warm-up
        pass();
        var times = new List<TimeSpan>();
        for (int i = 0; i < passes; i++)
        {
            var sw = Stopwatch.StartNew();
            pass();
            times.Add(sw.Elapsed);
        }
        return new BenchResult(name, pages, times);
    }
}
