using AngleSharp.Html.Parser;
using FinExtract.Documents;
using FinExtract.Pipeline;

namespace FinExtract.Scraping;

/// <summary>
/// The scrape stage: turns a page into metadata and clean article text (the <c>body</c> layer).
/// A plain-text input keeps its text as it is.
/// </summary>
public sealed class ScrapeStage : IStage, IWarmUp
{
    /// <summary>The layer this stage adds.</summary>
    public const string BodyLayer = "body";

    private readonly ScrapeOptions _options;
    private readonly MainTextExtractor _extractor;

    /// <summary>Creates the stage.</summary>
    public ScrapeStage(ScrapeOptions options)
    {
        _options = options;
        _extractor = new MainTextExtractor(options);
    }

    /// <inheritdoc />
    public string Name => "scrape";

    private const string WarmUpPage = "<html lang=\"en\"><head><title>Warm-up | Site</title><meta name=\"author\" content=\"Jane Roe\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Warm-up\",\"datePublished\":\"2024-01-02T03:04:05Z\"}</script>"
        + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>Warm-up</h1><p class=\"byline\">By Jane Roe, March 3, 2024</p>"
        + "<p>Shares of a company rose on Tuesday after it raised its forecast for the year, and analysts said demand held up.</p>"
        + "<p>The company said revenue climbed in the quarter, helped by strong sales in its largest markets.</p></article>"
        + "<footer>Copyright</footer></body></html>";

    /// <inheritdoc />
    public void WarmUp()
    {
        try
        {
            var article = new Article("warm-up", "warm-up.html", "", InputFormat.Html, WarmUpPage);
            Process(article, new StageContext(new LimitsConfig(), CancellationToken.None));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // a warm-up that fails leaves the work to the first page; the page reports its own errors
        }
    }

    /// <inheritdoc />
    public void Process(Article article, StageContext context)
    {
        if (article.Format == InputFormat.Text)
        {
            article.SetBodyVerbatim(article.RawText);
            article.BodySource = "text";
            if (HeadlineLine(article.RawText) is { } headline) article.Metadata.Title = new MetaValue(headline, MetaSource.Text);
            DetectLanguage(article, context);
            article.Layers.Add(BodyLayer);
            return;
        }

        string html = Prefilter(article.RawText, context);
        MainText main;
        using (var doc = Parse(html, context))
        {
            context.CheckTime(Name);
            MetadataExtractor.Extract(doc, article.Metadata);
            context.CheckTime(Name);
            main = ExtractText(doc, context, lenient: false);
        }
        if (main.GoodChars < _options.MinArticleChars)
        {
            // Too little text with every furniture-named container dropped: a theme may have put a decorator word on the
            // post's own container ("entry share", "widget Blog"), or the page shows its text only without scripts
            // (<noscript>). Once more on a fresh tree, keeping both.
            context.Trace?.Invoke("too little running text: read again, keeping text-rich containers named only by a decorator word " +
                "(share, widget, paywall), the content of <noscript> and headings that hold running prose");
            context.CheckTime(Name);
            using var again = Parse(html, context);
            var retry = ExtractText(again, context, lenient: true);
            if (retry.GoodChars >= _options.MinArticleChars) main = retry;
        }
        main = MainTextExtractor.WithoutBylineLines(main, article.Metadata.Author.Value, context.Trace);
        main = MainTextExtractor.WithoutTitleRepeated(main, article.Metadata.Title.Value, context.Trace);
        article.SetBody(main.Blocks);
        article.BodySource = main.Method;
        DetectLanguage(article, context);
        if (main.GoodChars < _options.MinArticleChars)
        {
            string why = Selectors.WallText().IsMatch(article.Body) ? "it looks like a login or subscription wall"
                : article.Body.Length == 0 ? "no text was found"
                : $"only {main.GoodChars} characters of running text were found (scrape.options.minArticleChars is {_options.MinArticleChars})";
            // The page's metadata still reaches the user: its articles.csv row has an empty body (body_source "none").
            article.SetBody(Array.Empty<(string, Documents.ParagraphKind)>());
            article.BodySource = "none";
            throw new StageException(ErrorCodes.ScrapeNoArticle, $"the page has no usable article: {why}; an index, tag or login page is " +
                $"reported rather than filled with boilerplate");
        }
        article.Layers.Add(BodyLayer);
    }

    /// <summary>
    /// A plain-text article's headline: its first line when a blank line follows it and it reads as a headline, not as the
    /// opening sentence (at most 200 characters and 30 words, not ending in a full stop, a colon or a comma).
    /// </summary>
    internal static string? HeadlineLine(string text)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        int end = text.IndexOf('\n', start);
        if (end < 0) return null;
        int next = end + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '\r') next++;
        if (next >= text.Length || text[next] != '\n') return null;
        string line = text[start..end].Trim();
        if (line.Length is 0 or > 200 || line[^1] is '.' or ':' or ',' || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 30) return null;
        return line.Any(char.IsLetter) ? line : null;
    }

    private static string Prefilter(string raw, StageContext context)
    {
        try
        {
            string html = MarkupPrefilter.Limit(raw, context.Limits.MaxDomDepth, out int deepest);
            if (deepest > context.Limits.MaxDomDepth)
                context.Trace?.Invoke($"nesting reached depth {deepest}; tags below limits.maxDomDepth ({context.Limits.MaxDomDepth}) were " +
                $"flattened, their text kept");
            return html;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new StageException(ErrorCodes.ScrapeParse, $"the HTML could not be parsed: {e.Message}");
        }
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html, StageContext context)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsNotConsumingCharacterReferences = false });
        try
        {
            // The token lets the article's deadline stop the parser itself, not only the stages after it.
            return parser.ParseDocumentAsync(html, context.Cancellation).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new StageException(ErrorCodes.ScrapeParse, $"the HTML could not be parsed: {e.Message}");
        }
    }

    private MainText ExtractText(AngleSharp.Html.Dom.IHtmlDocument doc, StageContext context, bool lenient)
    {
        try
        {
            return _extractor.Extract(doc, context.Limits.MaxDomDepth, context.Cancellation, context.Trace, lenient);
        }
        catch (OperationCanceledException)
        {
            context.CheckTime(Name);
            throw;
        }
    }

    /// <summary>
    /// The language the text is written in, when the page does not say, or says another language than its text
    /// clearly is in (a template's lang="en" on a German story); the source is then "text".
    /// </summary>
    private static void DetectLanguage(Article article, StageContext context)
    {
        string detected = LanguageDetector.Detect(article.Body);
        if (detected.Length == 0) return;
        var declared = article.Metadata.Language;
        string primary = declared.Value.Split('-')[0];
        if (declared.HasValue && (primary.Equals(detected, StringComparison.OrdinalIgnoreCase) || !LanguageDetector.Knows(primary.ToLowerInvariant()))) return;
        context.Trace?.Invoke($"language: the text reads as '{detected}'" + (declared.HasValue
            ? $", not '{declared.Value}' as the page says" : ", and the page does not say"));
        article.Metadata.Language = new MetaValue(detected, MetaSource.Text);
    }
}
