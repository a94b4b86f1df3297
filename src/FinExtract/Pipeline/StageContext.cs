namespace FinExtract.Pipeline;

/// <summary>Per-article context handed to every stage: limits and the article's deadline.</summary>
public sealed class StageContext
{
    /// <summary>Creates a context.</summary>
    public StageContext(LimitsConfig limits, CancellationToken cancellation)
    {
        Limits = limits;
        Cancellation = cancellation;
    }

    /// <summary>When set, stages report their decisions here (explain); null in batch runs.</summary>
    public Action<string>? Trace { get; init; }

    /// <summary>The configured limits.</summary>
    public LimitsConfig Limits { get; }

    /// <summary>Cancelled when the article's time is up; stages check it in their loops.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>Throws a <see cref="StageException"/> with <see cref="ErrorCodes.StageTimeout"/> when the time is up.</summary>
    public void CheckTime(string stage)
    {
        if (Cancellation.IsCancellationRequested)
            throw new StageException(ErrorCodes.StageTimeout, TimeoutMessage(stage, Limits.ArticleTimeoutMs));
    }

    /// <summary>What errors.csv says of a stage that ran over the article's time.</summary>
    public static string TimeoutMessage(string stage, int articleTimeoutMs) =>
        $"stage '{stage}' ran over limits.articleTimeoutMs ({articleTimeoutMs} ms); raise it in pipeline.json if the file is legitimately large";
}
