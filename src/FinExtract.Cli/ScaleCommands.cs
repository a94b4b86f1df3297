using FinExtract.Pipeline;
using FinExtract.Scale;

namespace FinExtract.Cli;

/// <summary>finextract plan, run --plan, merge, enqueue and worker: runs spread over processes and machines.</summary>
public static partial class Commands
{
    /// <summary>finextract plan INPUT --shards N --out PLAN.</summary>
    public static int Plan(string input, int shards, string output, string? configPath, TextWriter stdout, TextWriter stderr) =>
        Guarded(stderr, () =>
        {
            if (shards < 1) throw new PlanException($"--shards must be 1 or more (got {shards})");
            if (!File.Exists(input) && !Directory.Exists(input)) throw new PlanException($"input '{input}' is neither a file nor a folder");
            var plan = ShardPlan.Create(input, shards, LoadPipeline(configPath, stderr));
            plan.Write(output);
            var sizes = plan.Files.GroupBy(f => f.Shard).Select(g => g.Count()).DefaultIfEmpty(0).ToList();
            stdout.WriteLine($"plan {plan.ShortFingerprint}: {plan.Files.Count} input(s) in {shards} shard(s) ({sizes.Min()} to {sizes.Max()} " +
                $"each); wrote {output}");
            return Program.ExitOk;
        });

    /// <summary>finextract run --plan PLAN --shard I --out PARTS.</summary>
    public static int RunShards(string planPath, string? shardSpec, string parts, string? configPath, int threads, string format, string? inputRoot,
        TextWriter stdout, TextWriter stderr) =>
        Guarded(stderr, () =>
        {
            var plan = ShardPlan.Read(planPath);
            var shards = ShardRunner.ParseShards(shardSpec, plan.Shards);
            var options = new ShardRunOptions
            {
                Plan = plan, PartsDirectory = parts, Pipeline = LoadPipeline(configPath, stderr), Format = format, Threads = threads,
                InputRoot = inputRoot, Note = stderr.WriteLine,
            };
            foreach (int shard in shards) ShardRunner.Run(options, shard);
            stdout.WriteLine($"{shards.Count} shard(s) of plan {plan.ShortFingerprint} committed in {parts}");
            return Program.ExitOk;
        });

    /// <summary>finextract merge PARTS --out DIR [--format csv|parquet].</summary>
    public static int Merge(string parts, string output, string format, TextWriter stdout, TextWriter stderr) =>
        Guarded(stderr, () =>
        {
            var s = PartMerger.Merge(parts, output, format);
            stdout.WriteLine($"merged {s.Parts} part(s): {s.Articles} article(s){(s.Duplicates > 0
                ? $", {s.Duplicates} redelivered duplicate(s) written once" : "")}");
            foreach (var f in s.OutputFiles) stdout.WriteLine($"wrote {f}");
            return Program.ExitOk;
        });

    /// <summary>finextract enqueue INPUT --redis HOST:PORT --stream NAME.</summary>
    public static int Enqueue(string input, string redis, string stream, string? configPath, TextWriter stdout, TextWriter stderr) =>
        Guarded(stderr, () =>
        {
            if (!File.Exists(input) && !Directory.Exists(input)) throw new PlanException($"input '{input}' is neither a file nor a folder");
            int n = StreamFeed.Enqueue(input, redis, stream, LoadPipeline(configPath, stderr));
            stdout.WriteLine($"enqueued {n} input(s) on stream {stream} at {redis}");
            return Program.ExitOk;
        });

    /// <summary>finextract worker --redis HOST:PORT --stream NAME --group NAME --out PARTS.</summary>
    public static int Worker(FeedWorkerOptions options, TextWriter stdout) =>
        Guarded(Console.Error, () =>
        {
            var s = StreamFeed.Work(options);
            stdout.WriteLine($"worker done: {s.Entries} entr(y/ies), {s.Parts} part(s) committed, {s.AckedFromParts} acknowledged from parts " +
                $"already committed");
            return Program.ExitOk;
        });

    /// <summary>Maps the scale-out errors to exit codes: a bad plan, part or argument 2, a bad config 2, I/O 3.</summary>
    private static int Guarded(TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is PlanException or ConfigException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return Program.ExitBadConfig;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return Program.ExitInternal;
        }
    }
}
