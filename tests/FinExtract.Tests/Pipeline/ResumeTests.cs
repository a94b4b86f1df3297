using System.Diagnostics;
using FinExtract.Pipeline;

namespace FinExtract.Tests.Pipeline;

public class ResumeTests
{
    private static LoadedPipeline Pipeline() => ConfigLoader.LoadFile(TestPaths.PipelineWithoutTimeouts);

    private static RunSummary Run(string input, string output, bool resume = false, int threads = 2) =>
        BatchRunner.Run(new RunOptions { Input = input, OutputDirectory = output, Pipeline = Pipeline(), Threads = threads, Resume = resume });

    /// <summary>A folder of many pages: the samples copied into numbered sub-folders.</summary>
    internal static string Corpus(int copies)
    {
        string dir = TestPaths.NewTempDir();
        for (int i = 0; i < copies; i++)
        {
            string sub = Path.Combine(dir, $"c{i:D3}");
            Directory.CreateDirectory(sub);
            foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.Samples, "pages")))
                File.Copy(f, Path.Combine(sub, Path.GetFileName(f)));
        }
        return dir;
    }

    private static string Line(string[] lines, int i) => i < lines.Length ? lines[i][..Math.Min(300, lines[i].Length)] : "<end>";

    private static string Head(string path)
    {
        string text = File.ReadAllText(path);
        return text[..Math.Min(1500, text.Length)];
    }

    internal static void AssertSameTables(string a, string b)
    {
        foreach (var f in new[] { "articles.csv", "errors.csv", "entities.csv", "numbers.csv", "moves.csv", "quotes.csv", "topics.csv", "progress.jsonl" })
        {
            var la = File.ReadAllLines(Path.Combine(a, f));
            var lb = File.ReadAllLines(Path.Combine(b, f));
            int i = 0;
            while (i < la.Length && i < lb.Length && la[i] == lb[i]) i++;
            Assert.True(File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))),
                $"{f} differs at line {i + 1}:\n  {Line(la, i)}\n  {Line(lb, i)}" +
                $"\nerrors.csv of the second:\n{Head(Path.Combine(b, "errors.csv"))}");
        }
    }

    [Fact]
    public void Resume_AfterAnInterruptedRun_GivesTheSameFiles_AndRedoesOnlyTheRest()
    {
        string corpus = Corpus(3);
        string full = TestPaths.NewTempDir();
        var fresh = Run(corpus, full);

        // The state a kill leaves: .partial tables with a cut-off last row, a manifest with a cut-off last line.
        string killed = TestPaths.NewTempDir();
        var lines = File.ReadAllLines(Path.Combine(full, "progress.jsonl"));
        File.WriteAllText(Path.Combine(killed, "progress.jsonl.partial"), string.Join("\n", lines.Take(8)) + "\n" + lines[8][..10]);
        File.WriteAllText(Path.Combine(killed, "articles.csv.partial"), File.ReadAllText(Path.Combine(full, "articles.csv")) + "x,\"half a row");
        File.Copy(Path.Combine(full, "errors.csv"), Path.Combine(killed, "errors.csv.partial"));
        File.Copy(Path.Combine(full, "entities.csv"), Path.Combine(killed, "entities.csv.partial"));
        File.Copy(Path.Combine(full, "numbers.csv"), Path.Combine(killed, "numbers.csv.partial"));
        File.Copy(Path.Combine(full, "moves.csv"), Path.Combine(killed, "moves.csv.partial"));
        File.Copy(Path.Combine(full, "quotes.csv"), Path.Combine(killed, "quotes.csv.partial"));
        File.Copy(Path.Combine(full, "topics.csv"), Path.Combine(killed, "topics.csv.partial"));

        var resumed = Run(corpus, killed, resume: true);
        Assert.Equal(7, resumed.Reused);
        Assert.Equal(fresh.Articles, resumed.Articles);
        Assert.Equal(fresh.Failed, resumed.Failed);
        AssertSameTables(full, killed);
        Assert.Empty(Directory.GetFiles(killed, "*.partial"));
        Assert.Empty(Directory.GetFiles(killed, "*.old"));
    }

    [Fact]
    public void Resume_AfterACompleteRun_RedoesOnlyChangedFiles()
    {
        string corpus = Corpus(2);
        string outDir = TestPaths.NewTempDir();
        var first = Run(corpus, outDir);
        string changed = Path.Combine(corpus, "c001", "wire-dateline.html");
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("fell 1.2%", "fell 1.4%"));

        var second = Run(corpus, outDir, resume: true);
        Assert.Equal(first.Inputs - 1, second.Reused);
        string fresh = TestPaths.NewTempDir();
        Run(corpus, fresh);
        AssertSameTables(fresh, outDir);
        Assert.Contains("fell 1.4%", File.ReadAllText(Path.Combine(outDir, "articles.csv")));
    }

    [Fact]
    public void Resume_WithAnotherConfig_ProcessesEverything()
    {
        string corpus = Corpus(1);
        string outDir = TestPaths.NewTempDir();
        Run(corpus, outDir);
        var other = ConfigLoader.Load("""{ "stages": [ { "name": "scrape", "options": { "minArticleChars": 100 } } ] }""", "other.json", ".");
        var notes = new List<string>();
        var s = BatchRunner.Run(new RunOptions { Input = corpus, OutputDirectory = outDir, Pipeline = other, Resume = true, Note = notes.Add });
        Assert.Equal(0, s.Reused);
        Assert.Contains(notes, n => n.Contains("another pipeline: its pipeline.json"));
    }

    [Fact]
    public void KillDashNine_ThenResume_EqualsAnUninterruptedRun()
    {
        string corpus = Corpus(60);
        string full = TestPaths.NewTempDir();
        Run(corpus, full);

        string outDir = TestPaths.NewTempDir();
        string cli = Path.Combine(AppContext.BaseDirectory, "FinExtract.Cli.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { cli, "run", corpus, "--out", outDir, "--config", TestPaths.PipelineWithoutTimeouts, "--threads", "2", "--quiet" })
            psi.ArgumentList.Add(a);
        using (var p = Process.Start(psi)!)
        {
            string manifest = Path.Combine(outDir, "progress.jsonl.partial");
            var sw = Stopwatch.StartNew();
            while (!p.HasExited && sw.Elapsed < TimeSpan.FromSeconds(60))
            {
                // The manifest's first line is its header; 41 lines are 40 finished articles.
                if (File.Exists(manifest) && CountLines(manifest) >= 41) break;
                Thread.Sleep(10);
            }
            Assert.False(p.HasExited, "the run finished before it could be killed; use a larger corpus");
            p.Kill(entireProcessTree: true); // SIGKILL on Linux
            p.WaitForExit();
        }
        Assert.True(File.Exists(Path.Combine(outDir, "progress.jsonl.partial")));
        Assert.False(File.Exists(Path.Combine(outDir, "articles.csv")), "a killed run must not leave a final table");
        int finished = CountLines(Path.Combine(outDir, "progress.jsonl.partial")) - 1;

        var resumed = Run(corpus, outDir, resume: true);
        Assert.True(finished >= 40, $"only {finished} articles were finished before the kill");
        Assert.Equal(finished, resumed.Reused);
        AssertSameTables(full, outDir);
    }

    internal static int CountLines(string path)
    {
        try
        {
            using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            int n = 0, b;
            while ((b = fs.ReadByte()) >= 0) if (b == '\n') n++;
            return n;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
