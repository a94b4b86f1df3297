namespace FinExtract.Pipeline;

/// <summary>
/// The catalogue of error codes written to errors.csv, shown by the CLI and asserted by tests.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The file has no bytes (or only white space).</summary>
    public const string InputEmpty = "input.empty";
    /// <summary>The file is not text (NUL bytes or control characters).</summary>
    public const string InputBinary = "input.binary";
    /// <summary>The file (after decompression) is over input.maxFileBytes.</summary>
    public const string InputTooLarge = "input.too-large";
    /// <summary>The file could not be decoded as text, or a .gz file is corrupt.</summary>
    public const string InputDecode = "input.decode";
    /// <summary>The file could not be read from disk.</summary>
    public const string InputUnreadable = "input.unreadable";
    /// <summary>A directory link that leads to a folder already read (a loop): not walked again.</summary>
    public const string InputLinkLoop = "input.link-loop";
    /// <summary>The page has no usable article text (index page, login wall, empty template).</summary>
    public const string ScrapeNoArticle = "scrape.no-article";
    /// <summary>The HTML could not be parsed.</summary>
    public const string ScrapeParse = "scrape.parse";
    /// <summary>Processing one article took longer than limits.articleTimeoutMs.</summary>
    public const string StageTimeout = "stage.timeout";
    /// <summary>A stage failed unexpectedly on this article (a bug: please report it with the file).</summary>
    public const string StageFailed = "stage.failed";
    /// <summary>
    /// Codes for inputs that were handled correctly but hold no article to extract: counted as skipped, not
    /// failed, so they do not turn the run's exit code to 1.
    /// </summary>
    public static bool IsSkip(string code) => code is ScrapeNoArticle or InputLinkLoop;

    /// <summary>The configuration is invalid.</summary>
    public const string ConfigInvalid = "config.invalid";
}
