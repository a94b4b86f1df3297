using FinExtract.Text;
using AngleSharp.Dom;
using FinExtract.Documents;

namespace FinExtract.Scraping;

/// <summary>
/// The publication date: structured data, meta tags, the visible dateline and the script's stamps, weighed; updates kept
/// apart.
/// </summary>
public static partial class MetadataExtractor
{
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
            // A URL is fixed when the story is first filed; a structured stamp days after its date is a later republication or edit.
            if (urlDate is { } first && first.Date.DayNumber < EarliestLocalDay(s0.Date).DayNumber - 2)
                return log.Chose("published", new MetaValue(first.ToIso(), MetaSource.Url),
                "the URL files the story days before the structured date, which is a later republication or edit");
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
            if (DateParser.FindInText(t, year, dayFirst, out int at) is not { } d) continue;
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
            if (isUpdate && PageDateScanner.PublishedLater(t, at + 1, dayFirst) is { } first)
            {
                log.Saw("published", first.ToIso(), where, $"'{t}': an update stamp that also tells the publication");
                return (first, false);
            }
            if (isUpdate) { updated ??= d; log.Saw("published", d.ToIso(), where, $"'{t}': an update stamp, used only when nothing else is shown"); continue; }
            log.Saw("published", d.ToIso(), where, $"'{t}': first visible dateline");
            return (d, false);
        }
        return updated is { } u ? (u, true) : null;
    }
}
