using FinExtract.Documents;
using FinExtract.Input;
using FinExtract.Output;

namespace FinExtract.Pipeline;

/// <summary>What processing one input gave: an article, or the error that stopped it.</summary>
public sealed record ArticleResult(InputFile Input, Article? Article, ArticleError? Error);
