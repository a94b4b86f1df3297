namespace FinExtract.Pipeline;

/// <summary>What a batch run did.</summary>
public sealed record RunSummary
{
    /// <summary>Inputs found.</summary>
    public int Inputs { get; init; }
    /// <summary>Articles written to articles.csv.</summary>
    public int Articles { get; init; }
    /// <summary>Inputs that could not be processed (rows in errors.csv): the run's exit code is 1 when there are any.</summary>
    public int Failed { get; init; }
    /// <summary>
    /// Inputs processed correctly that hold no article (an index page, a folder link already read): a row in
    /// errors.csv with the reason, but not a failure.
    /// </summary>
    public int Skipped { get; init; }
    /// <summary>The source paths of the inputs that failed, in output order.</summary>
    public IReadOnlyList<string> FailedFiles { get; init; } = Array.Empty<string>();
    /// <summary>Inputs whose rows were kept from an earlier run (--resume, content unchanged).</summary>
    public int Reused { get; init; }
    /// <summary>Failures and skips by error code.</summary>
    public IReadOnlyDictionary<string, int> FailuresByCode { get; init; } = new Dictionary<string, int>();
    /// <summary>Wall-clock time of the run.</summary>
    public TimeSpan Elapsed { get; init; }
    /// <summary>Time per stage, summed over workers.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> StageTimes { get; init; } = Array.Empty<(string, TimeSpan)>();
    /// <summary>Paths of the files written.</summary>
    public IReadOnlyList<string> OutputFiles { get; init; } = Array.Empty<string>();
}
