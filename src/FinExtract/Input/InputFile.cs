namespace FinExtract.Input;

/// <summary>One input file found under the input root.</summary>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="SourcePath">Path relative to the input root, '/' separated (or the file name for a single-file input).</param>
/// <param name="ArticleId">Relative path without its extension(s).</param>
/// <param name="Compressed">Whether the file is gzip-compressed (.gz).</param>
/// <param name="Extension">The extension under .gz, lower case (".html", ".txt", ...).</param>
public sealed record InputFile(string FullPath, string SourcePath, string ArticleId, bool Compressed, string Extension)
{
    /// <summary>
    /// Set when discovery already knows the input cannot be read as an article (a directory link that
    /// leads back to a folder already read): the error code written to errors.csv, with <see cref="Problem"/>.
    /// </summary>
    public string? ProblemCode { get; init; }

    /// <summary>Why the input is not read, for errors.csv.</summary>
    public string? Problem { get; init; }
}
