using System.Diagnostics;
using FinExtract.Pipeline;
using FinExtract.Scale;
using FinExtract.Tests.Pipeline;

namespace FinExtract.Tests.Scale;

/// <summary>
/// Workers as real processes, killed where it hurts: in the middle of a shard or an article (SIGKILL), and between
/// committing a part and acknowledging it (FINEXTRACT_FAULT). Merge must still give exactly the single run.
/// </summary>
public class WorkerProcessTests : IClassFixture<RedisServer>
{
    private readonly RedisServer _redis;

    public WorkerProcessTests(RedisServer redis) => _redis = redis;

    private static Process Start(IDictionary<string, string>? env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FinExtract.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (args[0] != "merge")
        {
            psi.ArgumentList.Add("--config");
            psi.ArgumentList.Add(TestPaths.PipelineWithoutTimeouts);
        }
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        var p = Process.Start(psi)!;
        return p;
    }

    private static string Finish(Process p, params int[] allowed)
    {
        var err = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(180_000), "a worker did not finish in three minutes");
        Assert.True((allowed.Length == 0 ? new[] { 0 } : allowed).Contains(p.ExitCode), $"exit {p.ExitCode}: {output}\n{err.Result}");
        return output + err.Result;
    }

    private static int Lines(string path)
    {
        try { return File.ReadAllLines(path).Length; }
        catch (IOException) { return 0; }
    }

    private static bool WorkInProgress(string parts, string prefix, int lines)
    {
        string work = Path.Combine(parts, ".work");
        return Directory.Exists(work) && Directory.GetDirectories(work, prefix + "*").Any(d => Lines(Path.Combine(d, "progress.jsonl.partial")) > lines);
    }

    private static (string Input, string Single) Corpus(int copies)
    {
        string input = ResumeTests.Corpus(copies), single = TestPaths.NewTempDir();
        BatchRunner.Run(new RunOptions { Input = input, OutputDirectory = single, Pipeline = ConfigLoader.LoadFile(TestPaths.PipelineWithoutTimeouts), Threads = 2 });
        return (input, single);
    }

    [Fact]
    public void ThreeShardWorkers_OneKilledMidShard_OneKilledAfterACommit_MergeEqualsTheSingleRun()
    {
        var (input, single) = Corpus(12);
        string plan = Path.Combine(TestPaths.NewTempDir(), "plan.json"), parts = TestPaths.NewTempDir();
        Finish(Start(null, "plan", input, "--shards", "40", "--out", plan));
        string[] lanes = Enumerable.Range(0, 3).Select(k => string.Join(",", Enumerable.Range(0, 40).Where(s => s % 3 == k))).ToArray();
        string[] Args(int lane) => new[] { "run", "--plan", plan, "--shard", lanes[lane], "--out", parts, "--threads", "1" };
        var faulty = new Dictionary<string, string> { [FaultPoint.Variable] = "after-commit:2" };
        // lane 0 is killed after its eighth article, inside its third shard (three articles a shard): deterministic, where an
        // outside kill timed by polling the shard's progress could come after the worker had finished
        var midShard = new Dictionary<string, string> { [FaultPoint.Variable] = "after-article:8" };
        var workers = new[] { Start(midShard, Args(0)), Start(faulty, Args(1)), Start(null, Args(2)) };

        Finish(workers[0], 137);
        Assert.True(WorkInProgress(parts, "shard-00006-", 1), "lane 0's third shard is not in progress");
        Finish(workers[1], 137);
        Assert.Equal(2, Directory.GetFiles(parts, "shard-*.part.json").Select(Path.GetFileName).Count(n => lanes[1].Split(',').Any(s => n!.StartsWith($"shard-{int.Parse(s):D5}"))));
        workers[0] = Start(null, Args(0));
        workers[1] = Start(null, Args(1));
        foreach (var w in workers) Finish(w);

        string merged = TestPaths.NewTempDir();
        Assert.Contains("merged 40 part(s)", Finish(Start(null, "merge", parts, "--out", merged)));
        ResumeTests.AssertSameTables(single, merged);
    }

    [Fact]
    public void ThreeFeedConsumers_OneKilledMidArticle_MergeEqualsTheSingleRun()
    {
        _redis.AssertRunning();
        var (input, single) = Corpus(10);
        string parts = TestPaths.NewTempDir(), stream = "pages-" + Guid.NewGuid().ToString("N");
        Assert.Contains("enqueued 100 input(s)", Finish(Start(null, "enqueue", input, "--redis", _redis.Endpoint, "--stream", stream)));
        string[] Args(string consumer) => new[] { "worker", "--redis", _redis.Endpoint, "--stream", stream, "--group", "g", "--consumer", consumer,
            "--out", parts, "--threads", "1", "--batch", "4", "--claim-idle", "2", "--exit-when-idle", "2" };
        // consumer 0 is killed after its second article, inside its first batch of four
        var midBatch = new Dictionary<string, string> { [FaultPoint.Variable] = "after-article:2" };
        var consumers = new[] { Start(midBatch, Args("c0")), Start(null, Args("c1")), Start(null, Args("c2")) };
        Assert.Contains("killed at after-article", Finish(consumers[0], 137));
        Finish(consumers[1]);
        Finish(consumers[2]);

        string merged = TestPaths.NewTempDir();
        Finish(Start(null, "merge", parts, "--out", merged));
        ResumeTests.AssertSameTables(single, merged);
    }

    [Fact]
    public void AFeedConsumerKilledBetweenCommitAndAck_AcksFromItsPart_WithoutProcessingAgain()
    {
        _redis.AssertRunning();
        var (input, single) = Corpus(2);
        string parts = TestPaths.NewTempDir(), stream = "pages-" + Guid.NewGuid().ToString("N");
        Finish(Start(null, "enqueue", input, "--redis", _redis.Endpoint, "--stream", stream));
        string[] args = { "worker", "--redis", _redis.Endpoint, "--stream", stream, "--group", "g", "--consumer", "c0", "--out", parts,
            "--threads", "1", "--batch", "5", "--exit-when-idle", "1" };
        string killed = Finish(Start(new Dictionary<string, string> { [FaultPoint.Variable] = "after-commit:2" }, args), 137);
        Assert.Contains("killed at after-commit", killed);
        Assert.Equal(2, Directory.GetFiles(parts, "feed-*.part.json").Length);
        var before = Directory.GetFiles(parts, "feed-*").ToDictionary(f => f, File.GetLastWriteTimeUtc);

        string restarted = Finish(Start(null, args));
        Assert.Contains("acknowledged without processing", restarted);
        Assert.Contains("5 acknowledged from parts already committed", restarted);
        foreach (var (file, time) in before) Assert.Equal(time, File.GetLastWriteTimeUtc(file));
        string merged = TestPaths.NewTempDir();
        Finish(Start(null, "merge", parts, "--out", merged));
        ResumeTests.AssertSameTables(single, merged);
    }
}
