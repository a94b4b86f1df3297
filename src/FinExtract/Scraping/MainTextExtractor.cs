using AngleSharp.Dom;
using FinExtract.Documents;

namespace FinExtract.Scraping;

/// <summary>The article text found on a page and how it was found.</summary>
/// <param name="Blocks">Paragraphs in reading order.</param>
/// <param name="Method">The extractor that won ("precise", "scored", "all").</param>
/// <param name="GoodChars">Characters of running-text paragraphs: a measure of how much article there is.</param>
public sealed record MainText(IReadOnlyList<(string Text, ParagraphKind Kind)> Blocks, string Method, int GoodChars);

/// <summary>
/// Finds the main text of a page: removes page furniture, splits the rest into text blocks, then picks
/// the article container by a cascade (a precise body-container match first, Readability-style scoring
/// as the fallback, the comparison of the two decides) and keeps its blocks that read as article.
/// All tree walks are iterative, so deep nesting cannot overflow the stack.
/// </summary>
public sealed partial class MainTextExtractor
{
    /// <summary>The precise (class-named) container wins when it holds at least this share of the scored one's good text.</summary>
    private const double PreciseShare = 0.7;

    /// <summary>A precise container with this many times the scored one's good text is a layout wrapper, not the body.</summary>
    private const double WrapperRatio = 1.6;

    /// <summary>A container holding more than this share of the page's text is never dropped for its class name.</summary>
    private const double MaxFurnitureShare = 0.4;

    /// <summary>Paragraphs shorter than this (effective characters) or with more links than this share add no score (Readability's 25).</summary>
    private const int MinScoredChars = 25;

    private const double MaxScoredLinkDensity = 0.5;

    /// <summary>Candidates scoring this share of the best are alternatives whose common ancestor may be the article.</summary>
    private const double AlternativeShare = 0.75;

    /// <summary>A sibling of the chosen container continues the article from this share of its score (also the bonus for the same class).</summary>
    private const double SiblingShare = 0.2;

    private readonly ScrapeOptions _options;

    /// <summary>Creates an extractor.</summary>
    public MainTextExtractor(ScrapeOptions options) => _options = options;

    private static string Describe(IElement el) =>
        el.LocalName + (el.Id is { Length: > 0 } id ? "#" + id : "")
        + (el.GetAttribute("class") is { Length: > 0 } c ? "." + string.Join('.', c.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : "");

    /// <summary>Extracts the main text from a parsed page. The document is modified (furniture removed).</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="maxDepth">Deepest nesting walked.</param>
    /// <param name="cancel">The article's deadline.</param>
    /// <param name="trace">When set, receives a line for every decision (dropped element, chosen container).</param>
    /// <param name="lenient">The retry when too little text is found: keeps text-rich containers named only by a decorator word, and
    /// the content of &lt;noscript&gt; (a page that shows its text only to a browser without scripts), and reads headings that hold running
    /// prose as paragraphs (a post whose editor set every paragraph with a heading button).</param>
    public MainText Extract(IDocument document, int maxDepth, CancellationToken cancel, Action<string>? trace = null, bool lenient = false)
    {
        var body = document.Body;
        if (body == null) return new MainText(Array.Empty<(string, ParagraphKind)>(), "none", 0);
        Clean(body, maxDepth, cancel, trace, lenient);
        var blocks = Linearize(body, maxDepth, cancel, proseHeadings: lenient);
        if (blocks.Count == 0) return new MainText(Array.Empty<(string, ParagraphKind)>(), "none", 0);

        var scored = ScoredContainers(blocks, cancel);
        var precise = PreciseContainers(body, maxDepth);

        var fromScored = Select(blocks, scored);
        var fromPrecise = precise.Count > 0 ? Select(blocks, precise) : new List<TextBlock>();
        int goodScored = Good(fromScored), goodPrecise = Good(fromPrecise);

        List<TextBlock> chosen;
        string method;
        // A precise container around the scored one that holds far more running text is a layout wrapper
        // (a page column with teasers), not the article body; precise siblings of it are more of the story.
        // Not when the scored one holds too little text to be an article itself, or is a table: a table inside a body-named
        // container is part of the story (a letter, a list of figures), not a story in a column of teasers.
        bool wrapper = goodScored >= _options.MinArticleChars && goodPrecise > WrapperRatio * goodScored
            && !scored.All(sc => sc.LocalName is "table" or "tbody" or "thead" or "tr" or "td" or "th")
            && WrapsScored(blocks, precise, scored, goodScored);
        if (goodPrecise > 0 && goodPrecise >= PreciseShare * goodScored && !wrapper)
        {
            chosen = WithLeadBefore(blocks, fromScored, fromPrecise);
            method = "precise";
        }
        else
        {
            chosen = fromScored;
            method = "scored";
        }
        if (trace != null)
        {
            trace($"scored containers: {string.Join(", ", scored.Select(Describe))} ({goodScored} chars of running text)");
            trace($"precise containers: {(precise.Count == 0 ? "none" : string.Join(", ", precise.Select(Describe)))} ({goodPrecise} chars of running text)");
            trace(method == "precise" ? "chose the precise container: it holds at least 70% of the scored container's running text"
                : ("chose the scored container: no precise container, or it holds under 70% of the running text, or it wraps the scored container with " +
                "60% more text (a layout column)"));
        }
        var output = Filter(chosen);
        return new MainText(output.Select(b => (b.Text, b.Kind)).ToList(), method, Good(chosen));
    }

    /// <summary>
    /// The precise container's blocks, after the running-text paragraphs that the scoring also took and that stand right
    /// before it: a standfirst or lead set apart from the body container ("standfirst", "article-lead", "dek").
    /// </summary>
    private static List<TextBlock> WithLeadBefore(List<TextBlock> blocks, List<TextBlock> fromScored, List<TextBlock> fromPrecise)
    {
        var scoredSet = new HashSet<TextBlock>(fromScored);
        int first = blocks.IndexOf(fromPrecise[0]);
        int from = first;
        while (from > 0 && first - from < MaxLeadBlocks && scoredSet.Contains(blocks[from - 1]) && blocks[from - 1].IsGood
               && blocks[from - 1].Kind == ParagraphKind.Paragraph) from--;
        return from == first ? fromPrecise : blocks.GetRange(from, first - from).Concat(fromPrecise).ToList();
    }

    /// <summary>
    /// The text without the byline lines that open it: a short block before the story's first full paragraph that names an author
    /// the metadata found ("Par Claire Morel, publié le 5 mars", an author box's name and job title) is the byline the page
    /// shows, not the story. A line that ends a sentence is kept: it may be the story speaking of its author.
    /// </summary>
    public static MainText WithoutBylineLines(MainText main, string authors, Action<string>? trace = null)
    {
        var names = AuthorNames.Listed(authors);
        if (names.Length == 0) return main;
        var kept = new List<(string Text, ParagraphKind Kind)>(main.Blocks.Count);
        bool opened = false;
        foreach (var block in main.Blocks)
        {
            string t = block.Text;
            opened |= t.Length >= MaxBylineLine;
            if (!opened && t.Length is > 0 and < MaxBylineLine && !TextMeasure.EndsSentenceAt(t, t.Length - 1)
                && names.Any(n => t.Contains(n, StringComparison.Ordinal) && (n.Contains(' ') || t.Count(c => c == ' ') < MaxBylineWordsForOneName)))
            {
                trace?.Invoke($"dropped a byline line at the top of the text: '{t}'");
                continue;
            }
            kept.Add(block);
        }
        return kept.Count == main.Blocks.Count || kept.Count == 0 ? main : main with { Blocks = kept };
    }

    /// <summary>
    /// The text without the headline repeated at its top: one of the first <see cref="MaxTitleRepeatBlock"/> blocks, before the story's
    /// first full paragraph, that reads as the page's title (compared as names are, by <see cref="AuthorNames.Key"/>) is the page's heading
    /// printed again inside the article container, not the story.
    /// </summary>
    public static MainText WithoutTitleRepeated(MainText main, string title, Action<string>? trace = null)
    {
        string key = AuthorNames.Key(title);
        if (key.Length < MinTitleRepeat || main.Blocks.Count < 2) return main;
        for (int i = 0; i < Math.Min(MaxTitleRepeatBlock, main.Blocks.Count); i++)
        {
            string t = main.Blocks[i].Text;
            if (AuthorNames.Key(t) != key)
            {
                if (t.Length >= MinFullParagraph && TextMeasure.EndsSentenceAt(t, t.Length - 1)) break; // the story has begun
                continue;
            }
            trace?.Invoke($"dropped the headline repeated at the top of the text: '{t}'");
            var kept = new List<(string Text, ParagraphKind Kind)>(main.Blocks);
            kept.RemoveAt(i);
            return main with { Blocks = kept };
        }
        return main;
    }

    /// <summary>How far down a repeated headline is looked for, and the shortest title compared ("Penny" alone may be a word).</summary>
    private const int MaxTitleRepeatBlock = 3, MinTitleRepeat = 12;

    /// <summary>The shortest block that, ending a sentence, is taken for the story's first full paragraph.</summary>
    private const int MinFullParagraph = 60;

    /// <summary>The longest line taken for a byline, and how many words it may have when the author is one word ("Nils").</summary>
    private const int MaxBylineLine = 120, MaxBylineWordsForOneName = 6;

    /// <summary>How many lead paragraphs before a precise container are taken at most.</summary>
    private const int MaxLeadBlocks = 2;

    /// <summary>
    /// Whether a precise container around the scored one holds far more running text than it: a layout column. A body-named block
    /// that is one of several sections of the story (a CMS's rich-text blocks) holds about what the scored one does.
    /// </summary>
    private static bool WrapsScored(List<TextBlock> blocks, List<IElement> precise, List<IElement> scored, int goodScored) =>
        precise.Any(p => scored.Any(sc => Contains(p, sc)) && Good(Select(blocks, [p])) > WrapperRatio * goodScored);

    private static int Good(List<TextBlock> blocks)
    {
        int n = 0;
        foreach (var b in blocks) if (b.IsGood) n += b.EffectiveLength;
        return n;
    }
}
