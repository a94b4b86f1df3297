using System.Buffers;

namespace FinExtract.Scraping;

/// <summary>
/// One fast scan over the markup before the HTML parser sees it:
/// <list type="bullet">
/// <item>flattens absurdly deep nesting, since the parser's tree building slows with the square of the
/// depth (60,000 nested divs take minutes): the scan tracks open elements the way a browser roughly would
/// (void elements, self-closing tags, raw-text elements, implied ends of p/li/td...) and drops start and
/// end tags below <c>maxDepth</c>, keeping their text;</item>
/// <item>empties scripts (JSON-LD excepted, and a data script that names a publication date, "publishedAt"), style sheets and
/// comments, which are never article text but are often most of a page's bytes and cost the parser time;</item>
/// <item>empties drop-down lists (&lt;select&gt;), whose options are never article text: a tag left open inside an
/// option ("&lt;option&gt;&lt;a href=""&gt;Radio 1&lt;/option&gt;") made the parser keep the list open and put the rest of
/// the page, the article included, inside it.</item>
/// </list>
/// </summary>
public static class MarkupPrefilter
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "frame", "basefont", "isindex",
    };

    private static readonly HashSet<string> RawText =
        new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext" };

    private static readonly HashSet<string> SelfClosingSiblings =
        new(StringComparer.OrdinalIgnoreCase) { "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead", "tfoot" };

    /// <summary>
    /// Returns the html with scripts, styles and comments emptied and nesting below
    /// <paramref name="maxDepth"/> flattened; <paramref name="deepest"/> is the depth seen.
    /// </summary>
    public static string Limit(string html, int maxDepth, out int deepest)
    {
        deepest = 0;
        var open = new List<string>();
        int excess = 0; // elements opened beyond the limit, whose tags are dropped
        var output = new Output(html);
        int copiedUpTo = 0;
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            char c = html[lt + 1];
            if (c == '!' || c == '?')
            {
                i = SkipDeclaration(html, lt, ref output, ref copiedUpTo);
                continue;
            }
            bool closing = c == '/';
            int nameStart = lt + (closing ? 2 : 1);
            int j = nameStart;
            while (j < html.Length && (char.IsLetterOrDigit(html[j]) || html[j] == '-' || html[j] == ':')) j++;
            if (j == nameStart || (!closing && !char.IsLetter(html[nameStart]))) { i = lt + 1; continue; }
            int gt = html.IndexOf('>', j);
            if (gt < 0) break;
            string name = TagName(html.AsSpan(nameStart, j - nameStart));
            bool selfClosing = html[gt - 1] == '/';
            bool drop = false;
            if (closing)
            {
                if (excess > 0 && !Void.Contains(name)) { excess--; drop = true; }
                else
                {
                    int k = open.LastIndexOf(name);
                    if (k >= 0) open.RemoveRange(k, open.Count - k);
                }
            }
            else if (!Void.Contains(name) && !selfClosing)
            {
                if (excess == 0 && SelfClosingSiblings.Contains(name) && open.Count > 0 && open[^1] == name) open.RemoveAt(open.Count - 1);
                if (open.Count >= maxDepth) { excess++; drop = true; }
                else open.Add(name);
                deepest = Math.Max(deepest, open.Count + excess);
                if (!drop && name == "select" && FindEndTag(html, gt + 1, name) is > 0 and int selectEnd)
                {
                    output.Append(copiedUpTo, gt + 1 - copiedUpTo);
                    copiedUpTo = i = selectEnd;
                    continue;
                }
                if (RawText.Contains(name))
                {
                    int endTag = FindEndTag(html, gt + 1, name);
                    int contentEnd = endTag < 0 ? html.Length : endTag;
                    bool empty = name == "style" || (name == "script" && html.IndexOf("ld+json", lt, gt - lt, StringComparison.OrdinalIgnoreCase) < 0
                        && !NamesPublicationDate(html, gt + 1, contentEnd));
                    if (drop || empty)
                    {
                        if (drop) output.Append(copiedUpTo, lt - copiedUpTo);
                        else output.Append(copiedUpTo, gt + 1 - copiedUpTo);
                        copiedUpTo = empty ? contentEnd : gt + 1;
                    }
                    i = contentEnd;
                    continue;
                }
            }
            if (drop)
            {
                output.Append(copiedUpTo, lt - copiedUpTo);
                copiedUpTo = gt + 1;
            }
            i = gt + 1;
        }
        if (!output.Started) return html;
        output.Append(copiedUpTo, html.Length - copiedUpTo);
        return output.Finish();
    }

    /// <summary>Whether a script names a publication date under one of <see cref="Selectors.PublicationKeys"/> (the metadata reads it).</summary>
    private static bool NamesPublicationDate(string html, int start, int end)
    {
        var content = html.AsSpan(start, end - start);
        foreach (var key in Selectors.PublicationKeys)
            if (content.IndexOf(key, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>Passes over a comment (left out of the output), a doctype or a processing instruction; returns where the scan goes on.</summary>
    private static int SkipDeclaration(string html, int lt, ref Output output, ref int copiedUpTo)
    {
        bool comment = string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0;
        int end = comment ? html.IndexOf("-->", lt + 4, StringComparison.Ordinal) : html.IndexOf('>', lt);
        int next = end < 0 ? html.Length : end + (comment ? 3 : 1);
        if (comment)
        {
            output.Append(copiedUpTo, lt - copiedUpTo);
            copiedUpTo = next;
        }
        return next;
    }

    /// <summary>
    /// Where "&lt;/name" starts (any case) at or after <paramref name="from"/>, or -1. An ordinal search for "&lt;/"
    /// then a case-blind look at the name: a case-blind search over a long inline script was most of this scan.
    /// </summary>
    private static int FindEndTag(string html, int from, string name)
    {
        var span = html.AsSpan();
        int i = from;
        while (i < html.Length)
        {
            int k = span[i..].IndexOf("</", StringComparison.Ordinal);
            if (k < 0) return -1;
            int at = i + k;
            if (at + 2 + name.Length <= html.Length && span.Slice(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)) return at;
            i = at + 2;
        }
        return -1;
    }

    [ThreadStatic] private static Dictionary<string, string>? _names;

    /// <summary>
    /// The lower-case tag name, one string per distinct name and thread: a page has thousands of tags and
    /// a few dozen names, and a substring and its lower-case copy for each tag were a good part of this scan.
    /// </summary>
    private static string TagName(ReadOnlySpan<char> raw)
    {
        if (raw.Length > 64) return raw.ToString().ToLowerInvariant();
        Span<char> lower = stackalloc char[raw.Length];
        raw.ToLowerInvariant(lower);
        var names = _names ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(lower, out var name)) return name;
        name = lower.ToString();
        if (names.Count < 4096) names[name] = name;
        return name;
    }

    /// <summary>The filtered copy, built in a pooled buffer (a StringBuilder of a page's size lands on the large-object heap).</summary>
    private struct Output
    {
        private readonly string _source;
        private char[]? _buffer;
        private int _length;

        public Output(string source)
        {
            _source = source;
            _buffer = null;
            _length = 0;
        }

        public readonly bool Started => _buffer != null;

        public void Append(int start, int count)
        {
            _buffer ??= ArrayPool<char>.Shared.Rent(_source.Length);
            _source.AsSpan(start, count).CopyTo(_buffer.AsSpan(_length));
            _length += count;
        }

        public string Finish()
        {
            string s = new(_buffer!, 0, _length);
            ArrayPool<char>.Shared.Return(_buffer!);
            _buffer = null;
            return s;
        }
    }
}
