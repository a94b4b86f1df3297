using System.Globalization;
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

    // ---- title --------------------------------------------------------------------------------------

    private static MetaValue ChooseTitle(ArticleMetadata log, PageParts parts, JsonLdArticle? ld, string metaTitle, string site)
    {
        string titleTag = parts.TitleTag;
        var structured = new List<(string, MetaSource)>();
        if (ld?.Headline is { } h) structured.Add((StripSite(h, site, guessSite: false), MetaSource.JsonLd)); // templates copy <title> into it
        if (metaTitle.Length > 0) structured.Add((StripSite(metaTitle, site), MetaSource.Meta));
        if (titleTag.Length > 0) structured.Add((StripSite(titleTag, site), MetaSource.TitleTag));
        foreach (var (t, src) in structured) log.Saw("title", t, new MetaValue(t, src).SourceName, "structured title (site name removed)");

        // The visible headline: an h1 that agrees with a structured title wins (as the reader sees it).
        var h1s = parts.H1.Select(e => ShortText(e, 300)).Where(t => t.Length >= 8 && t.Length <= 300).ToList();
        foreach (var h1 in h1s)
        {
            log.Saw("title", h1, "h1", "visible headline");
            foreach (var (s, src) in structured)
                if (DatedBeside(h1, s))
                    return log.Chose("title", new MetaValue(s, src), "the h1 holds this structured title with a date or a section label beside "
                        + "it: the structured title is the headline alone");
                else if (Similar(h1, s) >= 0.6)
                    return log.Chose("title",
                    new MetaValue(h1, MetaSource.Markup), $"the h1 agrees with the {new MetaValue(s, src)
                    .SourceName} title (word overlap {Similar(h1, s):0.00}); the visible headline wins");
        }

        var itemHeadline = parts.ItemHeadline == null ? "" : ShortText(parts.ItemHeadline, 300);
        if (itemHeadline.Length >= 8 && itemHeadline.Length <= 300)
        {
            log.Saw("title", itemHeadline, "itemprop=headline", "marked-up headline");
            foreach (var (s, src) in structured)
                if (DatedBeside(itemHeadline, s))
                    return log.Chose("title", new MetaValue(s, src), "the element marked itemprop=headline holds this structured title with "
                        + "a date beside it: the structured title is the headline alone");
            return log.Chose("title", new MetaValue(itemHeadline, MetaSource.Markup),
                "no h1 agrees with a structured title; the element marked itemprop=headline is shown to readers");
        }
        foreach (var (s, src) in structured)
            if (s.Length > 0) return log.Chose("title", new MetaValue(s, src),
            h1s.Count > 0 ? "no h1 agrees with it (an h1 that disagrees is usually a logo or section name); first structured title by trust"
            : "no h1; first structured title by trust (JSON-LD, meta, <title>)");
        if (h1s.Count > 0) return log.Chose("title", new MetaValue(h1s[0], MetaSource.Markup), "no structured title; the first h1");
        return MetaValue.Empty;
    }

    /// <summary>
    /// Whether a headline element is the title with a short dated line beside it ("Jun 17 Title", "Title 03.03.2021"), not a
    /// title that names a year or a season ("Premier League 2023/24 preview").
    /// </summary>
    private static bool DatedBeside(string headline, string title)
    {
        int at = title.Length < 8 ? -1 : headline.IndexOf(title, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || headline.Length == title.Length) return false;
        string rest = (headline[..at] + " " + headline[(at + title.Length)..]).Trim();
        return rest.Length <= 30 && (DateParser.FindInText(rest) != null || IsMonthAndDay(rest) || IsLabel(rest));
    }

    /// <summary>
    /// A short label set off by a bar beside the title in a headline element ("Politics |", "| Local News"): a section or site name,
    /// never part of a headline, which does not use the bar.
    /// </summary>
    private static bool IsLabel(string rest)
    {
        string label = rest.Trim(' ', '|');
        return rest.Length > label.Length && (rest.StartsWith('|') || rest.EndsWith('|')) && label.Length > 0 && !label.Contains('|')
            && label.Count(c => c == ' ') <= 3;
    }

    /// <summary>"Jun 17", "17. März": a month name and a day, with nothing else.</summary>
    private static bool IsMonthAndDay(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2) return false;
        static bool Day(string w) => int.TryParse(w.TrimEnd('.', ','), NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d is >= 1 and <= 31;
        return Day(words[0]) && DateParser.MonthNumber(words[1]) != null || Day(words[1]) && DateParser.MonthNumber(words[0]) != null;
    }

    /// <summary>
    /// Removes a " - Site", " | Site" suffix (or prefix) from a title; without a known site name, a short last part
    /// is taken for one unless <paramref name="guessSite"/> is false.
    /// </summary>
    public static string StripSite(string title, string site, bool guessSite = true)
    {
        title = Selectors.DanglingTitleSeparator().Replace(Clean(title), ""); // "Headline | Site |": a template's separator left over
        if (site.Length > 0 && title.Length > site.Length + 2 && title.StartsWith(site, StringComparison.OrdinalIgnoreCase)
            && title[site.Length] is ':' or '|') return title[(site.Length + 1)..].Trim();
        var parts = Selectors.TitleSeparator().Split(title);
        if (parts.Length < 2) return title;
        // a part that is a web address is the site, with its tagline after it ("Headline | harbour-news.ch | Your ferry magazine")
        int address = Array.FindIndex(parts, p => Selectors.WebDomain().IsMatch(p));
        if (address > 0) return JoinKept(title, parts[..address].ToList());
        if (address == 0) parts = parts[1..];
        if (parts.Length < 2) return parts[0];
        // The default WordPress title, "Site » Blog Archive » Post": the post follows the archive's label.
        int archive = Array.FindIndex(parts, p => p.Trim().Equals("Blog Archive", StringComparison.OrdinalIgnoreCase));
        if (archive >= 0 && archive < parts.Length - 1) return JoinKept(title, parts[(archive + 1)..].ToList());
        if (site.Length > 0)
        {
            string siteNorm = AuthorNames.Key(site);
            var kept = parts.Where(p => AuthorNames.Key(p) is var k
                && !(k == siteNorm || k.Contains(siteNorm) && p.Length <= site.Length + 12 || siteNorm.Contains(k) && p.Length >= 3)).ToList();
            if (kept.Count > 0 && kept.Count < parts.Length) return JoinKept(title, kept);
        }
        // No site name known: drop a short last part (a site name is short), keep the longest otherwise.
        if (!guessSite) return title;
        string last = parts[^1];
        if (last.Split(' ').Length <= 4 && parts.Take(parts.Length - 1).Sum(p => p.Length) > last.Length)
            return JoinKept(title, parts.Take(parts.Length - 1).ToList());
        return address == 0 ? JoinKept(title, parts.ToList()) : title;
    }

    private static string JoinKept(string title, List<string> kept)
    {
        // Keep the original separators between the kept parts when they are adjacent.
        int start = title.IndexOf(kept[0], StringComparison.Ordinal);
        int end = title.LastIndexOf(kept[^1], StringComparison.Ordinal) + kept[^1].Length;
        return start >= 0 && end > start ? title[start..end].Trim() : string.Join(" - ", kept);
    }

    /// <summary>Share of the shorter title's words that the other contains (0..1).</summary>
    public static double Similar(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count == 0 || wb.Count == 0) return 0;
        int common = wa.Count(wb.Contains);
        return (double)common / Math.Max(wa.Count, wb.Count);
    }

    private static HashSet<string> Words(string s) =>
        Regex.Split(s.ToLowerInvariant(), @"[^\p{L}\p{N}]+").Where(w => w.Length > 0).ToHashSet();

    // ---- authors ------------------------------------------------------------------------------------

    private static MetaValue ChooseAuthors(ArticleMetadata log, PageParts parts, JsonLdArticle? ld, string site, string metaAuthor)
    {
        // A site or publisher name in an author field is not a byline ("BBC News", "cleveland.com").
        var notNames = new[] { site, ld?.Publisher ?? "" }.Where(x => x.Length > 0).Select(AuthorNames.Key).ToList();
        bool IsSite(string name)
        {
            string n = AuthorNames.Key(name);
            return n.Length == 0
                || notNames.Any(x => x == n || (x.Length >= 4 && (x.StartsWith(n, StringComparison.Ordinal) || n.StartsWith(x, StringComparison.Ordinal))))
                || Regex.IsMatch(name, @"\.(?:com|net|org|co\.uk|co|io|news)\b", RegexOptions.IgnoreCase);
        }
        List<string> Names(IEnumerable<string> raw)
        {
            var all = AuthorNames.Tidy(raw.SelectMany(AuthorNames.Clean));
            // The site's name is dropped beside a person's name; alone it is the byline the page shows.
            var persons = all.Where(n => !IsSite(n)).ToList();
            return persons.Count > 0 ? persons : all;
        }

        List<string> markup = new();
        var marked = new[] { parts.AuthorItemName, parts.AuthorItem, parts.RelAuthor, parts.AuthorClass };
        foreach (var list in new[] { parts.AuthorItemName, parts.AuthorItem, parts.RelAuthor, parts.BylineName, parts.AuthorClass, parts.Byline })
        {
            var texts = FirstBylineGroup(list).Select(e => ShortText(e, 200, " | ", skipTaxonomy: true)).Where(t => t.Length > 0 && t.Length < 200).ToList();
            markup = Names(texts);
            // more than four names from more than four elements: a listing of posts and their authors; the story's byline comes first
            if (markup.Count > 4 && texts.Count > 4) markup = Names(texts.Take(1));
            if (markup.Count == 0 && marked.Contains(list))
                markup = texts.SelectMany(AuthorNames.CleanMarkedAuthor).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (markup.Count > 0) break;
        }
        if (markup.Count > 0) log.Saw("author", string.Join("; ", markup), "byline", "names in the visible byline markup");
        bool markupHasPerson = markup.Any(n => !IsSite(n));

        // Structured sources in order of trust; the visible byline overrides one when it names more of the
        // same people (up to 4), or persons where the structured field names only the publisher.
        var structured = new List<(List<string> Names, MetaSource Source)>();
        if (ld != null && ld.Authors.Count > 0) structured.Add((Names(ld.Authors), MetaSource.JsonLd));
        if (metaAuthor.Length > 0
            && !metaAuthor.StartsWith("http", StringComparison.OrdinalIgnoreCase)) structured.Add((Names(new[] { metaAuthor }), MetaSource.Meta));
        foreach (var (names, source) in structured)
        {
            string src = new MetaValue("x", source).SourceName;
            log.Saw("author", string.Join("; ", names), src, names.Count == 0 ? "no person name left after cleaning" : "structured author");
            if (names.Count == 0) continue;
            if (markup.Count == 0 && names.All(n => AuthorNames.IsOutletName(n, site, ld?.Publisher ?? "")) && !ShownAsByline(parts, names))
            {
                log.Saw("author", string.Join("; ", names), src, "the publisher's own name, and the page shows no byline: not an author");
                continue;
            }
            bool bylineSaysMore = markup.Count > names.Count && markup.Count <= 4 && names.All(n => markup.Contains(n, StringComparer.OrdinalIgnoreCase));
            bool onlyPublisher = names.All(IsSite) && markupHasPerson;
            if (bylineSaysMore) return log.Chose("author",
                new MetaValue(string.Join("; ", markup), MetaSource.Markup), $"the visible byline names the {src} author(s) and more");
            if (onlyPublisher) return log.Chose("author",
                new MetaValue(string.Join("; ", markup), MetaSource.Markup), $"the {src} author is the publisher; the byline names people");
            return log.Chose("author", new MetaValue(string.Join("; ", names), source), $"{src} is the most trusted source with a name");
        }
        if (markup.Count > 0) return log.Chose("author", new MetaValue(string.Join("; ", markup), MetaSource.Markup),
            "no structured author; the visible byline");
        if (parts.Document != null && CreditLine(parts.Document) is { } credit)
        {
            var names = AuthorNames.Clean(credit).Where(n => n.Contains(' ') || !EndByline().IsMatch(credit)).ToList();
            if (names.Count > 0) return log.Chose("author", new MetaValue(string.Join("; ", names), MetaSource.Markup),
                $"no byline; the credit line '{credit}'");
        }
        if (parts.Document != null && HeaderByline(parts.Document) is { } line)
        {
            var names = Names(new[] { line.ByPart }).Where(n => n.Contains(' ') && !AuthorNames.IsOrganisationLike(n) && !IsSite(n)).ToList();
            if (names.Count is > 0 and <= 3) return log.Chose("author", new MetaValue(string.Join("; ", names), MetaSource.Markup),
                $"no marked byline; the line under the headline '{line.Text}'");
        }
        return MetaValue.Empty;
    }

    /// <summary>
    /// The byline elements that belong with the first one: those whose nearest common ancestor with it holds little more than a
    /// byline's text ("By X, Y and Z | April 21"). A page that lists other stories further on repeats the byline's markup there,
    /// with headlines and teasers between.
    /// </summary>
    private static List<IElement> FirstBylineGroup(List<IElement> elements)
    {
        if (elements.Count < 2) return elements;
        var firstAndAncestors = new HashSet<IElement>();
        for (var p = elements[0]; p != null; p = p.ParentElement) firstAndAncestors.Add(p);
        var group = new List<IElement> { elements[0] };
        foreach (var e in elements.Skip(1))
        {
            var common = e;
            while (common != null && !firstAndAncestors.Contains(common)) common = common.ParentElement;
            if (common != null && common.LocalName is not ("body" or "html") && !TextLongerThan(common, MaxBylineBlockChars)) group.Add(e);
        }
        return group;
    }

    /// <summary>Whether the text under a node (its TextContent) is longer than <paramref name="limit"/>, counted without building it.</summary>
    private static bool TextLongerThan(INode node, int limit)
    {
        int length = 0;
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is IText t && (length += t.Data.Length) > limit) return true;
            for (var c = n.FirstChild; c != null; c = c.NextSibling) stack.Push(c);
        }
        return false;
    }

    /// <summary>The most text a block holding one story's byline holds (names, "By", "and", a date, a role).</summary>
    private const int MaxBylineBlockChars = 500;

    /// <summary>Whether the plain-text line under the headline credits these names ("By Kent Daily 9 November 2023").</summary>
    private static bool ShownAsByline(PageParts parts, List<string> names) =>
        parts.Document != null && HeaderByline(parts.Document) is { } line
        && names.All(n => line.ByPart.Contains(n, StringComparison.OrdinalIgnoreCase));

    /// <summary>The chosen authors without the news agencies named beside people, and those agencies (same source).</summary>
    private static (MetaValue Author, MetaValue Agency) SeparateAgencies(ArticleMetadata log, MetaValue author)
    {
        if (!author.HasValue) return (author, MetaValue.Empty);
        var names = AuthorNames.Listed(author.Value);
        var (people, agencies) = AuthorNames.SplitAgencies(names);
        if (agencies.Count == 0) return (author, MetaValue.Empty);
        var agency = log.Chose("agency", new MetaValue(string.Join("; ", agencies), author.Source), "a news agency named in the byline");
        if (people.Count == names.Length) return (author, agency);
        return (new MetaValue(string.Join("; ", people), author.Source), agency);
    }

    /// <summary>
    /// A byline in plain text under the headline ("Posted by X on March 3, 2021", "veröffentlicht am 3. März 2021 von X",
    /// "03/03/2021 - Por X"): a short line between the h1 and the story's first long paragraph, outside quoted posts,
    /// figures and asides, with a by-word in the page's language before capitalised words. Null when there is none.
    /// </summary>
    private static (string Text, string ByPart)? HeaderByline(IDocument doc)
    {
        var h1 = doc.QuerySelector("h1");
        if (h1 == null) return null;
        int seen = 0, visited = 0;
        // Bounded: at most 40 short lines and 300 elements are looked at, and only elements without blocks inside are
        // read for their text, so a page of deeply nested containers costs no more than a small one.
        for (var el = NextInOrder(h1, skipChildren: true); el != null && seen < 40 && visited < 300; el = NextInOrder(el, skipChildren: false))
        {
            visited++;
            if (el.LocalName is "blockquote" or "figure" or "aside" or "nav" or "script" or "style" or "iframe")
            {
                el = LastDescendant(el);
                continue;
            }
            if (el.LocalName is not ("p" or "div" or "span" or "li" or "address" or "small" or "section" or "header")) continue;
            if (el.Children.Any(c => c.LocalName is "p" or "div" or "li" or "section" or "article" or "ul" or "table")) continue;
            string text = ShortText(el, 400);
            if (el.LocalName == "p" && (text.Length >= 80 || text.Length == 0 && el.TextContent.Length >= 80)) return null; // the story has begun
            if (text.Length is 0 or > 160) continue;
            seen++;
            // "Jane Roe, Senior Aviation Correspondent": a name and a journalist's title, with no by-word
            if (NameAndJournalistTitle().IsMatch(text)) return (text, text);
            if (HeaderByWord().Match(text) is not { Success: true } m) continue;
            // "News provided by X", "Sponsored by X", "Photo by X", "X, Inc.": a company or another credit, not the story's author.
            if (NotAuthorCredit().IsMatch(text[..m.Index]) || LegalSuffix().IsMatch(text[m.Index..]) || PictureCredit().IsMatch(text)) return null;
            if (ParticleInName(text, m)) continue; // "Michael von Lingen": "von" inside a name
            return (text, text[m.Index..].TrimStart(' ', '|', '·', '•', ',', '-', '–'));
        }
        return null;
    }

    private static IElement? NextInOrder(IElement el, bool skipChildren)
    {
        if (!skipChildren && el.FirstElementChild is { } child) return child;
        for (var e = el; e != null; e = e.ParentElement)
            if (e.NextElementSibling is { } next) return next;
        return null;
    }

    private static IElement LastDescendant(IElement el)
    {
        while (el.LastElementChild is { } last) el = last;
        return el;
    }

    [GeneratedRegex(@"(?i:provided|sponsored|presented|powered|issued|distributed|supported|funded|brought\s+to\s+you|photos?|images?|video|edited|" +
        @"illustrations?|graphics|produced)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAuthorCredit();

    [GeneratedRegex(@"(?i:\b(?:foto|fotos|photo|photos|bild|image|credit|copyright)\b|©)", RegexOptions.CultureInvariant)]
    private static partial Regex PictureCredit();

    /// <summary>Whether the by-word of a match is a lower-case particle right after a capitalised word ("Michael von Lingen").</summary>
    private static bool ParticleInName(string text, Match m)
    {
        int at = m.Index;
        while (at < text.Length && !char.IsLetter(text[at])) at++;
        if (at >= text.Length || char.IsUpper(text[at])) return false;
        int k = at - 1;
        while (k >= 0 && text[k] == ' ') k--;
        int end = k + 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        return end - (k + 1) > 1 && char.IsUpper(text[k + 1]);
    }

    [GeneratedRegex(@"(?i:,?\s(?:inc|corp|ltd|llc|plc|gmbh|ag|sa|nv|co)\b\.?)", RegexOptions.CultureInvariant)]
    private static partial Regex LegalSuffix();

    /// <summary>A line that is a name of two or three capitalised words, a comma and a journalist's title ("Jane Roe, Staff Writer").</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}[\p{L}.'’-]+){1,2},\s+(?:[\p{L}-]+\s+){0,3}"
        + @"(?i:writer|editor|reporter|correspondent|columnist|contributor|journalist)s?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameAndJournalistTitle();

    [GeneratedRegex(@"(?:^|[\s|·•,–-])(?:(?i:posted\s+by|written\s+by|by|von|par|por|door|di|av|af)\s+" +
        @"|(?i:authors?|autor(?:es|in)?|auteurs?|autore|autori|författare|forfatter)\s*:\s*)\p{Lu}\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderByWord();

    /// <summary>
    /// A wire-style credit line, the last short paragraph of the page that opens with "Reporting by" or "Writing by"
    /// ("(Reporting by X; Editing by Y)"), or a byline set after the story ("By Jane Roe"), or null.
    /// </summary>
    private static string? CreditLine(IDocument doc)
    {
        var paragraphs = doc.QuerySelectorAll("p");
        for (int i = paragraphs.Length - 1, seen = 0; i >= 0 && seen < 12; i--)
        {
            string t = Clean(paragraphs[i].TextContent);
            if (t.Length == 0) continue;
            seen++;
            if (t.Length < 200 && CreditOpening().IsMatch(t) || EndByline().IsMatch(t)) return t.Trim('(', ')', ' ');
            // "— Jane Roe" after the story, not the attribution of a quotation set apart in it
            if (DashByline().IsMatch(t) && paragraphs[i].Closest("blockquote, figure, aside, q") == null) return t.TrimStart('—', '–', ' ');
        }
        return null;
    }

    [GeneratedRegex(@"^\(?\s*(?:reporting|writing|written|additional\s+reporting)\s+by\s+\p{Lu}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditOpening();

    /// <summary>A paragraph that is only a byline, as many sites set it after the story: "By Jane Roe", "Par Jeanne Roux".</summary>
    [GeneratedRegex(@"^(?:by|von|par|por|door|av|af)\s+(?-i:\p{Lu})[^.!?;:,()|]{2,50}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndByline();

    /// <summary>A paragraph that is only a dash and a name of two to four capitalised words: "— Jane Roe".</summary>
    [GeneratedRegex(@"^[—–]\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex DashByline();

    // ---- dates --------------------------------------------------------------------------------------

    /// <summary>A line that starts with an update cue ("Updated", "aktualisiert am", "mis à jour le").</summary>
    private static bool IsUpdateStamp(string line)
    {
        string lower = line.TrimStart(' ', '(', '[', '|', '·', '-', '–').ToLowerInvariant();
        return DateCues.Update.Any(c => lower.StartsWith(c, StringComparison.Ordinal) && (lower.Length == c.Length || !char.IsLetter(lower[c.Length])));
    }

    private static bool Precedes(IElement a, IElement b) =>
        !a.Contains(b) && !b.Contains(a) && (a.CompareDocumentPosition(b) & AngleSharp.Dom.DocumentPositions.Following) != 0;

    private static bool IsSwapped(DateOnly a, DateOnly b) => a.Year == b.Year && a.Month == b.Day && a.Day == b.Month;

    /// <summary>The earliest day a stamp falls on in any time zone (UTC-12): for a stamp with no offset, the day before its own.</summary>
    private static DateOnly EarliestLocalDay(PageDate d) =>
        d.HasTime && d.HasOffset ? DateOnly.FromDateTime(d.Value.UtcDateTime.AddHours(-12)) : d.Date.AddDays(-1);

    /// <summary>Whether numeric dates with slashes are day first in a page of this language: all but US English.</summary>
    private static bool? DayFirst(string language) =>
        language.Length == 0 ? null
        : !(language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-US", StringComparison.OrdinalIgnoreCase));

    private static MetaValue ChooseDate(ArticleMetadata log, PageParts parts, bool? dayFirst, string? ldDate, string metaDate, string url,
        DateOnly? modifiedDay)
    {
        // The structured date (JSON-LD, meta, a machine-readable <time>), often in UTC.
        (PageDate Date, MetaSource Source)? structured = null;
        var fromMeta = DateParser.Parse(metaDate);
        if (DateParser.Parse(ldDate) is { } a) structured = LocalOf(a, fromMeta) is { } local ? (local, MetaSource.Meta) : (a, MetaSource.JsonLd);
        else if (fromMeta is { } b) structured = (b, MetaSource.Meta);
        else
        {
            foreach (var el in parts.Times)
            {
                string raw = el.GetAttribute("datetime") ?? el.GetAttribute("content") ?? ShortText(el, 160);
                if (DateParser.Parse(raw) is { } c) { structured = (c, MetaSource.Markup); break; }
            }
        }
        if (structured is { } sd) log.Saw("published", sd.Date.ToIso(), new MetaValue("x", sd.Source).SourceName, "structured date");
        var urlDate = DateParser.FromUrl(url);
        if (urlDate is { } ud0) log.Saw("published", ud0.ToIso(), "url", "date in the URL path");
        int? year = structured?.Date.Value.Year ?? urlDate?.Value.Year;

        var visibleLine = VisibleDateline(log, parts, structured, year, dayFirst);
        if (visibleLine is ({ } v, bool onlyUpdate))
        {
            if (structured is { } st && st.Date.Date == v.Date)
                return log.Chose("published", new MetaValue(st.Date.ToIso(), st.Source),
                "the structured date falls on the visible day; it keeps its time and offset");
            // A stamp with the site's own offset is already its local day, so a visible day apart from it is not the time
            // zone: when the URL files the story under the stamp's day too, that visible date is another (a print edition's).
            // (An update stamp, shown when nothing else is or on the day the page says it was modified, stays: readers take it for the date.)
            if (!onlyUpdate && v.Date != modifiedDay && structured is { } sl && sl.Date.HasOffset && sl.Date.Value.Offset != TimeSpan.Zero && urlDate is { } ul
                && ul.Date == sl.Date.Date)
                return log.Chose("published", new MetaValue(sl.Date.ToIso(), sl.Source),
                "the structured date has the site's own offset and the URL files the story on its day; the visible date is another");
            // A visible day before any day the structured stamp shows in some time zone is not that moment written locally: another
            // date the page shows (an event's, a print edition's, an earlier story's)
            if (!onlyUpdate && structured is { } se && v.Date < EarliestLocalDay(se.Date))
                return log.Chose("published", new MetaValue(se.Date.ToIso(), se.Source),
                "the visible date is earlier than the structured stamp in any time zone; it is another date");
            return log.Chose("published", new MetaValue(v.ToIso(), MetaSource.Markup), structured == null ? "no structured date; the visible dateline"
                : "the visible dateline's day differs from the structured date (usually UTC); readers see the page's own day");
        }
        if (structured is { } s0)
        {
            // A UTC stamp early in the day is the evening before in the Americas; the URL says which day the site filed it under.
            if (s0.Date.HasOffset && s0.Date.Value.Offset == TimeSpan.Zero && urlDate is { } u && u.Date.DayNumber == s0.Date.Date.DayNumber - 1)
                return log.Chose("published", new MetaValue(u.ToIso(), MetaSource.Url),
                "the structured date is an early-morning UTC stamp and the URL files the story a day earlier");
            return log.Chose("published", new MetaValue(s0.Date.ToIso(), s0.Source), "no visible dateline; the most trusted structured date");
        }
        if (urlDate is { } ud) return log.Chose("published", new MetaValue(ud.ToIso(), MetaSource.Url), "no structured or visible date; the URL path");
        foreach (var el in parts.DateClass)
        {
            string t = ShortText(el, 120);
            if (t.Length is > 0 and < 120 && DateParser.FindInText(t, null, dayFirst) is { } e)
                return log.Chose("published", new MetaValue(e.ToIso(), MetaSource.Markup), "only a date-styled element gives a date");
        }
        if (ScriptDate(parts) is { } sd2)
            return log.Chose("published", new MetaValue(sd2.ToIso(), MetaSource.Markup), "a publication date in the page's own data script");
        if (parts.Document != null && PageDateScanner.Find(parts.Document, dayFirst) is { } found)
            return log.Chose("published", new MetaValue(found.Date.ToIso(), MetaSource.Markup), found.Why);
        return MetaValue.Empty;
    }

    /// <summary>
    /// The first publication date that an inline data script gives under a publication key ("publishedAt", "published_at",
    /// "datePublished", "pubDate"...), as sites that render in the browser carry it; only the first 2 MB of scripts are read.
    /// </summary>
    private static PageDate? ScriptDate(PageParts parts)
    {
        int read = 0;
        foreach (var script in parts.Scripts)
        {
            string text = script.TextContent;
            if ((read += text.Length) > 2_000_000) break;
            if (Selectors.ScriptPublicationDate().Match(text) is { Success: true } m && DateParser.Parse(m.Groups[1].Value) is { } d) return d;
        }
        return null;
    }

    /// <summary>
    /// The same moment written in the site's own offset, when <paramref name="utc"/> is a UTC stamp and <paramref name="other"/>
    /// gives that moment with a local offset ("2019-10-18T22:04Z" and "Sat, 19 Oct 2019 00:04 +0200"): its day is the one
    /// readers see. Null otherwise.
    /// </summary>
    private static PageDate? LocalOf(PageDate utc, PageDate? other) =>
        other is { HasTime: true, HasOffset: true } o && o.Value.Offset != TimeSpan.Zero && utc is { HasTime: true, HasOffset: true }
        && utc.Value.Offset == TimeSpan.Zero && (o.Value - utc.Value).Duration() <= TimeSpan.FromMinutes(1) ? o : null;

    /// <summary>
    /// The date a reader sees: the first visible dateline outside navigation and comments. "Updated" stamps count only when
    /// nothing else is shown. Far from the structured date, it is the page's own clock or another story, not this one's date.
    /// </summary>
    private static (PageDate Date, bool OnlyUpdate)? VisibleDateline(ArticleMetadata log, PageParts parts, (PageDate Date, MetaSource Source)? structured,
        int? year, bool? dayFirst)
    {
        PageDate? updated = null;
        // <time> elements first: a date-styled div in a site header is often the page's own clock.
        var ordered = parts.VisibleDates.Where(e => e.LocalName == "time" || e.GetAttribute("itemprop") == "datePublished")
            .Concat(parts.VisibleDates.Where(e => e.LocalName != "time" && e.GetAttribute("itemprop") != "datePublished"));
        foreach (var el in ordered)
        {
            string t = ShortText(el, 160);
            if (t.Length == 0) continue;
            if (DateParser.FindInText(t, year, dayFirst) is not { } d) continue;
            string where = el.LocalName == "time" ? "time" : "dateline";
            // "08/11/2023" read month first on a page whose structured date is 8 November: the page writes day first.
            if (structured is { } st && st.Date.Date != d.Date && IsSwapped(d.Date, st.Date.Date))
            {
                log.Saw("published", d.ToIso(), where, $"'{t}': the structured date read day first; they agree");
                d = st.Date;
            }
            if (InListedStory(el))
            {
                log.Saw("published", d.ToIso(), where, $"'{t}': in a list item with a headline of its own: a listed story's date");
                continue;
            }
            // Before the headline, a date that is not the structured one is the site's clock or another story's; the day before the
            // structured stamp is neither (a clock shows the reading's time, at or after the stamp): the story's day where it was written
            if (structured is { } sd2 && sd2.Date.Date != d.Date && d.Date != sd2.Date.Date.AddDays(-1) && parts.H1.Count > 0 && Precedes(el, parts.H1[0]))
            {
                log.Saw("published", d.ToIso(), where, $"'{t}': before the headline and not the structured date: the site's clock or another story");
                continue;
            }
            bool isUpdate = IsUpdateStamp(t) || (el.GetAttribute("class") ?? "").Contains("updat", StringComparison.OrdinalIgnoreCase)
                || (el.GetAttribute("itemprop") ?? "") == "dateModified";
            if (isUpdate) { updated ??= d; log.Saw("published", d.ToIso(), where, $"'{t}': an update stamp, used only when nothing else is shown"); continue; }
            log.Saw("published", d.ToIso(), where, $"'{t}': first visible dateline");
            return (d, false);
        }
        return updated is { } u ? (u, true) : null;
    }
}
