using FinExtract.Pipeline;
using FinExtract.Scraping;
using FinExtract.Tests.Scraping;

namespace FinExtract.Tests.Pipeline;

/// <summary>The scraper does its one-time work on a page of its own while the other stages are built.</summary>
public class WarmUpTests
{
    [Fact]
    public void TheShippedScraper_WarmsUp_AndAWarmedStageReadsPagesAsAColdOneWould()
    {
        var pipeline = ConfigLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "pipeline.json"));
        var scrape = Assert.IsAssignableFrom<IWarmUp>(pipeline.Stages.Single(s => s.Name == "scrape"));
        scrape.WarmUp();
        string html = "<html><body><h1>Mill output rises</h1><p class=\"byline\">By Ann Lee</p>" + ScrapeHelper.Para(
            "Output at the Kestrel mill rose for a third month in May as orders from builders picked up, the company said on Friday.", 3)
            + "</body></html>";
        var warm = ScrapeHelper.Scrape(html);
        Assert.Equal(warm.Body, ScrapeHelper.Scrape(html).Body);
        Assert.Contains("Kestrel mill", warm.Body);
    }

    [Fact]
    public void AWarmUpThatFindsNoArticle_ThrowsNothing() =>
        new ScrapeStage(new ScrapeOptions { MinArticleChars = 100_000 }).WarmUp();
}
