using System.Globalization;
using FinExtract.Text;
using System.Text.RegularExpressions;
using FinExtract.Documents;

namespace FinExtract.Scraping;

/// <summary>The title: candidates from the head, the structured data and the page, the site's name stripped.</summary>
public static partial class MetadataExtractor
{
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
}
