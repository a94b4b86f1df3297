using FinExtract.Pipeline;

namespace FinExtract.Scale;

/// <summary>What running one shard did.</summary>
public enum ShardOutcome
{
    /// <summary>The shard was processed and its part committed.</summary>
    Committed,
    /// <summary>Its part was already committed, whole, for this plan: nothing to do (a retried pod after a late crash).</summary>
    AlreadyCommitted,
}

/// <summary>How to run shards of a plan.</summary>
public sealed record ShardRunOptions
{
    /// <summary>The plan.</summary>
    public required ShardPlan Plan { get; init; }
    /// <summary>The parts folder (shared by every worker).</summary>
    public required string PartsDirectory { get; init; }
    /// <summary>The pipeline; its fingerprint must be the plan's.</summary>
    public required LoadedPipeline Pipeline { get; init; }
    /// <summary>"csv" or "parquet".</summary>
    public string Format { get; init; } = "csv";
    /// <summary>Worker threads.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>Where the inputs are mounted for this worker (default: the plan's root).</summary>
    public string? InputRoot { get; init; }
    /// <summary>Notes for the user.</summary>
    public Action<string>? Note { get; init; }
}

/// <summary>
/// Runs one shard of a plan: processes its inputs in a work folder inside the parts folder (resumable, so a
/// killed pod's retry continues where it stopped), then commits the tables as the shard's part. A retried
/// shard replaces its own part and touches nothing else.
/// </summary>
public static class ShardRunner
{
    /// <summary>The name of a shard's part: shard index, shard count and plan fingerprint.</summary>
    public static string PartName(ShardPlan plan, int shard) => $"shard-{shard:D5}-of-{plan.Shards:D5}.{plan.ShortFingerprint}";

    /// <summary>The name of the plan's copy in the parts folder (what merge checks the parts against).</summary>
    public static string PlanCopyName(string shortFingerprint) => $"plan.{shortFingerprint}.json";

    /// <summary>
    /// Reads a shard list: "7", "0,3,6", "0-39" or "all". Null <paramref name="spec"/> takes the Kubernetes
    /// Indexed Job's <c>JOB_COMPLETION_INDEX</c>.
    /// </summary>
    public static IReadOnlyList<int> ParseShards(string? spec, int shards)
    {
        spec ??= Environment.GetEnvironmentVariable("JOB_COMPLETION_INDEX")
            ?? throw new PlanException("no shard given: pass --shard I (or a list such as 0,3,6 or a range 0-9), or set JOB_COMPLETION_INDEX");
        if (spec.Trim() == "all") return Enumerable.Range(0, shards).ToList();
        var list = new SortedSet<int>();
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-');
            if (ends.Length > 2 || !int.TryParse(ends[0], out int a) || !int.TryParse(ends[^1], out int b) || a > b)
                throw new PlanException($"--shard '{spec}': '{part}' is not a shard index or a range such as 0-9");
            if (a < 0 || b >= shards) throw new PlanException($"--shard '{spec}': the plan has shards 0 to {shards - 1}");
            for (int i = a; i <= b; i++) list.Add(i);
        }
        return list.ToList();
    }

    /// <summary>Runs one shard and commits its part.</summary>
    public static ShardOutcome Run(ShardRunOptions o, int shard)
    {
        var plan = o.Plan;
        if (o.Pipeline.Fingerprint != plan.Pipeline)
            throw new PlanException("the plan was made with another pipeline (its pipeline.json, a file it reads, or the tool build differs); " +
                "make the plan again with the pipeline the workers run");
        if (!PartStore.Formats.Contains(o.Format)) throw new PlanException($"--format '{o.Format}': use csv or parquet");
        Directory.CreateDirectory(o.PartsDirectory);
        string planCopy = Path.Combine(o.PartsDirectory, PlanCopyName(plan.ShortFingerprint));
        if (!File.Exists(planCopy)) plan.Write(planCopy);

        string name = PartName(plan, shard);
        var inputs = plan.Files.Where(f => f.Shard == shard).Select(f => new PartInput(f.ArticleId, f.Sha256)).ToList();
        string work = Path.Combine(o.PartsDirectory, ".work", name);
        if (PartStore.Committed(o.PartsDirectory, name, inputs, plan.Pipeline) is { Format: var format } && format == o.Format)
        {
            o.Note?.Invoke($"shard {shard}: part {name} is committed already; nothing to do");
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
            return ShardOutcome.AlreadyCommitted;
        }
        bool resumed = Directory.Exists(work);
        Directory.CreateDirectory(work);
        var summary = BatchRunner.Run(new RunOptions
        {
            Input = o.InputRoot ?? plan.Root, Inputs = plan.InputsOf(shard, o.InputRoot), OutputDirectory = work, Pipeline = o.Pipeline,
            Threads = o.Threads, Resume = true, Note = resumed ? o.Note : null,
        });
        var template = new PartManifest
        {
            Name = name, Kind = "shard", Plan = plan.Fingerprint, Shard = shard, Pipeline = plan.Pipeline, Version = BatchRunner.ToolVersion,
            Format = o.Format, Tables = Array.Empty<PartTable>(), Inputs = inputs, Articles = Array.Empty<ManifestEntry>(),
        };
        var part = PartStore.Commit(work, o.PartsDirectory, template);
        WarnOfChangedInputs(o, shard, part.Articles);
        FaultPoint.Hit("after-commit");
        Directory.Delete(work, recursive: true);
        o.Note?.Invoke($"shard {shard}: {summary.Inputs} input(s), {summary.Articles} article(s), {summary.Failed} failed; committed {name}");
        return ShardOutcome.Committed;
    }

    /// <summary>
    /// An input whose bytes changed since the plan was made is processed as it is now, so its rows are not what the
    /// plan's single run would have given: said on stderr, naming the first few (checked for uncompressed inputs, whose
    /// content hash is the hash of the file).
    /// </summary>
    private static void WarnOfChangedInputs(ShardRunOptions o, int shard, IReadOnlyList<ManifestEntry> articles)
    {
        if (o.Note == null) return;
        var planned = o.Plan.Files.Where(f => f.Shard == shard && f.ProblemCode == null && !f.Source.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(f => f.ArticleId, f => f.Sha256, StringComparer.Ordinal);
        var changed = articles.Where(e => e.Hash.Length > 0 && planned.TryGetValue(e.Id, out var sha) && sha != e.Hash).Select(e => e.Id).ToList();
        if (changed.Count > 0)
            o.Note($"warning: shard {shard}: {changed.Count} input(s) changed since the plan was made ({string.Join(", ", changed.Take(5))}" +
                $"{(changed.Count > 5 ? ", ..." : "")}); their rows are of the current files; make a new plan to merge a consistent snapshot");
    }
}
