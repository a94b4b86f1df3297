namespace FinExtract.Output;

/// <summary>A failure on one input: the stage, a code from the catalogue and a message for the user.</summary>
public sealed record ArticleError(string SourcePath, string ArticleId, string Stage, string Code, string Message);
