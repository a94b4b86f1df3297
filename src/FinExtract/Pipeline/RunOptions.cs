namespace FinExtract.Pipeline;

/// <summary>What one batch run reads, where it writes and how.</summary>
public sealed record RunOptions
{
    /// <summary>A folder (read recursively) or one file.</summary>
    public required string Input { get; init; }
    /// <summary>
    /// The inputs to process, when the caller has them already (a shard of a plan, a batch of a feed): they are
    /// processed in this order and <see cref="Input"/> only names where they came from. Null: discover them.
    /// </summary>
    public IReadOnlyList<FinExtract.Input.InputFile>? Inputs { get; init; }
    /// <summary>The output folder (created when missing).</summary>
    public required string OutputDirectory { get; init; }
    /// <summary>The validated pipeline.</summary>
    public required LoadedPipeline Pipeline { get; init; }
    /// <summary>Worker threads (default: the number of cores).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>
    /// Keep what an earlier run in the same output folder finished: after a kill, only the rest is
    /// processed; after a complete run, only inputs whose content changed. The result equals a fresh run.
    /// </summary>
    public bool Resume { get; init; }
    /// <summary>Receives notes for the user (what resume found).</summary>
    public Action<string>? Note { get; init; }
    /// <summary>Receives progress as articles finish (may be null).</summary>
    public IProgress<RunProgress>? Progress { get; init; }
}

/// <summary>A progress report: inputs done, failed and in all, and time so far.</summary>
public readonly record struct RunProgress(int Done, int Failed, int Total, TimeSpan Elapsed);
