namespace FinExtract.Pipeline;

/// <summary>What a batch run did.</summary>
public sealed record RunSummary
{
    /// <summary>Inputs found.</summary>
    public int Inputs { get; init; }
    /// <summary>Articles written to articles.csv.</summary>
    public int Articles { get; init; }
    /// <summary>Inputs that failed (rows in errors.csv).</summary>
    public int Failed { get; init; }
    /// <summary>Inputs whose rows were kept from an earlier run (--resume, content unchanged).</summary>
    public int Reused { get; init; }
    /// <summary>Failures by error code.</summary>
    public IReadOnlyDictionary<string, int> FailuresByCode { get; init; } = new Dictionary<string, int>();
    /// <summary>Wall-clock time of the run.</summary>
    public TimeSpan Elapsed { get; init; }
    /// <summary>Time per stage, summed over workers.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> StageTimes { get; init; } = Array.Empty<(string, TimeSpan)>();
    /// <summary>Paths of the files written.</summary>
    public IReadOnlyList<string> OutputFiles { get; init; } = Array.Empty<string>();
}
