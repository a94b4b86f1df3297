using FinExtract.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using FinExtract.Documents;

namespace FinExtract.Scraping;

/// <summary>
/// Reads metadata from a page in order of trust (JSON-LD, meta tags, then markup) and records which
/// source won each field. Headlines are decided as a reader would: a visible h1 that agrees with the
/// structured title wins over it.
/// </summary>
public static partial class MetadataExtractor
{
    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <summary>The elements metadata is read from, gathered in one walk over the page.</summary>
    private sealed class PageParts
    {
        public readonly Dictionary<string, string> Metas = new(StringComparer.OrdinalIgnoreCase);
        public readonly List<string> JsonLd = new();
        public string Canonical = "";
        public string TitleTag = "";
        public readonly List<IElement> H1 = new();
        public IElement? ItemHeadline;
        public readonly List<IElement> AuthorItemName = new(), AuthorItem = new(), RelAuthor = new(), BylineName = new(), Byline = new(), AuthorClass = new();
        /// <summary>Links to an author's page ("/author/ada-roe/"), outside comments and other stories: a byline's last resort.</summary>
        public readonly List<IElement> AuthorHref = new();
        public readonly List<IElement> Times = new();
        public readonly List<IElement> DateClass = new();
        /// <summary>Elements whose text may be a visible dateline, in document order, outside nav/footer/comments.</summary>
        public readonly List<IElement> VisibleDates = new();
        /// <summary>Inline scripts other than JSON-LD: a page's data object may carry its publication date ("publishedAt").</summary>
        public readonly List<IElement> Scripts = new();
        /// <summary>The page, for the last-resort date scan.</summary>
        public IDocument? Document;
    }

    /// <summary>Whether an element stands in a list item that links to a story with a headline of its own (a teaser of a listing).</summary>
    private static bool InListedStory(IElement el)
    {
        int depth = 0;
        for (var a = el.ParentElement; a != null && depth < 6; a = a.ParentElement, depth++)
            if (a.LocalName == "li") return a.QuerySelector("a[href]") != null && a.QuerySelector("h2, h3, h4, h5, h6") != null;
        return false;
    }

    /// <summary>
    /// An item typed as an organisation (schema.org Organization, NewsMediaOrganization, Corporation...): as an author it is the
    /// outlet or its brand, no person who wrote the story.
    /// </summary>
    private static bool IsOrganisationItem(IElement el) =>
        el.GetAttribute("itemtype") is { } type && (type.EndsWith("Organization", StringComparison.OrdinalIgnoreCase)
        || type.EndsWith("Corporation", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether an itemprop attribute, a list of property names set apart by spaces, holds <paramref name="name"/>.</summary>
    internal static bool HasItemProp(string itemprop, string name)
    {
        if (itemprop == name) return true;
        foreach (var part in itemprop.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (part == name) return true;
        return false;
    }

    private static PageParts Walk(IDocument doc)
    {
        var parts = new PageParts { Document = doc };
        var root = doc.DocumentElement;
        if (root == null) return parts;
        var stack = new Stack<(IElement El, int Depth, bool InAuthor, bool Excluded, bool Others)>();
        stack.Push((root, 0, false, false, false));
        while (stack.Count > 0)
        {
            var (el, depth, inAuthor, excluded, others) = stack.Pop();
            string tag = el.LocalName;
            var at = new ElementAttributes(el);
            // An embedded social post carries its own time and author, never the article's.
            if (tag == "blockquote" && MainTextExtractor.IsSocialEmbed(at.Class)) continue;
            var flags = Flags(at.Class);
            if (!excluded && (tag is "nav" or "footer" or "aside" || (flags & ClassFlags.Excluded) != 0
                || (Flags(at.Id) & ClassFlags.Excluded) != 0)) excluded = true;
            // Related or trending stories, and readers' comments: bylines there are other stories' or commenters', not this one's.
            others = others || IsOthersName(at.Class) || IsOthersName(at.Id) || IsCommentsName(at.Class) || IsCommentsName(at.Id);
            switch (tag)
            {
                case "meta":
                {
                    string key = (el.GetAttribute("property") ?? el.GetAttribute("name") ?? el.GetAttribute("itemprop")
                        ?? el.GetAttribute("http-equiv") ?? "").Trim();
                    string val = Clean(el.GetAttribute("content"));
                    if (key.Length > 0 && val.Length > 0) parts.Metas.TryAdd(key, val);
                    continue;
                }
                case "script":
                    if (string.Equals(el.GetAttribute("type")?.Trim(), "application/ld+json",
                    StringComparison.OrdinalIgnoreCase)) parts.JsonLd.Add(el.TextContent);
                    else if (!el.HasAttribute("src")) parts.Scripts.Add(el);
                    continue;
                case "style" or "noscript" or "template" or "svg":
                    continue;
                case "link":
                    if (parts.Canonical.Length == 0
                    && string.Equals(el.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase)) parts.Canonical =
                    el.GetAttribute("href")?.Trim() ?? "";
                    continue;
                case "title":
                    if (parts.TitleTag.Length == 0 && el.ParentElement?.LocalName == "head") parts.TitleTag = Clean(el.TextContent);
                    continue;
                case "h1":
                    parts.H1.Add(el);
                    break;
                case "time":
                    if (el.HasAttribute("datetime")) parts.Times.Add(el);
                    if (!excluded && parts.VisibleDates.Count < 60) parts.VisibleDates.Add(el);
                    break;
            }
            // itemprop holds one or more property names ("author creator"); a commenter's item is no author of the article
            string? itemprop = at.ItemProp;
            if (itemprop != null)
            {
                if (HasItemProp(itemprop, "headline") && parts.ItemHeadline == null) parts.ItemHeadline = el;
                else if (HasItemProp(itemprop, "author") && !others && !IsOrganisationItem(el)) { parts.AuthorItem.Add(el); inAuthor = true; }
                else if (HasItemProp(itemprop, "name") && inAuthor) parts.AuthorItemName.Add(el);
                else if (HasItemProp(itemprop, "datePublished")) parts.Times.Add(el);
            }
            if (tag == "a" && string.Equals(at.Rel, "author", StringComparison.OrdinalIgnoreCase)) parts.RelAuthor.Add(el);
            else if (tag == "a" && !others && !excluded && parts.AuthorHref.Count < MaxAuthorLinks && el.GetAttribute("href") is { } href
                && AuthorPageLink().IsMatch(href)) parts.AuthorHref.Add(el);
            if (flags != ClassFlags.None)
            {
                if (others) { }
                else if ((flags & ClassFlags.BylineName) != 0) parts.BylineName.Add(el);
                else if ((flags & ClassFlags.Byline) != 0) parts.Byline.Add(el);
                else if ((flags & ClassFlags.Author) != 0) parts.AuthorClass.Add(el);
                bool dateish = (flags & ClassFlags.Dateish) != 0;
                if (parts.DateClass.Count < 40 && dateish) parts.DateClass.Add(el);
                if (!excluded && tag != "time" && parts.VisibleDates.Count < 60 && (flags & ClassFlags.DatelineCandidate) != 0)
                    parts.VisibleDates.Add(el);
            }
            if (depth >= 400) continue;
            for (var c = el.LastElementChild; c != null; c = c.PreviousElementSibling) stack.Push((c, depth + 1, inAuthor, excluded, others));
        }
        return parts;
    }

    [Flags]
    private enum ClassFlags
    {
        None = 0,
        Excluded = 1,
        Byline = 2,
        BylineName = 4,
        Author = 8,
        Dateish = 16,
        DatelineCandidate = 32,
    }

    private static readonly NameCache<ClassFlags> FlagCache = new();

    /// <summary>Class-name parts that mark a date element: English, and the date's own word in German, Dutch and the Nordic languages, and Spanish.</summary>
    private static readonly string[] DateClassWords = ["date", "time", "publish", "posted", "datum", "fecha"];

    /// <summary>What a class (or id) string says about an element, computed once per distinct string.</summary>
    private static ClassFlags Flags(string? cls)
    {
        return string.IsNullOrEmpty(cls) ? ClassFlags.None : FlagCache.Get(cls, ComputeFlags);
    }

    private static ClassFlags ComputeFlags(string cls)
    {
        var f = ClassFlags.None;
        if (IsExcludedName(cls)) f |= ClassFlags.Excluded;
        bool byline = cls.Contains("byline", StringComparison.OrdinalIgnoreCase);
        if (byline) f |= cls.Contains("name", StringComparison.OrdinalIgnoreCase) ? ClassFlags.BylineName : ClassFlags.Byline;
        else if (cls.Contains("author", StringComparison.OrdinalIgnoreCase) && IsAuthorClass(cls)) f |= ClassFlags.Author;
        bool dateish = Array.Exists(DateClassWords, w => cls.Contains(w, StringComparison.OrdinalIgnoreCase));
        if (dateish) f |= ClassFlags.Dateish;
        if (dateish || byline || cls.Contains("meta", StringComparison.OrdinalIgnoreCase)
            || cls.Contains("author", StringComparison.OrdinalIgnoreCase)) f |= ClassFlags.DatelineCandidate;
        return f;
    }

    private static bool IsOthersName(string? name) =>
        !string.IsNullOrEmpty(name)
        && (name.Contains("related", StringComparison.OrdinalIgnoreCase) || name.Contains("recirc", StringComparison.OrdinalIgnoreCase)
            || name.Contains("trending", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A comment section or one comment: a class or id token "comment(s)", "commentlist", "comment-author" and the like, or
    /// Disqus. Only whole tokens, since "commentary" and "content--comment" name opinion pieces.
    /// </summary>
    private static bool IsCommentsName(string? name) => !string.IsNullOrEmpty(name) && CommentsToken().IsMatch(name);

    [GeneratedRegex(@"(?:^|\s)(?:comments?(?:[-_](?:list|area|section|thread|wrap|wrapper|container|body|author|content|meta|item|respond))?"
        + @"|commentlist|disqus[-_\w]*)(?:$|\s)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsToken();

    private static bool IsExcludedName(string? name) =>
        !string.IsNullOrEmpty(name)
        && (name.Contains("comment", StringComparison.OrdinalIgnoreCase) || name.Contains("related", StringComparison.OrdinalIgnoreCase)
            || name.Contains("footer", StringComparison.OrdinalIgnoreCase) || name.Contains("sidebar", StringComparison.OrdinalIgnoreCase)
            || name.Contains("recirc", StringComparison.OrdinalIgnoreCase) || name.Contains("trending", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A class token of an author element: "author", "article-author", "author-name", and the BEM way inside the story's own block
    /// ("header-info__author", "article-header__author-link--text"), not a teaser card's ("preview__author").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:article|story|post|entry)[-_]+|[a-z-]*(?:article|story|post|entry|header|headline|info|detail|single)[a-z-]*__)?"
        + @"authors?(?:[-_]{1,2}(?:name|link))?(?:--[\w-]+)?$|^authorname$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorClassToken();

    /// <summary>
    /// A link to an author's page, as publishing systems of every size write one ("/author/ada-roe/", "/authors/ada-roe",
    /// "/autor/anna-berger", "/auteur/claire-morel"): the last path segment is the writer's.
    /// </summary>
    [GeneratedRegex(@"/(?:authors?|autor(?:en)?|auteurs?|autore|autori|writers?)/[\w%.-]+/?(?:[?#].*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPageLink();

    /// <summary>How many author-page links a page is read for (a listing of many posts links many writers).</summary>
    private const int MaxAuthorLinks = 20;

    /// <summary>A class that names the author element itself ("author", "author-name", "article__author-link"), not a bio box.</summary>
    private static bool IsAuthorClass(string cls)
    {
        foreach (var t in cls.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (AuthorClassToken().IsMatch(t)) return true;
        return false;
    }

    /// <summary>Fills <paramref name="meta"/> from the document (call before the page is cleaned).</summary>
    public static void Extract(IDocument doc, ArticleMetadata meta)
    {
        var parts = Walk(doc);
        var metas = parts.Metas;
        var ld = JsonLdReader.Read(parts.JsonLd);
        string M(params string[] keys)
        {
            foreach (var k in keys)
                if (metas.TryGetValue(k, out var v) && v.Length > 0) return v;
            return "";
        }

        // URL
        string canonical = parts.Canonical;
        meta.Url = canonical.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? new MetaValue(canonical, MetaSource.Markup)
            : Pick((ld?.Url, MetaSource.JsonLd), (M("og:url", "twitter:url"), MetaSource.Meta));

        // Site
        meta.Site = Pick((M("og:site_name", "application-name", "twitter:app:name:iphone"), MetaSource.Meta), (ld?.Publisher, MetaSource.JsonLd));

        // Title
        meta.Title = ChooseTitle(meta, parts, ld, M("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title"), meta.Site.Value);

        // Subtitle
        meta.Subtitle = Pick((M("og:description", "description", "twitter:description"), MetaSource.Meta), (ld?.Description, MetaSource.JsonLd));

        // Authors
        meta.Author = ChooseAuthors(meta, parts, ld, meta.Site.Value,
            M("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "cxenseparse:author"));
        (meta.Author, meta.Agency) = SeparateAgencies(meta, meta.Author);

        // Section and language
        meta.Section = Pick((M("article:section", "section", "parsely-section"), MetaSource.Meta), (ld?.Section, MetaSource.JsonLd));
        string lang = doc.DocumentElement?.GetAttribute("lang")?.Trim() ?? "";
        string tag = LanguageTag.Normalise(lang);
        var language = tag.Length > 0 ? new MetaValue(tag, MetaSource.Markup)
            : Pick((M("content-language", "og:locale", "language", "dc.language"), MetaSource.Meta), (ld?.Language, MetaSource.JsonLd));
        meta.Language = language.HasValue ? new MetaValue(LanguageTag.Normalise(language.Value), language.Source) : language;

        // Dates ("03/04/2021" is read day first unless the page is in US English or in English without a region)
        var modified = Pick((ld?.DateModified, MetaSource.JsonLd),
            (M("article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified"), MetaSource.Meta));
        var modifiedDate = modified.HasValue ? DateParser.Parse(modified.Value) : null;
        meta.Modified = modifiedDate is { } md ? new MetaValue(md.ToIso(), modified.Source) : MetaValue.Empty;
        meta.Published = ChooseDate(meta, parts, DayFirst(meta.Language.Value), ld?.DatePublished,
            M("article:published_time", "og:article:published_time", "article:published", "datepublished", "pubdate", "publishdate", "publish-date",
            "parsely-pub-date", "sailthru.date", "dc.date", "dc.date.issued", "date", "dcterms.created", "original-publish-date",
            "cxenseparse:recs:publishtime",
                "publication_date", "publish_date", "article.published", "article_date_original", "dc.date.created", "uploaddate"),
            meta.Url.Value, modifiedDate?.Date);

    }

    private static MetaValue Pick(params (string? Value, MetaSource Source)[] candidates)
    {
        foreach (var (v, s) in candidates)
        {
            string c = Clean(v);
            if (c.Length > 0) return new MetaValue(c, s);
        }
        return MetaValue.Empty;
    }

    /// <summary>
    /// The element's text, white space collapsed, or "" when it is longer than <paramref name="max"/>
    /// characters: bylines and datelines are short, and reading a whole article container's text to find
    /// that out would cost more than the rest of the metadata.
    /// </summary>
    /// <param name="el">The element.</param>
    /// <param name="max">Longest text returned; a longer one gives "".</param>
    /// <param name="lineBreak">What a &lt;br&gt; becomes: a space, or " | " where it parts two fields ("Jane Roe&lt;br&gt;Senior Editor").</param>
    /// <param name="skipTaxonomy">Leave out links to category and tag pages (a byline's section link).</param>
    private static string ShortText(IElement el, int max, string lineBreak = " ", bool skipTaxonomy = false)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(el);
        IText? last = null;
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText t)
            {
                // Elements laid side by side with no space in the source ("<span>By</span><a>Jane Roe</a><span>Updated</span>")
                // are apart on screen: a lower-case letter against a capital, or a letter against a digit, across an element
                // boundary, is two words.
                bool crossed = last != null && (last.ParentElement != t.ParentElement || t.PreviousSibling is IElement);
                if (crossed && sb.Length > 0 && t.Data.Length > 0 && WordsMeet(sb[^1], t.Data[0])) sb.Append(' ');
                last = t;
                sb.Append(t.Data);
                if (sb.Length > max * 4) return "";
                continue;
            }
            // script and style hold no words; an element hidden inside the one read (an editor's button set display:none in
            // the h1) is not read either, while a hidden element read for itself (a theme's hidden author card) is
            if (node is IElement e && (e.LocalName is "script" or "style" || e != el && new ElementAttributes(e).HiddenFromReaders)) continue;
            // a byline's link to a category or tag page ("By X · 3 May · Workshop") names a section, not a person
            if (skipTaxonomy && node is IElement { LocalName: "a" } a && TaxonomyLink().IsMatch(a.GetAttribute("href") ?? "")) continue;
            if (node is IElement { LocalName: "br" } && sb.Length > 0) sb.Append(lineBreak);
            for (var c = node.LastChild; c != null; c = c.PreviousSibling) stack.Push(c);
        }
        string text = Clean(sb.ToString());
        return text.Length > max ? "" : text;
    }

    /// <summary>A link to a site's section, category or tag listing (WordPress and most CMSs, several languages).</summary>
    [GeneratedRegex(@"/(?:categor(?:y|ies|ie|ia)|kategorie|tags?|topics?|sections?|rubri(?:k|ken|que|ca)|themen?)/",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaxonomyLink();

    private static bool WordsMeet(char before, char after) =>
        (char.IsLower(before) && char.IsUpper(after)) || (char.IsLetter(before) && char.IsDigit(after)) || (char.IsDigit(before) && char.IsLetter(after));

    /// <summary>Collapses white space and decodes nothing further (AngleSharp already decoded entities).</summary>
    public static string Clean(string? s) => string.IsNullOrWhiteSpace(s) ? "" : Spaces().Replace(s, " ").Trim();
}
