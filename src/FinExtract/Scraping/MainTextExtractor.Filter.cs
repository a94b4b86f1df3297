using FinExtract.Documents;

namespace FinExtract.Scraping;

/// <summary>
/// Keeping the blocks that read as the article: teasers, boxes, trailing tables and boilerplate lines left out.
/// </summary>
public sealed partial class MainTextExtractor
{
    private List<TextBlock> Filter(List<TextBlock> blocks)
    {
        var kept = new List<TextBlock>();
        bool seenGood = false;
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            string t = b.Text;
            if (b.Tag == "h1") continue;
            if (b.Kind == ParagraphKind.Heading)
            {
                if (seenGood && Selectors.EndOfArticleHeading().IsMatch(t))
                {
                    // A "Related" box set inside the story is skipped; one that the story does not continue after ends it.
                    int next = SkipBox(blocks, i);
                    int goodAfter = 0;
                    for (int j = next; j < blocks.Count && goodAfter < 2; j++) if (blocks[j].IsGood) goodAfter++;
                    if (goodAfter < 2) break;
                    i = next - 1;
                    continue;
                }
                if (Selectors.EndOfArticleHeading().IsMatch(t) || t.Length > 200 || IsBoilerplateLine(t) || IsTeaserHeadline(b)) continue;
                // A heading is kept only when article text follows it.
                if (!FollowedByText(blocks, i)) continue;
                kept.Add(b);
                continue;
            }
            if (IsBoilerplateLine(t) || t.Length < 300 && b.Tag != "tr" && IsDatelineOnly(t)) continue; // a table's row of a date and a figure is data
            if (b.LinkDensity > 0.5 && t.Length < 300) continue;
            if (b.Kind == ParagraphKind.ListItem && b.LinkDensity > 0.3) continue;
            if (b.EffectiveLength < _options.MinParagraphChars && b.Kind == ParagraphKind.Paragraph && !LooksLikeSentence(t)) continue;
            kept.Add(b);
            if (b.IsGood) seenGood = true;
        }
        // Drop trailing short fragments (tags, share prompts) after the last running-text paragraph.
        int last = kept.FindLastIndex(b => b.IsGood);
        if (last >= 0)
        {
            int cut = last + 1;
            while (cut < kept.Count && (kept[cut].IsGood || (kept[cut].EffectiveLength >= 40 && LooksLikeSentence(kept[cut].Text))
                || kept[cut].Kind == ParagraphKind.ListItem && kept[cut].EffectiveLength >= 30)) cut++;
            while (DataRows(kept, cut) is var rows and >= MinTrailingTableRows) cut += rows;
            kept.RemoveRange(cut, kept.Count - cut);
        }
        return kept;
    }

    /// <summary>How many rows a table after the last paragraph needs to be kept as the story's data (a table of figures).</summary>
    private const int MinTrailingTableRows = 2;

    /// <summary>
    /// How many rows of one table, of two cells or more and few links, run from <paramref name="from"/>: a table of results or
    /// prices that closes a story is its data, where a row of links ("Home | Contact") or a one-cell row is furniture.
    /// </summary>
    private static int DataRows(List<TextBlock> blocks, int from)
    {
        int n = 0;
        var table = from < blocks.Count ? blocks[from].Container.Closest("table") : null;
        while (table != null && from + n < blocks.Count && blocks[from + n] is { Tag: "tr", LinkDensity: < 0.3 } row
               && row.Text.Contains(" | ", StringComparison.Ordinal) && row.Container.Closest("table") == table) n++;
        return n;
    }

    /// <summary>
    /// A heading that is all link and reads as a headline of four words or more is a teaser for another story
    /// ("<p><strong><a>RIVAL BANK CUTS 300 JOBS</a></strong></p>"); a linked name ("[Example Review]") or section word is not.
    /// </summary>
    private static bool IsTeaserHeadline(TextBlock b) => b.LinkDensity > 0.5 && b.Text.Count(c => c == ' ') >= 3;

    /// <summary>Whether a line under 300 characters is page furniture by the boilerplate lists ("Advertisement", "Read more: ...").</summary>
    private static bool IsBoilerplateLine(string t) =>
        t.Length < 300 && (Selectors.BoilerplateParagraph().IsMatch(t) || BoilerplateLines.Regex.IsMatch(t));

    /// <summary>The index of the first block after the box that holds the heading at <paramref name="i"/>.</summary>
    private static int SkipBox(List<TextBlock> blocks, int i)
    {
        var box = blocks[i].Container.ParentElement;
        int j = i + 1;
        while (j < blocks.Count && box != null && (blocks[j].Container == box || Contains(box, blocks[j].Container))) j++;
        return j;
    }

    private static bool FollowedByText(List<TextBlock> blocks, int i)
    {
        for (int j = i + 1; j < blocks.Count && j <= i + 3; j++)
        {
            if (blocks[j].Kind == ParagraphKind.Heading) return false;
            if (blocks[j].EffectiveLength >= 40 && blocks[j].LinkDensity < 0.5) return true;
        }
        return false;
    }

    private static bool LooksLikeSentence(string t)
    {
        if (t.Length < 2) return false;
        bool end = TextMeasure.EndsSentenceAt(t, t.Length - 1) && t[^1] != ';';
        return end && TextMeasure.HasWordBreaks(t) && char.IsLetterOrDigit(t[0]) || TextMeasure.EffectiveLength(t) >= 15 && end;
    }
}
