using System.Diagnostics;
using System.Text.RegularExpressions;
using FinExtract.Documents;
using FinExtract.Input;
using FinExtract.Output;

namespace FinExtract.Pipeline;

/// <summary>
/// Runs one input through all stages. A pure function of (file bytes, config): it never throws for bad
/// input; every failure becomes an <see cref="ArticleError"/> with its stage and code.
/// </summary>
public sealed class ArticleProcessor
{
    private readonly LoadedPipeline _pipeline;
    private readonly long[] _stageTicks;
    private readonly long[] _stageBytes;

    /// <summary>Creates a processor for a pipeline.</summary>
    public ArticleProcessor(LoadedPipeline pipeline)
    {
        _pipeline = pipeline;
        _stageTicks = new long[pipeline.Stages.Count + 1];
        _stageBytes = new long[pipeline.Stages.Count + 1];
    }

    /// <summary>Bytes allocated per stage so far ("read" first, then the stages in order): what the garbage collector has to reclaim.</summary>
    public IReadOnlyList<(string Stage, long Bytes)> StageAllocations =>
        new[] { "read" }.Concat(_pipeline.Stages.Select(s => s.Name)).Select((n, i) => (n, Interlocked.Read(ref _stageBytes[i]))).ToList();

    /// <summary>Time spent per stage so far ("read" first, then the stages in order).</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> StageTimes =>
        new[] { "read" }.Concat(_pipeline.Stages.Select(s => s.Name))
            .Select((n, i) => (n, TimeSpan.FromTicks(Interlocked.Read(ref _stageTicks[i]) * TimeSpan.TicksPerSecond / Stopwatch.Frequency))).ToList();

    /// <summary>Processes one input file.</summary>
    public ArticleResult Process(InputFile input) => Process(input, null);

    /// <summary>
    /// Processes one input file, reporting stage decisions to <paramref name="trace"/>. When
    /// <paramref name="canReuse"/> says a previous run already holds rows for this content, nothing is
    /// processed and the result is marked <see cref="ArticleResult.Reused"/>.
    /// </summary>
    public ArticleResult Process(InputFile input, Action<string>? trace, Func<InputFile, string, bool>? canReuse = null)
    {
        if (input.ProblemCode != null)
            return new ArticleResult(input, null, new ArticleError(input.SourcePath, input.ArticleId, "read", input.ProblemCode, input.Problem ?? ""));
        long t0 = Stopwatch.GetTimestamp(), b0 = GC.GetAllocatedBytesForCurrentThread();
        byte[] bytes;
        Article article;
        string hash = "";
        try
        {
            bytes = InputLoader.Read(input, _pipeline.Config.Input);
            hash = InputLoader.Hash(bytes);
            if (canReuse != null && canReuse(input, hash)) return new ArticleResult(input, null, null) { ContentHash = hash, Reused = true };
            article = InputLoader.FromBytes(input, bytes, hash);
        }
        catch (StageException e)
        {
            return new ArticleResult(input, null, new ArticleError(input.SourcePath, input.ArticleId, "read", e.Code, e.Message)) { ContentHash = hash };
        }
        finally
        {
            Interlocked.Add(ref _stageTicks[0], Stopwatch.GetTimestamp() - t0);
            Interlocked.Add(ref _stageBytes[0], GC.GetAllocatedBytesForCurrentThread() - b0);
        }
        return RunRetryingTimeout(input, article, bytes, hash, trace);
    }

    /// <summary>
    /// Processes an input whose bytes are in memory already (a library caller's page, a test's text), as <see cref="Process(InputFile)"/>
    /// does with a file's: a page that runs over a time limit is run once more.
    /// </summary>
    public ArticleResult ProcessInMemory(InputFile input, byte[] bytes, Action<string>? trace = null)
    {
        string hash = InputLoader.Hash(bytes);
        Article article;
        try
        {
            article = InputLoader.FromBytes(input, bytes, hash);
        }
        catch (StageException e)
        {
            return new ArticleResult(input, null, new ArticleError(input.SourcePath, input.ArticleId, "read", e.Code, e.Message)) { ContentHash = hash };
        }
        return RunRetryingTimeout(input, article, bytes, hash, trace);
    }

    /// <summary>
    /// A time limit is wall-clock time, so a stall of the machine (another process, a collection) can trip it on a page
    /// that is not slow: a page that runs over is run once more, and fails only when it runs over again.
    /// </summary>
    private ArticleResult RunRetryingTimeout(InputFile input, Article article, byte[] bytes, string hash, Action<string>? trace)
    {
        var result = Run(input, article, trace);
        if (result.Error?.Code != ErrorCodes.StageTimeout) return result;
        result = Run(input, InputLoader.FromBytes(input, bytes, hash), trace);
        return result.Error is { Code: ErrorCodes.StageTimeout } again
            ? result with { Error = again with { Message = again.Message + " (it ran over again when run a second time)" } }
            : result;
    }

    /// <summary>Runs the stages on an article already loaded.</summary>
    public ArticleResult Run(InputFile input, Article article, Action<string>? trace = null)
    {
        using var cts = new CancellationTokenSource(_pipeline.Config.Limits.ArticleTimeoutMs);
        long started = Stopwatch.GetTimestamp();
        var context = new StageContext(_pipeline.Config.Limits, cts.Token) { Trace = trace };
        bool guarded = false;
        for (int i = 0; i < _pipeline.Stages.Count; i++)
        {
            var stage = _pipeline.Stages[i];
            // The time ran out in the stage before, which finished without noticing: the row names that stage, where the time went.
            // (The clock is read too: the token's timer runs on the thread pool and can fire late when the pool is busy.)
            if (i > 0 && (cts.IsCancellationRequested || Stopwatch.GetElapsedTime(started).TotalMilliseconds > _pipeline.Config.Limits.ArticleTimeoutMs))
                return Fail(article, input, _pipeline.Stages[i - 1].Name, ErrorCodes.StageTimeout,
                    StageContext.TimeoutMessage(_pipeline.Stages[i - 1].Name, _pipeline.Config.Limits.ArticleTimeoutMs));
            long t = Stopwatch.GetTimestamp(), b = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                context.CheckTime(stage.Name);
                stage.Process(article, context);
                if (!guarded && article.Layers.Contains(Scraping.ScrapeStage.BodyLayer))
                {
                    // Before any stage reads offsets: a body a spreadsheet would run is stored with a leading apostrophe.
                    guarded = true;
                    if (_pipeline.Config.Output.NeutraliseFormulas && CsvTable.IsRunnable(article.Body)) article.PrefixBody("'");
                }
            }
            catch (StageException e) when (e.Code == ErrorCodes.ScrapeNoArticle)
            {
                // Not an article, but a page: its metadata is kept (a row with an empty body) beside the reason.
                return new ArticleResult(input, article,
                    new ArticleError(input.SourcePath, input.ArticleId, stage.Name, e.Code, e.Message)) { ContentHash = article.ContentHash };
            }
            catch (StageException e)
            {
                return Fail(article, input, stage.Name, e.Code, e.Message);
            }
            catch (Rules.RuleTimeoutException e)
            {
                return Fail(article, input, stage.Name, ErrorCodes.StageTimeout, e.Message);
            }
            catch (OperationCanceledException)
            {
                return Fail(article, input, stage.Name, ErrorCodes.StageTimeout,
                    StageContext.TimeoutMessage(stage.Name, _pipeline.Config.Limits.ArticleTimeoutMs));
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or RegexMatchTimeoutException)
            {
                return Fail(article, input, stage.Name, e is RegexMatchTimeoutException ? ErrorCodes.StageTimeout : ErrorCodes.StageFailed,
                    e is RegexMatchTimeoutException
                    ? $"a pattern ran over limits.regexTimeoutMs: {e.Message}" : "the page is nested too deeply to process; lower limits.maxDomDepth");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return Fail(article, input, stage.Name, ErrorCodes.StageFailed, $"{e.GetType().Name}: {e.Message} (a bug: please report it with this file)");
            }
            finally
            {
                Interlocked.Add(ref _stageTicks[i + 1], Stopwatch.GetTimestamp() - t);
                Interlocked.Add(ref _stageBytes[i + 1], GC.GetAllocatedBytesForCurrentThread() - b);
            }
        }
        return new ArticleResult(input, article, null) { ContentHash = article.ContentHash };
    }

    private static ArticleResult Fail(Article article, InputFile input, string stage, string code, string message) =>
        new(input, null, new ArticleError(input.SourcePath, input.ArticleId, stage, code, message)) { ContentHash = article.ContentHash };
}
