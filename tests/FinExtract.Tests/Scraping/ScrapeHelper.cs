using FinExtract.Documents;
using FinExtract.Input;
using FinExtract.Pipeline;
using FinExtract.Scraping;

namespace FinExtract.Tests.Scraping;

internal static class ScrapeHelper
{
    public static Article Scrape(string html, ScrapeOptions? options = null)
    {
        var file = new InputFile("/x/page.html", "page.html", "page", false, ".html");
        var article = InputLoader.FromBytes(file, System.Text.Encoding.UTF8.GetBytes(html));
        new ScrapeStage(options ?? new ScrapeOptions()).Process(article, new StageContext(new LimitsConfig(), CancellationToken.None));
        return article;
    }

    public static string Para(string sentence, int times = 1) => "<p>" + string.Join(" ", Enumerable.Repeat(sentence, times)) + "</p>";
}
