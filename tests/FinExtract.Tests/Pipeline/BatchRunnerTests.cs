using System.IO.Compression;
using System.Text;
using FinExtract.Pipeline;
using FinExtract.Tests.Output;

namespace FinExtract.Tests.Pipeline;

public class BatchRunnerTests
{
    private const string Good = """
        <html><head><title>Keystone beats forecasts - Example</title></head><body><article><h1>Keystone beats forecasts</h1>
        <p>Keystone Financial Group reported quarterly profit of $1.2 billion on Tuesday, well above the $1 billion analysts had expected.</p>
        <p>The shares rose 3% in New York trading after the bank also lifted its dividend by ten cents to 85 cents a share.</p>
        </article></body></html>
        """;

    private static LoadedPipeline Pipeline(string extra = "") =>
        ConfigLoader.Load("{ \"version\": 1, " + extra + " \"stages\": [ { \"name\": \"scrape\" } ] }", "test.json", ".");

    private static RunSummary Run(string input, string output, int threads = 1, string extra = "") =>
        BatchRunner.Run(new RunOptions { Input = input, OutputDirectory = output, Pipeline = Pipeline(extra), Threads = threads });

    [Fact]
    public void HostileFiles_EachBecomeOneErrorRow_AndTheGoodPageIsExtracted()
    {
        string dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "good.html"), Good);
        File.WriteAllBytes(Path.Combine(dir, "empty.html"), Array.Empty<byte>());
        File.WriteAllBytes(Path.Combine(dir, "binary.html"), new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00 });
        File.WriteAllText(Path.Combine(dir, "huge.html"), "<html><body>" + new string('x', 3_000_000) + "</body></html>");
        File.WriteAllText(Path.Combine(dir, "truncated.html"), Good[..60]);
        File.WriteAllBytes(Path.Combine(dir, "broken.html.gz"), new byte[] { 0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02 });
        File.WriteAllText(Path.Combine(dir, "ignored.pdf"), "not read");
        string outDir = TestPaths.NewTempDir();
        var s = Run(dir, outDir, threads: 2, extra: "\"input\": { \"maxFileBytes\": 1000000 },");

        Assert.Equal(6, s.Inputs);
        var articles = CsvReading.Read(Path.Combine(outDir, "articles.csv"));
        var errors = CsvReading.Read(Path.Combine(outDir, "errors.csv"));
        // The truncated page is no article, but its title is kept in a row with an empty body.
        Assert.Equal(new[] { "good", "truncated" }, articles.Select(a => a["article_id"]));
        Assert.Contains("$1.2 billion", articles[0]["body"]);
        Assert.Equal(("", "Keystone beats forecasts"), (articles[1]["body"], articles[1]["title"]));
        var codes = errors.ToDictionary(e => e["source_path"], e => e["code"]);
        Assert.Equal(ErrorCodes.InputEmpty, codes["empty.html"]);
        Assert.Equal(ErrorCodes.InputBinary, codes["binary.html"]);
        Assert.Equal(ErrorCodes.InputTooLarge, codes["huge.html"]);
        Assert.Equal(ErrorCodes.ScrapeNoArticle, codes["truncated.html"]);
        Assert.Equal(ErrorCodes.InputDecode, codes["broken.html.gz"]);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e["message"])));
        Assert.True(File.Exists(Path.Combine(outDir, "run.json")));
        Assert.False(File.Exists(Path.Combine(outDir, "articles.csv.partial")));
    }

    [Fact]
    public void GzipInput_IsRead_AndArticleIdDropsBothExtensions()
    {
        string dir = TestPaths.NewTempDir();
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        using (var fs = File.Create(Path.Combine(dir, "sub", "story.html.gz")))
        using (var gz = new GZipStream(fs, CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes(Good));
        string outDir = TestPaths.NewTempDir();
        Run(dir, outDir);
        var row = Assert.Single(CsvReading.Read(Path.Combine(outDir, "articles.csv")));
        Assert.Equal("sub/story", row["article_id"]);
        Assert.Equal("sub/story.html.gz", row["source_path"]);
    }

    [Fact]
    public void Output_IsByteIdentical_WhateverTheThreadCount()
    {
        string outA = TestPaths.NewTempDir(), outB = TestPaths.NewTempDir();
        string pages = Path.Combine(TestPaths.Samples, "pages");
        Run(pages, outA, threads: 1);
        Run(pages, outB, threads: 3);
        foreach (var f in new[] { "articles.csv", "errors.csv" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(outA, f)), File.ReadAllBytes(Path.Combine(outB, f)));
    }

    [Fact]
    public void FormulaLikeText_IsNeutralised_ButNumbersAreNot()
    {
        string dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "=cmd.html"), Good.Replace("<title>Keystone beats forecasts - Example</title>", "<title>=HYPERLINK(\"http://evil\")</title>").Replace("<h1>Keystone beats forecasts</h1>", ""));
        string outDir = TestPaths.NewTempDir();
        Run(dir, outDir);
        var row = Assert.Single(CsvReading.Read(Path.Combine(outDir, "articles.csv")));
        Assert.StartsWith("'=", row["article_id"]);
        Assert.StartsWith("'=HYPERLINK", row["title"]);
        Assert.Matches("^[0-9]+$", row["word_count"]);
    }

    [Fact]
    public void OrderedProcessing_KeepsInputOrder_AndBoundsWork()
    {
        var items = Enumerable.Range(0, 500).ToList();
        var seen = new List<int>();
        BatchRunner.ProcessOrdered(items, i => { Thread.SpinWait((500 - i) * 10); return i * 2; }, seen.Add, threads: 4);
        Assert.Equal(items.Select(i => i * 2), seen);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void AnItemThatNeverEnds_IsSetAside_AndTheRestIsWrittenInOrder(int threads)
    {
        var items = Enumerable.Range(0, 8).ToList();
        var written = new List<int>();
        var release = new ManualResetEventSlim(false);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            // item 2 loops until released, as a stage caught in a loop its time checks never reach
            BatchRunner.ProcessOrdered(items, i => { if (i == 2) while (!release.IsSet) Thread.SpinWait(1000); return i; }, written.Add, threads,
                new Watchdog<int, int>(TimeSpan.FromMilliseconds(300), i => -100 - i));
        }
        finally
        {
            release.Set();
        }
        Assert.Equal(new[] { 0, 1, -102, 3, 4, 5, 6, 7 }, written);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void ALateResultOfAnItemSetAside_IsDropped()
    {
        var written = new List<int>();
        BatchRunner.ProcessOrdered(Enumerable.Range(0, 4).ToList(), i => { if (i == 1) Thread.Sleep(1500); return i; }, written.Add, threads: 2,
            new Watchdog<int, int>(TimeSpan.FromMilliseconds(200), i => -1));
        Thread.Sleep(1600);
        Assert.Equal(new[] { 0, -1, 2, 3 }, written);
    }
}
