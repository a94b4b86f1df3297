using System.Diagnostics;
using AngleSharp.Html.Parser;
using FinExtract.Documents;
using FinExtract.Input;

namespace FinExtract.Pipeline;

/// <summary>One benchmark figure: pages per second over a number of pages on one thread.</summary>
public sealed record BenchResult(string Name, int Pages, TimeSpan Time)
{
    /// <summary>Pages per second.</summary>
    public double PagesPerSecond => Time.TotalSeconds > 0 ? Pages / Time.TotalSeconds : 0;
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
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < passes; i++) pass();
        return new BenchResult(name, pages * passes, sw.Elapsed);
    }
}
