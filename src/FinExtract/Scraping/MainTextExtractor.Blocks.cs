using System.Text;
using AngleSharp.Dom;
using FinExtract.Documents;

namespace FinExtract.Scraping;

/// <summary>Text blocks: the cleaned page read in document order as paragraphs, headings, list items and table rows.</summary>
public sealed partial class MainTextExtractor
{
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
}
