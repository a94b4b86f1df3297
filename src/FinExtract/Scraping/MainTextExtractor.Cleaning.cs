using FinExtract.Text;
using AngleSharp.Dom;

namespace FinExtract.Scraping;

/// <summary>
/// Cleaning the page before it is read: scripts, navigation, furniture, social embeds and boilerplate lines go.
/// </summary>
public sealed partial class MainTextExtractor
{
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
        string cls = at.Class ?? "";
        string id = at.Id ?? "";
        // A container that holds a large share of the page is never dropped for its class name, unless it is the page's side column
        // by name and the headline is not in it (a blog's sidebar of teasers as long as a short post).
        if (size > total * MaxFurnitureShare && !IsSideColumn(el, cls, id)) return false;
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

    /// <summary>
    /// A side column by its own name: a class or id that is "sidebar" or starts so ("sidebar-second"), not one that only has the word
    /// inside ("content-sidebar-wrap", "has-sidebar": layout wrappers around the article and its column), and without the page's
    /// first h1 inside.
    /// </summary>
    private static bool IsSideColumn(IElement el, string cls, string id)
    {
        static bool Named(string names) => names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(t =>
            t.StartsWith("sidebar", StringComparison.OrdinalIgnoreCase) && (t.Length == 7 || t[7] is '-' or '_'));
        if (!Named(cls) && !Named(id)) return false;
        var h1 = el.Owner?.QuerySelector("h1");
        return h1 != null && !el.Contains(h1);
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
}
