using System.Collections.Concurrent;
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

    /// <summary>Runs the batch and writes articles.csv, errors.csv and run.json into the output folder.</summary>
    public static RunSummary Run(RunOptions options)
    {
        var sw = Stopwatch.StartNew();
        var config = options.Pipeline.Config;
        var inputs = InputDiscovery.Discover(options.Input, config.Input.Extensions);
        Directory.CreateDirectory(options.OutputDirectory);
        string articlesPath = Path.Combine(options.OutputDirectory, "articles.csv");
        string errorsPath = Path.Combine(options.OutputDirectory, "errors.csv");
        string runPath = Path.Combine(options.OutputDirectory, "run.json");

        var processor = new ArticleProcessor(options.Pipeline);
        var byCode = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int articles = 0, failed = 0, done = 0;

        using (var articlesCsv = new CsvTable(articlesPath, OutputTables.ArticleColumns, config.Output.NeutraliseFormulas))
        using (var errorsCsv = new CsvTable(errorsPath, OutputTables.ErrorColumns, config.Output.NeutraliseFormulas))
        {
            void Write(ArticleResult r)
            {
                if (r.Article != null)
                {
                    OutputTables.WriteArticle(articlesCsv, r.Article);
                    articles++;
                }
                if (r.Error != null)
                {
                    OutputTables.WriteError(errorsCsv, r.Error);
                    failed++;
                    byCode[r.Error.Code] = byCode.GetValueOrDefault(r.Error.Code) + 1;
                }
                done++;
                options.Progress?.Report(new RunProgress(done, failed, inputs.Count, sw.Elapsed));
            }

            ProcessOrdered(inputs, processor.Process, Write, Math.Max(1, options.Threads));
            articlesCsv.Commit();
            errorsCsv.Commit();
        }

        var summary = new RunSummary
        {
            Inputs = inputs.Count, Articles = articles, Failed = failed, FailuresByCode = byCode, Elapsed = sw.Elapsed,
            StageTimes = processor.StageTimes, OutputFiles = new[] { articlesPath, errorsPath, runPath },
        };
        WriteRunJson(runPath, options, summary);
        return summary;
    }

    /// <summary>
    /// Processes items on <paramref name="threads"/> workers and hands the results to <paramref name="write"/>
    /// in input order, on the calling thread. At most 4 × threads results wait in memory at once.
    /// </summary>
    public static void ProcessOrdered<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> process, Action<TOut> write, int threads)
    {
        if (threads == 1)
        {
            foreach (var item in items) write(process(item));
            return;
        }
        int window = threads * 4;
        var results = new Dictionary<int, TOut>();
        var gate = new object();
        var slots = new SemaphoreSlim(window, window);
        int next = -1;
        Exception? fault = null;
        var workers = new Thread[threads];
        for (int w = 0; w < threads; w++)
        {
            workers[w] = new Thread(() =>
            {
                while (true)
                {
                    slots.Wait();
                    int i = Interlocked.Increment(ref next);
                    if (i >= items.Count || Volatile.Read(ref fault) != null)
                    {
                        slots.Release();
                        return;
                    }
                    TOut r;
                    try
                    {
                        r = process(items[i]);
                    }
                    catch (Exception e)
                    {
                        lock (gate)
                        {
                            fault ??= e;
                            Monitor.PulseAll(gate);
                        }
                        slots.Release();
                        return;
                    }
                    lock (gate)
                    {
                        results[i] = r;
                        Monitor.PulseAll(gate);
                    }
                }
            }, 16 * 1024 * 1024) { IsBackground = true, Name = $"finextract-worker-{w}" };
            workers[w].Start();
        }
        for (int k = 0; k < items.Count; k++)
        {
            TOut r;
            lock (gate)
            {
                while (!results.Remove(k, out r!))
                {
                    if (fault != null) break;
                    Monitor.Wait(gate);
                }
                if (fault != null) break;
            }
            write(r);
            slots.Release();
        }
        foreach (var t in workers) t.Join();
        if (fault != null) throw new AggregateException("a worker failed", fault);
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
            w.WritePropertyName("config");
            using (var doc = JsonDocument.Parse(options.Pipeline.ConfigText, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
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
