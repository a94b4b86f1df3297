using FinExtract.Input;
using FinExtract.Pipeline;
using StackExchange.Redis;

namespace FinExtract.Scale;

/// <summary>How a feed worker reads its stream.</summary>
public sealed record FeedWorkerOptions
{
    /// <summary>Redis endpoint, HOST:PORT.</summary>
    public required string Redis { get; init; }
    /// <summary>The stream key.</summary>
    public required string Stream { get; init; }
    /// <summary>The consumer group.</summary>
    public required string Group { get; init; }
    /// <summary>This consumer's name (default: host name and process id).</summary>
    public string? Consumer { get; init; }
    /// <summary>The parts folder.</summary>
    public required string PartsDirectory { get; init; }
    /// <summary>The pipeline.</summary>
    public required LoadedPipeline Pipeline { get; init; }
    /// <summary>"csv" or "parquet".</summary>
    public string Format { get; init; } = "csv";
    /// <summary>Entries read (and committed as one part) at a time.</summary>
    public int Batch { get; init; } = 16;
    /// <summary>Worker threads.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>An entry delivered to a consumer and not acknowledged for this long is taken over (its consumer is presumed dead).</summary>
    public TimeSpan ClaimIdle { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Exit after this long with nothing new, nothing to claim and nothing pending in the group; null: run until stopped.</summary>
    public TimeSpan? ExitWhenIdle { get; init; }
    /// <summary>Notes for the user.</summary>
    public Action<string>? Note { get; init; }
}

/// <summary>What a worker did before it exited.</summary>
public sealed record FeedWorkerSummary(int Entries, int Parts, int AckedFromParts);

/// <summary>
/// A continuous feed over Redis Streams: <see cref="Enqueue"/> adds one entry per input file (its path and
/// SHA-256); <see cref="Work"/> is one consumer of a consumer group. A worker reads a batch (XREADGROUP),
/// processes it, commits the batch's rows as one part, then acknowledges it (XACK). On start and whenever the
/// stream is quiet it takes over entries left unacknowledged past a timeout by a dead consumer (XAUTOCLAIM).
/// An entry whose article is already in a committed part (a worker killed between commit and ack) is
/// acknowledged without being processed again; an entry processed twice (a slow consumer presumed dead) gives
/// two parts with the same rows, which merge writes once.
/// </summary>
public static class StreamFeed
{
    /// <summary>Adds one stream entry per input under <paramref name="input"/>; returns how many.</summary>
    public static int Enqueue(string input, string redis, string stream, LoadedPipeline pipeline)
    {
        var files = InputDiscovery.Discover(input, pipeline.Config.Input.Extensions);
        using var mux = Connect(redis);
        var db = mux.GetDatabase();
        foreach (var f in files)
        {
            var (size, sha) = f.ProblemCode == null ? FileDigest.Of(f.FullPath) : (0, "");
            var fields = new List<NameValueEntry>
            {
                new("path", f.FullPath), new("source", f.SourcePath), new("article_id", f.ArticleId), new("sha256", sha), new("size", size),
            };
            if (f.ProblemCode != null)
            {
                fields.Add(new("problem_code", f.ProblemCode));
                fields.Add(new("problem", f.Problem ?? ""));
            }
            db.StreamAdd(stream, fields.ToArray());
        }
        return files.Count;
    }

    /// <summary>Connects, with a message that names the endpoint when Redis is not there.</summary>
    public static ConnectionMultiplexer Connect(string redis)
    {
        try
        {
            return ConnectionMultiplexer.Connect($"{redis},abortConnect=true,connectTimeout=5000,syncTimeout=30000");
        }
        catch (RedisConnectionException e)
        {
            throw new PlanException($"--redis {redis}: cannot connect ({e.Message.Split('\n')[0]})");
        }
    }

    /// <summary>Runs one consumer until it is idle (see <see cref="FeedWorkerOptions.ExitWhenIdle"/>) or killed.</summary>
    public static FeedWorkerSummary Work(FeedWorkerOptions o)
    {
        if (!PartStore.Formats.Contains(o.Format)) throw new PlanException($"--format '{o.Format}': use csv or parquet");
        Directory.CreateDirectory(o.PartsDirectory);
        using var mux = Connect(o.Redis);
        var db = mux.GetDatabase();
        EnsureGroup(db, o);
        string consumer = o.Consumer ?? $"{Environment.MachineName}-{Environment.ProcessId}";
        int entries = 0, parts = 0, acked = 0;
        bool ownPending = true; // entries this consumer name was given before a restart come first
        var quietSince = DateTime.UtcNow;
        while (true)
        {
            var batch = Live(db, o, db.StreamReadGroup(o.Stream, o.Group, consumer, ownPending ? "0-0" : ">", o.Batch));
            if (ownPending && batch.Length == 0) ownPending = false;
            // Entries read as new (">") were never delivered before, so no part can hold them yet; own pending and
            // claimed ones may have been committed by a worker that died before acknowledging them.
            bool redelivered = ownPending;
            if (batch.Length == 0)
            {
                batch = Live(db, o, db.StreamAutoClaim(o.Stream, o.Group, consumer, (long)o.ClaimIdle.TotalMilliseconds, "0-0", o.Batch).ClaimedEntries);
                redelivered = true;
            }
            if (batch.Length == 0)
            {
                if (!ownPending && o.ExitWhenIdle is { } idle && DateTime.UtcNow - quietSince > idle
                    && db.StreamPending(o.Stream, o.Group).PendingMessageCount == 0)
                    break;
                Thread.Sleep(ownPending ? 0 : 200);
                continue;
            }
            var (committed, fromParts) = Process(o, batch, redelivered);
            db.StreamAcknowledge(o.Stream, o.Group, batch.Select(e => e.Id).ToArray());
            entries += batch.Length;
            parts += committed;
            acked += fromParts;
            quietSince = DateTime.UtcNow;
        }
        return new FeedWorkerSummary(entries, parts, acked);
    }

    /// <summary>The entries that still exist; pending ids whose entry was deleted (XDEL, trimming) are acknowledged.</summary>
    private static StreamEntry[] Live(IDatabase db, FeedWorkerOptions o, StreamEntry[] read)
    {
        var gone = read.Where(e => e.IsNull).Select(e => e.Id).ToArray();
        if (gone.Length > 0) db.StreamAcknowledge(o.Stream, o.Group, gone);
        return read.Where(e => !e.IsNull).ToArray();
    }

    private static void EnsureGroup(IDatabase db, FeedWorkerOptions o)
    {
        try
        {
            db.StreamCreateConsumerGroup(o.Stream, o.Group, "0-0", createStream: true);
        }
        catch (RedisServerException e) when (e.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // the group exists: another worker made it
        }
    }

    /// <summary>
    /// Processes a batch and commits it as one part; returns (parts committed, entries found in parts already). Only a
    /// redelivered batch is looked up in the committed parts, so a long feed does not reread every manifest per batch.
    /// </summary>
    private static (int Parts, int FromParts) Process(FeedWorkerOptions o, StreamEntry[] batch, bool redelivered)
    {
        string fp = o.Pipeline.Fingerprint;
        var done = redelivered ? CommittedInputs(o.PartsDirectory, fp) : new HashSet<(string, string)>();
        var todo = new SortedDictionary<string, (StreamEntry Entry, PlanFile File)>(StringComparer.Ordinal);
        int fromParts = 0;
        foreach (var e in batch.OrderBy(e => e.Id.ToString(), StringComparer.Ordinal))
        {
            var f = ToPlanFile(e);
            if (done.Contains((f.ArticleId, f.Sha256))) fromParts++;
            else todo[f.ArticleId] = (e, f); // the same article twice in a batch: the later entry
        }
        if (fromParts > 0) o.Note?.Invoke($"{fromParts} entr(y/ies) already in a committed part: acknowledged without processing");
        if (todo.Count == 0) return (0, fromParts);
        string first = todo.Values.Select(t => t.Entry.Id.ToString()).Min(StringComparer.Ordinal)!;
        string name = $"feed-{first}.{fp[..16]}";
        string work = Path.Combine(o.PartsDirectory, ".work", name);
        Directory.CreateDirectory(work);
        var inputs = todo.Values.Select(t => ShardPlan.ToInputAt(t.File, t.Entry["path"].ToString())).ToList();
        BatchRunner.Run(new RunOptions
        {
            Input = o.Stream, Inputs = inputs, OutputDirectory = work, Pipeline = o.Pipeline, Threads = o.Threads, Resume = true,
        });
        var template = new PartManifest
        {
            Name = name, Kind = "feed", Pipeline = fp, Version = BatchRunner.ToolVersion, Format = o.Format, Tables = Array.Empty<PartTable>(),
            Inputs = todo.Values.Select(t => new PartInput(t.File.ArticleId, t.File.Sha256)).ToList(), Articles = Array.Empty<ManifestEntry>(),
        };
        PartStore.Commit(work, o.PartsDirectory, template);
        FaultPoint.Hit("after-commit");
        Directory.Delete(work, recursive: true);
        return (1, fromParts);
    }

    private static PlanFile ToPlanFile(StreamEntry e)
    {
        string Field(string name) => e[name].IsNull ? "" : e[name].ToString();
        string? code = e["problem_code"].IsNull ? null : Field("problem_code");
        return new PlanFile(Field("source"), Field("article_id"), long.TryParse(Field("size"), out long n) ? n : 0, Field("sha256"), 0, code,
            code == null ? null : Field("problem"));
    }

    /// <summary>(article id, SHA-256) of every input in this pipeline's committed feed parts.</summary>
    private static HashSet<(string, string)> CommittedInputs(string dir, string pipeline)
    {
        var set = new HashSet<(string, string)>();
        foreach (var path in Directory.EnumerateFiles(dir, "feed-*" + PartManifest.Suffix))
        {
            PartManifest m;
            try { m = PartManifest.Read(path); }
            catch (PlanException) { continue; }
            if (m.Pipeline != pipeline) continue;
            foreach (var i in m.Inputs) set.Add((i.ArticleId, i.Sha256));
        }
        return set;
    }
}
