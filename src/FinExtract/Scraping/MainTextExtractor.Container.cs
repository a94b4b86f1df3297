using FinExtract.Text;
using AngleSharp.Dom;
using FinExtract.Documents;

namespace FinExtract.Scraping;

/// <summary>
/// Choosing the container that holds the article: scores of text and links, siblings that continue it, precise containers.
/// </summary>
public sealed partial class MainTextExtractor
{
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
}
