using System.Diagnostics;
using System.Text.Json;
using FinExtract.Input;
using FinExtract.Output;

namespace FinExtract.Pipeline;

/// <summary>
/// Runs a batch: finds the inputs, processes them on several workers with a bounded number in flight,
/// and writes the tables in article-id order, so the CSV is byte-identical whatever the thread count.
/// </summary>
public static class BatchRunner
{
    /// <summary>The tool version written to run.json.</summary>
    public static string ToolVersion => typeof(BatchRunner).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>
    /// Runs the batch and writes articles.csv, errors.csv, progress.jsonl and run.json into the output
    /// folder. Each article's rows are flushed, then its manifest line, so a killed run can be resumed.
    /// </summary>
    public static RunSummary Run(RunOptions options)
    {
        var sw = Stopwatch.StartNew();
        var config = options.Pipeline.Config;
        string dir = options.OutputDirectory;
        Directory.CreateDirectory(dir);
        // One run at a time in a folder: a second run into it is refused before it writes anything.
        using var runLock = OutputLock.Acquire(dir);
        var inputs = options.Inputs ?? InputDiscovery.Discover(options.Input, config.Input.Extensions, excludeFolder: dir);
        string runPath = Path.Combine(dir, "run.json");
        string manifestPath = Path.Combine(dir, RunManifest.FileName);
        var specs = TableSet.Specs;

        var previous = OpenPrevious(options, dir);
        var processor = new ArticleProcessor(options.Pipeline);
        var tally = new Tally();
        TableSet? tables = null;
        // opened at the first article written, so that the pipeline's fingerprint, its first line, is hashed beside the first article's work
        RunManifest? manifest = null;
        try
        {
            tables = new TableSet(dir, config.Output.NeutraliseFormulas);
            RunManifest Manifest() => manifest ??= new RunManifest(manifestPath + ".partial", options.Pipeline.Fingerprint, specs.Select(t => t.Name).ToList());

            void Write(ArticleResult r)
            {
                ManifestEntry entry = r.Reused ? previous!.Copy(r.Input.ArticleId, tables.Tables) : tables.Write(r);
                tables.FlushToDisk();
                Manifest().Add(entry);
                tally.Count(entry, r);
                options.Progress?.Report(new RunProgress(tally.Done, tally.Failed, inputs.Count, sw.Elapsed));
            }

            Func<InputFile, string, bool>? canReuse = previous == null ? null : (f, hash) => previous.CanReuse(f.ArticleId, hash);
            ProcessOrdered(inputs, f => processor.Process(f, null, canReuse), Write, Math.Max(1, options.Threads), SetAsideAfter(config));
            previous?.Dispose();
            previous = null;
            tables.Commit();
            Manifest().Dispose();
            File.Move(manifestPath + ".partial", manifestPath, overwrite: true);
        }
        finally
        {
            manifest?.Dispose();
            previous?.Dispose();
            tables?.Dispose();
        }

        var summary = new RunSummary
        {
            Inputs = inputs.Count, Articles = tally.Articles, Failed = tally.Failed, Skipped = tally.Skipped, FailedFiles = tally.FailedFiles,
            Reused = tally.Reused, FailuresByCode = tally.ByCode, Elapsed = sw.Elapsed, StageTimes = processor.StageTimes,
            OutputFiles = specs.Select(t => Path.Combine(dir, t.Name)).Append(manifestPath).Append(runPath).ToList(),
        };
        WriteRunJson(runPath, options, summary);
        return summary;
    }

    /// <summary>
    /// With --resume, the earlier run in <paramref name="dir"/> (opened before anything is written, since a killed run's
    /// .partial files are its data). Otherwise, or when nothing is usable, the folder's earlier tables are removed now, so
    /// that a run killed before it completes leaves only its own .partial files, never old tables beside them.
    /// </summary>
    private static PreviousRun? OpenPrevious(RunOptions options, string dir)
    {
        PreviousRun? previous = null;
        if (options.Resume)
            previous = PreviousRun.Open(dir, options.Pipeline.Fingerprint,
                TableSet.Specs.Select(t => (Path.Combine(dir, t.Name), CsvTable.HeaderFor(t.Columns))).ToList(), options.Note ?? (_ => { }));
        if (previous == null)
            foreach (var name in TableSet.Specs.Select(t => t.Name).Append(RunManifest.FileName).Append("run.json"))
                File.Delete(Path.Combine(dir, name));
        return previous;
    }

    /// <summary>What the run has written so far, by outcome.</summary>
    private sealed class Tally
    {
        public int Articles, Failed, Skipped, Done, Reused;
        public readonly SortedDictionary<string, int> ByCode = new(StringComparer.Ordinal);
        public readonly List<string> FailedFiles = new();

        public void Count(ManifestEntry entry, ArticleResult r)
        {
            Done++;
            if (r.Reused) Reused++;
            if (entry.Outcome == "ok")
            {
                Articles++;
                return;
            }
            if (ErrorCodes.IsSkip(entry.Outcome)) Skipped++;
            else
            {
                Failed++;
                FailedFiles.Add(r.Input.SourcePath);
            }
            ByCode[entry.Outcome] = ByCode.GetValueOrDefault(entry.Outcome) + 1;
        }
    }

    /// <summary>
    /// Processes items on <paramref name="threads"/> workers and hands the results to <paramref name="write"/>
    /// in input order, on the calling thread. At most 4 × threads results wait in memory at once. Workers
    /// are threads with a 16 MiB stack even for one thread, so deep pages meet the same limits at any count.
    /// With a <paramref name="watchdog"/>, an item still running after the watchdog's time (a loop that its cooperative
    /// time limit cannot stop) is written as the watchdog's SetAside gives it, its late result is
    /// dropped, and a new worker takes its thread's place, so one such item cannot hang the batch.
    /// </summary>
    public static void ProcessOrdered<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> process, Action<TOut> write, int threads,
        Watchdog<TIn, TOut>? watchdog = null)
    {
        var run = new OrderedRun<TIn, TOut>(items, process, threads);
        run.Start(threads);
        for (int k = 0; k < items.Count; k++)
        {
            if (!run.Next(k, watchdog, out var r)) break;
            write(r);
            run.Written();
        }
        run.Finish();
    }

    /// <summary>
    /// The batch's watchdog: an article still running long after <c>limits.articleTimeoutMs</c> (which a stage checks between
    /// its steps, and which a page that runs over gets twice) is in a loop no check reaches; it becomes an error row and the
    /// batch goes on without it.
    /// </summary>
    private static Watchdog<InputFile, ArticleResult> SetAsideAfter(PipelineConfig config)
    {
        int ms = config.Limits.ArticleTimeoutMs;
        return new Watchdog<InputFile, ArticleResult>(TimeSpan.FromMilliseconds(3.0 * ms + 10_000), f => new ArticleResult(f, null,
            new ArticleError(f.SourcePath, f.ArticleId, "pipeline", ErrorCodes.StageTimeout,
                $"still running {3 * ms / 1000.0 + 10:0.#} s after it started, far over limits.articleTimeoutMs ({ms} ms), and it could not be "
                + "stopped: set aside so the batch goes on (a bug: please report it with this file)")));
    }

    private static void WriteRunJson(string path, RunOptions options, RunSummary s)
    {
        string temp = path + ".partial";
        using (var fs = File.Create(temp))
        using (var w = new Utf8JsonWriter(fs, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("tool", "finextract");
            w.WriteString("version", ToolVersion);
            w.WriteString("input", Path.GetFullPath(options.Input));
            w.WriteString("config_path", options.Pipeline.Config.SourcePath);
            w.WriteString("config_hash", options.Pipeline.ConfigHash);
            w.WriteString("fingerprint", options.Pipeline.Fingerprint);
            w.WritePropertyName("config");
            using (var doc = JsonDocument.Parse(options.Pipeline.ConfigText,
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
                doc.RootElement.WriteTo(w);
            w.WritePropertyName("resolved");
            w.WriteStartObject();
            var c = options.Pipeline.Config;
            w.WriteStartObject("input");
            w.WriteStartArray("extensions");
            foreach (var e in c.Input.Extensions) w.WriteStringValue(e);
            w.WriteEndArray();
            w.WriteNumber("maxFileBytes", c.Input.MaxFileBytes);
            w.WriteEndObject();
            w.WriteStartObject("limits");
            w.WriteNumber("articleTimeoutMs", c.Limits.ArticleTimeoutMs);
            w.WriteNumber("regexTimeoutMs", c.Limits.RegexTimeoutMs);
            w.WriteNumber("maxDomDepth", c.Limits.MaxDomDepth);
            w.WriteEndObject();
            w.WriteStartObject("output");
            w.WriteBoolean("neutraliseFormulas", c.Output.NeutraliseFormulas);
            w.WriteEndObject();
            w.WriteStartArray("stages");
            foreach (var st in options.Pipeline.Stages) w.WriteStringValue(st.Name);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteNumber("threads", options.Threads);
            w.WriteStartObject("counts");
            w.WriteNumber("inputs", s.Inputs);
            w.WriteNumber("articles", s.Articles);
            w.WriteNumber("failed", s.Failed);
            w.WriteNumber("skipped", s.Skipped);
            w.WriteNumber("reused", s.Reused);
            w.WriteStartObject("failures_by_code");
            foreach (var (k, v) in s.FailuresByCode) w.WriteNumber(k, v);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteNumber("elapsed_ms", Math.Round(s.Elapsed.TotalMilliseconds, 1));
            w.WriteNumber("pages_per_second", s.Elapsed.TotalSeconds > 0 ? Math.Round(s.Inputs / s.Elapsed.TotalSeconds, 1) : 0);
            w.WriteStartObject("stage_ms");
            foreach (var (stage, time) in s.StageTimes) w.WriteNumber(stage, Math.Round(time.TotalMilliseconds, 1));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        File.Move(temp, path, overwrite: true);
    }
}
