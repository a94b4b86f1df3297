using FinExtract.Documents;
using FinExtract.Input;
using FinExtract.Output;

namespace FinExtract.Pipeline;

/// <summary>
/// What processing one input gave: an article, or the error that stopped it, or (on a resumed run) the
/// note that a previous run's rows for the same content can be kept.
/// </summary>
public sealed record ArticleResult(InputFile Input, Article? Article, ArticleError? Error)
{
    /// <summary>SHA-256 of the input's content ("" when it could not be read).</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>True when the previous run's rows are kept instead of processing again.</summary>
    public bool Reused { get; init; }
}
