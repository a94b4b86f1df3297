using FinExtract.Cli;

namespace FinExtract.Tests.Pipeline;

public class CliTests
{
    private static (int Code, string Out, string Err) Invoke(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var root = Program.BuildCommand(o, e);
        int code = root.Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { Output = o, Error = e });
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void BadConfig_ExitsWith2_AndNamesFileAndPath()
    {
        string dir = TestPaths.NewTempDir();
        string cfg = Path.Combine(dir, "bad.json");
        File.WriteAllText(cfg, """{ "stages": [ { "name": "scrape", "options": { "minParagrahChars": 3 } } ] }""");
        var (code, _, err) = Invoke("validate", "--config", cfg);
        Assert.Equal(Program.ExitBadConfig, code);
        Assert.Contains(cfg, err);
        Assert.Contains("$.stages[0].options.minParagrahChars", err);
        Assert.Contains("minParagraphChars", err);
    }

    [Fact]
    public void Run_WithAFailingInput_ExitsWith1_AndSummarises()
    {
        string dir = TestPaths.NewTempDir();
        File.WriteAllBytes(Path.Combine(dir, "empty.html"), Array.Empty<byte>());
        File.Copy(Path.Combine(TestPaths.Samples, "pages", "wire-dateline.html"), Path.Combine(dir, "wire.html"));
        string outDir = TestPaths.NewTempDir();
        var (code, stdout, _) = Invoke("run", dir, "--out", outDir, "--config", TestPaths.PipelineWithoutTimeouts, "--quiet");
        Assert.Equal(Program.ExitSomeFailed, code);
        Assert.Contains("1 article(s), 0 skipped (no article), 1 failed", stdout);
        Assert.Contains("input.empty: 1", stdout);
        Assert.Contains("failed: empty.html", stdout);
    }

    [Fact]
    public void Run_OnAllGoodInputs_ExitsWith0()
    {
        string dir = TestPaths.NewTempDir();
        File.Copy(Path.Combine(TestPaths.Samples, "pages", "wire-dateline.html"), Path.Combine(dir, "wire.html"));
        var (code, _, _) = Invoke("run", dir, "--out", TestPaths.NewTempDir(), "--config", TestPaths.PipelineWithoutTimeouts, "--quiet");
        Assert.Equal(Program.ExitOk, code);
    }

    [Fact]
    public void Explain_ShowsCandidatesReasonsDropsAndSpans()
    {
        var (code, stdout, _) = Invoke("explain", Path.Combine(TestPaths.Samples, "pages", "jsonld-earnings.html"), "--config", TestPaths.PipelineWithoutTimeouts);
        Assert.Equal(Program.ExitOk, code);
        Assert.Contains("title      Northwind Semiconductor revenue jumps 18% on data-centre demand  [markup]", stdout);
        Assert.Contains("why: the h1 agrees with the jsonld title", stdout);
        Assert.Contains("seen jsonld", stdout);
        Assert.Contains("published  2024-10-22T16:45:00-04:00  [jsonld]", stdout);
        Assert.Contains("dropped section.related-articles", stdout);
        Assert.Contains("Heading   Demand outpaces supply", stdout);
        Assert.Contains("NWSC", stdout);
        Assert.Contains("entities.ticker.paren-exchange", stdout);
        // every extraction marked in the body and listed with its rule or model and confidence
        Assert.Contains("[Northwind Semiconductor Corp.]^e1", stdout);
        Assert.Contains("[$4.2 billion]^n3", stdout);
        Assert.Contains("<<q1 We are still shipping", stdout);
        Assert.Matches(@"n3 +\$4\.2 billion +\[183-195\): money 4200000000 USD; role revenue by roles\.revenue; about e1 Northwind Semiconductor Corp\.; money\.prefix, 0\.97", stdout);
        Assert.Contains("-> Maria Okafor (e3), told; quotes.after.speaker-verb, 0.90", stdout);
        // and the candidates that lost, with the reason
        Assert.Contains("entities: lost \"NASDAQ\" [118-124) ORG by gazetteer.organisations (0.95): overlapped by \"NASDAQ\" ORG by entities.ticker.paren-exchange", stdout);
    }

    [Fact]
    public void MissingInput_ExitsWith2()
    {
        var (code, _, err) = Invoke("run", "/nonexistent/folder", "--out", TestPaths.NewTempDir(), "--quiet");
        Assert.Equal(Program.ExitBadConfig, code);
        Assert.Contains("neither a file nor a folder", err);
    }

    [Fact]
    public void Bench_ReportsStartUp_OneAndTwoThreads_AndTheRatios()
    {
        var (code, output, _) = Invoke("bench", Path.Combine(TestPaths.Samples, "pages"), "--passes", "1", "--config", TestPaths.PipelineWithoutTimeouts,
            "--startup-runs", "1");
        Assert.Equal(0, code);
        Assert.Matches(@"start-up: a one-page run \(a new process, load, one page, CSV written\) takes \d+\.\d\d s, median of 1", output);
        Assert.Matches(@"start-up: the pipeline \(rules, gazetteers, word lists, models\) loaded in \d+ ms", output);
        foreach (var row in new[] { "anglesharp-parse ", "pipeline (scrape", "anglesharp-parse, 2 threads", "pipeline, 2 threads" })
            Assert.Contains(row, output);
        Assert.Matches(@"pipeline keeps \d+% of the parse-only rate on 1 thread, \d+% on 2; 1 -> 2 threads: pipeline \d+\.\d\dx, parse \d+\.\d\dx", output);
    }
}
