using System.Text.RegularExpressions;

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
    [GeneratedRegex(@"^(?:share|sharing|social|socials|sharebar|share-?tools|related|relateds|recommend(?:ed|ations?)?|comments?|comment-?list|disqus|newsletter|newsletters|subscribe|subscription|signup|sign-up|promo|promos|promotion|advert|advertisement|advertising|ads?|adslot|ad-?container|ad-?wrapper|ad-?unit|dfp|gpt|sponsor|sponsored|outbrain|taboola|cookie|cookies|consent|gdpr|breadcrumbs?|byline|bylines|author-?bio|author-?box|authorinfo|tags|tag-?list|topics|popular|trending|most-?read|mostpopular|most-?popular|footer|sidebar|side-?bar|widget|widgets|caption|credit|credits|modal|popup|overlay|skip|print|toolbar|pagination|pager|menu|nav|navbar|navigation|masthead|header|site-?header|rail|right-?rail|left-?rail|related-?content|read-?more|readmore|more-?stories|more-?from|next-?up|up-?next|also-?read|see-?also|paywall|meter|login|register|inline-?ad|teaser-?list|dateline-?hidden|visually-?hidden|sr-only|screen-?reader-?text|hidden|hide|offscreen|timestamp|date|published|metadata|meta|article-?meta|post-?meta|entry-?meta|lede-?art|media|image|photo|gallery|slideshow|video|player|embed|twitter-?tweet|instagram-?media|jump-?link|newsletter-?signup|feedback|correction-?form|rating|reactions|disclaimer-?ad|rollover-?block|rollover-?people-?block|tooltip|popover|hovercard|hover-?card)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BoilerplateToken();

    /// <summary>Words that mark boilerplate even as one part of a compound class name ("post-share-bar").</summary>
    [GeneratedRegex(@"^(?:share|sharing|sharebar|social|related|recommended|recommendations|comments?|disqus|newsletter|promo|advert|advertisement|advertising|adslot|sponsor|sponsored|outbrain|taboola|cookie|consent|breadcrumbs?|byline|trending|popular|mostread|sidebar|widget|subscribe|paywall|toolbar|tweet|signup|inline-ad|ad|tooltip|popover|hovercard|caption|captions|credit|credits|copyright|footer|(?:image|photo|img|pic|media)(?:embed)?(?:caption|credit)s?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BoilerplatePart();

    /// <summary>class/id tokens that mark an article body container (these are never dropped as boilerplate).</summary>
    [GeneratedRegex(@"(?:^|[\s_-])(?:article-?body|articlebody|story-?body|storybody|entry-?content|post-?content|post-?body|article-?content|article-?text|story-?content|story-?text|body-?text|text-?body|content-?body|article__body|article__content|body__content|rich-?text|paywall-?article|article-?main)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BodyToken();

    /// <summary>Positive class/id words (Readability's list).</summary>
    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PositiveWords();

    /// <summary>Negative class/id words (Readability's list).</summary>
    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|dateline|credit|caption|newsletter|subscribe|recirc|trending|popular", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NegativeWords();

    /// <summary>A paragraph that is page furniture whatever container it is in.</summary>
    [GeneratedRegex(@"^(?:advertisements?|ad|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: the main story| below)?|read more:?.*|read more|related:.*|related articles?|related stories|related coverage|see also:?.*|more from .{0,60}|share (?:this|on) .{0,40}|share|tweet|email|print|follow us.{0,60}|follow .{0,80}\bon (?:facebook|twitter|x|instagram|linkedin|threads|youtube)\b.{0,120}|\(?(?:additional )?(?:reporting|writing|editing|compiled|research) by [^()]{2,300}\)?\.?|sign up.{0,120}|subscribe.{0,120}|click here.{0,120}|photo of author|image:.{0,200}|photo:.{0,200}|\(?(?:photo|image|credit|source|getty images|reuters|ap photo|afp)[^.]{0,60}\)?|copyright ©?.{0,120}|© ?\d{4}.{0,160}|all rights reserved.{0,80}|this (?:article|story) (?:was|has been) .{0,40}(?:updated|corrected).{0,80}|trending|top stories|most read|most popular|comments?|\d+ comments?|leave a comment|loading\.*|we use cookies.{0,400}|this site uses cookies.{0,400}|by [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,? (?:and|&) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?(?:\s*[—–|,·-]\s*[^.]{0,40}\d[^.]{0,20})?|(?:published|updated|posted)(?: on)?:? .{0,60}\d{4}.{0,30})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BoilerplateParagraph();

    /// <summary>A heading after which the article is over (related links, comments, newsletters).</summary>
    [GeneratedRegex(@"^(?:related(?: articles| stories| coverage| content| posts| news| reading)?|see also|read (?:more|next)|more (?:from|on|in|stories|news|coverage|articles)\b.{0,60}|more to read|recommended(?: for you| stories| articles)?|you (?:may|might) (?:also )?like|what to read next|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|popular(?: stories| now)?|top stories|comments?|\d+ comments?|join the (?:conversation|discussion)|sign up for .{0,80}|newsletter|latest (?:news|stories|articles)|also (?:read|see|on .{0,40})|editor'?s picks|around the web|from our partners|sponsored(?: stories| content)?|promoted stories|share this (?:article|story))\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex EndOfArticleHeading();

    /// <summary>Texts of a page that is not an article: a login or subscription wall.</summary>
    [GeneratedRegex(@"\b(?:subscribe to (?:continue|read)|to continue reading|log ?in to (?:continue|read)|sign in to (?:continue|read)|create a free account to (?:continue|read)|this content is (?:for|available to) subscribers|already a subscriber)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex WallText();

    /// <summary>Separator between a headline and a site name in &lt;title&gt; and og:title.</summary>
    [GeneratedRegex(@"\s+(?:[|\-–—·•:»]|::)\s+", RegexOptions.CultureInvariant)]
    public static partial Regex TitleSeparator();
}
