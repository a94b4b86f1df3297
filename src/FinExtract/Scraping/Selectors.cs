using System.Text.RegularExpressions;
using FinExtract.Text;

namespace FinExtract.Scraping;

/// <summary>
/// Every name, pattern and phrase the scraper uses to tell article from boilerplate, gathered in one
/// place so that they can be read and tuned together.
/// </summary>
public static partial class Selectors
{
    /// <summary>Elements removed with everything inside them before the main text is looked for.</summary>
    public static readonly HashSet<string> DropTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button",
        "input", "select", "textarea", "nav", "footer", "aside", "menu", "dialog", "label", "link", "meta",
        "video", "audio", "picture", "img", "map", "head", "figcaption", "source", "math",
    };

    /// <summary>ARIA roles of page furniture.</summary>
    public static readonly HashSet<string> DropRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar",
        "search", "toolbar", "tablist", "alert", "marquee", "timer",
    };

    /// <summary>Block-level elements: text runs are split at their boundaries.</summary>
    public static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "fieldset", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "center", "details",
        "summary", "figcaption", "caption", "html", "br-block",
    };

    /// <summary>
    /// class/id tokens of boilerplate containers. Matched against each hyphen/underscore-separated part and
    /// the whole token of an element's class and id.
    /// </summary>
    private static readonly WarmingRegex BoilerplateTokenRegex =
        Lexicon.WarmingAlternation("^(?:", "boilerplate-classes.tsv", ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The pattern of Resources/lexicon/boilerplate-classes.tsv.</summary>
    public static Regex BoilerplateToken() => BoilerplateTokenRegex.Regex;

    /// <summary>Words that mark boilerplate even as one part of a compound class name ("post-share-bar").</summary>
    private static readonly WarmingRegex BoilerplatePartRegex =
        Lexicon.WarmingAlternation("^(?:", "boilerplate-class-parts.tsv", ")$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The pattern of Resources/lexicon/boilerplate-class-parts.tsv.</summary>
    public static Regex BoilerplatePart() => BoilerplatePartRegex.Regex;

    /// <summary>class/id tokens that mark an article body container (these are never dropped as boilerplate).</summary>
    private static readonly WarmingRegex BodyTokenRegex =
        Lexicon.WarmingAlternation("(?:^|[\\s_-])(?:", "body-classes.tsv", ")(?:$|[\\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The pattern of Resources/lexicon/body-classes.tsv.</summary>
    public static Regex BodyToken() => BodyTokenRegex.Regex;

    /// <summary>Positive class/id words (Readability's list).</summary>
    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PositiveWords();

    /// <summary>Negative class/id words (Readability's list).</summary>
    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|" +
        @"promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|dateline|credit|caption|newsletter|" +
        @"subscribe|recirc|trending|popular", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NegativeWords();

    /// <summary>A paragraph that is page furniture whatever container it is in.</summary>
    private static readonly WarmingRegex BoilerplateParagraphRegex =
        Lexicon.WarmingAlternation("^(?:", "boilerplate-paragraphs.tsv", ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The pattern of Resources/lexicon/boilerplate-paragraphs.tsv.</summary>
    public static Regex BoilerplateParagraph() => BoilerplateParagraphRegex.Regex;

    /// <summary>A heading after which the article is over (related links, comments, newsletters).</summary>
    private static readonly WarmingRegex EndOfArticleHeadingRegex =
        Lexicon.WarmingAlternation("^(?:", "end-of-article-headings.tsv", ")\\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The pattern of Resources/lexicon/end-of-article-headings.tsv.</summary>
    public static Regex EndOfArticleHeading() => EndOfArticleHeadingRegex.Regex;

    /// <summary>Texts of a page that is not an article: a login or subscription wall.</summary>
    [GeneratedRegex(@"\b(?:subscribe to (?:continue|read)|to continue reading|log ?in to (?:continue|read)|sign in to (?:continue|read)|" +
        @"create a free account to (?:continue|read)|this content is (?:for|available to) subscribers|already a subscriber)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex WallText();

    /// <summary>Separator between a headline and a site name in &lt;title&gt; and og:title.</summary>
    [GeneratedRegex(@"\s+(?:[|\-–—·•:»]|::)\s+", RegexOptions.CultureInvariant)]
    public static partial Regex TitleSeparator();

    /// <summary>Keys under which a page's data script gives its publication date ("publishedAt":"2021-03-03T10:15:00Z").</summary>
    public static readonly string[] PublicationKeys =
        ["datePublished", "date_published", "publishedAt", "published_at", "publishDate", "publish_date", "pubDate", "firstPublishedAt",
            "first_published_at", "publicationDate", "publication_date"];

    private static readonly Regex ScriptPublicationDateRegex = new(@"[""'](?:" + string.Join("|", PublicationKeys)
        + @")[""']\s*:\s*[""'](\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)[""']", RegexOptions.CultureInvariant);

    /// <summary>A publication date under one of <see cref="PublicationKeys"/> in a script's data: an ISO date, quoted.</summary>
    public static Regex ScriptPublicationDate() => ScriptPublicationDateRegex;

    /// <summary>A separator left at the start or end of a title ("Headline | Site |").</summary>
    [GeneratedRegex(@"^\s*[|·•»]\s+|\s+[|·•»]\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex DanglingTitleSeparator();

    /// <summary>A web address as a whole ("harbour-news.ch", "www.example.co.uk").</summary>
    [GeneratedRegex(@"^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex WebDomain();
}
