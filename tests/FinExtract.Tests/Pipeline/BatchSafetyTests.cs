using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using FinExtract.Cli;
using FinExtract.Pipeline;
using FinExtract.Tests.Output;

namespace FinExtract.Tests.Pipeline;

/// <summary>
/// What a batch must never do to a user's data: walk a link loop forever, mix two runs, resume to stale rows,
/// read half a .gz, shift offsets, or say "failed" for a page that is simply not an article.
/// </summary>
public class BatchSafetyTests
{
    private static string GoodPage => File.ReadAllText(Path.Combine(TestPaths.Samples, "pages", "wire-dateline.html"));

    private static RunSummary Run(string input, string output, string? config = null, bool resume = false) =>
        BatchRunner.Run(new RunOptions { Input = input, OutputDirectory = output, Pipeline = ConfigLoader.LoadFile(config ?? TestPaths.PipelineWithoutTimeouts), Threads = 2, Resume = resume });

    private static Process StartCli(string workingDir, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDir };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FinExtract.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }

    private static (int Code, string Out, string Err) RunCli(string workingDir, params string[] args)
    {
        using var p = StartCli(workingDir, args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(120_000), "the CLI did not finish in two minutes");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void SymlinkLoops_AreWalkedOnce_AndReportedAsSkipped()
    {
        string dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "good.html"), GoodPage);
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.WriteAllText(Path.Combine(dir, "sub", "note.txt"), "Shares of the carmaker rose 4% on Tuesday after it reported record deliveries for the quarter, beating estimates.");
        Directory.CreateSymbolicLink(Path.Combine(dir, "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(dir, "sub", "up"), "..");

        var sw = Stopwatch.StartNew();
        string outDir = TestPaths.NewTempDir();
        var s = Run(dir, outDir);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(60));
        var articles = CsvReading.Read(Path.Combine(outDir, "articles.csv"));
        Assert.Equal(new[] { "good", "sub/note" }, articles.Select(r => r["article_id"]).Order(StringComparer.Ordinal));
        var errors = CsvReading.Read(Path.Combine(outDir, "errors.csv"));
        Assert.Equal(new[] { "a", "sub/up" }, errors.Select(r => r["article_id"]));
        Assert.All(errors, e => Assert.Equal(ErrorCodes.InputLinkLoop, e["code"]));
        Assert.Equal((2, 0, 2), (s.Articles, s.Failed, s.Skipped));
    }

    [Fact]
    public void TheFullPipelineRuns_FromAnyWorkingFolder_AndSaysWhichConfig()
    {
        string dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "good.html"), GoodPage);
        string elsewhere = TestPaths.NewTempDir();
        var (code, _, err) = RunCli(elsewhere, "run", dir, "--out", Path.Combine(elsewhere, "out"), "--quiet");
        Assert.Equal(0, code);
        Assert.Contains($"pipeline: {Path.Combine(TestPaths.RepoRoot, "pipeline.json")}", err);
        Assert.True(CsvReading.Read(Path.Combine(elsewhere, "out", "entities.csv")).Count > 0, "no entities: the scrape-only fallback ran");

        var (trCode, trOut, trErr) = RunCli(elsewhere, "test-rules");
        Assert.Equal(0, trCode);
        Assert.Contains("pipeline: ", trErr);
        Assert.Contains("rule(s) in 2 file(s)", trOut);
    }

    [Fact]
    public void ASecondRunIntoABusyFolder_IsRefusedWithExit3_AndTheFolderThenHoldsOneCompleteRun()
    {
        string corpus = ResumeTests.Corpus(2);
        string single = TestPaths.NewTempDir();
        Run(corpus, single);
        string shared = TestPaths.NewTempDir();
        string[] args = { "run", corpus, "--out", shared, "--config", TestPaths.PipelineWithoutTimeouts, "--quiet" };
        // Another process holds the folder (the lock is the operating system's, so it works across processes).
        using (OutputLock.Acquire(shared))
        {
            var refused = RunCli(shared, args);
            Assert.Equal(Program.ExitInternal, refused.Code);
            Assert.Contains("in use by another finextract run", refused.Err);
            Assert.Equal(new[] { OutputLock.FileName }, Directory.GetFiles(shared).Select(Path.GetFileName));
        }
        Assert.Equal(Program.ExitOk, RunCli(shared, args).Code);
        ResumeTests.AssertSameTables(single, shared);
    }

    [Fact]
    public void ALockedFolder_IsRefusedBeforeAnythingIsWritten()
    {
        string dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "good.html"), GoodPage);
        string outDir = TestPaths.NewTempDir();
        using (OutputLock.Acquire(outDir))
            Assert.Throws<OutputLockedException>(() => Run(dir, outDir));
        Assert.Equal(new[] { OutputLock.FileName }, Directory.GetFiles(outDir).Select(Path.GetFileName));
        Run(dir, outDir); // released: the folder is usable again
        Assert.True(File.Exists(Path.Combine(outDir, "articles.csv")));
    }

    [Fact]
    public void ResumeAfterEditingARuleFile_EqualsAFreshRun()
    {
        // A private copy of the pipeline and its rule files, as a user tuning rules has.
        string cfgDir = TestPaths.NewTempDir();
        string rules = Path.Combine(cfgDir, "entities.json");
        File.Copy(Path.Combine(TestPaths.RepoRoot, "src", "FinExtract", "Resources", "rules", "entities.json"), rules);
        string cfg = Path.Combine(cfgDir, "pipeline.json");
        File.WriteAllText(cfg, File.ReadAllText(TestPaths.PipelineWithoutTimeouts).Replace(
            (TestPaths.RepoRoot.Replace("\\", "/") + "/src/FinExtract/Resources/rules/entities.json"), rules.Replace("\\", "/")));
        string dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "good.html"), GoodPage);
        string outDir = TestPaths.NewTempDir();
        Run(dir, outDir, cfg);
        Assert.Contains(CsvReading.Read(Path.Combine(outDir, "entities.csv")), r => r["mention"] == "China");

        // The user decides a country named in passing is not an entity, with the NOT_ENTITY rule kind.
        string text = File.ReadAllText(rules);
        int at = text.IndexOf("\"rules\": [", StringComparison.Ordinal) + "\"rules\": [".Length;
        File.WriteAllText(rules, text.Insert(at, """
            { "id": "entities.not.country-china", "label": "NOT_ENTITY", "pattern": "\\bChina\\b", "priority": 200,
              "examples": { "match": ["weak demand from China"], "noMatch": ["fine china plates"] } },
            """));
        var resumed = Run(dir, outDir, cfg, resume: true);
        Assert.Equal(0, resumed.Reused);
        string fresh = TestPaths.NewTempDir();
        Run(dir, fresh, cfg);
        ResumeTests.AssertSameTables(fresh, outDir);
        Assert.DoesNotContain(CsvReading.Read(Path.Combine(outDir, "entities.csv")), r => r["mention"] == "China");
    }

    [Fact]
    public void TruncatedGzip_IsADecodeError_AndAWholeOneIsRead()
    {
        string dir = TestPaths.NewTempDir();
        byte[] page = Encoding.UTF8.GetBytes(GoodPage);
        byte[] gz = Gzip(page);
        File.WriteAllBytes(Path.Combine(dir, "whole.html.gz"), gz);
        File.WriteAllBytes(Path.Combine(dir, "half.html.gz"), gz[..(gz.Length / 2)]);
        File.WriteAllBytes(Path.Combine(dir, "short.html.gz"), gz[..^3]);
        // Two members, as concatenated gzip files are: still one valid file.
        int cut = page.Length / 3;
        File.WriteAllBytes(Path.Combine(dir, "members.html.gz"), Gzip(page[..cut]).Concat(Gzip(page[cut..])).ToArray());
        string outDir = TestPaths.NewTempDir();
        var s = Run(dir, outDir);
        var errors = CsvReading.Read(Path.Combine(outDir, "errors.csv")).ToDictionary(r => r["article_id"]);
        Assert.Equal("input.decode", errors["half"]["code"]);
        Assert.Equal("input.decode", errors["short"]["code"]);
        Assert.Contains("truncated", errors["short"]["message"]);
        var articles = CsvReading.Read(Path.Combine(outDir, "articles.csv")).ToDictionary(r => r["article_id"]);
        Assert.Equal(articles["whole"]["body"], articles["members"]["body"]);
        Assert.Equal(2, s.Failed);
    }

    private static byte[] Gzip(byte[] data)
    {
        var ms = new MemoryStream();
        using (var z = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }

    [Fact]
    public void ABodyStartingWithAFormula_KeepsEveryOffset_AsReadBackFromTheCsv()
    {
        string dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "formula.txt"), "=HYPERLINK(\"http://x.example\",\"click\")\n\n"
            + "Shares of Northwind Traders Inc. fell -4.5% to $12.30 on Tuesday, said Maria Lopez, an analyst at Contoso Bank. "
            + "“We expect a weak quarter for the whole sector this year,” Lopez said.");
        File.WriteAllText(Path.Combine(dir, "signed.txt"), "-3% was the drop in Fabrikam Corp. shares on Monday, the worst day for the company in a year of trading.");
        string outDir = TestPaths.NewTempDir();
        Run(dir, outDir);
        var bodies = CsvReading.Read(Path.Combine(outDir, "articles.csv")).ToDictionary(r => r["article_id"], r => r["body"]);
        Assert.StartsWith("'=HYPERLINK", bodies["formula"]);
        Assert.StartsWith("-3%", bodies["signed"]); // a signed number runs nothing: the body stays as the page has it
        int rows = 0;
        foreach (var (table, column) in new[] { ("entities.csv", "mention"), ("numbers.csv", "text"), ("quotes.csv", "quote") })
            foreach (var r in CsvReading.Read(Path.Combine(outDir, table)))
            {
                string body = bodies[r["article_id"]];
                Assert.Equal(body[int.Parse(r["start"])..int.Parse(r["end"])], r[column]);
                rows++;
            }
        Assert.True(rows >= 6, $"only {rows} rows were checked");
        Assert.Contains(CsvReading.Read(Path.Combine(outDir, "numbers.csv")), r => r["text"].StartsWith('-'));
    }

    [Fact]
    public void ToolFailuresExit3_BadArgumentsExit2_WithOneLine()
    {
        string notARun = TestPaths.NewTempDir();
        foreach (var args in new[] { new[] { "report", notARun }, new[] { "eval", notARun, "--gold", notARun }, new[] { "diff", notARun, notARun } })
        {
            var (code, _, err) = RunCli(notARun, args);
            Assert.Equal(Program.ExitBadConfig, code);
            Assert.Contains("is not a finished run's folder", err);
            Assert.DoesNotContain("   at ", err);
        }
        string dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "good.html"), GoodPage);
        string run = Path.Combine(TestPaths.NewTempDir(), "run");
        Assert.Equal(0, RunCli(dir, "run", dir, "--out", run, "--config", TestPaths.PipelineWithoutTimeouts, "--quiet").Code);
        string blocker = Path.Combine(TestPaths.NewTempDir(), "a-file");
        File.WriteAllText(blocker, "x");
        var report = RunCli(dir, "report", run, "--out", Path.Combine(blocker, "report.html"));
        Assert.Equal(Program.ExitInternal, report.Code);
        Assert.Contains("cannot write the report", report.Err);
        Assert.DoesNotContain("   at ", report.Err);
    }

    [Fact]
    public void TestRules_WithACatastrophicPatternInAnExample_NamesTheRule_AndDoesNotCrash()
    {
        string file = Path.Combine(TestPaths.NewTempDir(), "rules.json");
        File.WriteAllText(file, """{ "rules": [ { "id": "t.evil.pattern", "label": "ORG", "pattern": "^(a+)+$", "examples": { "match": ["aaa"], "noMatch": ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"] } } ] }""");
        var (code, stdout, stderr) = RunCli(TestPaths.NewTempDir(), "test-rules", file);
        Assert.Equal(Program.ExitSomeFailed, code);
        Assert.Contains("rule 't.evil.pattern'", stdout);
        Assert.Contains("match timeout", stdout);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    [Fact]
    public void AnUnknownRuleLabel_IsAnError_ThatListsTheValidOnes()
    {
        string file = Path.Combine(TestPaths.NewTempDir(), "rules.json");
        File.WriteAllText(file, """{ "rules": [ { "id": "t.org.x", "label": "COMPANY", "pattern": "Acme", "examples": { "match": ["Acme"] } } ] }""");
        var (code, _, stderr) = RunCli(TestPaths.NewTempDir(), "test-rules", file);
        Assert.Equal(Program.ExitBadConfig, code);
        Assert.Contains("unknown label 'COMPANY'", stderr);
        Assert.Contains("ORG, PERSON, LOCATION, PRODUCT, TICKER, NOT_ENTITY", stderr);
    }

    [Fact]
    public void APageThatIsNotAnArticle_IsSkipped_NotFailed()
    {
        string dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "good.html"), GoodPage);
        File.Copy(Path.Combine(TestPaths.Samples, "pages", "section-index.html"), Path.Combine(dir, "index.html"));
        string outDir = Path.Combine(TestPaths.NewTempDir(), "o");
        var (code, stdout, stderr) = RunCli(dir, "run", dir, "--out", outDir, "--config", TestPaths.PipelineWithoutTimeouts, "--quiet");
        string errors = File.Exists(Path.Combine(outDir, "errors.csv")) ? File.ReadAllText(Path.Combine(outDir, "errors.csv")) : "(no errors.csv)";
        Assert.True(code == Program.ExitOk, $"exit {code}\n{stdout}\n{stderr}\n{errors}");
        Assert.Contains("1 article(s), 1 skipped (no article), 0 failed", stdout);
        Assert.Contains("scrape.no-article: 1 (skipped)", stdout);
        Assert.Contains("errors.csv", stdout);
    }

    [Fact]
    public void AFreshRun_RemovesTheFoldersOldTablesFirst_AndNeverReadsItsOwnOutput()
    {
        string dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "good.html"), GoodPage);
        string outDir = Path.Combine(dir, "out"); // --out inside INPUT
        var first = Run(dir, outDir);
        File.WriteAllText(Path.Combine(outDir, "report.html"), GoodPage); // as 'finextract report' leaves it
        bool sawOldTable = false;
        var options = new RunOptions
        {
            Input = dir, OutputDirectory = outDir, Pipeline = ConfigLoader.LoadFile(TestPaths.PipelineWithoutTimeouts), Threads = 1,
            Progress = new Probe(() => sawOldTable |= File.Exists(Path.Combine(outDir, "articles.csv"))),
        };
        var second = BatchRunner.Run(options);
        Assert.False(sawOldTable, "the old articles.csv stood beside the new run's .partial files");
        Assert.Equal(first.Inputs, second.Inputs);
        Assert.Equal(1, second.Inputs);
    }

    [Fact]
    public void AHostileFolder_WithACatastrophicUserRule_AndAFileDeletedMidRun_FinishesWithOneRowPerBadInput()
    {
        string cfgDir = TestPaths.NewTempDir();
        string evil = Path.Combine(cfgDir, "evil.json");
        File.WriteAllText(evil, """{ "rules": [ { "id": "user.evil.pattern", "label": "ORG", "pattern": "(x+x+)+y", "examples": { "match": ["xxy"] } } ] }""");
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestPaths.PipelineWithoutTimeouts))!.AsObject();
        root["limits"]!["regexTimeoutMs"] = 200;
        root["stages"]![2]!["rules"]!.AsArray().Add(evil);
        string cfg = Path.Combine(cfgDir, "pipeline.json");
        File.WriteAllText(cfg, root.ToJsonString());

        string dir = TestPaths.NewTempDir();
        for (int i = 0; i < 30; i++) File.WriteAllText(Path.Combine(dir, $"p{i:D2}.html"), GoodPage);
        File.WriteAllText(Path.Combine(dir, "q-evil.txt"), "Acme Corp said on Monday " + new string('x', 4000) + " that its shares rose.");
        File.WriteAllText(Path.Combine(dir, "r-body.txt"), "=1+1\n\nShares of Northwind Traders Inc. rose 4% on Tuesday after the company raised its forecast for the year.");
        byte[] gz = Gzip(Encoding.UTF8.GetBytes(GoodPage));
        File.WriteAllBytes(Path.Combine(dir, "s-trunc.html.gz"), gz[..(gz.Length * 2 / 3)]);
        Directory.CreateSymbolicLink(Path.Combine(dir, "t-loop"), ".");
        string doomed = Path.Combine(dir, "z-deleted.html");
        File.WriteAllText(doomed, GoodPage);

        string outDir = TestPaths.NewTempDir();
        var sw = Stopwatch.StartNew();
        var s = BatchRunner.Run(new RunOptions
        {
            Input = dir, OutputDirectory = outDir, Pipeline = ConfigLoader.LoadFile(cfg), Threads = 1,
            Progress = new Probe(() => { if (File.Exists(doomed)) File.Delete(doomed); }),
        });
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(60), $"took {sw.Elapsed}");
        var errors = CsvReading.Read(Path.Combine(outDir, "errors.csv")).ToDictionary(r => r["article_id"]);
        Assert.Equal(new[] { "q-evil", "s-trunc", "t-loop", "z-deleted" }, errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("stage.timeout", errors["q-evil"]["code"]);
        Assert.Contains("rule 'user.evil.pattern'", errors["q-evil"]["message"]);
        Assert.Contains("evil.json", errors["q-evil"]["message"]);
        Assert.Equal("input.decode", errors["s-trunc"]["code"]);
        Assert.Equal("input.link-loop", errors["t-loop"]["code"]);
        Assert.Equal("input.unreadable", errors["z-deleted"]["code"]);
        var articles = CsvReading.Read(Path.Combine(outDir, "articles.csv"));
        Assert.Equal(31, articles.Count);
        string gold = File.ReadAllText(Path.Combine(TestPaths.Samples, "gold", "wire-dateline.txt"));
        Assert.All(articles.Where(a => a["article_id"].StartsWith('p')), a => Assert.Equal(gold, a["body"]));
        Assert.Equal((3, 1), (s.Failed, s.Skipped));
    }

    private sealed class Probe(Action onReport) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => onReport();
    }
}
