using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using FinExtract.Documents;
using FinExtract.Input;
using FinExtract.Pipeline;
using FinExtract.Scraping;

namespace FinExtract.Benchmarks;

/// <summary>
/// Per-stage costs over a folder of pages (FINEXTRACT_BENCH_PAGES, default samples/pages): the HTML parse
/// alone, metadata, main text, the whole scrape stage, and the depth pre-scan. Each benchmark processes
/// every page once; divide by the page count for the cost per page.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private List<string> _pages = new();
    private List<Article> _articles = new();
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });
    private readonly MainTextExtractor _extractor = new(new ScrapeOptions());
    private readonly ScrapeStage _scrape = new(new ScrapeOptions());
    private readonly LimitsConfig _limits = new();

    /// <summary>Loads the pages once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string folder = Environment.GetEnvironmentVariable("FINEXTRACT_BENCH_PAGES") ?? Paths.Samples;
        foreach (var f in InputDiscovery.Discover(folder, new[] { ".html", ".htm" }))
        {
            var bytes = File.ReadAllBytes(f.FullPath);
            _pages.Add(TextDecoder.Decode(bytes, true).Text);
            _articles.Add(InputLoader.FromBytes(f, bytes));
        }
    }

    [Benchmark(Baseline = true, Description = "AngleSharp parse")]
    public int Parse()
    {
        int n = 0;
        foreach (var p in _pages) using (var d = _parser.ParseDocument(p)) n += d.All.Length;
        return n;
    }

    [Benchmark(Description = "parse + metadata")]
    public int Metadata()
    {
        int n = 0;
        foreach (var p in _pages)
            using (var d = _parser.ParseDocument(p))
            {
                var m = new ArticleMetadata();
                MetadataExtractor.Extract(d, m);
                n += m.Title.Value.Length;
            }
        return n;
    }

    [Benchmark(Description = "parse + main text")]
    public int MainText()
    {
        int n = 0;
        foreach (var p in _pages)
            using (var d = _parser.ParseDocument(p))
                n += _extractor.Extract(d, 1000, CancellationToken.None).GoodChars;
        return n;
    }

    [Benchmark(Description = "scrape stage")]
    public int Scrape()
    {
        int n = 0;
        foreach (var a in _articles)
        {
            var copy = new Article(a.ArticleId, a.SourcePath, a.ContentHash, a.Format, a.RawText);
            try { _scrape.Process(copy, new StageContext(_limits, CancellationToken.None)); }
            catch (StageException) { }
            n += copy.Body.Length;
        }
        return n;
    }

    [Benchmark(Description = "depth pre-scan")]
    public int DepthScan()
    {
        int n = 0;
        foreach (var p in _pages) { MarkupPrefilter.Limit(p, 1000, out int d); n += d; }
        return n;
    }
}
