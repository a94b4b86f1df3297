using System.Text.RegularExpressions;
using AngleSharp.Dom;
using FinExtract.Documents;

namespace FinExtract.Scraping;

/// <summary>The authors: structured data, meta tags and visible bylines, with agencies, credits and labels kept apart.</summary>
public static partial class MetadataExtractor
{
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
        foreach (var list in new[] { parts.AuthorItemName, parts.AuthorItem, parts.RelAuthor, parts.BylineName, parts.AuthorClass, parts.Byline,
                     parts.AuthorHref })
        {
            var texts = FirstBylineGroup(list).Select(e => ShortText(e, 200, " | ", skipTaxonomy: true)).Where(t => t.Length > 0 && t.Length < 200).ToList();
            markup = Names(texts);
            // more than four names from more than four elements: a listing of posts and their authors; the story's byline comes first
            if (markup.Count > 4 && texts.Count > 4) markup = Names(texts.Take(1));
            // a link to the writer's page is the weakest sign: the site's or a desk's own page is no writer's
            if (list == parts.AuthorHref) markup = markup.Where(n => !IsSite(n) && !AuthorNames.IsOrganisationLike(n)).ToList();
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
            if (markup.Count == 0 && names.All(AuthorNames.IsOrganisationLike) && CreditedPeople(parts) is var (people, creditLine))
                return log.Chose("author", new MetaValue(string.Join("; ", people), MetaSource.Markup),
                    $"the {src} author is an organisation's name; the credit line '{creditLine}' names people");
            return log.Chose("author", new MetaValue(string.Join("; ", names), source), $"{src} is the most trusted source with a name");
        }
        if (markup.Count > 0) return log.Chose("author", new MetaValue(string.Join("; ", markup), MetaSource.Markup),
            "no structured author; the visible byline");
        if (CreditedPeople(parts) is var (credited, credit)) return log.Chose("author", new MetaValue(string.Join("; ", credited), MetaSource.Markup),
            $"no byline; the credit line '{credit}'");
        if (parts.Document != null && HeaderByline(parts.Document) is { } line)
        {
            // (a one-word name only when it is a given name: "Posted by Ivo", not "By Email")
            var names = Names(new[] { line.ByPart }).Where(n => (n.Contains(' ') || AuthorNames.IsGivenName(n)) && !AuthorNames.IsOrganisationLike(n)
                && !IsSite(n)).ToList();
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

    /// <summary>The people a credit line after the story names ("Reporting by X; Editing by Y" gives X), with the line; or null.</summary>
    private static (List<string> Names, string Credit)? CreditedPeople(PageParts parts)
    {
        if (parts.Document == null || CreditLine(parts.Document) is not { } credit) return null;
        var names = AuthorNames.Clean(credit).Where(n => n.Contains(' ') || !EndByline().IsMatch(credit)).ToList();
        return names.Count > 0 ? (names, credit) : null;
    }

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
}
