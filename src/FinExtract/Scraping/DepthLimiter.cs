using System.Text;

namespace FinExtract.Scraping;

/// <summary>
/// Flattens absurdly deep markup before it reaches the HTML parser, whose tree building slows down with
/// the square of the nesting depth (60,000 nested divs take minutes). A fast scan tracks open elements
/// the way a browser roughly would (void elements, self-closing tags, raw-text elements, implied ends of
/// p/li/td...); start and end tags below <c>maxDepth</c> are dropped while their text is kept. Pages within
/// the limit are returned as they are, without a copy.
/// </summary>
public static class DepthLimiter
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "frame", "basefont", "isindex",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext" };

    private static readonly HashSet<string> SelfClosingSiblings = new(StringComparer.OrdinalIgnoreCase) { "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead", "tfoot" };

    /// <summary>Returns the html with nesting below <paramref name="maxDepth"/> flattened; <paramref name="deepest"/> is the depth seen.</summary>
    public static string Limit(string html, int maxDepth, out int deepest)
    {
        deepest = 0;
        var open = new List<string>();
        int excess = 0; // elements opened beyond the limit, whose tags are dropped
        StringBuilder? output = null;
        int copiedUpTo = 0;
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            char c = html[lt + 1];
            if (c == '!' || c == '?')
            {
                int end = string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0 ? html.IndexOf("-->", lt + 4, StringComparison.Ordinal) : html.IndexOf('>', lt);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }
            bool closing = c == '/';
            int nameStart = lt + (closing ? 2 : 1);
            int j = nameStart;
            while (j < html.Length && (char.IsLetterOrDigit(html[j]) || html[j] == '-' || html[j] == ':')) j++;
            if (j == nameStart || (!closing && !char.IsLetter(html[nameStart]))) { i = lt + 1; continue; }
            int gt = html.IndexOf('>', j);
            if (gt < 0) break;
            string name = html[nameStart..j].ToLowerInvariant();
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
                if (RawText.Contains(name))
                {
                    int endTag = html.IndexOf("</" + name, gt + 1, StringComparison.OrdinalIgnoreCase);
                    if (drop) { (output ??= new StringBuilder(html.Length)).Append(html, copiedUpTo, lt - copiedUpTo); copiedUpTo = gt + 1; }
                    i = endTag < 0 ? html.Length : endTag;
                    continue;
                }
            }
            if (drop)
            {
                (output ??= new StringBuilder(html.Length)).Append(html, copiedUpTo, lt - copiedUpTo);
                copiedUpTo = gt + 1;
            }
            i = gt + 1;
        }
        if (output == null) return html;
        output.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return output.ToString();
    }
}
