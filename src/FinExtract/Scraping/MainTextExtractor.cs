using FinExtract.Text;
using System.Text;
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

    // ---- 1. cleaning -------------------------------------------------------------------------

    private static void Clean(IElement body, int maxDepth, CancellationToken cancel, Action<string>? trace, bool lenient)
    {
        // Subtree text sizes, so that a container holding most of the page is never dropped for a class name.
        var order = new List<IElement>(4096);
        var stack = new Stack<(IElement El, int Depth)>();
        stack.Push((body, 0));
        while (stack.Count > 0)
        {
            var (el, depth) = stack.Pop();
            order.Add(el);
            if (depth >= maxDepth) continue;
            for (var child = el.FirstElementChild; child != null; child = child.NextElementSibling) stack.Push((child, depth + 1));
        }
        var (size, linked) = TextSizes(order, lenient);
        int total = Math.Max(1, size[body]);
        cancel.ThrowIfCancellationRequested();

        var remove = new List<IElement>();
        stack.Push((body, 0));
        while (stack.Count > 0)
        {
            var (el, depth) = stack.Pop();
            if (el != body && ShouldDrop(el, size.TryGetValue(el, out int s) ? s : 0, linked.GetValueOrDefault(el), total, lenient))
            {
                remove.Add(el);
                if (trace != null && s > 0) trace($"dropped {Describe(el)} ({s} chars): {DropReason(el)}");
                continue;
            }
            if (depth >= maxDepth) continue;
            for (var child = el.FirstElementChild; child != null; child = child.NextElementSibling) stack.Push((child, depth + 1));
        }
        foreach (var el in remove) el.Remove();
    }

    /// <summary>Non-space characters under each element (none under a dropped tag), and how many of them are inside links.</summary>
    private static (Dictionary<IElement, int> Size, Dictionary<IElement, int> Linked) TextSizes(List<IElement> order, bool lenient)
    {
        var size = new Dictionary<IElement, int>(order.Count, ReferenceEqualityComparer.Instance);
        var linked = new Dictionary<IElement, int>(order.Count, ReferenceEqualityComparer.Instance);
        for (int i = order.Count - 1; i >= 0; i--)
        {
            var el = order[i];
            int n = 0, l = 0;
            if (IsDroppedTag(el.LocalName, lenient)) { size[el] = 0; continue; }
            foreach (var node in el.ChildNodes)
            {
                if (node is IText t) n += CountNonSpace(t.Data);
                else if (node is IElement c && size.TryGetValue(c, out int cs)) { n += cs; l += linked.GetValueOrDefault(c); }
            }
            size[el] = n;
            linked[el] = el.LocalName == "a" ? n : l;
        }
        return (size, linked);
    }

    /// <summary>A tag that is never article text; on the lenient retry, &lt;noscript&gt; is read as text.</summary>
    private static bool IsDroppedTag(string tag, bool lenient) => Selectors.DropTags.Contains(tag) && !(lenient && tag == "noscript");

    private static int CountNonSpace(string s)
    {
        int n = 0;
        foreach (char c in s) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }

    private static string DropReason(IElement el)
    {
        if (Selectors.DropTags.Contains(el.LocalName)) return $"<{el.LocalName}> is never article text";
        if (el.HasAttribute("hidden") || el.GetAttribute("aria-hidden") == "true"
            || (el.GetAttribute("style") ?? "").Contains("none", StringComparison.OrdinalIgnoreCase)) return "hidden";
        if (el.GetAttribute("role") is { } r && Selectors.DropRoles.Contains(r.Trim())) return $"role={r}";
        if (el.LocalName is "header" or "form") return $"<{el.LocalName}> outside the main text";
        return "class or id names page furniture";
    }

    private static bool ShouldDrop(IElement el, int size, int linked, int total, bool lenient)
    {
        string tag = el.LocalName;
        if (IsDroppedTag(tag, lenient)) return true;
        if (!el.HasAttributes()) return tag is "header" or "form" && size < total / 2;
        var at = new ElementAttributes(el);
        if (at.HiddenFromReaders) return true;
        if (string.Equals(at.AriaHidden, "true", StringComparison.OrdinalIgnoreCase) && size < 400) return true;
        if (at.Role is { } role && Selectors.DropRoles.Contains(role.Trim()) && size < total / 2) return true;
        if (tag is "header" or "form") return size < total / 2;
        if (tag is "html" or "body" or "main" or "article") return false;
        // A container that holds a large share of the page is never dropped for its class name.
        if (size > total * MaxFurnitureShare) return false;
        string cls = at.Class ?? "";
        string id = at.Id ?? "";
        if (cls.Length == 0 && id.Length == 0) return false;
        if (IsBodyOrBemBodyName(cls) || IsBodyOrBemBodyName(id)) return false;
        if (at.ItemProp is "articleBody" or "text") return false;
        // A post the article quotes, in the embed markup the platforms hand out (blockquote.twitter-tweet...), is its text.
        if (tag == "blockquote" && IsSocialEmbed(cls)) return false;
        var named = (Furniture)Math.Max((int)FurnitureName(cls), (int)FurnitureName(id));
        // ...and so is the wrapper a site puts around such a post ("social-media-embed", "wp-block-embed-twitter"), named like furniture.
        if (named != Furniture.None && WrapsSocialEmbeds(el, size)) return false;
        // A theme's decorator word on the post's own container ("entry share", "widget Blog") or on its paragraphs ("body-paragraph
        // paywall"): on the retry, or inside a container named for the article body (the metered rest of the story), kept while it
        // holds a long run of text, or a paragraph's worth, with few links, which a share bar or a sidebar widget does not.
        if (named == Furniture.Decorator)
            return !(lenient || InsideBodyContainer(el)) || size < (tag == "p" ? MinDecoratedParagraph : MinDecoratedText)
                || linked > MaxDecoratedLinkShare * size;
        return named == Furniture.Named;
    }

    /// <summary>Whether an ancestor is named for the article body (itemprop="articleBody", "article-body").</summary>
    private static bool InsideBodyContainer(IElement el)
    {
        for (var a = el.ParentElement; a != null; a = a.ParentElement)
            if (a.GetAttribute("itemprop") == "articleBody" || IsBodyOrBemBodyName(a.GetAttribute("class") ?? "") || IsBodyOrBemBodyName(a.Id ?? ""))
                return true;
        return false;
    }

    /// <summary>Whole blocks that are furniture on any site (Resources/lexicon/boilerplate-lines.tsv), one pattern of them all,
    /// compiled once a run has used it enough (a page asks it of tens of blocks).</summary>
    private static readonly Text.WarmingRegex BoilerplateLines = new("^(?:" + string.Join("|", Text.Lexicon.Read("boilerplate-lines.tsv")
        .Select(r => "(?:" + r[0] + ")")) + ")$", System.Text.RegularExpressions.RegexOptions.IgnoreCase
            | System.Text.RegularExpressions.RegexOptions.CultureInvariant, Text.Lexicon.PatternTimeout);

    /// <summary>
    /// A short line that is a date and little else ("Nov. 19, 2019, 8:41 AM UTC", "Associated Press November 19, 2019",
    /// "November 12, 2018 | BY: Jane Roe"): the page's dateline, shown apart from the story.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[A-Z][a-z]{2,8}\.?,?|AM|PM|UTC|GMT|ET|BY:?|By|\|)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DatelineWord();

    private static bool IsDatelineOnly(string t)
    {
        // "— Jane Roe (@handle) November 3, 2019" signs an embedded post: it is part of the post.
        if (t.Length > 80 || t.Contains('@') || t[0] is '—' or '–' || DateParser.FindInText(t, null) is null) return false;
        int words = 0;
        foreach (var w in t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (w.Any(char.IsLetter) && !DatelineWord().IsMatch(w)) words++;
        return words <= 3 && !TextMeasure.EndsSentenceAt(t, t.Length - 1);
    }

    /// <summary>The classes of the blockquotes social platforms give sites to embed a post.</summary>
    private static readonly HashSet<string> SocialEmbeds = new(StringComparer.OrdinalIgnoreCase)
    {
        "twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed", "mastodon-embed", "threads-post-media", "reddit-embed-bq",
    };

    /// <summary>Whether an element's text is mostly embedded social-media posts (four fifths of it or more).</summary>
    private static bool WrapsSocialEmbeds(IElement el, int size)
    {
        if (size == 0) return false;
        int posts = 0;
        foreach (var quote in el.GetElementsByTagName("blockquote"))
            if (IsSocialEmbed(quote.ClassName)) posts += CountNonSpace(quote.TextContent);
        return posts * 5 >= size * 4;
    }

    /// <summary>Whether a blockquote's class string marks an embedded social-media post.</summary>
    internal static bool IsSocialEmbed(string? cls) => cls != null && cls.Split(' ').Any(SocialEmbeds.Contains);

    private static readonly NameCache<Furniture> BoilerplateNames = new();
    private static readonly NameCache<double> Weights = new();

    /// <summary>What class or id names say about an element: nothing, only a decorator word, or page furniture.</summary>
    private enum Furniture { None, Decorator, Named }

    /// <summary>Furniture words that themes also put on the post's own container (Resources/lexicon/boilerplate-decorator-classes.tsv).</summary>
    private static readonly HashSet<string> DecoratorWords = Text.Lexicon.Set("boilerplate-decorator-classes.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>Least text (non-space characters) an element named only by a decorator word holds to be kept.</summary>
    private const int MinDecoratedText = 800;
    /// <summary>Least text of a paragraph (&lt;p&gt;) named only by a decorator word to be kept.</summary>
    private const int MinDecoratedParagraph = 80;
    /// <summary>Most share of that text inside links.</summary>
    private const double MaxDecoratedLinkShare = 0.3;

    private static Furniture FurnitureName(string names) => BoilerplateNames.Get(names, ComputeFurnitureName);

    private static Furniture ComputeFurnitureName(string names)
    {
        var found = Furniture.None;
        foreach (var token in names.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Selectors.BoilerplateToken().IsMatch(token))
            {
                if (!DecoratorWords.Contains(token)) return Furniture.Named;
                found = Furniture.Decorator;
                continue;
            }
            foreach (var part in token.Split('-', '_'))
            {
                // camelCase parts: "imageEmbedCredit", "photoCaption"
                bool camel = part.EndsWith("Credit", StringComparison.Ordinal) || part.EndsWith("Caption", StringComparison.Ordinal)
                    || part.EndsWith("Credits", StringComparison.Ordinal);
                if (!camel && (part.Length <= 1 || !Selectors.BoilerplatePart().IsMatch(part))) continue;
                if (camel || !DecoratorWords.Contains(part)) return Furniture.Named;
                found = Furniture.Decorator;
            }
        }
        return found;
    }

    // ---- 2. text blocks --------------------------------------------------------------------------

    /// <summary>The blocks of the cleaned DOM under <paramref name="body"/>, at most <paramref name="maxDepth"/> deep, until <paramref name="cancel"/>;
    /// with <paramref name="proseHeadings"/>, a heading element that holds running prose is a paragraph (the retry of a page with too little text).</summary>
    private static List<TextBlock> Linearize(IElement body, int maxDepth, CancellationToken cancel, bool proseHeadings = false) =>
        new Linearizer(body, maxDepth, proseHeadings).Run(cancel);

    /// <summary>
    /// Walks the cleaned DOM once (iteratively, no recursion) and cuts its text into blocks at block-level
    /// elements and at double line breaks, noting for each its container, link and bold share and kind.
    /// </summary>
    private sealed class Linearizer
    {
        private readonly IElement _body;
        private readonly int _maxDepth;
        private readonly List<TextBlock> _blocks = new();
        private readonly StringBuilder _sb = new();
        private readonly Stack<IElement> _containers = new();
        private int _linkChars, _boldChars, _boldDepth, _linkDepth, _quoteDepth, _listDepth;
        private bool _pendingSpace;
        private readonly bool _proseHeadings;

        public Linearizer(IElement body, int maxDepth, bool proseHeadings)
        {
            _body = body;
            _maxDepth = maxDepth;
            _proseHeadings = proseHeadings;
            _containers.Push(body);
        }

        public List<TextBlock> Run(CancellationToken cancel)
        {
            // Iterative walk: (node, depth, leaving).
            var stack = new Stack<(INode Node, int Depth, bool Leave)>();
            for (int i = _body.ChildNodes.Length - 1; i >= 0; i--) stack.Push((_body.ChildNodes[i], 1, false));
            int steps = 0;
            while (stack.Count > 0)
            {
                if ((++steps & 4095) == 0) cancel.ThrowIfCancellationRequested();
                var (node, depth, leave) = stack.Pop();
                if (node is IText text) Append(text.Data, _linkDepth > 0);
                else if (node is IElement el && leave) Leave(el);
                else if (node is IElement el2 && Enter(el2, depth))
                {
                    stack.Push((el2, depth, true));
                    var children = el2.ChildNodes;
                    for (int i = children.Length - 1; i >= 0; i--) stack.Push((children[i], depth + 1, false));
                }
            }
            Flush();
            return _blocks;
        }

        private static bool IsBlock(string tag) => Selectors.BlockTags.Contains(tag) && tag is not ("td" or "th");

        /// <summary>Opens an element; false when its children are not walked (a line break, or too deep).</summary>
        private bool Enter(IElement el, int depth)
        {
            string tag = el.LocalName;
            if (tag == "br")
            {
                if (_sb.Length > 0) _sb.Append('\n'); // two in a row split the run into paragraphs
                return false;
            }
            if (tag is "td" or "th")
            {
                if (_sb.Length > 0) _sb.Append(" | ");
                _pendingSpace = false;
            }
            if (depth >= _maxDepth) return false;
            if (IsBlock(tag))
            {
                Flush();
                _containers.Push(el);
            }
            if (tag == "a") _linkDepth++;
            if (tag is "b" or "strong") _boldDepth++;
            if (tag == "blockquote") _quoteDepth++;
            if (tag is "ul" or "ol") _listDepth++;
            return true;
        }

        private void Leave(IElement el)
        {
            string tag = el.LocalName;
            if (tag == "a") _linkDepth--;
            if (tag is "b" or "strong") _boldDepth--;
            if (tag == "blockquote") _quoteDepth--;
            if (tag is "ul" or "ol") _listDepth--;
            if (IsBlock(tag))
            {
                Flush();
                _containers.Pop();
            }
        }

        private void Flush()
        {
            if (_sb.Length > 0)
            {
                var el = _containers.Peek();
                string raw = _sb.ToString();
                foreach (var part in raw.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
                {
                    string text = part.Replace('\n', ' ').Trim();
                    if (text.Length == 0) continue;
                    var kind = KindOf(el.LocalName, raw, text);
                    int lc = raw.Length == 0 ? 0 : (int)((long)_linkChars * text.Length / Math.Max(1, raw.Length));
                    _blocks.Add(new TextBlock(el, text, Math.Min(lc, text.Length), kind, el.LocalName, _blocks.Count));
                }
            }
            _sb.Clear();
            _linkChars = 0;
            _boldChars = 0;
            _pendingSpace = false;
        }

        private ParagraphKind KindOf(string tag, string raw, string text)
        {
            var kind = tag switch
            {
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => ParagraphKind.Heading,
                "li" or "dd" or "dt" => ParagraphKind.ListItem,
                "pre" or "tr" or "table" => ParagraphKind.Other,
                _ => _quoteDepth > 0 ? ParagraphKind.Quote : ParagraphKind.Paragraph,
            };
            if (_proseHeadings && kind == ParagraphKind.Heading && tag != "h1" && IsProse(text))
                kind = _quoteDepth > 0 ? ParagraphKind.Quote : ParagraphKind.Paragraph;
            if (kind == ParagraphKind.Paragraph && _listDepth > 0 && tag != "p") kind = ParagraphKind.ListItem;
            // A short paragraph set wholly in bold is a subheading ("About the company", "About Northwind Corp.").
            if (kind == ParagraphKind.Paragraph && _boldChars >= raw.Length - 1 && text.Length <= 100 && !EndsSentence(text)) kind = ParagraphKind.Heading;
            // So is a short one set wholly in capitals, as wire copy writes its subheadings ("MARKETS RALLY", "WHAT COMES NEXT").
            if (kind == ParagraphKind.Paragraph && IsCapitalsHeading(text)) kind = ParagraphKind.Heading;
            return kind;
        }

        /// <summary>
        /// A few words (up to 60 characters) of letters that are all capitals, not ending a sentence or a dateline ("WASHINGTON —"), and not
        /// a furniture label that only looks like one ("READ MORE", "ADVERTISEMENT").
        /// </summary>
        private static bool IsCapitalsHeading(string text)
        {
            if (text.Length is < 4 or > 60 || text[^1] is '.' or '!' or '?' or ':' or ',' or '-' or '–' or '—') return false;
            int upper = 0;
            foreach (char c in text)
            {
                if (char.IsLower(c)) return false;
                if (char.IsUpper(c)) upper++;
            }
            return upper >= 4 && text.Count(c => c == ' ') < 8 && !IsBoilerplateLine(text) && !Selectors.EndOfArticleHeading().IsMatch(text);
        }

        /// <summary>
        /// A paragraph an editor set with a heading button: two sentences or more of running prose, ending in a full stop, not a headline's few
        /// words.
        /// </summary>
        private static bool IsProse(string text) =>
            text.Length >= 120 && text[^1] is '.' or '!' or '?' && text.Count(c => c == ' ') >= 15 && TextMeasure.EndsSentenceAt(text, text.Length - 1)
            && SentenceInside(text);

        private static bool SentenceInside(string text)
        {
            for (int i = text.IndexOfAny(SentenceEnds); i >= 0 && i < text.Length - 2; i = text.IndexOfAny(SentenceEnds, i + 1))
                if (text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && TextMeasure.EndsSentenceAt(text, i)) return true;
            return false;
        }

        private static readonly char[] SentenceEnds = ['.', '!', '?'];

        /// <summary>Whether a text ends in a full stop that is not the abbreviation ending a short name ("About Northwind Corp.").</summary>
        private static bool EndsSentence(string text)
        {
            if (!text.EndsWith('.')) return false;
            if (text.Count(c => c == ' ') >= 6) return true; // a heading is a few words; in German every noun has a capital
            int space = text.LastIndexOf(' ');
            string last = text[(space + 1)..^1];
            return !(last.Length is > 0 and <= 4 && char.IsUpper(last[0]) && last.All(c => char.IsLetter(c) || c == '.'));
        }

        private void Append(string s, bool inLink)
        {
            foreach (char ch in s)
            {
                if (char.IsWhiteSpace(ch))
                {
                    _pendingSpace = _sb.Length > 0;
                    continue;
                }
                if (_pendingSpace && _sb.Length > 0 && _sb[^1] != '\n')
                {
                    _sb.Append(' ');
                    if (_boldDepth > 0) _boldChars++;
                }
                _pendingSpace = false;
                _sb.Append(ch);
                if (inLink) _linkChars++;
                if (_boldDepth > 0) _boldChars++;
            }
        }
    }

    // ---- 3. choosing the container ---------------------------------------------------------------------

    private static List<IElement> ScoredContainers(List<TextBlock> blocks, CancellationToken cancel)
    {
        var scores = new ContainerScores(blocks, cancel);
        if (scores.Count == 0) return new List<IElement>();
        var (top, best) = scores.Best();
        if (top == null) return new List<IElement>();
        (top, best) = CommonAncestorOfAlternatives(scores, top, best);
        return ContinuingSiblings(blocks, scores, OutermostSection(top), best);
    }

    /// <summary>
    /// The container itself, or the outermost wrapper that holds nothing but it and a subheading (a content block a CMS wraps once
    /// more per section, with the section's heading beside it): the sections of the article are the wrapper's siblings, not the
    /// container's (Readability's only-child step, letting the heading be).
    /// </summary>
    private static IElement OutermostSection(IElement top)
    {
        while (top.ParentElement is { } parent && parent.LocalName is "div" or "section" or "article" && !HasOwnText(parent)
               && parent.Children.All(c => c == top || c.LocalName is "h2" or "h3" or "h4" or "h5" or "h6"))
            top = parent;
        return top;
    }

    private static bool HasOwnText(IElement el)
    {
        for (var n = el.FirstChild; n != null; n = n.NextSibling)
            if (n is IText t && !string.IsNullOrWhiteSpace(t.Data)) return true;
        return false;
    }

    /// <summary>
    /// Readability's scores: each paragraph adds to its container and three ancestors (less with each level), and a
    /// container's final score is discounted by its link density.
    /// </summary>
    private sealed class ContainerScores
    {
        private readonly Dictionary<IElement, double> _score = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<IElement, int> _textLen = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<IElement, int> _linkLen = new(ReferenceEqualityComparer.Instance);

        public ContainerScores(List<TextBlock> blocks, CancellationToken cancel)
        {
            foreach (var b in blocks)
            {
                // Text and link totals per ancestor, for link density.
                for (IElement? a = b.Container; a != null; a = a.ParentElement)
                {
                    _textLen[a] = _textLen.GetValueOrDefault(a) + b.Text.Length;
                    _linkLen[a] = _linkLen.GetValueOrDefault(a) + b.LinkChars;
                }
            }
            cancel.ThrowIfCancellationRequested();
            foreach (var b in blocks)
            {
                if (b.EffectiveLength < MinScoredChars || b.Kind == ParagraphKind.Heading || b.LinkDensity > MaxScoredLinkDensity) continue;
                double s = 1 + b.Text.Count(TextMeasure.IsComma) + Math.Min(b.EffectiveLength / 100.0, 3);
                IElement? a = b.Tag is "div" or "section" or "article" or "main" or "body" ? b.Container : b.Container.ParentElement;
                for (int level = 0; a != null && level < 4; level++, a = a.ParentElement)
                {
                    if (!_score.ContainsKey(a)) _score[a] = InitialScore(a);
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    _score[a] += s / divider;
                }
            }
        }

        public int Count => _score.Count;

        public IEnumerable<IElement> Scored => _score.Keys;

        /// <summary>The score discounted by link density (0 for an element without a score).</summary>
        public double Final(IElement el)
        {
            if (!_score.TryGetValue(el, out double s)) return 0;
            double ld = _textLen.TryGetValue(el, out int tl) && tl > 0 ? (double)_linkLen.GetValueOrDefault(el) / tl : 0;
            return s * (1 - ld);
        }

        /// <summary>The element with the highest final score (the first such in scoring order).</summary>
        public (IElement? Top, double Best) Best()
        {
            IElement? top = null;
            double best = double.MinValue;
            foreach (var el in _score.Keys)
            {
                double final = Final(el);
                if (final > best) { best = final; top = el; }
            }
            return (top, best);
        }
    }

    /// <summary>
    /// Several near-best candidates (entries of a live blog, sections of a long read): their common ancestor is the
    /// article (Readability's alternative-candidate step).
    /// </summary>
    private static (IElement Top, double Best) CommonAncestorOfAlternatives(ContainerScores scores, IElement top, double best)
    {
        var alternatives = scores.Scored.Where(e => e != top && scores.Final(e) >= best * AlternativeShare && !Contains(e, top) && !Contains(top, e)).ToList();
        if (alternatives.Count < 2) return (top, best);
        for (var a = top.ParentElement; a != null && a.LocalName != "body"; a = a.ParentElement)
            if (alternatives.Count(x => Contains(a, x)) >= 2) return (a, Math.Max(best, scores.Final(a)));
        return (top, best);
    }

    /// <summary>The chosen container and the siblings that continue the article (an article split by ad slots into several wrappers).</summary>
    private static List<IElement> ContinuingSiblings(List<TextBlock> blocks, ContainerScores scores, IElement top, double best)
    {
        var result = new List<IElement>();
        var parent = top.ParentElement;
        if (parent == null) { result.Add(top); return result; }
        double threshold = Math.Max(10, best * SiblingShare);
        string topClass = top.GetAttribute("class") ?? "";
        var blocksByContainer = new Dictionary<IElement, List<TextBlock>>(ReferenceEqualityComparer.Instance);
        foreach (var b in blocks)
        {
            if (!blocksByContainer.TryGetValue(b.Container, out var list)) blocksByContainer[b.Container] = list = new List<TextBlock>();
            list.Add(b);
        }
        foreach (var sib in parent.Children)
        {
            if (sib == top) { result.Add(sib); continue; }
            double bonus = topClass.Length > 0 && sib.GetAttribute("class") == topClass ? best * SiblingShare : 0;
            if (scores.Final(sib) + bonus >= threshold) { result.Add(sib); continue; }
            if (sib.LocalName is "div" or "section" && SiblingIsText(sib, blocksByContainer)) { result.Add(sib); continue; }
            if (sib.LocalName is "p" && blocksByContainer.TryGetValue(sib, out var pb))
            {
                int len = pb.Sum(x => x.Text.Length);
                double ld = len == 0 ? 1 : (double)pb.Sum(x => x.LinkChars) / len;
                int eff = pb.Sum(x => x.EffectiveLength);
                if ((eff > 80 && ld < 0.25) || (len > 0 && eff <= 80 && ld == 0 && TextMeasure.EndsSentenceAt(pb[^1].Text, pb[^1].Text.Length - 1)))
                    result.Add(sib);
            }
        }
        return result;
    }

    /// <summary>
    /// A sibling wrapper whose own paragraphs read as article text (an intro above a live feed), or those of the block it only wraps
    /// (a short section that a CMS wraps once more, as <see cref="OutermostSection"/> reads the chosen one).
    /// </summary>
    private static bool SiblingIsText(IElement sib, Dictionary<IElement, List<TextBlock>> byContainer)
    {
        var inner = sib;
        while (inner.ChildElementCount == 1 && inner.FirstElementChild is { LocalName: "div" or "section" or "article" } only && !HasOwnText(inner))
            inner = only;
        int good = 0, all = 0, links = 0;
        for (var c = inner.FirstElementChild; c != null; c = c.NextElementSibling)
        {
            if (!byContainer.TryGetValue(c, out var list)) continue;
            foreach (var b in list)
            {
                all += b.Text.Length;
                links += b.LinkChars;
                if (b.IsGood) good += b.Text.Length;
            }
        }
        return good >= 80 && good >= all * 0.8 && links < all * 0.2;
    }

    private static bool Contains(IElement ancestor, IElement el)
    {
        for (var a = el.ParentElement; a != null; a = a.ParentElement)
            if (a == ancestor) return true;
        return false;
    }

    private static double InitialScore(IElement el)
    {
        double s = el.LocalName switch
        {
            "div" or "article" or "section" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        s += ClassWeight(el.GetAttribute("class")) + ClassWeight(el.Id);
        if (el.GetAttribute("itemprop") == "articleBody") s += 30;
        return s;
    }

    private static readonly NameCache<bool> BodyNames = new();

    private static bool IsBodyName(string? name) => !string.IsNullOrEmpty(name) && BodyNames.Get(name, n => Selectors.BodyToken().IsMatch(n));

    /// <summary>
    /// <see cref="IsBodyName"/>, or a BEM name that joins the same words with a double underscore ("entry__content"): enough
    /// to keep the element from being dropped for another of its class names ("paywall"), not to make it the body container.
    /// </summary>
    private static bool IsBodyOrBemBodyName(string? name) => IsBodyName(name)
        || (name != null && name.Contains("__", StringComparison.Ordinal) && IsBodyName(name.Replace("__", "-", StringComparison.Ordinal)));

    private static double ClassWeight(string? name) => string.IsNullOrEmpty(name) ? 0 : Weights.Get(name, n =>
        (Selectors.NegativeWords().IsMatch(n) ? -25 : 0) + (Selectors.PositiveWords().IsMatch(n) ? 25 : 0));

    private static List<IElement> PreciseContainers(IElement body, int maxDepth)
    {
        var found = new List<IElement>();
        var stack = new Stack<(IElement El, int Depth)>();
        stack.Push((body, 0));
        while (stack.Count > 0)
        {
            var (el, depth) = stack.Pop();
            bool match = el.GetAttribute("itemprop") == "articleBody" || IsBodyName(el.GetAttribute("class")) || IsBodyName(el.Id);
            if (match)
            {
                found.Add(el); // outermost match only: do not descend
                continue;
            }
            if (depth >= maxDepth) continue;
            for (var c = el.LastElementChild; c != null; c = c.PreviousElementSibling) stack.Push((c, depth + 1));
        }
        return found;
    }

    private static List<TextBlock> Select(List<TextBlock> blocks, List<IElement> containers)
    {
        var set = new HashSet<IElement>(containers, ReferenceEqualityComparer.Instance);
        var result = new List<TextBlock>();
        foreach (var b in blocks)
        {
            for (IElement? a = b.Container; a != null; a = a.ParentElement)
            {
                if (set.Contains(a)) { result.Add(b); break; }
            }
        }
        return result;
    }

    // ---- 4. keeping the blocks that read as article ---------------------------------------------------

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
