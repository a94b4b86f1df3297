namespace FinExtract.Scraping;

/// <summary>Options of the scrape stage (pipeline.json: stages[name=scrape].options).</summary>
public sealed record ScrapeOptions
{
    /// <summary>Shortest text kept as a paragraph unless it reads as a sentence.</summary>
    public int MinParagraphChars { get; init; } = 25;

    /// <summary>Least running text (characters) for a page to count as an article.</summary>
    public int MinArticleChars { get; init; } = 150;
}
