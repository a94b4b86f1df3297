using FinExtract.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace FinExtract.Scraping;

/// <summary>
/// The last resort for a publication date when the page has no structured, visible-dateline or URL date:
/// the short lines of text (a dateline is short; a date inside a paragraph of the story is not the story's
/// date) are read in document order. A date after a cue word ("Published:", "Datum:", "publié le") wins;
/// else the first date after the headline (a site header's clock comes before it, related stories after
/// the story's own date); else the first date on the page.
/// </summary>
public static partial class PageDateScanner
{
    /// <summary>Update cues, also with "on" after them ("last modified on").</summary>
    private static readonly string[] UpdateCues = DateCues.Update.Select(c => c + " on").Concat(DateCues.Update).ToArray();

    /// <summary>Longest text of a line that is read for a date.</summary>
    public const int MaxLineChars = 160;

    /// <summary>A line of this many words whose date starts after <see cref="DatelineLead"/> characters reads as a sentence.</summary>
    private const int SentenceWords = 10;

    /// <summary>How far into a dateline its date may start.</summary>
    private const int DatelineLead = 40;

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>How many lines with a date are read at most (pages with long date lists stop early).</summary>
    private const int MaxDatedLines = 80;

    /// <summary>The chosen date and why, or null.</summary>
    public static (PageDate Date, string Why)? Find(IDocument doc, bool? dayFirst)
    {
        var lines = DatedLines(doc, dayFirst);
        if (lines.Count == 0) return null;
        var cued = lines.Where(l => l.Cued).ToList();
        if (cued.Count > 0)
        {
            var c = cued.FirstOrDefault(l => l.AfterHeadline) ?? cued[0];
            return (c.Date, $"'{c.Text}': a date after a cue word");
        }
        var after = lines.FirstOrDefault(l => l.AfterHeadline);
        if (after != null) return (after.Date, $"'{after.Text}': the first date after the headline");
        return (lines[0].Date, $"'{lines[0].Text}': the first date on the page");
    }

    private static bool IsMenu(string? name) => !string.IsNullOrEmpty(name) && MenuToken().IsMatch(name);

    private static bool IsBreadcrumb(string? name) => name != null && name.Contains("breadcrumb", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?:^|[\s_-])(?:nav|navbar|navigation|menu)(?:$|[\s_\d-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MenuToken();

    private sealed record Line(PageDate Date, string Text, bool Cued, bool AfterHeadline);

    private static List<Line> DatedLines(IDocument doc, bool? dayFirst)
    {
        var lines = new List<Line>();
        if (doc.Body == null) return lines;
        bool afterHeadline = false;
        var stack = new Stack<INode>();
        stack.Push(doc.Body);
        while (stack.Count > 0 && lines.Count < MaxDatedLines)
        {
            var node = stack.Pop();
            if (node is IElement el)
            {
                // Figure captions date the photo, not the story; a caption that holds the headline is the story's header.
                if (el.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "select" or "textarea") continue;
                if (el.LocalName == "figcaption" && el.QuerySelector("h1") == null) continue;
                // A menu's links name other pages, with their dates ("Archive 2017", "Rules (ended 28.02.2017)"); a
                // breadcrumb trail ends in this page.
                if ((el.LocalName == "nav" || IsMenu(el.ClassName) || IsMenu(el.Id)) && !IsBreadcrumb(el.ClassName) && !IsBreadcrumb(el.Id)) continue;
                if (el.LocalName == "h1") afterHeadline = true;
                for (var c = el.LastChild; c != null; c = c.PreviousSibling) stack.Push(c);
                continue;
            }
            if (node is not IText t || !MayHoldYear(t.Data)) continue;
            if (ReadLine(t, dayFirst) is var (line, date, at))
            {
                string before = line[..at].TrimEnd(' ', ':', ',', '-', '–', '|', '\u00a0').ToLowerInvariant();
                if (EndsWithCue(before, UpdateCues))
                {
                    // "last modified on 4 November 2020"; but "Updated 5 June 2021. Originally published 3 March 2021" also tells the publication
                    if (PublishedLater(line, at + 1, dayFirst) is { } published) lines.Add(new Line(published, line, true, afterHeadline));
                    continue;
                }
                lines.Add(new Line(date, line, EndsWithCue(before, DateCues.Publication), afterHeadline));
            }
            else if (CuedAfter(t, dayFirst) is var (sentence, d)) lines.Add(new Line(d, sentence, true, afterHeadline));
        }
        return lines;
    }

    /// <summary>
    /// The dateline a text node stands in, its date and where the date starts; null when there is none. A sentence of the
    /// story that mentions a date ("the next meeting is on 5 February") is not a dateline: a dateline is a few words with the
    /// date near its start. A date in an element of its own ("&lt;span&gt;02.12.19&lt;/span&gt;") is one whatever block holds it.
    /// </summary>
    private static (string Line, PageDate Date, int At)? ReadLine(IText t, bool? dayFirst)
    {
        string line = LineOf(t);
        if (line.Length > 0 && DateParser.FindInText(line, null, dayFirst, out int at) is { } date && !(at > DatelineLead && WordCount(line) >= SentenceWords))
            return (line, date, at);
        // ...a few words with the date near their start ("Publicado em 3 de março de 2021, por Ana Lima"), as a dateline is
        string own = MetadataExtractor.Clean(t.Data);
        if (own.Length is 0 or > DatelineLead * 2 || WordCount(own) >= SentenceWords
            || DateParser.FindInText(own, null, dayFirst, out int ownAt) is not { } d || ownAt > DatelineLead) return null;
        return (own, d, ownAt);
    }

    /// <summary>
    /// A date right after a publication cue further on in the line, after an update stamp ("Updated 5 June 2021 | First published
    /// 3 March 2021"), or null.
    /// </summary>
    internal static PageDate? PublishedLater(string line, int from, bool? dayFirst)
    {
        string lower = line.ToLowerInvariant();
        foreach (var cue in DateCues.Publication)
        {
            for (int i = lower.IndexOf(cue, from, StringComparison.Ordinal); i >= 0; i = lower.IndexOf(cue, i + 1, StringComparison.Ordinal))
            {
                int end = i + cue.Length;
                if (IsWholeCue(lower, i, cue) && DateParser.FindInText(line[end..], null, dayFirst, out int at) is { } date && at <= 4) return date;
            }
        }
        return null;
    }

    /// <summary>
    /// A sentence whose verb, after the date, says it is the publication date, as verb-final languages write it ("Dieser Beitrag
    /// wurde am 3. Dezember 2011 um 10:00 Uhr veröffentlicht", "werd op 3 maart 2021 gepubliceerd"): the cue within a few words
    /// after the date, in the same sentence.
    /// </summary>
    private static (string Sentence, PageDate Date)? CuedAfter(IText t, bool? dayFirst)
    {
        string own = MetadataExtractor.Clean(t.Data);
        if (own.Length > MaxLineChars || DateParser.FindInText(own, null, dayFirst, out int at) is not { } date) return null;
        int stop = at;
        while ((stop = own.IndexOf(". ", stop + 1, StringComparison.Ordinal)) > 0 && char.IsDigit(own[stop - 1])) { } // "3. Dezember" goes on
        string after = (stop < 0 ? own[at..] : own[at..stop]).ToLowerInvariant();
        var words = after.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(CueAfterWords).Select(w => w.Trim(',', ';', ':'));
        return words.Any(DateCuesAfter.Contains) ? (own, date) : null;
    }

    /// <summary>How many words from the date's start the trailing cue may stand ("3. Dezember 2011 um 10:00 Uhr veröffentlicht").</summary>
    private const int CueAfterWords = 8;

    private static readonly HashSet<string> DateCuesAfter = Text.Lexicon.Set("date-cues-after.tsv", StringComparer.Ordinal);

    /// <summary>The text of the block the node stands in, or "" when that block is long (a paragraph of the story).</summary>
    private static string LineOf(IText t)
    {
        var block = t.ParentElement;
        while (block != null && block.LocalName is "span" or "b" or "strong" or "em" or "i" or "a" or "time" or "small" or "font" or "abbr")
        {
            // An inline element set on a line of its own by a <br> ("Headline<br><small>2 February 2022 • News</small>") is that line.
            if (block.PreviousElementSibling?.LocalName == "br" && IsBlank(block.PreviousSibling, block.PreviousElementSibling))
                return Short(MetadataExtractor.Clean(block.TextContent));
            block = block.ParentElement;
        }
        return Short(MetadataExtractor.Clean(block?.TextContent.Length <= MaxLineChars * 4 ? block.TextContent : t.Data));
    }

    /// <summary>
    /// A short line whole; of a long block only a dateline that opens it ("27.1.2022 - Bei der ...", "Berlin, 3 March 2021 –
    /// The ..."): the text before the first dash, when it comes within the first words.
    /// </summary>
    private static string Short(string text)
    {
        if (text.Length <= MaxLineChars) return text;
        int dash = -1;
        foreach (var sep in DatelineDashes)
        {
            int i = text.IndexOf(sep, StringComparison.Ordinal);
            if (i > 0 && (dash < 0 || i < dash)) dash = i;
        }
        return dash > 0 && dash <= DatelineLead + 20 ? text[..dash] : "";
    }

    private static readonly string[] DatelineDashes = { " - ", " – ", " — " };

    /// <summary>Whether only whitespace stands between a node and an earlier sibling (<paramref name="from"/> back to <paramref name="to"/>).</summary>
    private static bool IsBlank(INode? from, INode to)
    {
        for (var n = from; n != null && n != to; n = n.PreviousSibling)
            if (n is not IText text || !string.IsNullOrWhiteSpace(text.Data)) return false;
        return true;
    }

    /// <summary>Whether a text may hold a date: a year 19xx/20xx, or a dotted day with a short year ("8.5.12", "02.12.19").</summary>
    private static bool MayHoldYear(string s)
    {
        for (int i = 0; i + 3 < s.Length; i++)
            if ((s[i] == '1' && s[i + 1] == '9' || s[i] == '2' && s[i + 1] == '0') && char.IsAsciiDigit(s[i + 2]) && char.IsAsciiDigit(s[i + 3])) return true;
        return s.Contains('.') && DottedShortYear().IsMatch(s);
    }

    [GeneratedRegex(@"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2}(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex DottedShortYear();

    /// <summary>Whether the text just before a date ends with one of the cues, as a whole word ("Datum", "published on").</summary>
    private static bool EndsWithCue(string before, string[] cues)
    {
        foreach (var cue in cues)
        {
            if (before.EndsWith(cue, StringComparison.Ordinal) && IsWholeCue(before, before.Length - cue.Length, cue)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="cue"/> at <paramref name="at"/> is a whole word of the text (a CJK cue always is).</summary>
    private static bool IsWholeCue(string text, int at, string cue)
    {
        int end = at + cue.Length;
        return cue[0] > 0x2E80 || (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]));
    }
}
